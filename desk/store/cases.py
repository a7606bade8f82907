"""Cases: their events as the workflow rules read them, new steps recorded under those rules,
and each case's state and next deadline kept in step in the same transaction.

The events are the history; the `state`, `next_due...`, `leader` and `office` columns of a
visit are derived from them here and only here, so the 待办 page and the 台账's filters can
use indexes instead of replaying every case. So are the facts the 统计 rates read (decision,
acceptance and handling windows, answer, review requested, latest 回访: desk.domain.rate_facts).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk.domain.deadlines import Deadline, DeadlineRules, deadlines_of, next_deadline
from desk.domain.rate_facts import rate_facts
from desk.domain.settings import REPORT_DAYS
from desk.domain.station import Clerk
from desk.domain.workflow import (
    Action,
    CaseEvent,
    CaseState,
    Level,
    allowed_actions,
    apply,
    is_open,
    make_event,
    state_of,
)
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.rules import deadline_rules, registration_summary
from desk.store.station import get_setting
from desk.store.timestamps import stamp
from desk.store.visits import append_event

if TYPE_CHECKING:
    from sqlite_utils import Database


class UnknownCase(LookupError):
    """No visit has this serial."""


@dataclass(frozen=True)
class TimelineEntry:
    seq: int
    action: str
    level: str
    at: str
    clerk_name: str
    data: Mapping[str, Any]


@dataclass(frozen=True)
class Case:
    visit_id: int
    serial: str
    state: CaseState
    events: tuple[CaseEvent, ...]
    timeline: tuple[TimelineEntry, ...]  # newest first
    deadlines: tuple[Deadline, ...]

    def allowed(self, level: Level, *, today: dt.date, rules: DeadlineRules) -> tuple[Action, ...]:
        return allowed_actions(self.events, level, today=today, rules=rules)


def load_case(db: Database, serial: str) -> Case:
    rows = db.execute(
        "SELECT id, serial, received_at FROM visits WHERE serial = ?", [serial.strip()]
    ).fetchall()
    if not rows:
        raise UnknownCase(f"没有登记编号为 {serial} 的记录")
    visit_id, serial, received_at = rows[0]
    events, timeline = _events(db, visit_id, received_at)
    rules = deadline_rules(db)
    report_days = get_setting(db, REPORT_DAYS)
    return Case(
        visit_id=visit_id,
        serial=serial,
        state=state_of(events),
        events=tuple(events),
        timeline=tuple(reversed(timeline)),
        deadlines=deadlines_of(events, rules, station_report_days=report_days),
    )


def _events(
    db: Database, visit_id: int, received_at: str
) -> tuple[list[CaseEvent], list[TimelineEntry]]:
    events, timeline = [], []
    for seq, action, level, at, clerk_name, data in db.execute(
        "SELECT e.seq, e.action, e.level, e.at, coalesce(c.name, o.clerk_name, ''), e.data"
        " FROM events e LEFT JOIN clerks c ON c.id = e.clerk_id"
        " LEFT JOIN sync_event_origin o ON o.event_seq = e.seq"  # from the other side's file
        " WHERE e.visit_id = ? ORDER BY e.seq",
        [visit_id],
    ):
        values = json.loads(data)
        if action == Action.REGISTER:
            # The report deadline counts from the reception, which the visit row holds.
            values = {**values, "received_at": received_at}
        events.append(CaseEvent(action, level, dt.datetime.fromisoformat(at), values))
        timeline.append(TimelineEntry(seq, action, level, at, clerk_name, values))
    return events, timeline


def record_step(
    db: Database,
    serial: str,
    *,
    action: Action | str,
    level: Level | str,
    data: Mapping[str, Any],
    clerk: Clerk | None,
    now: dt.datetime,
) -> Case:
    """Record one step of the case if the rules allow it now; refused steps raise
    TransitionRefused, wrong data InvalidInput, and nothing is written."""
    with db.atomic():
        case = load_case(db, serial)
        rules = deadline_rules(db)
        event = make_event(action, level, now.astimezone(), data, rules=rules)
        apply(case.events, event, rules=rules)
        append_event(
            db,
            visit_id=case.visit_id,
            action=event.action.value,
            level=event.level.value,
            clerk=clerk,
            at=stamp(now),
            data=dict(event.data),
        )
        refresh_summary(db, case.visit_id)
        # Each step is a new version of the case: what sync sends, and how it tells an update
        # from a change made on both sides at once.
        db.execute("UPDATE visits SET version = version + 1 WHERE id = ?", [case.visit_id])
        audit(db, Audited.CHANGE, clerk=clerk, now=now, target=case.serial, detail=event.action)
        return load_case(db, serial)


def refresh_summary(db: Database, visit_id: int) -> None:
    """Write the case's state, next deadline, leader and office from its events."""
    received_at = db.execute("SELECT received_at FROM visits WHERE id = ?", [visit_id]).fetchone()
    events, _ = _events(db, visit_id, received_at[0])
    _write_summary(db, visit_id, events, deadline_rules(db), get_setting(db, REPORT_DAYS))


# What a case's events decide, in the order _summary gives them.
SUMMARY_COLUMNS = (
    "state", "next_due", "next_due_what", "next_due_level", "leader", "office", "decision",
    "decided_on", "acceptance_due", "accepted_on", "handling_due", "answered_on",
    "review_requested", "follow_up",
)  # fmt: skip
_SUMMARY_UPDATE = (
    f"UPDATE visits SET {', '.join(f'{column} = ?' for column in SUMMARY_COLUMNS)} WHERE id = ?"
)


def _write_summary(
    db: Database, visit_id: int, events: list[CaseEvent], rules: DeadlineRules, report_days: int
) -> None:
    db.execute(_SUMMARY_UPDATE, _summary(visit_id, events, rules, report_days))


def _summary(
    visit_id: int, events: list[CaseEvent], rules: DeadlineRules, report_days: int
) -> list[Any]:
    state = state_of(events)
    deadlines = deadlines_of(events, rules, station_report_days=report_days)
    upcoming = next_deadline(deadlines)
    running = upcoming is not None and is_open(state)
    facts = rate_facts(events, deadlines)  # what the 统计 rates read (desk.store.metrics)
    return [
        state.value,
        upcoming.due.isoformat() if upcoming and running else None,
        upcoming.what if upcoming and running else "",
        upcoming.level.value if upcoming and running else "",
        _latest(events, Action.LEADER, "leader"),
        _latest(events, Action.HAND_OVER, "office"),
        facts.decision.value if facts.decision else "",
        _iso(facts.decided_on),
        _iso(facts.acceptance_due),
        _iso(facts.accepted_on),
        _iso(facts.handling_due),
        _iso(facts.answered_on),
        int(facts.review_requested),
        facts.follow_up,
        visit_id,
    ]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def histories(db: Database, visit_ids: Iterable[int]) -> dict[int, list[CaseEvent]]:
    """Many cases' events at once, in order (a sync file touches thousands)."""
    found: dict[int, list[CaseEvent]] = {}
    wanted = json.dumps(sorted(set(visit_ids)))
    for visit_id, action, level, at, data, received_at in db.execute(
        "SELECT e.visit_id, e.action, e.level, e.at, e.data, v.received_at FROM events e"
        " JOIN visits v ON v.id = e.visit_id"
        " WHERE e.visit_id IN (SELECT value FROM json_each(?)) ORDER BY e.visit_id, e.seq",
        [wanted],
    ):
        found.setdefault(visit_id, []).append(case_event(action, level, at, data, received_at))
    return found


def case_event(action: str, level: str, at: str, data: str, received_at: str) -> CaseEvent:
    values = json.loads(data)
    if action == Action.REGISTER:
        values = {**values, "received_at": received_at}  # as _events reads it
    return CaseEvent(action, level, dt.datetime.fromisoformat(at), values)


def write_summaries(db: Database, cases: Mapping[int, list[CaseEvent]]) -> None:
    """Each case's state and next deadline from its (already checked) events."""
    rows = [[*values, visit_id] for visit_id, values in case_summaries(db, cases).items()]
    db.conn.executemany(_SUMMARY_UPDATE, rows)


def case_summaries(db: Database, cases: Mapping[int, list[CaseEvent]]) -> dict[int, list[Any]]:
    """The values of SUMMARY_COLUMNS for each case, from its (already checked) events. A case
    that has only been registered is worked out once per reception day, as
    refresh_all_summaries does."""
    rules, report_days = deadline_rules(db), get_setting(db, REPORT_DAYS)
    registered: dict[str, list[Any]] = {}
    found: dict[int, list[Any]] = {}
    for visit_id, events in cases.items():
        if len(events) == 1 and events[0].action is Action.REGISTER:
            day = str(events[0].data.get("received_at") or events[0].at.date())[:10]
            if day not in registered:
                registered[day] = _summary(0, events, rules, report_days)[:-1]
            found[visit_id] = registered[day]
        else:
            found[visit_id] = _summary(visit_id, events, rules, report_days)[:-1]
    return found


def _latest(events: list[CaseEvent], action: Action, key: str) -> str:
    return next((str(e.data.get(key, "")) for e in reversed(events) if e.action is action), "")


def refresh_all_summaries(db: Database) -> None:
    """Every case's summary (after a migration, or a change of the deadline rules or of the
    report period). A case that has only been registered is worked out once per reception
    date: a station with a million such visits is done in seconds."""
    stepped = {
        visit_id
        for (visit_id,) in db.execute(
            "SELECT visit_id FROM events GROUP BY visit_id HAVING count(*) > 1"
        )
    }
    days = [day for (day,) in db.execute("SELECT DISTINCT substr(received_at, 1, 10) FROM visits")]
    for day in days:
        upcoming = registration_summary(db, day)
        db.execute(
            "UPDATE visits SET state = ?, next_due = ?, next_due_what = ?, next_due_level = ?"
            " WHERE substr(received_at, 1, 10) = ?",
            [CaseState.REGISTERED.value, upcoming.due.isoformat(), upcoming.what,
             upcoming.level.value, day],
        )  # fmt: skip
    for visit_id in stepped:
        refresh_summary(db, visit_id)


@dataclass(frozen=True)
class DueCounts:
    open: int
    overdue: int
    due_soon: int


def due_counts(db: Database, today: dt.date, soon_days: int = 3) -> DueCounts:
    row = db.execute(
        "SELECT count(*), count(CASE WHEN next_due < ? THEN 1 END),"
        " count(CASE WHEN next_due >= ? AND next_due <= ? THEN 1 END)"
        " FROM visits WHERE next_due IS NOT NULL",
        [today.isoformat(), today.isoformat(), (today + dt.timedelta(days=soon_days)).isoformat()],
    ).fetchone()
    return DueCounts(open=row[0], overdue=row[1], due_soon=row[2])
