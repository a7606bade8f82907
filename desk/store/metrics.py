"""The figures of a period (统计): counts, rates, trend, top categories, backlog, stations.

One principle for every figure: a case belongs to the period in which it was received
(`received_at`), and it is counted as it stands in the database on the statistics date `today`
(its state, its recorded steps). So the months of a year add up to the year, and the screen,
the PDF and the spreadsheet read one `Figures`. Each rate has one definition, below in
RATE_DEFINITIONS, in the same words as docs/metrics.md.

Everything is SQL aggregates over the period's visits. What a rate needs of a case's steps
(its decision and the acceptance window, the answer and the handling period, review requests,
the latest 回访) is kept in columns of the visit, written from its events by desk.store.cases
with every step (desk.domain.rate_facts, with the case page's own deadlines), so no report
reads the events.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desk.domain.visit import CHANNELS, KINDS
from desk.domain.workflow import (
    OPEN_STATES,
    SATISFACTION,
    TRANSITIONS,
    Action,
    CaseState,
)
from desk.store.station_names import station_names

if TYPE_CHECKING:
    from sqlite_utils import Database

TREND_MONTHS = 12
TOP_CATEGORIES = 10
NO_LABEL = {"category": "（未分类）", "village": "（未填写）", "leader": "（未定包案领导）",
            "office": "（未交办单位）"}  # fmt: skip

# --- which states the rates read (from the workflow's own tables) ------------------------


def _reachable(start: CaseState) -> frozenset[CaseState]:
    seen, todo = {start}, [start]
    while todo:
        state = todo.pop()
        for table in TRANSITIONS.values():
            for after in table[state].values():
                if after not in seen:
                    seen.add(after)
                    todo.append(after)
    return frozenset(seen)


# 办结: settled on the spot, or answered with a 信访处理意见书 (whatever came after it).
CONCLUDED_STATES = frozenset({CaseState.SETTLED}) | _reachable(CaseState.ANSWERED)
# Not accepted, or no longer accepted: outside the petition procedure, left out of 办结率.
OUTSIDE_PROCEDURE_STATES = frozenset({CaseState.NOT_ACCEPTED, CaseState.NO_LONGER_ACCEPTED})


# --- periods -------------------------------------------------------------------------------


QUARTER_NUMERALS = ("一", "二", "三", "四")  # 2026年第三季度


class PeriodKind(StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # any other run of days


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


@dataclass(frozen=True, order=True)
class Period:
    """A run of whole days, both ends included."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("统计期间的结束日期不能早于开始日期")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(dt.date(year, month, 1), _month_end(year, month))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        if not 1 <= quarter <= 4:
            raise ValueError("季度应为1到4")
        first = 3 * quarter - 2
        return cls(dt.date(year, first, 1), _month_end(year, first + 2))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def kind(self) -> PeriodKind:
        months, first_month = self._whole_months(), self.start.month
        if months == 1:
            return PeriodKind.MONTH
        if months == 3 and first_month % 3 == 1:
            return PeriodKind.QUARTER
        if months == 12 and first_month == 1:
            return PeriodKind.YEAR
        return PeriodKind.RANGE

    def previous(self) -> Period:
        """The period before, of the same length: as many whole months before a period of
        whole months (a month, a quarter, a year), else as many days."""
        start = self.start
        months = self._whole_months()
        if months:
            year, month = _add_months(start.year, start.month, -months)
            last_year, last_month = _add_months(start.year, start.month, -1)
            return Period(dt.date(year, month, 1), _month_end(last_year, last_month))
        end = start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def _whole_months(self) -> int:
        """How many calendar months the period is, or 0 when it is not whole months."""
        start, end = self.start, self.end
        if start.day != 1 or end != _month_end(end.year, end.month):
            return 0
        return (end.year - start.year) * 12 + end.month - start.month + 1

    def trend_months(self, count: int = TREND_MONTHS) -> tuple[Period, ...]:
        """The `count` calendar months ending with the month of the period's last day."""
        months = (_add_months(self.end.year, self.end.month, -n) for n in range(count - 1, -1, -1))
        return tuple(Period.month(year, month) for year, month in months)

    @property
    def label(self) -> str:
        kind, start, end = self.kind, self.start, self.end
        if kind is PeriodKind.MONTH:
            return f"{start.year}年{start.month}月"
        if kind is PeriodKind.QUARTER:
            return f"{start.year}年第{QUARTER_NUMERALS[(start.month - 1) // 3]}季度"
        if kind is PeriodKind.YEAR:
            return f"{start.year}年"
        return f"{_chinese_date(start)}至{_chinese_date(end)}"


def _chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# --- what the figures are made of ----------------------------------------------------------


@dataclass(frozen=True)
class Rate:
    """numerator / denominator; `value` is None when the denominator is 0 (nothing to rate)."""

    numerator: int
    denominator: int
    value: float | None = field(init=False)

    def __post_init__(self) -> None:
        if not 0 <= self.numerator <= self.denominator:
            raise ValueError(f"比率的分子{self.numerator}应在0与分母{self.denominator}之间")
        value = self.numerator / self.denominator if self.denominator else None
        object.__setattr__(self, "value", value)


@dataclass(frozen=True)
class RateDefinition:
    key: str  # the attribute of Rates
    name: str
    numerator: str
    denominator: str
    counted_by: str  # which date puts a case in the period
    note: str = ""


COUNTED_BY_RECEPTION = (
    "按登记的接待时间（received_at）落在统计期间内的事项计；状态和步骤取至统计日。"
)

RATE_DEFINITIONS: tuple[RateDefinition, ...] = (
    RateDefinition(
        "acceptance",
        "受理率",
        "作出“受理”决定的事项数",
        "已作出受理决定（受理、不予受理、不再受理）的事项数",
        COUNTED_BY_RECEPTION,
        "尚未作出决定的事项不计入。",
    ),
    RateDefinition(
        "timely_acceptance",
        "按期受理率",
        "在受理告知期限最后一日或之前作出受理决定（受理、不予受理、不再受理）的事项数",
        "已上报乡镇、且已作出受理决定或受理告知期限已在统计日之前届满的事项数",
        COUNTED_BY_RECEPTION,
        "受理告知期限自上报乡镇之日起算；决定前转送交办的，自最后一次转送交办之日重新起算；"
        "决定日为告知书日期。期限尚未届满且未作决定的事项不计入。",
    ),
    RateDefinition(
        "completion",
        "办结率",
        "已办结的事项数：已就地化解，或已出具信访处理意见书（已答复及其后的复查、复核、终结、办结）",
        "全部事项数，减去不予受理和不再受理的事项数",
        COUNTED_BY_RECEPTION,
        "不予受理、不再受理的事项已导入其他法定途径，不计入办结率。",
    ),
    RateDefinition(
        "timely_completion",
        "按期办结率",
        "在办理期限（含延期）最后一日或之前出具信访处理意见书的事项数",
        "已受理、且已出具信访处理意见书或办理期限已在统计日之前届满的事项数",
        COUNTED_BY_RECEPTION,
        "办理期限自受理告知书日期起算，延期的顺延延长天数；答复日为处理意见书日期。"
        "期限尚未届满且未答复的事项不计入。",
    ),
    RateDefinition(
        "settled",
        "息诉息访率",
        "已办结、未申请复查或复核、且同一来访人此后未就同一事项再次登记的事项数",
        "已办结的事项数（即办结率的分子）",
        COUNTED_BY_RECEPTION,
        "同一来访人：有证件号码的，证件号码相同；没有的，姓名与电话均相同。同一事项：一级、二级分类与"
        "涉及单位均相同（与登记时提示重复访的规则一致）。",
    ),
    RateDefinition(
        "satisfaction",
        "满意率",
        "最近一次回访评价为“满意”或“基本满意”的事项数",
        "有回访评价的事项数",
        COUNTED_BY_RECEPTION,
        "每件事项只计最近一次回访；就地化解时记录的来访人意见不是回访，不计入。",
    ),
)


@dataclass(frozen=True)
class Rates:
    acceptance: Rate  # 受理率
    timely_acceptance: Rate  # 按期受理率
    completion: Rate  # 办结率
    timely_completion: Rate  # 按期办结率
    settled: Rate  # 息诉息访率
    satisfaction: Rate  # 满意率

    def items(self) -> tuple[tuple[RateDefinition, Rate], ...]:
        """(definition, rate) in the order of RATE_DEFINITIONS."""
        return tuple((d, getattr(self, d.key)) for d in RATE_DEFINITIONS)


@dataclass(frozen=True)
class Tally:
    """One row of a breakdown: how many visits (件) and how many people (人次)."""

    label: str
    visits: int
    people: int


@dataclass(frozen=True)
class MonthTally:
    month: str  # "YYYY-MM"
    visits: int


@dataclass(frozen=True)
class CategoryChange:
    category: str
    visits: int
    previous_visits: int  # in the previous period of the same length

    @property
    def change(self) -> int:
        return self.visits - self.previous_visits

    @property
    def change_ratio(self) -> float | None:
        """The change as a share of the previous count; None when there were none before."""
        return self.change / self.previous_visits if self.previous_visits else None


@dataclass(frozen=True)
class Backlog:
    """在办: cases in an open state (a deadline runs: the 待办 page's cases), and how many of
    them are overdue on the statistics date."""

    label: str
    open: int
    overdue: int


@dataclass(frozen=True)
class FollowUpView:
    view: str  # 满意, 基本满意, 不满意
    cases: int


@dataclass(frozen=True)
class StationFigures:
    station_code: str
    name: str  # as the registered key or the station's files name it; "" when unknown
    visits: int
    people: int
    collective: int
    repeat: int
    leapfrog: int
    open: int
    overdue: int
    rates: Rates


@dataclass(frozen=True)
class Figures:
    period: Period
    previous_period: Period
    today: dt.date  # the statistics date: states as recorded, deadlines passed before it
    station_code: str | None  # one station only, or None for all in the database
    visits: int
    people: int
    by_channel: tuple[Tally, ...]
    by_kind: tuple[Tally, ...]
    by_category: tuple[Tally, ...]
    by_village: tuple[Tally, ...]
    by_state: tuple[Tally, ...]
    collective: Tally
    repeat: Tally
    leapfrog: Tally
    open_cases: int
    overdue_cases: int
    rates: Rates
    follow_up_views: tuple[FollowUpView, ...]
    trend: tuple[MonthTally, ...]
    top_categories: tuple[CategoryChange, ...]
    open_by_leader: tuple[Backlog, ...]
    open_by_office: tuple[Backlog, ...]
    stations: tuple[StationFigures, ...]  # empty unless the database holds several stations


@dataclass(frozen=True)
class CaseFacts:
    """What the rates know of one case that has left 已登记 (dates are effective dates: the
    document's date when the step has one), with the rates' verdicts on it on the statistics
    date, from the same SQL as the figures' sums."""

    visit_id: int
    serial: str
    station_code: str
    state: CaseState
    decision: Action | None  # 受理, 不予受理 or 不再受理
    decided_on: dt.date | None
    acceptance_due: dt.date | None  # last day of the acceptance window; None: never reported
    accepted_on: dt.date | None
    handling_due: dt.date | None  # last day to answer, extension included
    answered_on: dt.date | None  # the 信访处理意见书
    review_requested: bool  # 复查 or 复核 asked for
    raised_again: bool  # concluded, and the same person registered the same matter again
    follow_up: str  # the latest 回访's view, or ""
    acceptance_on_time: bool | None  # None: not counted (never reported, or window open)
    handling_on_time: bool | None  # None: not counted (not accepted, or period running)
    settled: bool  # counted by 息诉息访率

    @property
    def concluded(self) -> bool:
        return self.state in CONCLUDED_STATES


# --- SQL -----------------------------------------------------------------------------------


def _in(values: Iterable[str]) -> str:
    """An SQL list of constant strings (our own enum values, never user input)."""
    return "(" + ", ".join(f"'{value}'" for value in values) + ")"


@dataclass(frozen=True)
class _Cohort:
    """The visits received in a period (of one station): SQL condition and parameters."""

    period: Period
    station_code: str | None

    def where(self, alias: str = "v") -> tuple[str, dict[str, Any]]:
        sql = f"{alias}.received_at >= :start AND {alias}.received_at < :after"
        params: dict[str, Any] = {
            "start": self.period.start.isoformat(),
            "after": (self.period.end + dt.timedelta(days=1)).isoformat(),
        }
        if self.station_code is not None:
            sql += f" AND {alias}.station_code = :station"
            params["station"] = self.station_code
        return sql, params


@dataclass(frozen=True)
class _Group:
    """One row of the main aggregate: the period's visits alike in every dimension the
    figures break down by, with their sums."""

    category: str
    village: str
    channel: str
    kind: str
    state: str
    station_code: str
    leader: str
    office: str
    visits: int
    people: int
    overdue: int
    collective: int
    collective_people: int
    repeat: int
    repeat_people: int
    leapfrog: int
    leapfrog_people: int

    @property
    def open(self) -> int:
        return self.visits if self.state in OPEN_STATES else 0


# The main aggregate groups by these columns, in this order (the most distinct values first:
# sorting compares less). An index that starts with them and covers the other columns it
# reads lets SQLite aggregate a large period as it reads the index, with no sorting: a
# million visits in 0.5 s instead of 2 s (migration 0007 makes it). A period holding more
# than a fifth of the visits is read through it; a smaller one through the reception time.
GROUP_COLUMNS = ("category1", "village", "channel", "kind", "state", "station_code", "leader",
                 "office")  # fmt: skip
REPORT_INDEX = "visits_for_reports"
REPORT_INDEX_COLUMNS = (*GROUP_COLUMNS, "received_at", "headcount", "collective", "repeat",
                        "leapfrog", "next_due")  # fmt: skip
_LARGE_SHARE = 0.2


def _groups(db: Database, cohort: _Cohort, today: dt.date) -> list[_Group]:
    """One pass over the period's visits; every breakdown is a sum of these rows."""
    where, params = cohort.where()
    index = REPORT_INDEX if _read_by_index(db, cohort) else "visits_by_received_at"
    source = f"visits v INDEXED BY {index}"
    columns = ", ".join(f"v.{column}" for column in GROUP_COLUMNS)
    rows = db.execute(
        f"SELECT {columns}, count(*), sum(v.headcount),"
        " count(CASE WHEN v.next_due < :today THEN 1 END),"
        " sum(v.collective), sum(v.collective * v.headcount), sum(v.repeat),"
        " sum(v.repeat * v.headcount), sum(v.leapfrog), sum(v.leapfrog * v.headcount)"
        f" FROM {source} WHERE {where} GROUP BY {columns}",
        {**params, "today": today.isoformat()},
    ).fetchall()
    return [_Group(*row) for row in rows]


def _read_by_index(db: Database, cohort: _Cohort) -> bool:
    """Whether to read the period through the report index: it exists, and the period holds
    enough of the visits that reading the whole index beats sorting the period's rows.
    (Both counts come from the index on the reception time alone: milliseconds.)"""
    indexes = {row[1] for row in db.execute("PRAGMA index_list(visits)")}
    if REPORT_INDEX not in indexes:
        return False
    (total,) = db.execute("SELECT count(*) FROM visits").fetchone()
    return _received_count(db, cohort) > total * _LARGE_SHARE


# A later visit of the same person about the same matter (desk.domain.visit.is_same_matter).
# The same person: the same ID number when the visit has one (as the form finds earlier
# visits); without one, the same name and phone (a family sharing a phone are not one
# person). Each test finds "later" through an index of its own; "+": not through the
# reception-time index.
_SAME_MATTER_LATER = """
    later.category1 = v.category1 AND later.category2 = v.category2
    AND later.involved = v.involved AND (+later.received_at, later.id) > (v.received_at, v.id)"""
_RAISED_AGAIN = f"""(v.category1 != '' AND (
    EXISTS (SELECT 1 FROM visits later WHERE v.id_number != '' AND later.id_number != ''
        AND later.id_number = v.id_number AND {_SAME_MATTER_LATER})
    OR EXISTS (SELECT 1 FROM visits later WHERE v.id_number = '' AND v.phone != ''
        AND later.phone != '' AND substr(later.phone, -4) = substr(v.phone, -4)
        AND later.phone = v.phone AND later.visitor_name = v.visitor_name
        AND {_SAME_MATTER_LATER})))"""


STEPPED_STATES = tuple(state for state in CaseState if state is not CaseState.REGISTERED)

# The rates' definitions (RATE_DEFINITIONS) in SQL over a case's columns, which desk.store.cases
# writes from its events with every step (desk.domain.rate_facts). The sums of the figures and
# the rows of case_facts use these same expressions, so the two cannot disagree. A date is
# "YYYY-MM-DD" text: comparing texts compares days.
_DECIDED = "v.decision != ''"
_ACCEPTED = f"v.decision = '{Action.ACCEPT}'"
# 按期受理率: reported (a window ran), and decided or the window over before the statistics date.
_ACCEPTANCE_COUNTED = (
    "v.acceptance_due IS NOT NULL AND (v.decided_on IS NOT NULL OR v.acceptance_due < :today)"
)
_ACCEPTANCE_ON_TIME = "coalesce(v.decided_on <= v.acceptance_due, 0)"
# 按期办结率: accepted, and answered or the handling period over before the statistics date.
_HANDLING_COUNTED = (
    "v.handling_due IS NOT NULL AND (v.answered_on IS NOT NULL OR v.handling_due < :today)"
)
_HANDLING_ON_TIME = "coalesce(v.answered_on <= v.handling_due, 0)"
_CONCLUDED = f"v.state IN {_in(CONCLUDED_STATES)}"
_CONCLUDED_AND_RAISED_AGAIN = f"CASE WHEN {_CONCLUDED} THEN {_RAISED_AGAIN} ELSE 0 END"
# 息诉息访率: concluded, no 复查 or 复核 asked, and the person did not come back with it (the
# test for that, a look-up per case, only for the concluded ones: CASE evaluates lazily).
_SETTLED = f"CASE WHEN {_CONCLUDED} AND NOT v.review_requested THEN NOT {_RAISED_AGAIN} ELSE 0 END"


def _stepped_source(db: Database, cohort: _Cohort) -> str:
    """The cases of the period past 已登记: through the index on the state when the database
    holds fewer of them than the period holds visits (a station whose cases are mostly only
    registered reads almost nothing), else through the index on the reception time. Named,
    because SQLite has no statistics here to choose by."""
    by_state = _stepped_count(db) < _received_count(db, cohort)
    return f"visits v INDEXED BY {'visits_by_state' if by_state else 'visits_by_received_at'}"


def _stepped_where(cohort: _Cohort) -> tuple[str, dict[str, Any]]:
    where, params = cohort.where()
    return f"{where} AND v.state IN {_in(STEPPED_STATES)}", params


@dataclass(frozen=True)
class _RateSums:
    """One station's numerators and denominators of the rates that read the cases' steps."""

    decided: int = 0
    accepted: int = 0
    acceptance_counted: int = 0
    acceptance_on_time: int = 0
    handling_counted: int = 0
    handling_on_time: int = 0
    settled: int = 0
    satisfied: int = 0
    basically_satisfied: int = 0
    dissatisfied: int = 0

    @property
    def views(self) -> tuple[int, int, int]:
        """Cases by their latest 回访, in the order of SATISFACTION."""
        return (self.satisfied, self.basically_satisfied, self.dissatisfied)

    def __add__(self, other: _RateSums) -> _RateSums:
        return _RateSums(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))


def _fields(sums: _RateSums) -> tuple[int, ...]:
    return tuple(getattr(sums, name) for name in _RateSums.__dataclass_fields__)


def _rate_sums(db: Database, cohort: _Cohort, today: dt.date) -> dict[str, _RateSums]:
    """Per station code, the sums over the period's cases past 已登记 (those only registered
    add nothing to them: no decision, no window, no 回访)."""
    where, params = _stepped_where(cohort)
    views = ", ".join(f"count(CASE WHEN v.follow_up = '{v}' THEN 1 END)" for v in SATISFACTION)
    rows = db.execute(
        f"""SELECT v.station_code,
            count(CASE WHEN {_DECIDED} THEN 1 END), count(CASE WHEN {_ACCEPTED} THEN 1 END),
            count(CASE WHEN {_ACCEPTANCE_COUNTED} THEN 1 END),
            count(CASE WHEN {_ACCEPTANCE_COUNTED} AND {_ACCEPTANCE_ON_TIME} THEN 1 END),
            count(CASE WHEN {_HANDLING_COUNTED} THEN 1 END),
            count(CASE WHEN {_HANDLING_COUNTED} AND {_HANDLING_ON_TIME} THEN 1 END),
            sum({_SETTLED}), {views}
        FROM {_stepped_source(db, cohort)} WHERE {where} GROUP BY v.station_code""",
        {**params, "today": today.isoformat()},
    )
    return {code: _RateSums(*sums) for code, *sums in rows}


def case_facts(
    db: Database, period: Period, *, today: dt.date, station_code: str | None = None
) -> tuple[CaseFacts, ...]:
    """The facts behind the rates, for each case received in the period that has left
    已登记 (a case only registered has no decision, answer or 回访 yet), by visit id: the
    cases a 按期受理率 or a 息诉息访率 counts, for a list of which were late."""
    cohort = _Cohort(period, station_code)
    where, params = _stepped_where(cohort)
    rows = db.execute(
        f"""SELECT v.id, v.serial, v.station_code, v.state, v.decision, v.decided_on,
            v.acceptance_due, v.accepted_on, v.handling_due, v.answered_on, v.review_requested,
            {_CONCLUDED_AND_RAISED_AGAIN}, v.follow_up,
            CASE WHEN {_ACCEPTANCE_COUNTED} THEN {_ACCEPTANCE_ON_TIME} END,
            CASE WHEN {_HANDLING_COUNTED} THEN {_HANDLING_ON_TIME} END, {_SETTLED}
        FROM {_stepped_source(db, cohort)} WHERE {where} ORDER BY v.id""",
        {**params, "today": today.isoformat()},
    )
    return tuple(
        CaseFacts(
            visit_id=visit_id,
            serial=serial,
            station_code=code,
            state=CaseState(state),
            decision=Action(decision) if decision else None,
            decided_on=_date(decided_on),
            acceptance_due=_date(acceptance_due),
            accepted_on=_date(accepted_on),
            handling_due=_date(handling_due),
            answered_on=_date(answered_on),
            review_requested=bool(review_requested),
            raised_again=bool(raised_again),
            follow_up=follow_up,
            acceptance_on_time=None if acceptance is None else bool(acceptance),
            handling_on_time=None if handling is None else bool(handling),
            settled=bool(settled),
        )
        for (visit_id, serial, code, state, decision, decided_on, acceptance_due, accepted_on,
             handling_due, answered_on, review_requested, raised_again, follow_up, acceptance,
             handling, settled) in rows
    )  # fmt: skip


def _stepped_count(db: Database) -> int:
    """Cases past 已登记 in the whole database (from the index on the state)."""
    sql = f"SELECT count(*) FROM visits WHERE state IN {_in(STEPPED_STATES)}"
    return int(db.execute(sql).fetchone()[0])


def _received_count(db: Database, cohort: _Cohort) -> int:
    """Visits received in the period, of all stations (from the index on the reception
    time)."""
    _, params = cohort.where()
    sql = "SELECT count(*) FROM visits WHERE received_at >= :start AND received_at < :after"
    return int(db.execute(sql, {"start": params["start"], "after": params["after"]}).fetchone()[0])


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _visits_by_month(
    db: Database, months: tuple[Period, ...], station_code: str | None
) -> tuple[MonthTally, ...]:
    """Visits per month: one count per month, which the index on the reception time answers
    alone (a year of a million-visit station in milliseconds; no sorting)."""
    tallies = []
    for month in months:
        where, params = _Cohort(month, station_code).where()
        (visits,) = db.execute(f"SELECT count(*) FROM visits v WHERE {where}", params).fetchone()
        tallies.append(MonthTally(f"{month.start.year:04d}-{month.start.month:02d}", visits))
    return tuple(tallies)


def _visits_by_category(db: Database, cohort: _Cohort) -> dict[str, int]:
    where, params = cohort.where()
    sql = f"SELECT v.category1, count(*) FROM visits v WHERE {where} GROUP BY 1"
    rows = db.execute(sql, params)
    return {category or NO_LABEL["category"]: visits for category, visits in rows}


# --- from rows to figures ------------------------------------------------------------------


def _tallies(
    groups: Iterable[_Group],
    key: Callable[[_Group], str],
    *,
    known: tuple[str, ...] = (),
    empty_label: str = "",
) -> tuple[Tally, ...]:
    """Visits and people by `key`: the known values first in their own order (zeros
    included), then the others by visits, most first."""
    visits: Counter[str] = Counter()
    people: Counter[str] = Counter()
    for group in groups:
        visits[key(group)] += group.visits
        people[key(group)] += group.people
    others = sorted((k for k in visits if k not in known), key=lambda k: (-visits[k], k))
    return tuple(Tally(k or empty_label, visits[k], people[k]) for k in (*known, *others))


def _rates(groups: Iterable[_Group], sums: _RateSums) -> Rates:
    visits = outside = concluded = 0
    for group in groups:
        visits += group.visits
        if group.state in OUTSIDE_PROCEDURE_STATES:
            outside += group.visits
        if group.state in CONCLUDED_STATES:
            concluded += group.visits
    return Rates(
        acceptance=Rate(sums.accepted, sums.decided),
        timely_acceptance=Rate(sums.acceptance_on_time, sums.acceptance_counted),
        completion=Rate(concluded, visits - outside),
        timely_completion=Rate(sums.handling_on_time, sums.handling_counted),
        settled=Rate(sums.settled, concluded),
        satisfaction=Rate(sums.satisfied + sums.basically_satisfied, sum(sums.views)),
    )


def _backlog(
    groups: Iterable[_Group], key: Callable[[_Group], str], none_label: str
) -> tuple[Backlog, ...]:
    """Open and overdue cases by leader (or office), most open first; those without one last."""
    open_cases: Counter[str] = Counter()
    overdue: Counter[str] = Counter()
    for group in groups:
        if group.open:
            open_cases[key(group)] += group.open
            overdue[key(group)] += group.overdue
    named = sorted((k for k in open_cases if k), key=lambda k: (-open_cases[k], k))
    rows = [Backlog(k, open_cases[k], overdue[k]) for k in named]
    if open_cases[""]:
        rows.append(Backlog(none_label, open_cases[""], overdue[""]))
    return tuple(rows)


def _open_counts(groups: Iterable[_Group]) -> tuple[int, int]:
    open_total = overdue = 0
    for group in groups:
        open_total += group.open
        overdue += group.overdue
    return open_total, overdue


def _station_figures(
    db: Database, groups: list[_Group], sums: dict[str, _RateSums]
) -> tuple[StationFigures, ...]:
    codes = sorted({group.station_code for group in groups})
    if len(codes) < 2:
        return ()
    names = station_names(db, codes)
    stations = []
    for code in codes:
        mine = [g for g in groups if g.station_code == code]
        open_total, overdue = _open_counts(mine)
        stations.append(
            StationFigures(
                station_code=code,
                name=names.get(code, ""),
                visits=sum(g.visits for g in mine),
                people=sum(g.people for g in mine),
                collective=sum(g.collective for g in mine),
                repeat=sum(g.repeat for g in mine),
                leapfrog=sum(g.leapfrog for g in mine),
                open=open_total,
                overdue=overdue,
                rates=_rates(mine, sums.get(code, _RateSums())),
            )
        )
    return tuple(stations)


def figures(
    db: Database, period: Period, *, today: dt.date, station_code: str | None = None
) -> Figures:
    """Every figure of the period for one station, or for all the database holds."""
    # One transaction, one snapshot: the queries below agree with each other even while
    # another connection writes (WAL readers see the database as it was when they began).
    with db.atomic():
        return _figures(db, period, today=today, station_code=station_code)


def _figures(db: Database, period: Period, *, today: dt.date, station_code: str | None) -> Figures:
    cohort = _Cohort(period, station_code)
    groups = _groups(db, cohort, today)
    by_station = _rate_sums(db, cohort, today)
    sums = sum(by_station.values(), _RateSums())
    previous = period.previous()
    by_category = _tallies(groups, lambda g: g.category, empty_label=NO_LABEL["category"])
    before = _visits_by_category(db, _Cohort(previous, station_code))
    open_total, overdue_total = _open_counts(groups)

    def flag(name: str, label: str) -> Tally:
        return Tally(
            label,
            sum(getattr(g, name) for g in groups),
            sum(getattr(g, f"{name}_people") for g in groups),
        )

    return Figures(
        period=period,
        previous_period=previous,
        today=today,
        station_code=station_code,
        visits=sum(g.visits for g in groups),
        people=sum(g.people for g in groups),
        by_channel=_tallies(groups, lambda g: g.channel, known=CHANNELS),
        by_kind=_tallies(groups, lambda g: g.kind, known=KINDS),
        by_category=by_category,
        by_village=_tallies(groups, lambda g: g.village, empty_label=NO_LABEL["village"]),
        by_state=tuple(
            t
            for t in _tallies(groups, lambda g: g.state, known=tuple(s.value for s in CaseState))
            if t.visits
        ),
        collective=flag("collective", "集体访"),
        repeat=flag("repeat", "重复访"),
        leapfrog=flag("leapfrog", "越级访"),
        open_cases=open_total,
        overdue_cases=overdue_total,
        rates=_rates(groups, sums),
        follow_up_views=tuple(
            FollowUpView(view, cases) for view, cases in zip(SATISFACTION, sums.views, strict=True)
        ),
        trend=_visits_by_month(db, period.trend_months(), station_code),
        top_categories=tuple(
            CategoryChange(t.label, t.visits, before.get(t.label, 0))
            for t in by_category[:TOP_CATEGORIES]
        ),
        open_by_leader=_backlog(groups, lambda g: g.leader, NO_LABEL["leader"]),
        open_by_office=_backlog(groups, lambda g: g.office, NO_LABEL["office"]),
        stations=_station_figures(db, groups, by_station),
    )
