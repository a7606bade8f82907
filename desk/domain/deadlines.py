"""Statutory periods (办理时限), how days are counted, and the deadlines of a case.

The periods and the counting rule are data (resources/rules/deadlines.json, checked against
resources/schemas/deadlines.schema.json) so a province can change them without code.

How days are counted is not settled by the sources (domain.md 1.3 and item 8 of section 5:
UNCONFIRMED). The bundled default reads the regulation's "日" as calendar days, leaves out the
day a period starts from (day 1 is the next day), and does not move a period that ends on a rest
day. That never shows a deadline later than a stricter reading would. A province that counts
otherwise sets `counting`: working days (with its holidays and 调休 working weekend days),
counting the first day, or moving an end that falls on a rest day to the next working day.

Deadlines are derived from the events, like the state: nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from desk.domain.schema_files import first_problem
from desk.domain.workflow import (
    Action,
    CaseEvent,
    CaseState,
    Level,
    effective_date,
    is_open,
    steps,
)
from desk.paths import resource

DUE_SOON_DAYS = 3  # amber on the 待办 page from this many days before the end
_MAX_COUNTED_DAYS = 3660  # a period this long is a broken rules file, not a real period


class DeadlineRulesInvalid(ValueError):
    """A rules file that cannot be used; the message says why, in Chinese."""


class DayKind(StrEnum):
    CALENDAR = "calendar"  # 自然日
    WORKING = "working"  # 工作日


class FirstDay(StrEnum):
    NEXT_DAY = "next_day"  # the start day is not counted: day 1 is the day after
    SAME_DAY = "same_day"  # the start day is day 1


@dataclass(frozen=True)
class Counting:
    days: DayKind
    first_day: FirstDay
    roll_to_working_day: bool  # an end on a rest day moves to the next working day
    rest_weekdays: frozenset[int]  # ISO weekdays, 6 and 7 for Saturday and Sunday
    holidays: frozenset[dt.date]  # 法定节假日
    working_weekend_days: frozenset[dt.date]  # 调休: a weekend day that is worked

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.holidays:
            return False
        return day in self.working_weekend_days or day.isoweekday() not in self.rest_weekdays

    def period_end(self, start: dt.date, days: int) -> dt.date:
        """The last day of a period of `days` days that starts from `start`."""
        if days < 1:
            raise ValueError("期限天数至少为1")
        day = start if self.first_day is FirstDay.SAME_DAY else start + dt.timedelta(days=1)
        if self.days is DayKind.CALENDAR:
            end = day + dt.timedelta(days=days - 1)
            return self._next_working_day(end) if self.roll_to_working_day else end
        counted = 0
        for _ in range(_MAX_COUNTED_DAYS):
            if self.is_working_day(day):
                counted += 1
                if counted == days:
                    return day
            day += dt.timedelta(days=1)
        raise DeadlineRulesInvalid("计日规则中找不到足够的工作日")

    def _next_working_day(self, day: dt.date) -> dt.date:
        for _ in range(_MAX_COUNTED_DAYS):
            if self.is_working_day(day):
                return day
            day += dt.timedelta(days=1)
        raise DeadlineRulesInvalid("计日规则中找不到工作日")


@dataclass(frozen=True)
class Periods:
    """Lengths in days, counted by the rules' Counting."""

    acceptance_notice: int  # written notice whether accepted, from the township receiving it
    handling: int  # handled and answered, from acceptance
    extension_max: int  # one extension of at most this many days
    review_request: int  # 复查 requested, from the answer
    review_opinion: int  # 复查意见, from the request
    recheck_request: int  # 复核 requested, from the 复查意见
    recheck_opinion: int  # 复核意见, from the request


@dataclass(frozen=True)
class DeadlineRules:
    version: str
    title: str
    periods: Periods
    counting: Counting
    document: Mapping[str, Any] = field(compare=False, hash=False, repr=False)

    def period_end(self, start: dt.date, days: int) -> dt.date:
        return self.counting.period_end(start, days)


def parse_deadline_rules(document: Mapping[str, Any]) -> DeadlineRules:
    problem = first_problem("deadlines.schema.json", document)
    if problem:
        raise DeadlineRulesInvalid(f"期限规则文件格式不对：{problem}")
    counting = document["counting"]

    def dates(key: str) -> frozenset[dt.date]:
        found = set()
        for text in counting.get(key, ()):
            try:
                found.add(dt.date.fromisoformat(text))
            except ValueError:
                raise DeadlineRulesInvalid(
                    f"期限规则文件 counting/{key} 中“{text}”不是真实的日期"
                ) from None
        return frozenset(found)

    holidays, worked = dates("holidays"), dates("working_weekend_days")
    rest_weekdays = frozenset(counting.get("rest_weekdays", (6, 7)))
    if holidays & worked:
        both = "、".join(sorted(d.isoformat() for d in holidays & worked))
        raise DeadlineRulesInvalid(f"期限规则文件中{both}既是节假日又是调休上班日")
    not_rest = sorted(d.isoformat() for d in worked if d.isoweekday() not in rest_weekdays)
    if not_rest:
        raise DeadlineRulesInvalid(
            f"期限规则文件中调休上班日{'、'.join(not_rest)}本来就是工作日，不是周末"
        )
    return DeadlineRules(
        version=document["version"],
        title=document["title"],
        periods=Periods(**document["periods"]),
        counting=Counting(
            days=DayKind(counting["days"]),
            first_day=FirstDay(counting["first_day"]),
            roll_to_working_day=counting["roll_to_working_day"],
            rest_weekdays=rest_weekdays,
            holidays=holidays,
            working_weekend_days=worked,
        ),
        document=document,
    )


def load_deadline_rules_file(path: Path) -> DeadlineRules:
    try:
        document = json.loads(path.read_text("utf-8-sig"))  # Notepad writes a BOM
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise DeadlineRulesInvalid(f"无法读取期限规则文件 {path}：{error}") from error
    return parse_deadline_rules(document)


def bundled_rules_document() -> dict[str, Any]:
    return json.loads(resource("rules", "deadlines.json").read_text("utf-8"))


@cache
def default_deadline_rules() -> DeadlineRules:
    """The bundled rules: the 2022 条例's periods, counted by the default rule above."""
    return parse_deadline_rules(bundled_rules_document())


# --- the deadlines of a case --------------------------------------------------------------


class DeadlineKind(StrEnum):
    REPORT = "report"  # the station reports to the township (the station's own setting)
    ACCEPTANCE = "acceptance"  # written notice whether the matter is accepted
    HANDOVER = "handover"  # the office a matter was 转送/交办 to, by the date it was given
    HANDLING = "handling"  # handled and answered (信访处理意见书)
    REVIEW_REQUEST = "review_request"  # the visitor's 复查 window; then the case may be closed
    REVIEW_OPINION = "review_opinion"
    RECHECK_REQUEST = "recheck_request"  # the visitor's 复核 window; then it may be closed
    RECHECK_OPINION = "recheck_opinion"
    SUPERVISION = "supervision"  # a 督办 order's own deadline


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    what: str  # what must be done by then, in Chinese
    level: Level  # whose deadline it is
    start: dt.date
    due: dt.date  # the last day
    met: dt.date | None = None  # the day it was met, ended or superseded

    @property
    def is_met(self) -> bool:
        return self.met is not None


class Urgency(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    OK = "ok"


def urgency(deadline: Deadline, today: dt.date, *, soon_days: int = DUE_SOON_DAYS) -> Urgency:
    """Overdue after the last day; due soon from `soon_days` calendar days before it (the last
    day itself included); a met deadline needs nothing and is OK."""
    if deadline.met is not None:
        return Urgency.OK
    if today > deadline.due:
        return Urgency.OVERDUE
    if (deadline.due - today).days <= soon_days:
        return Urgency.DUE_SOON
    return Urgency.OK


def next_deadline(deadlines: Iterable[Deadline], *, level: Level | None = None) -> Deadline | None:
    """The open deadline that ends first (of `level` only, when given), or None."""
    pending = [d for d in deadlines if d.met is None and (level is None or d.level is level)]
    return min(pending, key=lambda d: d.due, default=None)


class _Ledger:
    """The deadlines while the events are replayed; met ones are replaced, never removed."""

    def __init__(self) -> None:
        self.items: list[Deadline] = []

    def add(self, deadline: Deadline) -> None:
        self.items.append(deadline)

    def meet(self, on: dt.date, *kinds: DeadlineKind, first_only: bool = False) -> None:
        for index, item in enumerate(self.items):
            if item.met is None and (not kinds or item.kind in kinds):
                self.items[index] = replace(item, met=on)
                if first_only:
                    return

    def open_one(self, kind: DeadlineKind) -> tuple[int, Deadline] | None:
        return next(
            ((i, d) for i, d in enumerate(self.items) if d.kind is kind and d.met is None), None
        )


def deadlines_of(
    events: Iterable[CaseEvent], rules: DeadlineRules, *, station_report_days: int
) -> tuple[Deadline, ...]:
    """Every deadline the case has had, in the order they arose, each with the day it was met
    (None while it runs). Closing a case ends whatever still ran, on the closing day."""
    if station_report_days < 1:
        raise ValueError("报送乡镇的期限至少为1天")
    periods, ledger = rules.periods, _Ledger()
    station, township = Level.STATION, Level.TOWNSHIP

    def window(kind: DeadlineKind, what: str, start: dt.date, days: int) -> None:
        ledger.add(Deadline(kind, what, township, start, rules.period_end(start, days)))

    for step in steps(events):
        event, on, action = step.event, effective_date(step.event), step.event.action
        if action is Action.REGISTER:
            due = rules.period_end(on, station_report_days)
            ledger.add(Deadline(DeadlineKind.REPORT, "报送乡镇", station, on, due))
        elif action is Action.REPORT:
            ledger.meet(on, DeadlineKind.REPORT)
            window(DeadlineKind.ACCEPTANCE, "书面告知是否受理", on, periods.acceptance_notice)
        elif action is Action.HAND_OVER:
            office, mode = event.data["office"], event.data["mode"]
            due_on = dt.date.fromisoformat(str(event.data["due_on"]))
            if step.before in (CaseState.REPORTED, CaseState.HANDED_OVER):
                # Routed before acceptance: the office decides, with 15 days of its own from
                # receiving it (条例 Art. 23), besides the date the township gave it.
                ledger.meet(on, DeadlineKind.ACCEPTANCE, DeadlineKind.HANDOVER)
                what = f"书面告知是否受理（{office}）"
                window(DeadlineKind.ACCEPTANCE, what, on, periods.acceptance_notice)
            else:
                ledger.meet(on, DeadlineKind.HANDOVER)  # a new office replaces the last one
            what = f"{mode}办理期限（{office}）"
            ledger.add(Deadline(DeadlineKind.HANDOVER, what, township, on, due_on))
        elif action is Action.ACCEPT:
            ledger.meet(on, DeadlineKind.ACCEPTANCE, DeadlineKind.HANDOVER)
            window(DeadlineKind.HANDLING, "办结并书面答复", on, periods.handling)
        elif action is Action.EXTEND:
            found = ledger.open_one(DeadlineKind.HANDLING)
            if found:  # the extension runs on from the end of the handling period
                index, handling = found
                days = int(event.data["days"])
                ledger.items[index] = replace(
                    handling,
                    what=f"办结并书面答复（已延期{days}日）",
                    due=rules.period_end(handling.due, days),
                )
        elif action is Action.ANSWER:
            ledger.meet(on, DeadlineKind.HANDLING, DeadlineKind.HANDOVER)
            what = "复查申请期限（期满未申请的可办结）"
            window(DeadlineKind.REVIEW_REQUEST, what, on, periods.review_request)
        elif action is Action.REQUEST_REVIEW:
            ledger.meet(on, DeadlineKind.REVIEW_REQUEST)
            window(DeadlineKind.REVIEW_OPINION, "作出复查意见", on, periods.review_opinion)
        elif action is Action.REVIEW_OPINION:
            ledger.meet(on, DeadlineKind.REVIEW_OPINION)
            what = "复核申请期限（期满未申请的可办结）"
            window(DeadlineKind.RECHECK_REQUEST, what, on, periods.recheck_request)
        elif action is Action.REQUEST_RECHECK:
            ledger.meet(on, DeadlineKind.RECHECK_REQUEST)
            window(DeadlineKind.RECHECK_OPINION, "作出复核意见", on, periods.recheck_opinion)
        elif action is Action.SUPERVISE and is_open(step.after):
            due_on = dt.date.fromisoformat(str(event.data["due_on"]))
            what = f"督办答复（{event.data['issued_by']}）"
            ledger.add(Deadline(DeadlineKind.SUPERVISION, what, township, on, due_on))
        elif action is Action.SUPERVISION_REPLY:
            ledger.meet(on, DeadlineKind.SUPERVISION, first_only=True)
        if step.after is not step.before and not is_open(step.after):
            ledger.meet(on)  # settled, not accepted, ended or closed: nothing runs any more
    return tuple(ledger.items)
