"""Periods and day counting: desk/domain/deadlines.py and resources/rules/deadlines.json.

Dates around month ends, 29 February, year ends, with the extension used, and with the counting
rule changed: working days with holidays and a 调休 Saturday, and ends that fall on a holiday.
The holidays below follow the 2024 National Day schedule (1-7 October off; Sunday 29 September
and Saturday 12 October worked) and New Year's Day 2025.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from desk.domain.deadlines import (
    DayKind,
    DeadlineKind,
    DeadlineRules,
    DeadlineRulesInvalid,
    FirstDay,
    Urgency,
    bundled_rules_document,
    deadlines_of,
    default_deadline_rules,
    load_deadline_rules_file,
    next_deadline,
    parse_deadline_rules,
    urgency,
)
from desk.domain.workflow import (
    ACTION_SPECS,
    Action,
    CaseEvent,
    Level,
    TransitionRefused,
    apply,
    make_event,
)

A = Action
D = dt.date
DEFAULT = default_deadline_rules()
NATIONAL_DAY_2024 = [f"2024-10-0{d}" for d in range(1, 8)]
WORKED_2024 = ["2024-09-29", "2024-10-12"]  # a Sunday and a Saturday


def rules_with(periods: dict[str, int] | None = None, **counting: Any) -> DeadlineRules:
    document = bundled_rules_document()
    document["counting"].update(counting)
    document["periods"].update(periods or {})
    return parse_deadline_rules(document)


WORKING = rules_with(
    days="working",
    holidays=[*NATIONAL_DAY_2024, "2025-01-01"],
    working_weekend_days=WORKED_2024,
)
ROLLING = rules_with(
    roll_to_working_day=True,
    holidays=[*NATIONAL_DAY_2024, "2025-01-01"],
    working_weekend_days=WORKED_2024,
)


# --- the bundled rules --------------------------------------------------------------------


def test_the_bundled_rules_are_the_2022_regulation_counted_in_calendar_days() -> None:
    periods = DEFAULT.periods
    assert (periods.acceptance_notice, periods.handling, periods.extension_max) == (15, 60, 30)
    assert (periods.review_request, periods.review_opinion) == (30, 30)
    assert (periods.recheck_request, periods.recheck_opinion) == (30, 30)
    counting = DEFAULT.counting
    assert counting.days is DayKind.CALENDAR and counting.first_day is FirstDay.NEXT_DAY
    assert not counting.roll_to_working_day
    assert "未证实" in DEFAULT.document["note"]  # the counting rule is a choice, and says so


# --- calendar days ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (D(2026, 1, 31), 15, D(2026, 2, 15)),
        (D(2026, 1, 31), 30, D(2026, 3, 2)),  # February 2026 has 28 days
        (D(2024, 1, 31), 30, D(2024, 3, 1)),  # February 2024 has 29
        (D(2024, 2, 14), 15, D(2024, 2, 29)),  # ends on the leap day
        (D(2024, 2, 29), 30, D(2024, 3, 30)),  # starts on it
        (D(2023, 2, 28), 1, D(2023, 3, 1)),
        (D(2024, 2, 28), 1, D(2024, 2, 29)),
        (D(2024, 4, 30), 60, D(2024, 6, 29)),
        (D(2025, 12, 20), 15, D(2026, 1, 4)),  # over the year end
        (D(2025, 12, 31), 1, D(2026, 1, 1)),
        (D(2026, 11, 2), 60, D(2027, 1, 1)),
    ],
)
def test_calendar_days_count_from_the_day_after(start: D, days: int, end: D) -> None:
    assert DEFAULT.period_end(start, days) == end


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        (D(2024, 2, 15), 15, D(2024, 2, 29)),
        (D(2025, 12, 18), 15, D(2026, 1, 1)),
        (D(2024, 3, 1), 1, D(2024, 3, 1)),
    ],
)
def test_counting_the_first_day(start: D, days: int, end: D) -> None:
    assert rules_with(first_day="same_day").period_end(start, days) == end


def test_a_period_is_at_least_a_day() -> None:
    with pytest.raises(ValueError, match="至少为1"):
        DEFAULT.period_end(D(2026, 1, 1), 0)


# --- working days and rest days -----------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "days", "end"),
    [
        # Fri 27 Sep: the 调休 Sunday 29th, Mon 30th, then the holiday week, then 8-10 Oct.
        (D(2024, 9, 27), 5, D(2024, 10, 10)),
        # Thu 10 Oct: Fri 11th, then the 调休 Saturday 12th.
        (D(2024, 10, 10), 2, D(2024, 10, 12)),
        (D(2024, 9, 20), 15, D(2024, 10, 16)),
        # A start on a holiday or a weekend changes nothing: the count begins the next day.
        (D(2024, 10, 1), 1, D(2024, 10, 8)),
        (D(2024, 12, 27), 3, D(2025, 1, 2)),  # over the year end and New Year's Day
    ],
)
def test_working_days_skip_weekends_and_holidays_but_not_tiaoxiu_days(
    start: D, days: int, end: D
) -> None:
    assert WORKING.period_end(start, days) == end


def test_without_the_tiaoxiu_saturday_the_period_runs_to_monday() -> None:
    rules = rules_with(days="working", holidays=NATIONAL_DAY_2024)
    assert rules.period_end(D(2024, 10, 10), 2) == D(2024, 10, 14)


def test_working_days_counting_the_first_day() -> None:
    rules = rules_with(days="working", first_day="same_day", holidays=NATIONAL_DAY_2024)
    assert rules.period_end(D(2024, 9, 30), 1) == D(2024, 9, 30)
    assert rules.period_end(D(2024, 10, 1), 1) == D(2024, 10, 8)


@pytest.mark.parametrize(
    ("start", "days", "rolled", "plain"),
    [
        (D(2024, 9, 16), 15, D(2024, 10, 8), D(2024, 10, 1)),  # ends on National Day
        (D(2024, 9, 7), 15, D(2024, 9, 23), D(2024, 9, 22)),  # ends on a Sunday
        (D(2024, 9, 27), 15, D(2024, 10, 12), D(2024, 10, 12)),  # a worked Saturday stays
        (D(2024, 12, 17), 15, D(2025, 1, 2), D(2025, 1, 1)),  # New Year's Day
        (D(2024, 9, 18), 15, D(2024, 10, 8), D(2024, 10, 3)),  # in the holiday week
    ],
)
def test_an_end_on_a_rest_day_moves_on_only_when_the_rules_say_so(
    start: D, days: int, rolled: D, plain: D
) -> None:
    assert ROLLING.period_end(start, days) == rolled
    assert rules_with(holidays=NATIONAL_DAY_2024).period_end(start, days) == plain


# --- the deadlines of a case --------------------------------------------------------------


class Case:
    """Builds a case step by step, each step checked by the workflow."""

    def __init__(self, rules: DeadlineRules = DEFAULT) -> None:
        self.rules = rules
        self.events: list[CaseEvent] = []

    def add(self, action: Action, when: str, **data: Any) -> Case:
        (level,) = ACTION_SPECS[action].levels  # none of these cases writes a 备注
        new = make_event(action, level, dt.datetime.fromisoformat(when), data, rules=self.rules)
        apply(self.events, new, rules=self.rules)
        self.events.append(new)
        return self

    def deadlines(self, report_days: int = 7) -> dict[DeadlineKind, list[tuple[D, D | None]]]:
        found: dict[DeadlineKind, list[tuple[D, D | None]]] = {}
        for d in deadlines_of(self.events, self.rules, station_report_days=report_days):
            found.setdefault(d.kind, []).append((d.due, d.met))
        return found


def test_a_whole_case_over_the_leap_day_with_the_extension_used() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2024-01-25 09:00", received_at="2024-01-25 08:40")
        .add(A.REPORT, "2024-01-26 10:00")
        .add(A.ACCEPT, "2024-02-06 10:00", notice_on="2024-02-05")
    )
    assert case.deadlines() == {
        DeadlineKind.REPORT: [(D(2024, 2, 1), D(2024, 1, 26))],
        DeadlineKind.ACCEPTANCE: [(D(2024, 2, 10), D(2024, 2, 5))],
        DeadlineKind.HANDLING: [(D(2024, 4, 5), None)],  # 60 days through 29 February
    }
    case.add(A.EXTEND, "2024-04-01 10:00", days=30, reason="需要测量", notice_on="2024-04-01")
    (handling,) = [
        d for d in deadlines_of(case.events, DEFAULT, station_report_days=7) if d.kind == "handling"
    ]
    assert (handling.due, handling.what) == (D(2024, 5, 5), "办结并书面答复（已延期30日）")
    case.add(A.ANSWER, "2024-05-06 09:00", outcome="支持", opinion_on="2024-05-05")
    found = case.deadlines()
    assert found[DeadlineKind.HANDLING] == [(D(2024, 5, 5), D(2024, 5, 5))]  # on the last day
    assert found[DeadlineKind.REVIEW_REQUEST] == [(D(2024, 6, 4), None)]


def test_the_extension_over_the_year_end() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2025-11-10 09:00")
        .add(A.REPORT, "2025-11-11 09:00")
        .add(A.ACCEPT, "2025-11-15 09:00", notice_on="2025-11-15")
    )
    assert case.deadlines()[DeadlineKind.HANDLING] == [(D(2026, 1, 14), None)]
    case.add(A.EXTEND, "2026-01-14 17:00", days=30, reason="涉及多个部门", notice_on="2026-01-14")
    assert case.deadlines()[DeadlineKind.HANDLING] == [(D(2026, 2, 13), None)]


def test_the_extension_counted_in_working_days() -> None:
    rules = rules_with(
        {"handling": 10, "extension_max": 5},
        days="working",
        holidays=NATIONAL_DAY_2024,
        working_weekend_days=WORKED_2024,
    )
    case = (
        Case(rules)
        .add(A.REGISTER, "2024-09-18 09:00")
        .add(A.REPORT, "2024-09-18 11:00")
        .add(A.ACCEPT, "2024-09-20 09:00", notice_on="2024-09-20")
    )
    # 23-27 Sep, 29 (worked Sunday), 30 Sep, then 8-10 Oct after the holiday week.
    assert case.deadlines()[DeadlineKind.HANDLING] == [(D(2024, 10, 10), None)]
    case.add(A.EXTEND, "2024-10-09 09:00", days=5, reason="补充调查", notice_on="2024-10-09")
    # 11 Oct, 12 Oct (worked Saturday), 14-16 Oct.
    assert case.deadlines()[DeadlineKind.HANDLING] == [(D(2024, 10, 16), None)]
    with pytest.raises(TransitionRefused, match="只能延长一次"):
        case.add(A.EXTEND, "2024-10-10 09:00", days=1, reason="再延", notice_on="2024-10-10")


def test_a_changed_counting_rule_moves_the_review_window() -> None:
    def answered(rules: DeadlineRules) -> Case:
        return (
            Case(rules)
            .add(A.REGISTER, "2024-08-01 09:00")
            .add(A.REPORT, "2024-08-01 10:00")
            .add(A.ACCEPT, "2024-08-05 09:00", notice_on="2024-08-05")
            .add(A.ANSWER, "2024-09-01 09:00", outcome="不支持", opinion_on="2024-09-01")
        )

    # 30 days from 1 September end on 1 October, a holiday: moved to 8 October when rolling.
    assert answered(DEFAULT).deadlines()[DeadlineKind.REVIEW_REQUEST] == [(D(2024, 10, 1), None)]
    assert answered(ROLLING).deadlines()[DeadlineKind.REVIEW_REQUEST] == [(D(2024, 10, 8), None)]
    answered(ROLLING).add(A.REQUEST_REVIEW, "2024-10-08 09:00", requested_on="2024-10-08")
    with pytest.raises(TransitionRefused, match="已于2024-10-01届满"):
        answered(DEFAULT).add(A.REQUEST_REVIEW, "2024-10-08 09:00", requested_on="2024-10-08")


def test_reviews_and_rechecks_have_thirty_days_each() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2025-12-01 09:00")
        .add(A.REPORT, "2025-12-01 10:00")
        .add(A.ACCEPT, "2025-12-02 09:00", notice_on="2025-12-02")
        .add(A.ANSWER, "2025-12-20 09:00", outcome="不支持", opinion_on="2025-12-20")
        .add(A.REQUEST_REVIEW, "2026-01-19 09:00", requested_on="2026-01-19")
        .add(A.REVIEW_OPINION, "2026-02-18 09:00", outcome="维持", opinion_on="2026-02-18")
        .add(A.REQUEST_RECHECK, "2026-03-20 09:00", requested_on="2026-03-20")
    )
    found = case.deadlines()
    assert found[DeadlineKind.REVIEW_REQUEST] == [(D(2026, 1, 19), D(2026, 1, 19))]
    assert found[DeadlineKind.REVIEW_OPINION] == [(D(2026, 2, 18), D(2026, 2, 18))]
    assert found[DeadlineKind.RECHECK_REQUEST] == [(D(2026, 3, 20), D(2026, 3, 20))]
    assert found[DeadlineKind.RECHECK_OPINION] == [(D(2026, 4, 19), None)]
    case.add(A.RECHECK_OPINION, "2026-04-19 09:00", outcome="维持", opinion_on="2026-04-19")
    all_deadlines = deadlines_of(case.events, DEFAULT, station_report_days=7)
    assert next_deadline(all_deadlines) is None  # 终结: nothing runs


def test_a_handover_before_acceptance_gives_the_office_its_own_fifteen_days() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2026-02-20 09:00")
        .add(A.REPORT, "2026-02-21 09:00")
        .add(A.HAND_OVER, "2026-02-25 09:00", mode="转送", office="镇国土所", due_on="2026-03-05")
    )
    all_deadlines = deadlines_of(case.events, DEFAULT, station_report_days=7)
    acceptance = [(d.what, d.due, d.met) for d in all_deadlines if d.kind == "acceptance"]
    assert acceptance == [
        ("书面告知是否受理", D(2026, 3, 8), D(2026, 2, 25)),
        ("书面告知是否受理（镇国土所）", D(2026, 3, 12), None),
    ]
    upcoming = next_deadline(all_deadlines)
    assert upcoming is not None
    assert (upcoming.what, upcoming.due) == ("转送办理期限（镇国土所）", D(2026, 3, 5))
    case.add(A.ACCEPT, "2026-03-04 09:00", notice_on="2026-03-04")
    found = case.deadlines()
    assert found[DeadlineKind.HANDOVER] == [(D(2026, 3, 5), D(2026, 3, 4))]
    assert found[DeadlineKind.HANDLING] == [(D(2026, 5, 3), None)]


def test_supervision_orders_are_met_by_their_replies_in_turn() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2026-03-01 09:00")
        .add(A.REPORT, "2026-03-01 10:00")
        .add(A.ACCEPT, "2026-03-02 09:00", notice_on="2026-03-02")
    )
    order = {"issued_by": "县信访局", "grounds": "未按规定反馈"}
    case.add(A.SUPERVISE, "2026-04-01 09:00", due_on="2026-04-08", **order)
    case.add(A.SUPERVISE, "2026-04-03 09:00", due_on="2026-04-06", **order)
    upcoming = next_deadline(deadlines_of(case.events, DEFAULT, station_report_days=7))
    assert upcoming is not None and upcoming.due == D(2026, 4, 6)
    case.add(A.SUPERVISION_REPLY, "2026-04-05 09:00", answer="已办理")
    assert case.deadlines()[DeadlineKind.SUPERVISION] == [
        (D(2026, 4, 8), D(2026, 4, 5)),
        (D(2026, 4, 6), None),
    ]


def test_closing_ends_whatever_still_runs() -> None:
    case = (
        Case()
        .add(A.REGISTER, "2026-03-01 09:00")
        .add(A.SETTLE, "2026-03-01 11:00", means="解释说明", visitor_view="满意")
    )
    assert case.deadlines() == {DeadlineKind.REPORT: [(D(2026, 3, 8), D(2026, 3, 1))]}
    # The visitor changes his mind: reported after all, and the township's clock starts.
    case.add(A.REPORT, "2026-03-03 09:00")
    assert case.deadlines()[DeadlineKind.ACCEPTANCE] == [(D(2026, 3, 18), None)]
    case.add(
        A.NOT_ACCEPT, "2026-03-10 09:00", ground="已起诉", procedure="诉讼", notice_on="2026-03-10"
    )
    assert next_deadline(deadlines_of(case.events, DEFAULT, station_report_days=7)) is None


def test_the_station_report_period_is_the_stations_setting() -> None:
    case = Case().add(A.REGISTER, "2026-12-28 16:00", received_at="2026-12-28 15:30")
    for days, due in [(1, D(2026, 12, 29)), (7, D(2027, 1, 4)), (15, D(2027, 1, 12))]:
        (report,) = deadlines_of(case.events, DEFAULT, station_report_days=days)
        assert (report.level, report.due, report.met) == (Level.STATION, due, None)
    with pytest.raises(ValueError, match="至少为1天"):
        deadlines_of(case.events, DEFAULT, station_report_days=0)


def test_the_next_deadline_of_one_level() -> None:
    case = Case().add(A.REGISTER, "2026-03-01 09:00").add(A.REPORT, "2026-03-05 09:00")
    all_deadlines = deadlines_of(case.events, DEFAULT, station_report_days=7)
    assert next_deadline(all_deadlines, level=Level.STATION) is None
    township = next_deadline(all_deadlines, level=Level.TOWNSHIP)
    assert township is not None and township.due == D(2026, 3, 20)


# --- urgency ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 2, 24), Urgency.OK),
        (D(2026, 2, 25), Urgency.OK),  # four days left
        (D(2026, 2, 26), Urgency.DUE_SOON),  # three days left, over the month end
        (D(2026, 3, 1), Urgency.DUE_SOON),  # the last day
        (D(2026, 3, 2), Urgency.OVERDUE),
        (D(2027, 1, 1), Urgency.OVERDUE),
    ],
)
def test_urgency(today: D, expected: Urgency) -> None:
    case = Case().add(A.REGISTER, "2026-02-22 09:00")
    (report,) = deadlines_of(case.events, DEFAULT, station_report_days=7)
    assert report.due == D(2026, 3, 1)
    assert urgency(report, today) is expected
    assert urgency(report, today) == expected.value  # "overdue", "due_soon", "ok"


def test_a_met_deadline_is_never_urgent() -> None:
    case = Case().add(A.REGISTER, "2026-02-22 09:00").add(A.REPORT, "2026-03-05 09:00")
    report = deadlines_of(case.events, DEFAULT, station_report_days=7)[0]
    assert report.met == D(2026, 3, 5) and report.met > report.due  # late, but done
    assert urgency(report, D(2026, 3, 10)) is Urgency.OK


# --- the rules file -----------------------------------------------------------------------


def changed(path: str, value: Any) -> dict[str, Any]:
    """The bundled document with one value changed (or removed, with ...)."""
    document = bundled_rules_document()
    *parents, key = path.split("/")
    target = document
    for parent in parents:
        target = target[parent]
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return document


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        ("periods/handling", ..., "periods：'handling' is a required property"),
        ("periods/handling", 0, "periods/handling"),
        ("periods/handling", "60", "periods/handling"),
        ("periods/appeal", 30, "periods"),
        ("counting/days", "lunar", "counting/days"),
        ("counting/first_day", ..., "counting"),
        ("counting/holidays", ["2024-02-30"], "“2024-02-30”不是真实的日期"),
        ("counting/holidays", ["2024/10/01"], "counting/holidays/0"),
        ("counting/rest_weekdays", [8], "counting/rest_weekdays/0"),
        ("format", "desk-deadlines/2", "format"),
    ],
)
def test_a_broken_rules_document_is_refused_in_chinese(path: str, value: Any, words: str) -> None:
    with pytest.raises(DeadlineRulesInvalid) as refused:
        parse_deadline_rules(changed(path, value))
    assert words in str(refused.value)
    assert str(refused.value).startswith("期限规则文件")


def test_a_day_cannot_be_both_a_holiday_and_a_worked_day() -> None:
    document = changed("counting/holidays", ["2024-10-12"])
    document["counting"]["working_weekend_days"] = ["2024-10-12"]
    with pytest.raises(DeadlineRulesInvalid, match="既是节假日又是调休上班日"):
        parse_deadline_rules(document)


def test_a_worked_weekend_day_must_be_a_weekend_day() -> None:
    with pytest.raises(DeadlineRulesInvalid, match="2024-10-11本来就是工作日"):
        parse_deadline_rules(changed("counting/working_weekend_days", ["2024-10-11"]))


def test_a_province_installs_its_own_file(tmp_path: Path) -> None:
    document = changed("counting/days", "working")
    document["version"] = "hb-2026.1"
    path = tmp_path / "deadlines.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8-sig")
    rules = load_deadline_rules_file(path)
    assert rules.version == "hb-2026.1" and rules.counting.days is DayKind.WORKING
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(DeadlineRulesInvalid, match="无法读取期限规则文件"):
        load_deadline_rules_file(path)
