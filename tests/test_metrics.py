"""The figures of a period, on a small dataset built by hand: every number below was worked out
by hand from the visits and steps in `october` (the arithmetic is in the comments).

Rules: the bundled defaults (calendar days, day 1 is the day after the start; 15 days to decide
acceptance, 60 to answer, one extension), the station reports within 7 days, a visit of 5 or
more people is 集体访. The statistics date is 2027-01-15.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from desk.domain.deadlines import DeadlineKind, deadlines_of
from desk.domain.idnumber import check_character
from desk.domain.station import validate_station
from desk.domain.workflow import Action, Level
from desk.registration import register_from_form
from desk.store.cases import load_case, record_step
from desk.store.metrics import (
    GROUP_COLUMNS,
    RATE_DEFINITIONS,
    REPORT_INDEX,
    REPORT_INDEX_COLUMNS,
    Backlog,
    CategoryChange,
    FollowUpView,
    MonthTally,
    Period,
    PeriodKind,
    Rate,
    Tally,
    _Cohort,
    _rate_sums,
    _read_by_index,
    _stepped_source,
    case_facts,
    figures,
)
from desk.store.migrations import migrations
from desk.store.rules import deadline_rules
from tests.conftest import REPO, STATION, VALID_VISIT

TODAY = dt.date(2027, 1, 15)
RATE_COLUMNS = ("decision", "decided_on", "acceptance_due", "accepted_on", "handling_due",
                "answered_on", "review_requested", "follow_up")  # fmt: skip
OCTOBER = Period.month(2026, 10)
S, T = Level.STATION, Level.TOWNSHIP


GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红兰玉梅"


def person(number: int) -> dict[str, str]:
    """A visitor of his own: ID number, name and phone."""
    first17 = f"41042319800101{number:03d}"
    return {
        "id_number": first17 + check_character(first17),
        "visitor_name": "李" + GIVEN_NAMES[number % len(GIVEN_NAMES)],
        "phone": f"13937{number:06d}",
    }


def at(text: str) -> dt.datetime:
    """A step recorded at 10:00 of the given day."""
    return dt.datetime.fromisoformat(f"{text} 10:00")


@dataclass(frozen=True)
class Desk:
    db: object
    station: object
    clerk: object

    def visit(self, received: str, visitor: int, **fields) -> str:
        raw = {**VALID_VISIT, "received_at": received, **person(visitor), **fields}
        now = dt.datetime.fromisoformat(received) + dt.timedelta(minutes=5)
        record = register_from_form(self.db, raw, station=self.station, clerk=self.clerk, now=now)
        return record.serial

    def step(self, serial: str, action: Action, level: Level, on: str, **data) -> None:
        record_step(
            self.db, serial, action=action, level=level, data=data, clerk=self.clerk, now=at(on)
        )


LAND = {"category1": "自然资源", "category2": "土地征收"}
COMPENSATION = {"category1": "自然资源", "category2": "征地补偿安置"}
HOMESTEAD = {"category1": "农村农业", "category2": "宅基地", "kind": "建议意见类"}
WAGES = {"category1": "劳动和社会保障", "category2": "拖欠农民工工资"}


@pytest.fixture
def desk(db, station, clerk) -> Desk:
    return Desk(db, station, clerk)


@pytest.fixture
def october(desk: Desk) -> dict[str, str]:
    return build_october(desk)


def build_october(d: Desk) -> dict[str, str]:
    """Four visits in September (the previous period), nine in October, one in November."""
    # September: 自然资源 2, 农村农业 1, 教育 1; only registered.
    d.visit("2026-09-10 09:00", 1, **LAND)
    d.visit("2026-09-12 09:00", 2, channel="电话", **HOMESTEAD)
    d.visit("2026-09-20 09:00", 3, category1="教育", category2="入学就学")
    d.visit("2026-09-25 09:00", 4, **COMPENSATION)

    serials = {}
    # A: reported, accepted on time, answered on time, followed up 满意.
    a = serials["A"] = d.visit("2026-10-08 09:00", 10, **LAND)
    d.step(a, Action.REPORT, S, "2026-10-09")  # acceptance window 10-09 + 15 days: 10-24
    d.step(a, Action.ACCEPT, T, "2026-10-20", notice_on="2026-10-20")  # on time
    # handling: 10-20 + 60 days = 12-19; answered 11-10: on time
    d.step(a, Action.ANSWER, T, "2026-11-10", outcome="支持", opinion_on="2026-11-10")
    d.step(a, Action.FOLLOW_UP, S, "2026-11-20", satisfaction="满意")

    # B: two people of 红旗村 by phone, settled on the spot; the last 回访 says 基本满意; the
    # same person comes back on 11-05 with the same matter (C): B has not stopped petitioning.
    b = serials["B"] = d.visit(
        "2026-10-10 10:00",
        11,
        channel="电话",
        headcount=2,
        village="红旗村",
        involved="红旗村委会",
        **HOMESTEAD,
    )
    d.step(b, Action.SETTLE, S, "2026-10-10", means="调解", visitor_view="满意")
    d.step(b, Action.FOLLOW_UP, S, "2026-10-20", satisfaction="不满意")
    d.step(b, Action.FOLLOW_UP, S, "2026-11-01", satisfaction="基本满意")
    serials["C"] = d.visit(
        "2026-11-05 09:00",
        11,
        channel="电话",
        village="红旗村",
        involved="红旗村委会",
        **HOMESTEAD,
    )

    # D: six people (集体访), marked 重复; reported 10-15 (window ends 10-30), not accepted on
    # 11-05: late. 回访 不满意.
    dd = serials["D"] = d.visit("2026-10-15 09:00", 12, headcount=6, repeat=True, **COMPENSATION)
    d.step(dd, Action.REPORT, S, "2026-10-15")
    d.step(
        dd, Action.NOT_ACCEPT, T, "2026-11-05",
        ground="已进入诉讼程序", procedure="诉讼", notice_on="2026-11-05",
    )  # fmt: skip
    d.step(dd, Action.FOLLOW_UP, S, "2026-11-10", satisfaction="不满意")

    # E: a letter, 检举控告类, 越级; leader 李书记; reported 10-21, window ends 11-05, never
    # decided: counted as late; open and overdue.
    e = serials["E"] = d.visit(
        "2026-10-20 09:00", 13, channel="来信", kind="检举控告类", leapfrog=True,
        category1="纪检监察", category2="反映干部作风",
    )  # fmt: skip
    d.step(e, Action.LEADER, S, "2026-10-20", leader="李书记")
    d.step(e, Action.REPORT, S, "2026-10-21")

    # F: 红旗村; reported 10-26 (window would end 11-10), handed to 乡国土所 on 10-28 before
    # the decision, so the window starts again: ends 11-12; accepted 11-11: on time. Handling
    # 11-11 + 60 = 2027-01-10, extended 30 days to 2027-02-09: still running, not counted.
    f = serials["F"] = d.visit(
        "2026-10-25 09:00", 14, village="红旗村",
        category1="城乡建设", category2="房屋拆迁与补偿",
    )  # fmt: skip
    d.step(f, Action.REPORT, S, "2026-10-26")
    d.step(
        f, Action.HAND_OVER, T, "2026-10-28", mode="交办", office="乡国土所", due_on="2026-11-20"
    )
    d.step(f, Action.ACCEPT, T, "2026-11-11", notice_on="2026-11-11")
    d.step(f, Action.EXTEND, T, "2027-01-05", days=30, reason="需要测量", notice_on="2027-01-05")

    # G: online, no village given, only registered (report by 11-06: overdue).
    serials["G"] = d.visit("2026-10-30 09:00", 15, channel="网上", village="", **LAND)

    # H: three people; accepted 10-12 (window 10-05..10-20: on time); handling ends 12-11,
    # answered 12-15: late; 复查 asked 12-20 (opinion due 2027-01-19: not overdue); leader
    # 王乡长.
    h = serials["H"] = d.visit("2026-10-05 09:00", 16, headcount=3, **WAGES)
    d.step(h, Action.REPORT, S, "2026-10-05")
    d.step(h, Action.ACCEPT, T, "2026-10-12", notice_on="2026-10-12")
    d.step(h, Action.ANSWER, T, "2026-12-15", outcome="部分支持", opinion_on="2026-12-15")
    d.step(h, Action.REQUEST_REVIEW, T, "2026-12-20", requested_on="2026-12-20")
    d.step(h, Action.LEADER, S, "2026-12-21", leader="王乡长")

    # I: accepted 10-07 (on time), handling ended 12-06 without an answer: late, overdue;
    # leader 王乡长.
    i = serials["I"] = d.visit(
        "2026-10-06 09:00", 17, category1="劳动和社会保障", category2="工资福利"
    )
    d.step(i, Action.REPORT, S, "2026-10-06")
    d.step(i, Action.ACCEPT, T, "2026-10-07", notice_on="2026-10-07")
    d.step(i, Action.LEADER, S, "2026-10-08", leader="王乡长")

    # J: a 12345 hotline transfer, only registered (report by 11-07: overdue).
    serials["J"] = d.visit(
        "2026-10-31 16:00", 18, channel="12345热线转办", channel_ref="GD2026-1031", **LAND
    )
    return serials


@pytest.fixture
def figures_october(db, october):
    return figures(db, OCTOBER, today=TODAY)


def test_counts_by_channel_kind_category_and_village(figures_october) -> None:
    f = figures_october
    # October: A B D E F G H I J = 9 visits; people 1+2+6+1+1+1+3+1+1 = 17.
    assert (f.visits, f.people) == (9, 17)
    # 来访 A D F H I: 1+6+1+3+1 = 12 people; 电话 B (2); 来信 E; 网上 G; 12345 J. Known
    # channels in their own order, zeros included.
    assert f.by_channel == (
        Tally("来访", 5, 12), Tally("来信", 1, 1), Tally("电话", 1, 2), Tally("网上", 1, 1),
        Tally("12345热线转办", 1, 1), Tally("上级交办", 0, 0), Tally("领导批示", 0, 0),
        Tally("其他", 0, 0),
    )  # fmt: skip
    # 建议意见类 B (2 people); 检举控告类 E; 申诉求决类 the other seven: 17 - 2 - 1 = 14 people.
    assert f.by_kind == (
        Tally("建议意见类", 1, 2), Tally("检举控告类", 1, 1), Tally("申诉求决类", 7, 14)
    )  # fmt: skip
    # 自然资源 A D G J: 1+6+1+1 = 9; 劳动和社会保障 H I: 3+1 = 4; then one each, by name.
    assert f.by_category == (
        Tally("自然资源", 4, 9), Tally("劳动和社会保障", 2, 4), Tally("农村农业", 1, 2),
        Tally("城乡建设", 1, 1), Tally("纪检监察", 1, 1),
    )  # fmt: skip
    # 东风村 A D E H I J: 1+6+1+3+1+1 = 13; 红旗村 B F: 2+1 = 3; G gave no village.
    assert f.by_village == (
        Tally("东风村", 6, 13), Tally("红旗村", 2, 3), Tally("（未填写）", 1, 1)
    )  # fmt: skip


def test_flags_states_and_open_cases(figures_october) -> None:
    f = figures_october
    assert f.collective == Tally("集体访", 1, 6)  # D: 6 people, at least 5
    assert f.repeat == Tally("重复访", 1, 6)  # D
    assert f.leapfrog == Tally("越级访", 1, 1)  # E
    # In the order of the workflow's states; only states some case is in.
    assert [(t.label, t.visits) for t in f.by_state] == [
        ("已登记", 2),  # G J
        ("已就地化解", 1),  # B
        ("已上报乡镇", 1),  # E
        ("已受理", 1),  # I
        ("已延期", 1),  # F
        ("不予受理", 1),  # D
        ("已答复", 1),  # A
        ("复查中", 1),  # H
    ]
    # 在办 (a deadline runs, as on the 待办 page): G J E I F H, and A: answered, its 复查
    # window (11-10 + 30 = 12-10) has passed without the township recording 办结 = 7.
    # Overdue on 2027-01-15: G (report by 11-06), J (11-07), E (decide by 11-05), I (answer
    # by 12-06), A (close after 12-10) = 5; F runs to 2027-02-09, H to 2027-01-19.
    assert (f.open_cases, f.overdue_cases) == (7, 5)
    assert f.open_by_leader == (
        Backlog("王乡长", 2, 1),  # H, I (I overdue)
        Backlog("李书记", 1, 1),  # E
        Backlog("（未定包案领导）", 4, 3),  # A F G J: 7 - 2 - 1 = 4 open, 5 - 1 - 1 = 3 overdue
    )
    assert f.open_by_office == (
        Backlog("乡国土所", 1, 0),  # F
        Backlog("（未交办单位）", 6, 5),  # 7 - 1 open, 5 - 0 overdue
    )


def test_rates(figures_october) -> None:
    r = figures_october.rates
    # Decisions: A 受理, D 不予受理, F 受理, H 受理, I 受理: 4 of 5.
    assert r.acceptance == Rate(4, 5)
    assert r.acceptance.value == pytest.approx(0.8)
    # Reported: A D E F H I. On time: A (10-20 by 10-24), F (11-11 by 11-12), H (10-12 by
    # 10-20), I (10-07 by 10-21); late: D (11-05 after 10-30), E (none by 11-05): 4 of 6.
    assert r.timely_acceptance == Rate(4, 6)
    # Concluded: A (answered), B (settled), H (answered, now 复查中) = 3; of 9 less D (不予受理).
    assert r.completion == Rate(3, 8)
    assert r.completion.value == pytest.approx(0.375)
    # Accepted: A F H I. F's period still runs (to 2027-02-09): not counted. A answered
    # 11-10 by 12-19: on time; H answered 12-15 after 12-11, I not by 12-06: late. 1 of 3.
    assert r.timely_completion == Rate(1, 3)
    # Of A B H: B came back with the same matter (C), H asked for 复查; A stays: 1 of 3.
    assert r.settled == Rate(1, 3)
    # Latest 回访: A 满意, B 基本满意 (after 不满意), D 不满意: 2 of 3.
    assert r.satisfaction == Rate(2, 3)
    assert figures_october.follow_up_views == (
        FollowUpView("满意", 1), FollowUpView("基本满意", 1), FollowUpView("不满意", 1)
    )  # fmt: skip


def test_trend_and_top_categories(figures_october) -> None:
    f = figures_october
    # The 12 months ending with October 2026: September has 4, October 9, the rest none
    # (C in November is after the period).
    assert f.trend[0] == MonthTally("2025-11", 0)
    assert f.trend[-2:] == (MonthTally("2026-09", 4), MonthTally("2026-10", 9))
    assert sum(m.visits for m in f.trend) == 13 and len(f.trend) == 12
    assert f.previous_period == Period.month(2026, 9)
    # September: 自然资源 2, 农村农业 1, 教育 1.
    assert f.top_categories == (
        CategoryChange("自然资源", 4, 2), CategoryChange("劳动和社会保障", 2, 0),
        CategoryChange("农村农业", 1, 1), CategoryChange("城乡建设", 1, 0),
        CategoryChange("纪检监察", 1, 0),
    )  # fmt: skip
    land, wages, homestead = f.top_categories[:3]
    assert (land.change, land.change_ratio) == (2, 1.0)  # 4 - 2, +100%
    assert (wages.change, wages.change_ratio) == (2, None)  # nothing to compare with
    assert (homestead.change, homestead.change_ratio) == (0, 0.0)


def test_a_single_station_has_no_breakdown(figures_october) -> None:
    assert figures_october.stations == ()
    assert figures_october.station_code is None


def test_the_deadlines_agree_with_the_case_page(db, october) -> None:
    """The due dates the rates read from the visits' columns are those the case page
    replays from the events."""
    rules = deadline_rules(db)
    facts = {fact.serial: fact for fact in case_facts(db, OCTOBER, today=TODAY)}
    # Only the cases that left 已登记: A B D E F H I (G and J are only registered).
    assert sorted(facts) == sorted(october[k] for k in "ABDEFHI")
    for serial, fact in facts.items():
        case = load_case(db, serial)
        replayed = deadlines_of(case.events, rules, station_report_days=7)
        acceptance = [d for d in replayed if d.kind is DeadlineKind.ACCEPTANCE]
        handling = [d for d in replayed if d.kind is DeadlineKind.HANDLING]
        assert fact.acceptance_due == (acceptance[-1].due if acceptance else None), serial
        assert fact.handling_due == (handling[-1].due if handling else None), serial
        assert fact.state is case.state
    f = facts[october["F"]]
    assert (f.acceptance_due, f.handling_due) == (dt.date(2026, 11, 12), dt.date(2027, 2, 9))
    assert f.acceptance_on_time is True and f.handling_on_time is None
    e, i = facts[october["E"]], facts[october["I"]]
    assert (e.decision, e.acceptance_on_time) == (None, False)  # never decided: late
    assert (i.decision, i.handling_on_time) == (Action.ACCEPT, False)  # never answered: late


def test_the_case_facts_add_up_to_the_rates(db, october) -> None:
    """case_facts lists the cases behind each rate, with the verdicts the sums count."""
    facts = case_facts(db, OCTOBER, today=TODAY)
    rates = figures(db, OCTOBER, today=TODAY).rates
    timely = [f.acceptance_on_time for f in facts if f.acceptance_on_time is not None]
    assert rates.timely_acceptance == Rate(sum(timely), len(timely))
    answered = [f.handling_on_time for f in facts if f.handling_on_time is not None]
    assert rates.timely_completion == Rate(sum(answered), len(answered))
    assert rates.settled.numerator == sum(f.settled for f in facts)
    assert rates.settled.denominator == sum(f.concluded for f in facts)
    decided = [f for f in facts if f.decision]
    assert rates.acceptance == Rate(sum(f.decision is Action.ACCEPT for f in decided), len(decided))


def test_the_cases_past_registration_are_found_either_way(db, october) -> None:
    """Through the index on the state or on the reception time: the same figures."""
    cohort = _Cohort(OCTOBER, None)
    assert "visits_by_state" in _stepped_source(db, cohort)  # 7 stepped of 10 in October
    by_state = _rate_sums(db, cohort, TODAY)
    other = _Cohort(Period(dt.date(2026, 10, 8), dt.date(2026, 10, 10)), None)
    assert "visits_by_received_at" in _stepped_source(db, other)  # A, B of 14 visits
    # The same sums as reading October by the reception time, which the source chooses
    # when the database holds more stepped cases than the period holds visits.
    assert by_state == _rate_sums_through(db, cohort, "visits_by_received_at")


def _rate_sums_through(db, cohort, index: str):
    import desk.store.metrics as metrics

    original = metrics._stepped_source
    metrics._stepped_source = lambda _db, _cohort: f"visits v INDEXED BY {index}"
    try:
        return _rate_sums(db, cohort, TODAY)
    finally:
        metrics._stepped_source = original


def test_the_migration_fills_the_rate_columns_as_the_steps_write_them(db, october) -> None:
    """A file from before the rate columns: migration 0007 works them out from the events,
    and they are what recording the steps wrote."""
    columns = ", ".join(RATE_COLUMNS)
    written = db.execute(f"SELECT id, {columns} FROM visits ORDER BY id").fetchall()
    assert sum(row[1] != "" for row in written) == 5  # the steps wrote them: A D F H I decided
    for column in RATE_COLUMNS:
        db.execute(f"ALTER TABLE visits DROP COLUMN {column}")  # as before the migration
    db.execute(f"DROP INDEX {REPORT_INDEX}")
    fill = next(m for m in migrations()._migrations if m.name == "0007_statistics")
    with db.atomic():
        fill.fn(db)
    assert db.execute(f"SELECT id, {columns} FROM visits ORDER BY id").fetchall() == written
    assert figures(db, OCTOBER, today=TODAY).rates.timely_acceptance == Rate(4, 6)


def test_one_station_of_a_township(db, clerk, october) -> None:
    """A township's database with a second station's visits: a breakdown per station, and
    the figures of one station alone."""
    other = validate_station({**STATION, "code": "410423203203", "name": "红旗村群众工作站"})
    desk = Desk(db, other, clerk)
    x = desk.visit("2026-10-12 09:00", 30, headcount=5, village="红旗村", **LAND)
    desk.step(x, Action.SETTLE, S, "2026-10-12", means="解释说明", visitor_view="满意")
    desk.visit("2026-10-13 09:00", 31, village="红旗村", **WAGES)

    both = figures(db, OCTOBER, today=TODAY)
    assert (both.visits, both.people) == (11, 23)  # 9 + 2 visits, 17 + 5 + 1 people
    first, second = both.stations
    assert first.station_code == STATION["code"] and second.station_code == "410423203203"
    assert (first.visits, first.people, first.open, first.overdue) == (9, 17, 7, 5)
    # The second: X settled (集体访, 5 people), Y registered 10-13, report by 10-20: overdue.
    assert (second.visits, second.people, second.collective, second.repeat) == (2, 6, 1, 0)
    assert (second.open, second.overdue) == (1, 1)
    assert second.rates.completion == Rate(1, 2)  # X settled, of X and Y
    assert second.rates.settled == Rate(1, 1)
    assert first.rates == figures(db, OCTOBER, today=TODAY, station_code=STATION["code"]).rates
    # The rates of all are made of the stations' numerators and denominators.
    assert both.rates.completion == Rate(3 + 1, 8 + 2)

    alone = figures(db, OCTOBER, today=TODAY, station_code="410423203203")
    assert (alone.visits, alone.stations, alone.station_code) == (2, (), "410423203203")
    assert alone.by_village == (Tally("红旗村", 2, 6),)


def test_the_same_person_without_an_id_number_is_known_by_name_and_phone(desk: Desk) -> None:
    """Without an ID number the same name and phone make the same person; with one, only the
    ID number does (a family sharing a phone are not one person)."""
    no_id = {"id_type": "无证件", "id_number": "", "no_id_reason": "不愿提供"}
    phone = {"visitor_name": "赵大", "phone": "13937000099"}
    first = desk.visit("2026-10-03 09:00", 40, **LAND, **no_id, **phone)
    desk.step(first, Action.SETTLE, S, "2026-10-03", means="解释说明", visitor_view="满意")
    sister = desk.visit("2026-10-04 09:00", 41, **LAND, phone="13937000099")  # her own ID
    desk.step(sister, Action.SETTLE, S, "2026-10-04", means="解释说明", visitor_view="满意")
    brother = desk.visit("2026-10-05 09:00", 42, **LAND, phone="13937000099")
    desk.step(brother, Action.SETTLE, S, "2026-10-05", means="解释说明", visitor_view="满意")
    # He comes back without his ID about the same matter; she does not come back.
    desk.visit("2026-10-20 09:00", 43, **LAND, **no_id, **phone)
    facts = {f.serial: f for f in case_facts(desk.db, OCTOBER, today=TODAY)}
    assert facts[first].raised_again  # same name and phone, no ID number
    assert not facts[sister].raised_again  # same phone, but her own ID number: not the same
    assert not facts[brother].raised_again
    # Of the three settled cases, the first came back: 2 of 3 stopped petitioning.
    assert figures(desk.db, OCTOBER, today=TODAY).rates.settled == Rate(2, 3)


def test_the_report_index_gives_the_same_figures(db, october) -> None:
    """Migration 0007 makes the covering index; a large period is read through it with no
    sorting, a small one through the reception time: the same figures either way."""
    columns = [row[2] for row in db.execute(f"PRAGMA index_info({REPORT_INDEX})")]
    assert columns == list(REPORT_INDEX_COLUMNS)
    plan = db.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM visits v INDEXED BY"
        f" {REPORT_INDEX} GROUP BY {', '.join(GROUP_COLUMNS)}"
    ).fetchall()
    assert "COVERING INDEX" in plan[0][3] and len(plan) == 1  # no sorting
    assert _read_by_index(db, _Cohort(Period.year(2026), None))  # all 14 visits
    assert not _read_by_index(db, _Cohort(Period.month(2026, 11), None))  # 1 of 14: < 1/5
    through_index = figures(db, Period.year(2026), today=TODAY)
    db.execute(f"DROP INDEX {REPORT_INDEX}")
    assert not _read_by_index(db, _Cohort(Period.year(2026), None))
    assert figures(db, Period.year(2026), today=TODAY) == through_index


def test_an_empty_period_has_no_rates(db, clerk) -> None:
    empty = figures(db, Period.year(2020), today=TODAY)
    assert (empty.visits, empty.people, empty.open_cases) == (0, 0, 0)
    assert all(rate == Rate(0, 0) and rate.value is None for _, rate in empty.rates.items())
    assert empty.by_category == () and empty.open_by_leader == ()
    assert [t.visits for t in empty.by_channel] == [0] * 8


def test_the_months_of_a_quarter_add_up_to_the_quarter(db, october) -> None:
    quarter = figures(db, Period.quarter(2026, 4), today=TODAY)
    months = [figures(db, Period.month(2026, m), today=TODAY) for m in (10, 11, 12)]
    assert quarter.visits == sum(m.visits for m in months) == 10  # October 9, November 1 (C)
    for name in ("acceptance", "timely_acceptance", "completion", "timely_completion"):
        rates = [getattr(m.rates, name) for m in months]
        assert getattr(quarter.rates, name) == Rate(
            sum(r.numerator for r in rates), sum(r.denominator for r in rates)
        )


# --- periods -----------------------------------------------------------------------------


def test_periods_and_what_came_before() -> None:
    assert Period.month(2026, 3) == Period(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert Period.month(2026, 3).previous() == Period.month(2026, 2)  # 28 days, a month
    assert Period.month(2026, 1).previous() == Period.month(2025, 12)
    assert Period.quarter(2026, 1).previous() == Period.quarter(2025, 4)
    assert Period.quarter(2026, 3) == Period(dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert Period.year(2026).previous() == Period.year(2025)
    ten_days = Period(dt.date(2026, 3, 5), dt.date(2026, 3, 14))
    assert ten_days.previous() == Period(dt.date(2026, 2, 23), dt.date(2026, 3, 4))
    assert ten_days.kind is PeriodKind.RANGE and ten_days.days == 10
    two_months = Period(dt.date(2026, 3, 1), dt.date(2026, 4, 30))  # whole months: two before
    assert two_months.kind is PeriodKind.RANGE
    assert two_months.previous() == Period(dt.date(2026, 1, 1), dt.date(2026, 2, 28))
    with pytest.raises(ValueError, match="结束日期"):
        Period(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_period_labels_and_trend_months() -> None:
    assert Period.month(2026, 11).label == "2026年11月"
    assert Period.quarter(2026, 4).label == "2026年第四季度"
    assert Period.year(2026).label == "2026年"
    assert Period(dt.date(2026, 3, 5), dt.date(2026, 3, 14)).label == "2026年3月5日至2026年3月14日"
    months = Period(dt.date(2026, 2, 10), dt.date(2026, 2, 20)).trend_months()
    assert (months[0], months[-1]) == (Period.month(2025, 3), Period.month(2026, 2))
    assert len(months) == 12


def test_rates_refuse_impossible_fractions() -> None:
    assert Rate(0, 0).value is None and Rate(1, 4).value == 0.25
    with pytest.raises(ValueError):
        Rate(3, 2)
    with pytest.raises(ValueError):
        Rate(-1, 2)


# --- the definitions ---------------------------------------------------------------------


def test_each_rate_is_defined_once_in_the_same_words_as_the_documentation() -> None:
    doc = (REPO / "docs" / "metrics.md").read_text("utf-8")
    assert len({d.key for d in RATE_DEFINITIONS}) == len(RATE_DEFINITIONS) == 6
    for definition in RATE_DEFINITIONS:
        assert f"### {definition.name}" in doc
        for words in (definition.numerator, definition.denominator, definition.counted_by):
            assert words in doc, (definition.name, words)
        if definition.note:
            assert definition.note in doc, definition.name


def test_rates_are_listed_in_the_order_of_their_definitions(figures_october) -> None:
    names = [definition.name for definition, _ in figures_october.rates.items()]
    assert names == ["受理率", "按期受理率", "办结率", "按期办结率", "息诉息访率", "满意率"]
