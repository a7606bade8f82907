"""Events from the other side, merged into the cases here.

Shared by the township (a station's steps) and the station (the township's steps, from
feedback). An event is checked like a step recorded here (its data by the action's rules) and
the case's whole history must still replay through the workflow; a case whose new events do
not follow on from what is here (an earlier file is missing) keeps them out for now, without
an answer, so the sender sends them again.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk.domain.errors import InvalidInput
from desk.domain.workflow import (
    ACTION_SPECS,
    Action,
    CaseEvent,
    Level,
    TransitionRefused,
    check_data,
    steps,
)
from desk.store.cases import histories, write_summaries
from desk.store.rules import deadline_rules
from desk.store.sync_load import Ack, existing_events, insert_events
from desk.syncing.outcome import HELD_REASON, Loaded, Refusal

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Merge:
    """What a file's events would do to the cases here."""

    already: list[str] = field(default_factory=list)  # uids of events here before
    histories: dict[int, list[CaseEvent]] = field(default_factory=dict)  # cases gaining events
    accepted: list[tuple[int, Mapping[str, Any]]] = field(default_factory=list)  # in seq order


def merge_events(
    db: Database,
    events: Sequence[Mapping[str, Any]],
    *,
    visit_ids: Mapping[str, int],
    new_visits: set[int],
    sender: str,
    loaded: Loaded,
) -> tuple[list[str], dict[int, list[CaseEvent]]]:
    """Insert the events not here yet. Returns the uids of those that were here already, and
    the whole history of each case that gained events (for its summary). `visit_ids` maps
    visit uids to ids here; `new_visits` are the ids of visits this file added."""
    merge = check_events(db, events, visit_ids=visit_ids, new_visits=new_visits, loaded=loaded)
    insert_accepted(db, merge, sender=sender, loaded=loaded)
    return merge.already, merge.histories


def check_events(
    db: Database,
    events: Sequence[Mapping[str, Any]],
    *,
    visit_ids: Mapping[str, int],
    new_visits: set[int],
    loaded: Loaded,
) -> Merge:
    """Which events are new here and follow on from their cases' histories, writing nothing
    (so the cases this file adds can be written once, with their state). The visits of
    `new_visits` need not be in the database yet."""
    rules = deadline_rules(db)
    here = existing_events(db, (event["uid"] for event in events))
    merge = Merge()
    waiting: dict[int, list[tuple[CaseEvent, Mapping[str, Any]]]] = {}
    for event in sorted(events, key=lambda e: e["seq"]):
        label = _label(event)
        if event["uid"] in here:
            merge.already.append(event["uid"])
            loaded.already += 1
            loaded.acks.append(Ack("event", event["uid"], None, "already_had"))
            continue
        visit_id = visit_ids.get(event["visit_uid"])
        if visit_id is None:
            loaded.held.append(Refusal("event", label, HELD_REASON))
            continue
        try:
            case_event = _checked(event, rules)
        except (InvalidInput, ValueError) as error:
            reason = _reason(error)
            loaded.refused.append(Refusal("event", label, reason))
            loaded.acks.append(Ack("event", event["uid"], None, "refused", reason))
            continue
        waiting.setdefault(visit_id, []).append((case_event, event))
    before = histories(db, [v for v in waiting if v not in new_visits])
    for visit_id, arrivals in waiting.items():
        history = before.get(visit_id, []) + [case_event for case_event, _ in arrivals]
        if not _replays(tuple((e.action, e.level) for e in history)):
            loaded.held += [Refusal("event", _label(e), HELD_REASON) for _, e in arrivals]
            continue
        merge.histories[visit_id] = history
        merge.accepted += [(visit_id, event) for _, event in arrivals]
    merge.accepted.sort(key=lambda item: item[1]["seq"])
    return merge


def insert_accepted(db: Database, merge: Merge, *, sender: str, loaded: Loaded) -> None:
    insert_events(db, merge.accepted, sender=sender)
    loaded.new_events += len(merge.accepted)
    loaded.acks += [Ack("event", event["uid"], None, "accepted") for _, event in merge.accepted]


_ANY_MOMENT = dt.datetime(2000, 1, 1)


@functools.lru_cache(maxsize=4096)
def _replays(history: tuple[tuple[Action, Level], ...]) -> bool:
    """Whether events of these actions and levels, in this order, replay through the workflow
    (steps looks at nothing else): a file's hundred thousand cases have a few shapes."""
    try:
        steps(CaseEvent(action, level, _ANY_MOMENT) for action, level in history)
    except TransitionRefused:
        return False
    return True


def summarise(db: Database, merged: Mapping[int, list[CaseEvent]]) -> None:
    """State and next deadline of every case that gained events."""
    if merged:
        write_summaries(db, merged)


def _checked(event: Mapping[str, Any], rules: Any) -> CaseEvent:
    action, level = Action(event["action"]), Level(event["level"])
    if level not in ACTION_SPECS[action].levels:
        raise ValueError(f"“{action}”不是{level.label}的操作")
    at = dt.datetime.fromisoformat(event["at"])
    if check_data(action, event["data"], at=at, rules=rules) != event["data"]:
        # What a step recorded here holds is always in this form; keep it so everywhere.
        raise ValueError("办理记录的内容不是规范的格式（多余的空白或写法不同）")
    return CaseEvent(action, level, at, event["data"])


def _reason(error: Exception) -> str:
    if isinstance(error, InvalidInput):
        return "；".join(error.errors.values())
    return str(error)


def _label(event: Mapping[str, Any]) -> str:
    return f"第{event['seq']}号“{event['action']}”"
