"""Reading records for a sync file: visits as `desk show --json` prints them, and events, each
selected by what the other side is known to have (sync_acks).

A station sends what the township has not acknowledged; a township sends a station its own
steps on that station's cases until the station's next export echoes them back. The queries
read everything in a few passes (a full export holds a station's whole history).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk.domain.workflow import Level
from desk.sync.payload import hash_entry

if TYPE_CHECKING:
    from sqlite_utils import Database

_BOOLEAN = ("collective", "leapfrog", "repeat", "urgent")
# The order of VisitRecord.to_json(): system fields, then the form's fields.
_HEAD = (
    "serial", "station_code", "station_name", "clerk", "clerk_name", "registered_at",
    "query_code", "collective", "category_version",
)  # fmt: skip
_INPUT = (
    "visitor_name", "visitor_sex", "id_type", "id_number", "no_id_reason", "phone", "village",
    "address", "headcount", "representatives", "channel", "channel_ref", "received_at", "kind",
    "category1", "category2", "subject", "request", "facts", "involved", "leapfrog", "repeat",
    "urgent",
)  # fmt: skip
_COLUMNS = [c for c in (*_HEAD, *_INPUT) if c != "representatives"]
_BOOLEAN_AT = [_COLUMNS.index(name) for name in _BOOLEAN]
_REPRESENTATIVES_AT = (*_HEAD, *_INPUT).index("representatives")
_SOURCES = {
    "station_name": "coalesce(o.station_name, s.name)",
    "clerk": "coalesce(o.clerk_login, c.login, '')",
    "clerk_name": "coalesce(o.clerk_name, c.name, '')",
}
_ACK = "LEFT JOIN sync_acks a ON a.record = 'visit' AND a.uid = v.uid"
_EVENT_ACK = "LEFT JOIN sync_acks a ON a.record = 'event' AND a.uid = e.uid"
# A station's visits the township does not have at their current version (a version it
# refused is not sent again until the case changes).
UNSENT_VISITS = (
    "v.version > coalesce(a.have_version, 0)"
    " AND NOT (coalesce(a.status, '') = 'refused' AND coalesce(a.status_version, 0) >= v.version)"
)
UNACKNOWLEDGED_EVENTS = "a.uid IS NULL"


@dataclass(frozen=True)
class Selection:
    """Which records go into a file: SQL conditions on visits `v` (with its ack `a`) and on
    events `e` (with its ack `a` and its visit `v`)."""

    visits: str
    events: str
    params: tuple[Any, ...] = ()


def station_selection(station_code: str, *, full: bool) -> Selection:
    if full:
        return Selection("v.station_code = ?", "v.station_code = ?", (station_code,))
    return Selection(
        f"v.station_code = ? AND {UNSENT_VISITS}",
        f"v.station_code = ? AND {UNACKNOWLEDGED_EVENTS}",
        (station_code,),
    )


def feedback_selection(station_code: str, *, full: bool) -> Selection:
    """A township's steps on one station's cases (until the station echoes them), and those
    cases."""
    township = f"e.level = '{Level.TOWNSHIP.value}'"
    unsent = "" if full else f" AND {UNACKNOWLEDGED_EVENTS}"
    return Selection(
        "v.station_code = ? AND EXISTS (SELECT 1 FROM events e"
        f" {_EVENT_ACK} WHERE e.visit_id = v.id AND {township}{unsent})",
        f"v.station_code = ? AND {township}{unsent}",
        (station_code,),
    )


def visit_entries(
    db: Database, selection: Selection, *, base: str = "a.have_version"
) -> Iterator[dict[str, Any]]:
    """Payload visits in registration order. `base` is the SQL for base_version: on a station
    the version the township acknowledged, on a township the station's version it merged."""
    return (entry for entry, _ in visit_records(db, selection, base=base))


def visit_records(
    db: Database, selection: Selection, *, base: str = "a.have_version"
) -> Iterator[tuple[dict[str, Any], bytes]]:
    """Each of visit_entries with its JSON for the payload (desk.sync.payload.hash_entry)."""
    columns = ", ".join(_SOURCES.get(c, f"v.{c}") for c in _COLUMNS)
    query = (
        f"SELECT v.id, v.uid, v.version, {base}, {columns} FROM visits v"
        " JOIN station s ON s.id = 1 LEFT JOIN clerks c ON c.id = v.clerk_id"
        f" LEFT JOIN sync_visit_origin o ON o.visit_id = v.id {_ACK}"
        f" WHERE {selection.visits} ORDER BY v.id"
    )
    representatives = _representatives(db, selection)
    # One dict per visit, built in one go: a full export reads a station's whole history.
    keys = ("uid", "version", *_HEAD, *_INPUT)
    with_base = ("uid", "version", "base_version", *_HEAD, *_INPUT)
    for row in db.execute(query, selection.params):
        values = list(row[4:])
        for index in _BOOLEAN_AT:
            values[index] = bool(values[index])
        values.insert(_REPRESENTATIVES_AT, representatives.get(row[0], []))
        if row[3] is None:
            entry = dict(zip(keys, (row[1], row[2], *values), strict=True))
        else:
            entry = dict(zip(with_base, (row[1], row[2], row[3], *values), strict=True))
        yield entry, hash_entry(entry)


def _representatives(db: Database, selection: Selection) -> dict[int, list[dict[str, str]]]:
    found: dict[int, list[dict[str, str]]] = {}
    for visit_id, name, id_number, phone in db.execute(
        "SELECT r.visit_id, r.name, r.id_number, r.phone FROM representatives r"
        f" JOIN visits v ON v.id = r.visit_id {_ACK}"
        f" WHERE {selection.visits} ORDER BY r.visit_id, r.position",
        selection.params,
    ):
        found.setdefault(visit_id, []).append(
            {"name": name, "id_number": id_number, "phone": phone}
        )
    return found


def event_entries(db: Database, selection: Selection) -> Iterator[dict[str, Any]]:
    """Payload events in sequence order."""
    rows = db.execute(
        "SELECT e.seq, e.uid, v.uid, e.action, e.level, e.at, coalesce(c.name, o.clerk_name),"
        " e.data FROM events e JOIN visits v ON v.id = e.visit_id"
        " LEFT JOIN clerks c ON c.id = e.clerk_id"
        f" LEFT JOIN sync_event_origin o ON o.event_seq = e.seq {_EVENT_ACK}"
        f" WHERE {selection.events} ORDER BY e.seq",
        selection.params,
    ).fetchall()
    # The data of all of them parsed at once: a third of the time of one json.loads each.
    data = json.loads("[" + ",".join(row[7] for row in rows) + "]")
    for (seq, uid, visit_uid, action, level, at, clerk_name, _), values in zip(
        rows, data, strict=True
    ):
        yield {
            "uid": uid,
            "seq": seq,
            "visit_uid": visit_uid,
            "action": action,
            "level": level,
            "at": at,
            "clerk_name": clerk_name,
            "data": values,
        }


@dataclass(frozen=True)
class Unacknowledged:
    visits: int
    events: int

    @property
    def total(self) -> int:
        return self.visits + self.events


def unacknowledged(db: Database, station_code: str) -> Unacknowledged:
    """Records of this station the township has not acknowledged yet (its own steps echoed
    back to the township do not count: the township has them)."""
    selection = station_selection(station_code, full=False)
    visits = db.execute(
        f"SELECT count(*) FROM visits v {_ACK} WHERE {selection.visits}", selection.params
    ).fetchone()[0]
    events = db.execute(
        f"SELECT count(*) FROM events e JOIN visits v ON v.id = e.visit_id {_EVENT_ACK}"
        f" WHERE {selection.events} AND e.level = '{Level.STATION.value}'",
        selection.params,
    ).fetchone()[0]
    return Unacknowledged(visits, events)


@dataclass(frozen=True)
class DeliveryFacts:
    """What decides a case's delivery state (desk.syncing.delivery words it)."""

    version: int
    last_seq: int  # of its newest event
    have_version: int | None  # the newest version the other side acknowledged
    status: str | None  # of the last answer about it
    status_version: int | None
    reason: str
    export_number: int | None  # the newest export ...
    export_last_seq: int | None  # ... and the last event it carried
    received_version: int | None  # on a township: the station's version merged here
    conflict: str | None  # 并发修改: what was marked


def delivery_facts(db: Database, serial: str) -> DeliveryFacts | None:
    row = db.execute(
        "SELECT v.version, (SELECT max(seq) FROM events WHERE visit_id = v.id),"
        " a.have_version, a.status, a.status_version, coalesce(a.reason, ''),"
        " (SELECT number FROM sync_sent WHERE kind = 'export' ORDER BY id DESC LIMIT 1),"
        " (SELECT last_seq FROM sync_sent WHERE kind = 'export' ORDER BY id DESC LIMIT 1),"
        " o.received_version, k.detail"
        f" FROM visits v {_ACK} LEFT JOIN sync_visit_origin o ON o.visit_id = v.id"
        " LEFT JOIN sync_conflicts k ON k.visit_id = v.id WHERE v.serial = ?",
        [serial],
    ).fetchone()
    return DeliveryFacts(*row) if row else None
