"""The life of a case (办理流程): levels, states, actions, and one transition table per level.

A village station is an agent (信访代理/代办点): it registers a matter, settles it on the spot or
reports it to the township, then chases the township and tells the visitor; it never accepts
(受理) a matter. The township decides acceptance and handles the matter within the periods of the
信访工作条例 (2022); reviews (复查, 复核) by the higher organs reach the case through the township.

The state of a case is never stored: `state_of` derives it from the ordered events, so the
timeline, the sync file and the state cannot disagree. Rules that depend on the date (the 复查
window, extending before the handling period ends) take the date from the event or from the
caller, and the periods from the province's rules (desk.domain.deadlines); nothing here reads
the clock.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from desk.domain.errors import FieldError, InvalidInput
from desk.domain.text import clean_text

if TYPE_CHECKING:
    from desk.domain.deadlines import DeadlineRules

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"  # as a visit's received_at
SHORT_TEXT_LENGTH = 100
LONG_TEXT_LENGTH = 2000


class Level(StrEnum):
    """Who acts; the values are what `events.level` holds."""

    STATION = "station"  # 村级工作站: registers and acts as the visitor's agent
    TOWNSHIP = "township"  # 乡镇: decides acceptance and handles

    @property
    def label(self) -> str:
        return {"station": "村级工作站", "township": "乡镇"}[self.value]


class CaseState(StrEnum):
    UNREGISTERED = "未登记"  # no event yet; only 登记 leads out of it
    REGISTERED = "已登记"
    SETTLED = "已就地化解"
    REPORTED = "已上报乡镇"
    HANDED_OVER = "已转送交办"  # routed before acceptance; the office it went to decides
    ACCEPTED = "已受理"
    EXTENDED = "已延期"  # accepted, and the handling period extended (once)
    NOT_ACCEPTED = "不予受理"
    NO_LONGER_ACCEPTED = "不再受理"
    ANSWERED = "已答复"  # 信访处理意见书 issued; the 复查 window runs
    REVIEWING = "复查中"
    REVIEWED = "复查已答复"  # 复查意见 given; the 复核 window runs
    RECHECKING = "复核中"
    FINAL = "已终结"  # 复核意见 given: same facts and reasons are not accepted again
    CLOSED = "已办结"


# Open: someone owes a step and a deadline runs. Closed: nothing runs (已办结 may still reopen
# by a 复查 or 复核 request made within its window).
OPEN_STATES = frozenset(
    {
        CaseState.REGISTERED,
        CaseState.REPORTED,
        CaseState.HANDED_OVER,
        CaseState.ACCEPTED,
        CaseState.EXTENDED,
        CaseState.ANSWERED,
        CaseState.REVIEWING,
        CaseState.REVIEWED,
        CaseState.RECHECKING,
    }
)
CLOSED_STATES = frozenset(
    {
        CaseState.SETTLED,
        CaseState.NOT_ACCEPTED,
        CaseState.NO_LONGER_ACCEPTED,
        CaseState.FINAL,
        CaseState.CLOSED,
    }
)


def is_open(state: CaseState) -> bool:
    return state in OPEN_STATES


class Action(StrEnum):
    """What can happen to a case; the values are what `events.action` holds."""

    REGISTER = "登记"
    # The station's actions.
    SETTLE = "就地化解"
    REPORT = "上报乡镇"
    CHASE = "跟踪催办"
    TELL_RESULT = "告知结果"
    FOLLOW_UP = "回访"
    LEADER = "领导包案"
    URGENT_REPORT = "紧急上报"
    NOTE = "备注"  # both levels
    # The township's actions.
    ACCEPT = "受理"
    NOT_ACCEPT = "不予受理"
    NO_LONGER_ACCEPT = "不再受理"
    HAND_OVER = "转送交办"
    EXTEND = "延期"
    ANSWER = "答复"
    REQUEST_REVIEW = "复查申请"
    REVIEW_OPINION = "复查意见"
    REQUEST_RECHECK = "复核申请"
    RECHECK_OPINION = "复核意见"
    SUPERVISE = "督办"
    SUPERVISION_REPLY = "督办答复"
    CLOSE = "办结"


# --- what each action carries -------------------------------------------------------------

SETTLE_MEANS = ("解释说明", "调解", "帮扶救助", "其他")
SATISFACTION = ("满意", "基本满意", "不满意")
TELL_MEANS = ("当面", "电话", "书面", "短信", "其他")
URGENT_KINDS = ("急事急报", "特事特报", "大事快报")
OTHER_PROCEDURES = ("诉讼", "仲裁", "行政复议", "党员申诉", "其他法定途径")  # 诉访分离
HANDOVER_MODES = ("转送", "交办")
ANSWER_OUTCOMES = ("支持", "部分支持", "不支持", "解释说明")
REVIEW_OUTCOMES = ("维持", "变更", "撤销")
SUPERVISION_GROUNDS = (  # 2005 条例 Art. 36
    "超期未办结",
    "未按规定反馈",
    "办理程序不当",
    "推诿敷衍",
    "未执行处理意见",
    "其他",
)


class FieldKind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # several lines
    CHOICE = "choice"
    DATE = "date"  # a date that has passed: not after the event's own time
    DUE_DATE = "due_date"  # a deadline someone set: after the day of the event
    DATETIME = "datetime"  # "YYYY-MM-DD HH:MM", not after the event's own time
    DAYS = "days"  # a whole number of days, at most the rules' extension period


@dataclass(frozen=True)
class DataField:
    name: str
    label: str
    kind: FieldKind
    required: bool = True
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActionSpec:
    action: Action
    levels: frozenset[Level]
    fields: tuple[DataField, ...] = ()
    # The field whose date is when the step legally happened (the notice's date, the request's
    # date); without one, the day the event was recorded.
    date_field: str | None = None
    # 登记 carries what the store writes there (serial, version); only received_at is checked.
    open_data: bool = False
    # Asked for every key of every event a township loads from a station's file.
    _by_name: Mapping[str, DataField] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {f.name: f for f in self.fields})

    def field_named(self, name: str) -> DataField | None:
        return self._by_name.get(name)


_STATION = frozenset({Level.STATION})
_TOWNSHIP = frozenset({Level.TOWNSHIP})
_NOTE = DataField("note", "说明", FieldKind.LONG_TEXT, required=False)


def _decision(action: Action, title: str) -> ActionSpec:
    return ActionSpec(
        action,
        _TOWNSHIP,
        (
            DataField("ground", f"{title}理由", FieldKind.LONG_TEXT),
            DataField(
                "procedure",
                "应循的其他法定途径",
                FieldKind.CHOICE,
                required=False,
                choices=OTHER_PROCEDURES,
            ),
            DataField("notice_on", f"{title}告知书日期", FieldKind.DATE),
        ),
        date_field="notice_on",
    )


def _request(action: Action, title: str) -> ActionSpec:
    return ActionSpec(
        action,
        _TOWNSHIP,
        (
            DataField("requested_on", f"{title}日期", FieldKind.DATE),
            DataField("organ", f"{title[:2]}机关", FieldKind.TEXT, required=False),
        ),
        date_field="requested_on",
    )


def _opinion(action: Action, title: str) -> ActionSpec:
    return ActionSpec(
        action,
        _TOWNSHIP,
        (
            DataField("outcome", f"{title}结论", FieldKind.CHOICE, choices=REVIEW_OUTCOMES),
            DataField("opinion_on", f"{title}书日期", FieldKind.DATE),
        ),
        date_field="opinion_on",
    )


ACTION_SPECS: Mapping[Action, ActionSpec] = MappingProxyType(
    {
        spec.action: spec
        for spec in (
            ActionSpec(
                Action.REGISTER,
                _STATION,
                (DataField("received_at", "接待时间", FieldKind.DATETIME, required=False),),
                date_field="received_at",
                open_data=True,
            ),
            ActionSpec(
                Action.SETTLE,
                _STATION,
                (
                    DataField("means", "化解方式", FieldKind.CHOICE, choices=SETTLE_MEANS),
                    DataField("visitor_view", "来访人意见", FieldKind.CHOICE, choices=SATISFACTION),
                    DataField("detail", "化解情况", FieldKind.LONG_TEXT, required=False),
                ),
            ),
            ActionSpec(Action.REPORT, _STATION, (_NOTE,)),
            ActionSpec(
                Action.CHASE,
                _STATION,
                (
                    DataField("answer", "催办得到的答复", FieldKind.LONG_TEXT),
                    DataField("contact", "催办对象", FieldKind.TEXT, required=False),
                ),
            ),
            ActionSpec(
                Action.TELL_RESULT,
                _STATION,
                (
                    DataField("means", "告知方式", FieldKind.CHOICE, choices=TELL_MEANS),
                    DataField("told_on", "告知日期", FieldKind.DATE),
                    _NOTE,
                ),
                date_field="told_on",
            ),
            ActionSpec(
                Action.FOLLOW_UP,
                _STATION,
                (
                    DataField("satisfaction", "回访评价", FieldKind.CHOICE, choices=SATISFACTION),
                    _NOTE,
                ),
            ),
            ActionSpec(
                Action.LEADER,
                _STATION,
                (
                    DataField("leader", "包案领导", FieldKind.TEXT),
                    DataField("post", "职务", FieldKind.TEXT, required=False),
                ),
            ),
            ActionSpec(
                Action.URGENT_REPORT,
                _STATION,
                (
                    DataField("to", "报告对象", FieldKind.TEXT),
                    DataField("reported_at", "报告时间", FieldKind.DATETIME),
                    DataField(
                        "kind", "报告类别", FieldKind.CHOICE, required=False, choices=URGENT_KINDS
                    ),
                    _NOTE,
                ),
                date_field="reported_at",
            ),
            ActionSpec(
                Action.NOTE,
                frozenset(Level),
                (DataField("note", "备注", FieldKind.LONG_TEXT),),
            ),
            ActionSpec(
                Action.ACCEPT,
                _TOWNSHIP,
                (
                    DataField("notice_on", "受理告知书日期", FieldKind.DATE),
                    DataField("office", "承办单位", FieldKind.TEXT, required=False),
                ),
                date_field="notice_on",
            ),
            _decision(Action.NOT_ACCEPT, "不予受理"),
            _decision(Action.NO_LONGER_ACCEPT, "不再受理"),
            ActionSpec(
                Action.HAND_OVER,
                _TOWNSHIP,
                (
                    DataField("mode", "转送或交办", FieldKind.CHOICE, choices=HANDOVER_MODES),
                    DataField("office", "承办单位", FieldKind.TEXT),
                    DataField("due_on", "办理期限", FieldKind.DUE_DATE),
                ),
            ),
            ActionSpec(
                Action.EXTEND,
                _TOWNSHIP,
                (
                    DataField("days", "延长天数", FieldKind.DAYS),
                    DataField("reason", "延期理由", FieldKind.LONG_TEXT),
                    DataField("notice_on", "延期告知书日期", FieldKind.DATE),
                ),
                date_field="notice_on",
            ),
            ActionSpec(
                Action.ANSWER,
                _TOWNSHIP,
                (
                    DataField("outcome", "处理意见", FieldKind.CHOICE, choices=ANSWER_OUTCOMES),
                    DataField("opinion_on", "信访处理意见书日期", FieldKind.DATE),
                ),
                date_field="opinion_on",
            ),
            _request(Action.REQUEST_REVIEW, "复查申请"),
            _opinion(Action.REVIEW_OPINION, "复查意见"),
            _request(Action.REQUEST_RECHECK, "复核申请"),
            _opinion(Action.RECHECK_OPINION, "复核意见"),
            ActionSpec(
                Action.SUPERVISE,
                _TOWNSHIP,
                (
                    DataField("issued_by", "督办单位", FieldKind.TEXT),
                    DataField("grounds", "督办事由", FieldKind.CHOICE, choices=SUPERVISION_GROUNDS),
                    DataField("due_on", "督办期限", FieldKind.DUE_DATE),
                    _NOTE,
                ),
            ),
            ActionSpec(
                Action.SUPERVISION_REPLY,
                _TOWNSHIP,
                (DataField("answer", "督办答复", FieldKind.LONG_TEXT),),
            ),
            ActionSpec(Action.CLOSE, _TOWNSHIP, (_NOTE,)),
        )
    }
)


# --- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class CaseEvent:
    """One row of `events`, as the rules see it. Strings from the store become enums here."""

    action: Action
    level: Level
    at: dt.datetime  # when it was recorded
    data: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "action", Action(self.action))
        except ValueError:
            raise ValueError(f"未知的操作“{self.action}”") from None
        try:
            object.__setattr__(self, "level", Level(self.level))
        except ValueError:
            raise ValueError(f"未知的层级“{self.level}”（应为station或township）") from None
        if not isinstance(self.at, dt.datetime):
            raise TypeError("事件时间应为datetime")
        object.__setattr__(self, "data", MappingProxyType(dict(self.data)))


def _as_date(value: object) -> dt.date:
    """A date from validated data: a date, or text starting "YYYY-MM-DD"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    # Checked data holds "YYYY-MM-DD" in ASCII: fromisoformat reads it ten times faster than
    # strptime (a township replays a hundred thousand cases when it loads a station's file).
    return dt.date.fromisoformat(str(value)[:10])


def effective_date(event: CaseEvent) -> dt.date:
    """The day the step legally happened: the date of its document or request when the action
    has one (a township may record a notice days after issuing it), else the day recorded."""
    return _effective_date(ACTION_SPECS[event.action], event.data, event.at)


def _effective_date(spec: ActionSpec, data: Mapping[str, Any], at: dt.datetime) -> dt.date:
    value = data.get(spec.date_field) if spec.date_field else None
    return _as_date(value) if value else at.date()


def _wall_clock(moment: dt.datetime) -> dt.datetime:
    # The store writes local time with its offset; data fields hold local wall-clock time.
    return moment.replace(tzinfo=None)


def _read_time(text: str, pattern: str) -> dt.datetime:
    """`text` already has the pattern's shape. ASCII digits are read by fromisoformat (ten
    times quicker: a township checks every step of a station's file); other digits (full-width
    from an input method) by strptime, which knows them."""
    return (
        dt.datetime.fromisoformat(text) if text.isascii() else dt.datetime.strptime(text, pattern)
    )


_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def _parse_date(value: object, label: str) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_TEXT.fullmatch(value.strip()):
        try:
            return _read_time(value.strip(), DATE_FORMAT).date()
        except ValueError:
            raise FieldError(f"{label}“{value.strip()}”不是真实的日期") from None
    raise FieldError(f"{label}应为“年-月-日”格式的日期，如2026-03-02")


def _parse_datetime(value: object, label: str) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return _wall_clock(value).replace(second=0, microsecond=0)
    if isinstance(value, str) and _DATETIME_TEXT.fullmatch(value.strip()):
        try:
            return _read_time(value.strip(), DATETIME_FORMAT)
        except ValueError:
            raise FieldError(f"{label}“{value.strip()}”不是真实的时间") from None
    raise FieldError(f"{label}应为“年-月-日 时:分”，如2026-03-02 09:30")


def _check_value(
    spec_field: DataField, value: object, *, at: dt.datetime, rules: DeadlineRules
) -> object:
    label, kind = spec_field.label, spec_field.kind
    if kind in (FieldKind.TEXT, FieldKind.LONG_TEXT):
        long = kind is FieldKind.LONG_TEXT
        return clean_text(
            value,
            label=label,
            max_length=LONG_TEXT_LENGTH if long else SHORT_TEXT_LENGTH,
            multiline=long,
        )
    if kind is FieldKind.CHOICE:
        if value not in spec_field.choices:
            raise FieldError(f"{label}应为{'、'.join(spec_field.choices)}之一")
        return value
    if kind is FieldKind.DAYS:
        most = rules.periods.extension_max
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
            raise FieldError(f"{label}应为1到{most}之间的整数：延长办理期限不得超过{most}日")
        return value
    if kind is FieldKind.DATETIME:
        moment = _parse_datetime(value, label)
        if moment > _wall_clock(at):
            raise FieldError(f"{label}不能晚于记录时间{_wall_clock(at):{DATETIME_FORMAT}}")
        return moment.strftime(DATETIME_FORMAT)
    day = _parse_date(value, label)
    if kind is FieldKind.DATE and day > at.date():
        raise FieldError(f"{label}不能晚于记录日期{at.date().isoformat()}")
    return day.isoformat()


def check_data(
    action: Action, data: Mapping[str, Any], *, at: dt.datetime, rules: DeadlineRules
) -> dict[str, Any]:
    """The action's data, trimmed and with dates as "YYYY-MM-DD" text, ready to store as JSON.

    Raises InvalidInput with a Chinese message per wrong field; empty optional fields are left
    out.
    """
    spec = ACTION_SPECS[Action(action)]
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for name, value in data.items():
        if spec.field_named(name) is None:
            if spec.open_data:
                cleaned[name] = value
            else:
                errors[name] = f"“{spec.action}”没有“{name}”这一项"
    for spec_field in spec.fields:
        value = data.get(spec_field.name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if spec_field.required:
                verb = "选择" if spec_field.kind is FieldKind.CHOICE else "填写"
                errors[spec_field.name] = f"请{verb}{spec_field.label}"
            continue
        try:
            cleaned[spec_field.name] = _check_value(spec_field, value, at=at, rules=rules)
        except FieldError as error:
            errors[spec_field.name] = str(error)
    if not errors:
        # A deadline someone set must lie after the day it was set.
        on = _effective_date(spec, cleaned, at)
        for spec_field in spec.fields:
            due = cleaned.get(spec_field.name)
            if spec_field.kind is FieldKind.DUE_DATE and due and _as_date(due) <= on:
                errors[spec_field.name] = f"{spec_field.label}应晚于{on.isoformat()}"
    if errors:
        raise InvalidInput(errors)
    return cleaned


def make_event(
    action: Action | str,
    level: Level | str,
    at: dt.datetime,
    data: Mapping[str, Any] | None = None,
    *,
    rules: DeadlineRules,
) -> CaseEvent:
    """An event with checked, normalised data (what the store should write); whether the case
    allows it now is `apply`'s question."""
    event = CaseEvent(action, level, at)  # turns text into Action and Level, or says why not
    cleaned = check_data(event.action, data or {}, at=at, rules=rules)
    return CaseEvent(event.action, event.level, at, cleaned)


# --- the transition tables ----------------------------------------------------------------

S, A = CaseState, Action  # short names, so each row of the tables below fits on a line


def _stay(state: CaseState, *actions: Action) -> dict[Action, CaseState]:
    """Actions that record something and leave the state as it is."""
    return dict.fromkeys(actions, state)


# Station: after 上报 it only chases, tells, follows up, names a leader, reports urgent news
# and writes notes; township-only steps are missing from its table, so they are refused.
_STATION_TABLE: dict[CaseState, dict[Action, CaseState]] = {
    S.UNREGISTERED: {A.REGISTER: S.REGISTERED},
    S.REGISTERED: {
        A.SETTLE: S.SETTLED,
        A.REPORT: S.REPORTED,
        **_stay(S.REGISTERED, A.LEADER, A.URGENT_REPORT, A.NOTE),
    },
    # Settled, but the visitor may change his mind: then it is reported after all.
    S.SETTLED: {A.REPORT: S.REPORTED, **_stay(S.SETTLED, A.FOLLOW_UP, A.URGENT_REPORT, A.NOTE)},
    S.REPORTED: _stay(S.REPORTED, A.CHASE, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.HANDED_OVER: _stay(S.HANDED_OVER, A.CHASE, A.TELL_RESULT, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.ACCEPTED: _stay(S.ACCEPTED, A.CHASE, A.TELL_RESULT, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.EXTENDED: _stay(S.EXTENDED, A.CHASE, A.TELL_RESULT, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.NOT_ACCEPTED: _stay(
        S.NOT_ACCEPTED, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE
    ),
    S.NO_LONGER_ACCEPTED: _stay(
        S.NO_LONGER_ACCEPTED, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE
    ),
    S.ANSWERED: _stay(S.ANSWERED, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.REVIEWING: _stay(S.REVIEWING, A.CHASE, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.REVIEWED: _stay(S.REVIEWED, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.RECHECKING: _stay(S.RECHECKING, A.CHASE, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.FINAL: _stay(S.FINAL, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE),
    S.CLOSED: _stay(S.CLOSED, A.TELL_RESULT, A.FOLLOW_UP, A.LEADER, A.URGENT_REPORT, A.NOTE),
}

# Township: it has the case from 上报 on. 转送交办 before acceptance routes the matter to the
# office that decides on it (条例 Arts. 22-23); after acceptance it hands the handling to an
# office with a deadline and the state stays. 督办 only while something is owed.
_TOWNSHIP_TABLE: dict[CaseState, dict[Action, CaseState]] = {
    S.UNREGISTERED: {},
    S.REGISTERED: {},
    S.SETTLED: {},
    S.REPORTED: {
        A.ACCEPT: S.ACCEPTED,
        A.NOT_ACCEPT: S.NOT_ACCEPTED,
        A.NO_LONGER_ACCEPT: S.NO_LONGER_ACCEPTED,
        A.HAND_OVER: S.HANDED_OVER,
        **_stay(S.REPORTED, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.HANDED_OVER: {
        A.ACCEPT: S.ACCEPTED,
        A.NOT_ACCEPT: S.NOT_ACCEPTED,
        A.NO_LONGER_ACCEPT: S.NO_LONGER_ACCEPTED,
        A.HAND_OVER: S.HANDED_OVER,  # routed on (the office objected: not its remit)
        **_stay(S.HANDED_OVER, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.ACCEPTED: {
        A.EXTEND: S.EXTENDED,
        A.ANSWER: S.ANSWERED,
        **_stay(S.ACCEPTED, A.HAND_OVER, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    # No 延期 here: the handling period is extended once only.
    S.EXTENDED: {
        A.ANSWER: S.ANSWERED,
        **_stay(S.EXTENDED, A.HAND_OVER, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    # 不予受理 and 不再受理 end the township's procedure.
    S.NOT_ACCEPTED: _stay(S.NOT_ACCEPTED, A.SUPERVISION_REPLY, A.NOTE),
    S.NO_LONGER_ACCEPTED: _stay(S.NO_LONGER_ACCEPTED, A.SUPERVISION_REPLY, A.NOTE),
    S.ANSWERED: {
        A.REQUEST_REVIEW: S.REVIEWING,
        A.CLOSE: S.CLOSED,
        **_stay(S.ANSWERED, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.REVIEWING: {
        A.REVIEW_OPINION: S.REVIEWED,
        **_stay(S.REVIEWING, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.REVIEWED: {
        A.REQUEST_RECHECK: S.RECHECKING,
        A.CLOSE: S.CLOSED,
        **_stay(S.REVIEWED, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.RECHECKING: {
        A.RECHECK_OPINION: S.FINAL,
        **_stay(S.RECHECKING, A.SUPERVISE, A.SUPERVISION_REPLY, A.NOTE),
    },
    S.FINAL: _stay(S.FINAL, A.SUPERVISION_REPLY, A.NOTE),
    # Closed, but a request made within the window reopens it (see _guard_refusal).
    S.CLOSED: {
        A.REQUEST_REVIEW: S.REVIEWING,
        A.REQUEST_RECHECK: S.RECHECKING,
        **_stay(S.CLOSED, A.SUPERVISION_REPLY, A.NOTE),
    },
}

TRANSITIONS: Mapping[Level, Mapping[CaseState, Mapping[Action, CaseState]]] = MappingProxyType(
    {
        level: MappingProxyType({state: MappingProxyType(row) for state, row in table.items()})
        for level, table in ((Level.STATION, _STATION_TABLE), (Level.TOWNSHIP, _TOWNSHIP_TABLE))
    }
)

# Actions that never change the state anywhere. Replaying, one of them that its state does not
# allow is a record that arrived late from the other level (sync) and is kept, not refused.
RECORD_ONLY = frozenset(
    action
    for action in Action
    if all(
        result is state
        for table in TRANSITIONS.values()
        for state, row in table.items()
        for act, result in row.items()
        if act is action
    )
)


class TransitionRefused(ValueError):
    """An action the case does not allow now; the message names the state and the action."""

    def __init__(self, state: CaseState, action: Action, level: Level, reason: str = "") -> None:
        self.state, self.action, self.level, self.reason = state, action, level, reason
        message = f"案件当前为“{state}”，{level.label}不能进行“{action}”"
        super().__init__(f"{message}：{reason}" if reason else message)


def _table_reason(state: CaseState, action: Action, level: Level) -> str:
    """Why the table has no entry, said the way a clerk understands it."""
    owners = ACTION_SPECS[action].levels
    if level not in owners:
        if level is Level.STATION:
            return "村级工作站是信访代理（代办）点，不受理、不办理信访事项，此项由乡镇办理"
        return "此项由村级工作站办理"
    if action is Action.EXTEND and state is S.EXTENDED:
        return "办理期限只能延长一次"
    if state is S.FINAL:
        return "复核意见已作出，信访事项已终结，同一事实和理由不再受理"
    if state in (S.NOT_ACCEPTED, S.NO_LONGER_ACCEPTED) and level is Level.TOWNSHIP:
        return "乡镇的办理程序已经结束"
    if level is Level.TOWNSHIP and state in (S.UNREGISTERED, S.REGISTERED, S.SETTLED):
        return "事项尚未上报乡镇"
    if action is Action.REGISTER:
        return "事项已经登记"
    return "当前状态不允许这一操作"


# --- deriving the state -------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    """One event with the state before and after it: the timeline, and what deadlines read."""

    event: CaseEvent
    before: CaseState
    after: CaseState


def steps(events: Iterable[CaseEvent]) -> tuple[Step, ...]:
    """Replay the events through the tables. A state-changing event the table refuses means a
    damaged history and raises TransitionRefused naming it."""
    state = S.UNREGISTERED
    replayed: list[Step] = []
    for number, event in enumerate(events, start=1):
        after = TRANSITIONS[event.level][state].get(event.action)
        if after is None:
            late_record = (
                event.action in RECORD_ONLY and event.level in ACTION_SPECS[event.action].levels
            )
            if not late_record:
                raise TransitionRefused(
                    state, event.action, event.level, f"第{number}个事件与此前的记录不符"
                )
            after = state
        replayed.append(Step(event, state, after))
        state = after
    return tuple(replayed)


def state_of(events: Iterable[CaseEvent]) -> CaseState:
    replayed = steps(events)
    return replayed[-1].after if replayed else S.UNREGISTERED


def is_final(events: Iterable[CaseEvent]) -> bool:
    """After 复核 the matter is ended (三级终结): registering the same facts and reasons again
    must be refused, or warned about (the clerk judges whether they are the same)."""
    return state_of(events) is S.FINAL


# --- rules that depend on the date --------------------------------------------------------


def _last(replayed: Sequence[Step], action: Action) -> Step | None:
    return next((s for s in reversed(replayed) if s.event.action is action), None)


def _guard_refusal(
    replayed: Sequence[Step], action: Action, on: dt.date, rules: DeadlineRules
) -> str:
    """Why an action the table allows cannot happen on the day `on`; "" when it can."""
    state = replayed[-1].after if replayed else S.UNREGISTERED
    procedural = [s for s in replayed if s.event.action not in RECORD_ONLY]
    if action not in RECORD_ONLY and procedural:
        previous = procedural[-1].event
        if on < effective_date(previous):
            return (
                f"日期{on.isoformat()}早于上一步“{previous.action}”的日期"
                f"{effective_date(previous).isoformat()}"
            )
    periods = rules.periods
    if action is A.EXTEND:
        accepted = _last(replayed, A.ACCEPT)
        assert accepted is not None  # the table allows 延期 only after 受理
        due = rules.period_end(effective_date(accepted.event), periods.handling)
        if on > due:
            return f"办理期限已于{due.isoformat()}届满，届满后不能再延期"
    windows = {
        A.REQUEST_REVIEW: (A.ANSWER, S.ANSWERED, periods.review_request, "复查", "处理意见书"),
        A.REQUEST_RECHECK: (
            A.REVIEW_OPINION,
            S.REVIEWED,
            periods.recheck_request,
            "复核",
            "复查意见书",
        ),
    }
    if action in windows:
        opened_by, open_state, days, name, document = windows[action]
        if state is S.CLOSED:
            closing = _last(replayed, A.CLOSE)
            if closing is None or closing.before is not open_state:
                return f"办结时案件不在“{open_state}”阶段，不能申请{name}"
        opening = _last(replayed, opened_by)
        assert opening is not None  # the table and the check above guarantee it
        end = rules.period_end(effective_date(opening.event), days)
        if on > end:
            return f"{name}申请期限（收到{document}之日起{days}日）已于{end.isoformat()}届满"
    if action is A.SUPERVISION_REPLY:
        orders = sum(s.event.action is A.SUPERVISE for s in replayed)
        replies = sum(s.event.action is A.SUPERVISION_REPLY for s in replayed)
        if replies >= orders:
            return "没有待答复的督办"
    return ""


# --- what the UI and the store ask --------------------------------------------------------


def allowed_actions(
    events: Iterable[CaseEvent], level: Level, *, today: dt.date, rules: DeadlineRules
) -> tuple[Action, ...]:
    """The actions `level` may take on `today`, in the order of Action: the buttons to show."""
    replayed = steps(events)
    state = replayed[-1].after if replayed else S.UNREGISTERED
    row = TRANSITIONS[Level(level)][state]
    return tuple(
        action
        for action in Action
        if action in row and not _guard_refusal(replayed, action, today, rules)
    )


def apply(events: Iterable[CaseEvent], new_event: CaseEvent, *, rules: DeadlineRules) -> CaseState:
    """The state after `new_event`, or TransitionRefused (the table or a dated rule says no) or
    InvalidInput (its data is wrong). The events are not changed: the caller appends."""
    replayed = steps(events)
    state = replayed[-1].after if replayed else S.UNREGISTERED
    action, level = new_event.action, new_event.level
    result = TRANSITIONS[level][state].get(action)
    if result is None:
        raise TransitionRefused(state, action, level, _table_reason(state, action, level))
    check_data(action, new_event.data, at=new_event.at, rules=rules)
    reason = _guard_refusal(replayed, action, effective_date(new_event), rules)
    if reason:
        raise TransitionRefused(state, action, level, reason)
    return result
