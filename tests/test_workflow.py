"""The case workflow: desk/domain/workflow.py. The transition tables exhaustively (every state,
every action, both levels), the rules that depend on dates, the data each action carries, and
random sequences of actions (hypothesis) that must keep state, deadlines and events consistent."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from desk.domain.deadlines import (
    DeadlineRules,
    bundled_rules_document,
    deadlines_of,
    default_deadline_rules,
    next_deadline,
    parse_deadline_rules,
    urgency,
)
from desk.domain.errors import InvalidInput
from desk.domain.workflow import (
    ACTION_SPECS,
    CLOSED_STATES,
    OPEN_STATES,
    RECORD_ONLY,
    TRANSITIONS,
    Action,
    CaseEvent,
    CaseState,
    Level,
    TransitionRefused,
    allowed_actions,
    apply,
    check_data,
    effective_date,
    is_final,
    is_open,
    make_event,
    state_of,
    steps,
)

A, S = Action, CaseState
STATION, TOWNSHIP = Level.STATION, Level.TOWNSHIP
RULES = default_deadline_rules()
T0 = dt.datetime(2026, 3, 2, 9, 0)
REPORT_DAYS = 7


def sample_data(action: Action, at: dt.datetime) -> dict[str, Any]:
    """Valid data for `action` recorded at `at`, its documents dated that day."""
    day, minute = at.date().isoformat(), at.strftime("%Y-%m-%d %H:%M")
    later = (at.date() + dt.timedelta(days=10)).isoformat()
    return {
        A.REGISTER: {"serial": "420102001001-2026-00001", "version": 1, "received_at": minute},
        A.SETTLE: {"means": "调解", "visitor_view": "满意"},
        A.REPORT: {},
        A.CHASE: {"answer": "镇信访办称正在调查"},
        A.TELL_RESULT: {"means": "电话", "told_on": day},
        A.FOLLOW_UP: {"satisfaction": "基本满意"},
        A.LEADER: {"leader": "李明", "post": "副镇长"},
        A.URGENT_REPORT: {"to": "镇信访办王主任", "reported_at": minute, "kind": "急事急报"},
        A.NOTE: {"note": "来访人电话询问进展"},
        A.ACCEPT: {"notice_on": day},
        A.NOT_ACCEPT: {"ground": "已进入诉讼程序", "procedure": "诉讼", "notice_on": day},
        A.NO_LONGER_ACCEPT: {"ground": "已经复核，同一事实和理由", "notice_on": day},
        A.HAND_OVER: {"mode": "交办", "office": "镇司法所", "due_on": later},
        A.EXTEND: {"days": 30, "reason": "需要实地测量", "notice_on": day},
        A.ANSWER: {"outcome": "部分支持", "opinion_on": day},
        A.REQUEST_REVIEW: {"requested_on": day, "organ": "县人民政府"},
        A.REVIEW_OPINION: {"outcome": "维持", "opinion_on": day},
        A.REQUEST_RECHECK: {"requested_on": day},
        A.RECHECK_OPINION: {"outcome": "维持", "opinion_on": day},
        A.SUPERVISE: {"issued_by": "县信访局", "grounds": "超期未办结", "due_on": later},
        A.SUPERVISION_REPLY: {"answer": "已督促镇司法所办理"},
        A.CLOSE: {},
    }[action]


def event(
    action: Action, level: Level | None = None, at: dt.datetime = T0, **changes: Any
) -> CaseEvent:
    """A checked event with sample data; `level` defaults to the action's only level."""
    if level is None:
        (level,) = ACTION_SPECS[action].levels
    return make_event(action, level, at, {**sample_data(action, at), **changes}, rules=RULES)


def history(*moves: tuple[Action, Level]) -> tuple[CaseEvent, ...]:
    """Events a day apart from T0."""
    return tuple(
        event(action, level, T0 + dt.timedelta(days=n)) for n, (action, level) in enumerate(moves)
    )


def the_day_after(events: tuple[CaseEvent, ...]) -> dt.datetime:
    return events[-1].at + dt.timedelta(days=1) if events else T0


# One history per state (two for 已办结: closed after the answer, or after the 复查). Every one
# after 上报 carries an unanswered 督办, so that 督办答复 is possible wherever the table allows it.
_REGISTERED = [(A.REGISTER, STATION)]
_REPORTED = [*_REGISTERED, (A.REPORT, STATION), (A.SUPERVISE, TOWNSHIP)]
_ACCEPTED = [*_REPORTED, (A.ACCEPT, TOWNSHIP)]
_ANSWERED = [*_ACCEPTED, (A.ANSWER, TOWNSHIP)]
_REVIEWED = [*_ANSWERED, (A.REQUEST_REVIEW, TOWNSHIP), (A.REVIEW_OPINION, TOWNSHIP)]
HISTORIES: dict[str, tuple[CaseState, tuple[CaseEvent, ...]]] = {
    name: (state, history(*moves))
    for name, state, moves in [
        ("未登记", S.UNREGISTERED, []),
        ("已登记", S.REGISTERED, _REGISTERED),
        ("已就地化解", S.SETTLED, [*_REGISTERED, (A.SETTLE, STATION)]),
        ("已上报乡镇", S.REPORTED, _REPORTED),
        ("已转送交办", S.HANDED_OVER, [*_REPORTED, (A.HAND_OVER, TOWNSHIP)]),
        ("已受理", S.ACCEPTED, _ACCEPTED),
        ("已延期", S.EXTENDED, [*_ACCEPTED, (A.EXTEND, TOWNSHIP)]),
        ("不予受理", S.NOT_ACCEPTED, [*_REPORTED, (A.NOT_ACCEPT, TOWNSHIP)]),
        ("不再受理", S.NO_LONGER_ACCEPTED, [*_REPORTED, (A.NO_LONGER_ACCEPT, TOWNSHIP)]),
        ("已答复", S.ANSWERED, _ANSWERED),
        ("复查中", S.REVIEWING, [*_ANSWERED, (A.REQUEST_REVIEW, TOWNSHIP)]),
        ("复查已答复", S.REVIEWED, _REVIEWED),
        ("复核中", S.RECHECKING, [*_REVIEWED, (A.REQUEST_RECHECK, TOWNSHIP)]),
        (
            "已终结",
            S.FINAL,
            [*_REVIEWED, (A.REQUEST_RECHECK, TOWNSHIP), (A.RECHECK_OPINION, TOWNSHIP)],
        ),
        ("已办结（答复后）", S.CLOSED, [*_ANSWERED, (A.CLOSE, TOWNSHIP)]),
        ("已办结（复查后）", S.CLOSED, [*_REVIEWED, (A.CLOSE, TOWNSHIP)]),
    ]
}
# Entries the table has that a dated rule refuses in these histories: a case closed after the
# answer can only be reopened by a 复查 request, one closed after the 复查 only by a 复核 request.
REFUSED_BY_A_DATED_RULE = {
    ("已办结（答复后）", A.REQUEST_RECHECK),
    ("已办结（复查后）", A.REQUEST_REVIEW),
}

# The tables in a form a person can check against domain.md: "state: moves | records", where a
# move changes the state and a record leaves it as it is; a line without a colon continues.
PINNED_TABLES = {
    STATION: """
        未登记: 登记→已登记 |
        已登记: 就地化解→已就地化解 上报乡镇→已上报乡镇 | 领导包案 紧急上报 备注
        已就地化解: 上报乡镇→已上报乡镇 | 回访 紧急上报 备注
        已上报乡镇: | 跟踪催办 领导包案 紧急上报 备注
        已转送交办: | 跟踪催办 告知结果 领导包案 紧急上报 备注
        已受理: | 跟踪催办 告知结果 领导包案 紧急上报 备注
        已延期: | 跟踪催办 告知结果 领导包案 紧急上报 备注
        不予受理: | 告知结果 回访 领导包案 紧急上报 备注
        不再受理: | 告知结果 回访 领导包案 紧急上报 备注
        已答复: | 告知结果 回访 领导包案 紧急上报 备注
        复查中: | 跟踪催办 领导包案 紧急上报 备注
        复查已答复: | 告知结果 回访 领导包案 紧急上报 备注
        复核中: | 跟踪催办 领导包案 紧急上报 备注
        已终结: | 告知结果 回访 领导包案 紧急上报 备注
        已办结: | 告知结果 回访 领导包案 紧急上报 备注
    """,
    TOWNSHIP: """
        未登记: |
        已登记: |
        已就地化解: |
        已上报乡镇: 受理→已受理 不予受理→不予受理 不再受理→不再受理
            转送交办→已转送交办 | 督办 督办答复 备注
        已转送交办: 受理→已受理 不予受理→不予受理 不再受理→不再受理
            转送交办→已转送交办 | 督办 督办答复 备注
        已受理: 延期→已延期 答复→已答复 | 转送交办 督办 督办答复 备注
        已延期: 答复→已答复 | 转送交办 督办 督办答复 备注
        不予受理: | 督办答复 备注
        不再受理: | 督办答复 备注
        已答复: 复查申请→复查中 办结→已办结 | 督办 督办答复 备注
        复查中: 复查意见→复查已答复 | 督办 督办答复 备注
        复查已答复: 复核申请→复核中 办结→已办结 | 督办 督办答复 备注
        复核中: 复核意见→已终结 | 督办 督办答复 备注
        已终结: | 督办答复 备注
        已办结: 复查申请→复查中 复核申请→复核中 | 督办答复 备注
    """,
}


def parse_pinned(text: str) -> dict[CaseState, dict[Action, CaseState]]:
    rows: list[str] = []
    for line in filter(None, (line.strip() for line in text.splitlines())):
        if ":" in line:
            rows.append(line)
        else:
            rows[-1] += " " + line
    table: dict[CaseState, dict[Action, CaseState]] = {}
    for row_text in rows:
        state_name, rest = row_text.split(":")
        moves, records = rest.split("|")
        state = CaseState(state_name)
        row = {A(a): S(b) for a, b in (move.split("→") for move in moves.split())}
        row.update(dict.fromkeys((A(r) for r in records.split()), state))
        table[state] = row
    return table


# --- the tables ---------------------------------------------------------------------------


@pytest.mark.parametrize("level", list(Level))
def test_the_tables_are_the_pinned_ones(level: Level) -> None:
    assert {s: dict(row) for s, row in TRANSITIONS[level].items()} == parse_pinned(
        PINNED_TABLES[level]
    )


def test_every_state_has_a_row_and_a_history() -> None:
    for level in Level:
        assert set(TRANSITIONS[level]) == set(CaseState)
    assert {state for state, _ in HISTORIES.values()} == set(CaseState)
    assert OPEN_STATES.isdisjoint(CLOSED_STATES)
    assert set(CaseState) - {S.UNREGISTERED} == OPEN_STATES | CLOSED_STATES


def test_actions_appear_only_in_their_own_levels_table() -> None:
    for level, table in TRANSITIONS.items():
        for row in table.values():
            for action in row:
                assert level in ACTION_SPECS[action].levels, (level, action)


def test_record_only_actions_are_the_ones_that_never_move_a_case() -> None:
    assert {
        A.CHASE,
        A.TELL_RESULT,
        A.FOLLOW_UP,
        A.LEADER,
        A.URGENT_REPORT,
        A.NOTE,
        A.SUPERVISE,
        A.SUPERVISION_REPLY,
    } == RECORD_ONLY


@pytest.mark.parametrize("name", list(HISTORIES))
def test_each_history_reaches_its_state(name: str) -> None:
    state, events = HISTORIES[name]
    assert state_of(events) is state


EVERY_CASE = [(name, level, action) for name in HISTORIES for level in Level for action in Action]


@pytest.mark.parametrize(
    ("name", "level", "action"), EVERY_CASE, ids=[f"{n}-{lv}-{a}" for n, lv, a in EVERY_CASE]
)
def test_every_state_with_every_action_at_each_level(
    name: str, level: Level, action: Action
) -> None:
    state, events = HISTORIES[name]
    at = the_day_after(events)
    new_event = make_event(action, level, at, sample_data(action, at), rules=RULES)
    expected = TRANSITIONS[level][state].get(action)
    if (name, action) in REFUSED_BY_A_DATED_RULE:
        expected = None
    shown = allowed_actions(events, level, today=at.date(), rules=RULES)
    if expected is not None:
        assert apply(events, new_event, rules=RULES) is expected
        assert state_of((*events, new_event)) is expected
        assert action in shown
    else:
        with pytest.raises(TransitionRefused) as refused:
            apply(events, new_event, rules=RULES)
        message = str(refused.value)
        assert f"“{state}”" in message and f"“{action}”" in message and level.label in message
        assert refused.value.state is state and refused.value.action is action
        assert state_of(events) is state
        assert action not in shown


def test_an_empty_case_can_only_be_registered_by_the_station() -> None:
    today = T0.date()
    assert allowed_actions((), STATION, today=today, rules=RULES) == (A.REGISTER,)
    assert allowed_actions((), TOWNSHIP, today=today, rules=RULES) == ()
    assert state_of(()) is S.UNREGISTERED


# --- the rules in words -------------------------------------------------------------------


def refusal(events: tuple[CaseEvent, ...], new_event: CaseEvent) -> str:
    with pytest.raises(TransitionRefused) as refused:
        apply(events, new_event, rules=RULES)
    return str(refused.value)


def test_a_station_cannot_accept_a_matter() -> None:
    _, events = HISTORIES["已上报乡镇"]
    message = refusal(events, event(A.ACCEPT, STATION, the_day_after(events)))
    assert "村级工作站不能进行“受理”" in message and "不受理" in message


def test_a_township_cannot_act_before_the_station_reports() -> None:
    _, events = HISTORIES["已登记"]
    message = refusal(events, event(A.ACCEPT, at=the_day_after(events)))
    assert "尚未上报乡镇" in message


def test_the_station_keeps_chasing_telling_and_following_up_after_reporting() -> None:
    for name, expected in [
        ("已上报乡镇", {A.CHASE, A.LEADER, A.URGENT_REPORT, A.NOTE}),
        ("已受理", {A.CHASE, A.TELL_RESULT, A.LEADER, A.URGENT_REPORT, A.NOTE}),
        ("已答复", {A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE}),
    ]:
        _, events = HISTORIES[name]
        today = the_day_after(events).date()
        assert set(allowed_actions(events, STATION, today=today, rules=RULES)) == expected


def test_a_settled_matter_is_reported_after_all_when_the_visitor_changes_his_mind() -> None:
    events = history((A.REGISTER, STATION), (A.SETTLE, STATION))
    assert apply(events, event(A.REPORT, at=the_day_after(events)), rules=RULES) is S.REPORTED


def test_the_handling_period_is_extended_once_only() -> None:
    _, events = HISTORIES["已延期"]
    message = refusal(events, event(A.EXTEND, at=the_day_after(events)))
    assert "只能延长一次" in message
    assert A.EXTEND not in allowed_actions(
        events, TOWNSHIP, today=the_day_after(events).date(), rules=RULES
    )


@pytest.mark.parametrize("days", [0, 31, -1, "30", 30.0, True])
def test_an_extension_is_a_whole_number_of_days_up_to_thirty(days: object) -> None:
    with pytest.raises(InvalidInput) as invalid:
        event(A.EXTEND, days=days)
    assert "不得超过30日" in invalid.value.errors["days"]


def test_an_extension_comes_before_the_handling_period_ends() -> None:
    registered = T0 - dt.timedelta(days=5)
    events = (
        event(A.REGISTER, at=registered),
        event(A.REPORT, at=registered),
        event(A.ACCEPT, at=T0, notice_on="2026-03-02"),  # handling ends 2026-05-01
    )
    last_day = dt.datetime(2026, 5, 1, 16, 0)
    assert apply(events, event(A.EXTEND, at=last_day), rules=RULES) is S.EXTENDED
    late = event(A.EXTEND, at=last_day + dt.timedelta(days=1))
    assert "已于2026-05-01届满" in refusal(events, late)
    # The date that counts is the notice's, not the day it was typed in.
    typed_late = event(A.EXTEND, at=last_day + dt.timedelta(days=3), notice_on="2026-05-01")
    assert apply(events, typed_late, rules=RULES) is S.EXTENDED


def answered_on(day: dt.date) -> tuple[CaseEvent, ...]:
    start = dt.datetime.combine(day, dt.time(9)) - dt.timedelta(days=20)
    return (
        event(A.REGISTER, at=start),
        event(A.REPORT, at=start),
        event(A.ACCEPT, at=start + dt.timedelta(days=1)),
        event(A.ANSWER, at=dt.datetime.combine(day, dt.time(15))),
    )


def test_a_review_is_requested_within_thirty_days_of_the_answer() -> None:
    events = answered_on(dt.date(2026, 1, 31))  # the window ends 2026-03-02
    last_day, too_late = dt.datetime(2026, 3, 2, 17), dt.datetime(2026, 3, 3, 9)
    assert apply(events, event(A.REQUEST_REVIEW, at=last_day), rules=RULES) is S.REVIEWING
    assert "复查申请期限（收到处理意见书之日起30日）已于2026-03-02届满" in refusal(
        events, event(A.REQUEST_REVIEW, at=too_late)
    )
    assert A.REQUEST_REVIEW in allowed_actions(events, TOWNSHIP, today=last_day.date(), rules=RULES)
    assert A.REQUEST_REVIEW not in allowed_actions(
        events, TOWNSHIP, today=too_late.date(), rules=RULES
    )


def test_a_case_closed_after_the_answer_reopens_for_a_review_within_the_window() -> None:
    answered = answered_on(dt.date(2026, 1, 31))
    events = (*answered, event(A.CLOSE, at=dt.datetime(2026, 2, 2, 9)))
    assert state_of(events) is S.CLOSED
    in_time = event(A.REQUEST_REVIEW, at=dt.datetime(2026, 2, 20, 9))
    assert apply(events, in_time, rules=RULES) is S.REVIEWING
    assert "届满" in refusal(events, event(A.REQUEST_REVIEW, at=dt.datetime(2026, 3, 3, 9)))
    assert "不能申请复核" in refusal(events, event(A.REQUEST_RECHECK, at=in_time.at))


def test_after_the_recheck_the_matter_is_final() -> None:
    state, events = HISTORIES["已终结"]
    assert state is S.FINAL and is_final(events)
    assert not is_final(HISTORIES["复核中"][1]) and not is_final(HISTORIES["已办结（复查后）"][1])
    at = the_day_after(events)
    for action in (A.ACCEPT, A.REQUEST_REVIEW, A.REQUEST_RECHECK, A.CLOSE):
        assert "同一事实和理由不再受理" in refusal(events, event(action, at=at))
    assert set(allowed_actions(events, STATION, today=at.date(), rules=RULES)) == {
        A.TELL_RESULT,
        A.FOLLOW_UP,
        A.LEADER,
        A.URGENT_REPORT,
        A.NOTE,
    }


@pytest.mark.parametrize("name", ["不予受理", "不再受理"])
def test_not_accepting_ends_the_township_procedure(name: str) -> None:
    _, events = HISTORIES[name]
    at = the_day_after(events)
    for action in (A.ACCEPT, A.HAND_OVER, A.ANSWER, A.CLOSE, A.SUPERVISE):
        assert "程序已经结束" in refusal(events, event(action, at=at))
    assert A.FOLLOW_UP in allowed_actions(events, STATION, today=at.date(), rules=RULES)


def test_a_matter_for_another_procedure_names_it() -> None:
    with pytest.raises(InvalidInput) as invalid:
        event(A.NOT_ACCEPT, procedure="上访")
    assert "诉讼、仲裁、行政复议、党员申诉、其他法定途径" in invalid.value.errors["procedure"]
    assert "procedure" not in event(A.NO_LONGER_ACCEPT).data  # optional: left out when empty


def test_handing_over_before_acceptance_routes_and_after_it_records() -> None:
    _, reported = HISTORIES["已上报乡镇"]
    at = the_day_after(reported)
    assert apply(reported, event(A.HAND_OVER, at=at), rules=RULES) is S.HANDED_OVER
    _, accepted = HISTORIES["已受理"]
    at = the_day_after(accepted)
    assert apply(accepted, event(A.HAND_OVER, at=at), rules=RULES) is S.ACCEPTED


def test_a_supervision_reply_needs_an_open_order() -> None:
    events = history((A.REGISTER, STATION), (A.REPORT, STATION), (A.ACCEPT, TOWNSHIP))
    at = the_day_after(events)
    assert "没有待答复的督办" in refusal(events, event(A.SUPERVISION_REPLY, at=at))
    two = (*events, event(A.SUPERVISE, at=at), event(A.SUPERVISE, at=at))
    one_reply = (*two, event(A.SUPERVISION_REPLY, at=at))
    assert apply(one_reply, event(A.SUPERVISION_REPLY, at=at), rules=RULES) is S.ACCEPTED
    both = (*one_reply, event(A.SUPERVISION_REPLY, at=at))
    assert "没有待答复的督办" in refusal(both, event(A.SUPERVISION_REPLY, at=at))


def test_a_step_is_not_dated_before_the_step_it_follows() -> None:
    _, events = HISTORIES["已上报乡镇"]  # reported on 2026-03-03
    early = event(A.ACCEPT, at=the_day_after(events), notice_on="2026-03-02")
    assert "早于上一步“上报乡镇”的日期2026-03-03" in refusal(events, early)


# --- data ---------------------------------------------------------------------------------


def test_data_is_trimmed_and_dates_become_text() -> None:
    cleaned = check_data(
        A.ACCEPT,
        {"notice_on": dt.date(2026, 3, 1), "office": "  镇国土所\u3000"},
        at=T0,
        rules=RULES,
    )
    assert cleaned == {"notice_on": "2026-03-01", "office": "镇国土所"}


@pytest.mark.parametrize(
    ("action", "data", "field", "words"),
    [
        (A.ACCEPT, {}, "notice_on", "请填写受理告知书日期"),
        (A.ACCEPT, {"notice_on": "2026-03-03"}, "notice_on", "不能晚于记录日期2026-03-02"),
        (A.ACCEPT, {"notice_on": "2026-02-30"}, "notice_on", "不是真实的日期"),
        (A.ACCEPT, {"notice_on": "2026/03/01"}, "notice_on", "格式的日期"),
        (A.ACCEPT, {"notice_on": "2026-03-01", "extra": 1}, "extra", "没有“extra”这一项"),
        (A.SETTLE, {"means": "劝返", "visitor_view": "满意"}, "means", "解释说明、调解"),
        (A.SETTLE, {"means": "调解"}, "visitor_view", "请选择来访人意见"),
        (A.FOLLOW_UP, {"satisfaction": "很好"}, "satisfaction", "满意、基本满意、不满意"),
        (
            A.HAND_OVER,
            {"mode": "交办", "office": "司法所", "due_on": "2026-03-02"},
            "due_on",
            "应晚于",
        ),
        (
            A.URGENT_REPORT,
            {"to": "镇长", "reported_at": "2026-03-02 09:30"},
            "reported_at",
            "不能晚于",
        ),
        (A.NOTE, {"note": "   "}, "note", "请填写备注"),
        (A.LEADER, {"leader": "张\n三"}, "leader", "不能换行"),
        (A.CHASE, {"answer": "好" * 2001}, "answer", "最多2000个字"),
    ],
)
def test_wrong_data_is_refused_field_by_field(
    action: Action, data: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(InvalidInput) as invalid:
        check_data(action, data, at=T0, rules=RULES)
    assert words in invalid.value.errors[field]


def test_apply_checks_the_data_too() -> None:
    _, events = HISTORIES["已上报乡镇"]
    raw = CaseEvent(A.ACCEPT, TOWNSHIP, the_day_after(events), {})
    with pytest.raises(InvalidInput):
        apply(events, raw, rules=RULES)


def test_registration_keeps_what_the_store_writes() -> None:
    data = {"serial": "X-2026-00001", "version": 1, "received_at": "2026-03-02 08:45"}
    registered = make_event("登记", "station", T0, data, rules=RULES)
    assert dict(registered.data) == data
    assert effective_date(registered) == dt.date(2026, 3, 2)


def test_events_take_the_stores_text_and_cannot_be_changed() -> None:
    row = CaseEvent("受理", "township", T0, {"notice_on": "2026-03-01"})
    assert row.action is A.ACCEPT and row.level is TOWNSHIP
    assert effective_date(row) == dt.date(2026, 3, 1)
    with pytest.raises(TypeError):
        row.data["notice_on"] = "2026-01-01"
    with pytest.raises(ValueError, match="未知的操作“审批”"):
        CaseEvent("审批", "township", T0)
    with pytest.raises(ValueError, match="未知的层级"):
        CaseEvent("备注", "county", T0)


# --- replaying a history ------------------------------------------------------------------


def test_a_record_from_the_other_level_that_arrives_late_is_kept() -> None:
    _, answered = HISTORIES["已答复"]
    chased = event(A.CHASE, at=answered[-1].at - dt.timedelta(hours=1))  # written before sync
    events = (*answered, chased)
    assert state_of(events) is S.ANSWERED
    assert steps(events)[-1].before is steps(events)[-1].after is S.ANSWERED


def test_a_damaged_history_is_refused_naming_the_event() -> None:
    events = (event(A.REGISTER), event(A.ACCEPT))
    with pytest.raises(TransitionRefused, match="第2个事件"):
        state_of(events)


# --- random sequences ---------------------------------------------------------------------


def _working_day_rules() -> DeadlineRules:
    """Working days with a National Day week and its 调休 Saturday every year, ends that fall on
    a rest day moved on: the other extreme of what a province may set."""
    document = bundled_rules_document()
    holidays, worked = [], []
    for year in range(2023, 2033):
        holidays += [dt.date(year, 10, d).isoformat() for d in range(1, 8)]
        october_12 = dt.date(year, 10, 12)
        if october_12.isoweekday() in (6, 7):
            worked.append(october_12.isoformat())
    document["counting"] = {
        "days": "working",
        "first_day": "same_day",
        "roll_to_working_day": True,
        "rest_weekdays": [6, 7],
        "holidays": holidays,
        "working_weekend_days": worked,
    }
    return parse_deadline_rules(document)


WORKING_DAY_RULES = _working_day_rules()


class CaseLife(RuleBasedStateMachine):
    """A case driven by random actions from both levels as days pass."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[CaseEvent] = []
        self.state = S.UNREGISTERED
        self.clock = T0
        self.rules = RULES
        self.report_days = REPORT_DAYS
        self.was_final = False

    @initialize(
        rules=st.sampled_from([RULES, WORKING_DAY_RULES]),
        report_days=st.integers(1, 15),
        start=st.datetimes(dt.datetime(2023, 1, 1), dt.datetime(2030, 12, 31)),
    )
    def register(self, rules: DeadlineRules, report_days: int, start: dt.datetime) -> None:
        self.rules, self.report_days, self.clock = rules, report_days, start
        self.take(A.REGISTER, STATION)

    def take(self, action: Action, level: Level) -> None:
        new_event = make_event(
            action, level, self.clock, sample_data(action, self.clock), rules=self.rules
        )
        self.state = apply(self.events, new_event, rules=self.rules)
        self.events.append(new_event)

    def allowed(self, level: Level) -> tuple[Action, ...]:
        return allowed_actions(self.events, level, today=self.clock.date(), rules=self.rules)

    @rule(days=st.integers(0, 45), minutes=st.integers(0, 600))
    def time_passes(self, days: int, minutes: int) -> None:
        self.clock += dt.timedelta(days=days, minutes=minutes)

    @rule(data=st.data())
    def take_an_allowed_action(self, data: st.DataObject) -> None:
        level = data.draw(st.sampled_from(list(Level)))
        allowed = self.allowed(level)
        if allowed:
            self.take(data.draw(st.sampled_from(allowed)), level)

    @rule(data=st.data())
    def move_the_case_on(self, data: st.DataObject) -> None:
        # Records alone would keep most cases near the start; this rule walks the procedure.
        moves = [(a, lv) for lv in Level for a in self.allowed(lv) if a not in RECORD_ONLY]
        if moves:
            self.take(*data.draw(st.sampled_from(moves)))

    @rule(data=st.data())
    def try_a_refused_action(self, data: st.DataObject) -> None:
        level = data.draw(st.sampled_from(list(Level)))
        allowed = self.allowed(level)
        action = data.draw(st.sampled_from([a for a in Action if a not in allowed]))
        before = list(self.events)
        refused = make_event(
            action, level, self.clock, sample_data(action, self.clock), rules=self.rules
        )
        with pytest.raises(TransitionRefused) as error:
            apply(self.events, refused, rules=self.rules)
        assert f"“{self.state}”" in str(error.value) and f"“{action}”" in str(error.value)
        assert self.events == before and state_of(self.events) is self.state

    @invariant()
    def the_state_is_the_last_result(self) -> None:
        assert state_of(self.events) is self.state

    @invariant()
    def one_acceptance_and_one_extension_at_most(self) -> None:
        actions = [e.action for e in self.events]
        assert actions.count(A.EXTEND) <= 1 and actions.count(A.ACCEPT) <= 1
        assert actions.count(A.REGISTER) == (1 if self.events else 0)
        assert actions.count(A.SUPERVISION_REPLY) <= actions.count(A.SUPERVISE)

    @invariant()
    def procedural_steps_never_go_back_in_time(self) -> None:
        days = [effective_date(e) for e in self.events if e.action not in RECORD_ONLY]
        assert days == sorted(days)

    @invariant()
    def open_cases_have_a_next_deadline_and_closed_ones_none(self) -> None:
        deadlines = deadlines_of(self.events, self.rules, station_report_days=self.report_days)
        upcoming = next_deadline(deadlines)
        assert (upcoming is not None) == is_open(self.state)
        for deadline in deadlines:
            assert deadline.start <= deadline.due
            assert deadline.met is None or deadline.met >= deadline.start
            urgency(deadline, self.clock.date())
        if self.events:
            assert [d.level for d in deadlines].count(STATION) == 1  # the report to the township

    @invariant()
    def final_stays_final(self) -> None:
        assert is_final(self.events) == (self.state is S.FINAL)
        if self.was_final:
            assert self.state is S.FINAL
        self.was_final = self.state is S.FINAL

    @invariant()
    def the_buttons_come_from_the_table(self) -> None:
        for level in Level:
            assert set(self.allowed(level)) <= set(TRANSITIONS[level][self.state])


CaseLife.TestCase.settings = settings(max_examples=200, stateful_step_count=40, deadline=None)
test_random_case_lives = CaseLife.TestCase
