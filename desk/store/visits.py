"""Registered visits: saving with a serial and an event in one transaction, and reading back."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from uuid6 import uuid7

from desk.domain.pinyin import name_keys
from desk.domain.receipt import new_query_code
from desk.domain.serials import format_serial
from desk.domain.station import Clerk, Station
from desk.domain.text_grams import text_grams
from desk.domain.visit import Representative, VisitInput, VisitRecord, is_same_matter
from desk.domain.workflow import CaseState
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.rules import registration_summary
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

STATION_LEVEL = "station"
FINAL_STATE = CaseState.FINAL.value  # after 复核: same facts and reasons not accepted again
REGISTERED = "登记"

_VISIT_COLUMNS = [
    "received_at",
    "visitor_name",
    "visitor_sex",
    "id_type",
    "id_number",
    "no_id_reason",
    "phone",
    "village",
    "address",
    "headcount",
    "collective",
    "channel",
    "channel_ref",
    "kind",
    "category1",
    "category2",
    "category_version",
    "subject",
    "request",
    "facts",
    "involved",
    "leapfrog",
    "repeat",
    "urgent",
]
_BOOLEAN_COLUMNS = {"collective", "leapfrog", "repeat", "urgent"}


@dataclass(frozen=True)
class EarlierVisit:
    serial: str
    received_at: str
    subject: str
    category1: str = ""
    category2: str = ""
    involved: str = ""
    state: str = ""
    kind: str = ""


@dataclass(frozen=True)
class PersonHistory:
    count: int
    last_received_at: str
    recent: tuple[EarlierVisit, ...]  # newest first, as many as the form's panel shows
    earlier: tuple[EarlierVisit, ...] = ()  # newest first, enough to spot a repeated matter

    def same_matter(self, category1: str, category2: str, involved: str) -> EarlierVisit | None:
        """The earlier visit that looks like this one (重复访): one whose matter was closed
        for good after 复核 first, as that one changes what the clerk must say."""
        alike = [v for v in self.earlier if is_same_matter(v, category1, category2, involved)]
        return next((v for v in alike if v.state == FINAL_STATE), alike[0] if alike else None)


def register_visit(
    db: Database, visit: VisitInput, *, station: Station, clerk: Clerk, now: dt.datetime
) -> VisitRecord:
    return register_visits(db, [visit], station=station, clerk=clerk, now=now)[0]


def register_visits(
    db: Database,
    visits: Sequence[VisitInput],
    *,
    station: Station,
    clerk: Clerk,
    now: dt.datetime,
) -> list[VisitRecord]:
    """Save visits all together or not at all; each takes the next serial of its year."""
    with db.atomic():
        records = [insert_visit(db, visit, station, clerk, stamp(now)) for visit in visits]
        for record in records:
            audit(db, Audited.CREATE, clerk=clerk, now=now, target=record.serial)
        return records


def next_sequence(db: Database, year: int) -> int:
    """Take the next number of the year. Writing first (rather than reading, then writing) keeps
    two writers from ever reading the same number."""
    row = db.execute(
        "INSERT INTO serial_counters (year, last_sequence) VALUES (?, 1)"
        " ON CONFLICT (year) DO UPDATE SET last_sequence = last_sequence + 1"
        " RETURNING last_sequence",
        [year],
    ).fetchone()
    return int(row[0])


def insert_visit(
    db: Database, visit: VisitInput, station: Station, clerk: Clerk, registered_at: str
) -> VisitRecord:
    """One visit, its representatives and its registration event; the caller holds the
    transaction (register_visits, or the demo's batches)."""
    year = visit.received_year
    sequence = next_sequence(db, year)
    serial = format_serial(station.code, year, sequence)
    uid = str(uuid7())
    query_code = new_query_code()
    keys = name_keys(visit.visitor_name)
    due = registration_summary(db, visit.received_at)
    row = visit_row(visit, uid=uid, serial=serial, station=station, clerk=clerk)
    row.update(
        next_due=due.due.isoformat(),
        next_due_what=due.what,
        next_due_level=due.level.value,
        serial_year=year,
        serial_sequence=sequence,
        registered_at=registered_at,
        query_code=query_code,
        name_initials=keys.initials,
        name_pinyin=keys.full,
    )
    columns = ", ".join(row)
    placeholders = ", ".join("?" for _ in row)
    visit_id = db.execute(
        f"INSERT INTO visits ({columns}) VALUES ({placeholders})", list(row.values())
    ).lastrowid
    db.execute(
        "INSERT INTO visit_text (rowid, grams) VALUES (?, ?)",
        [visit_id, text_grams(visit.subject, visit.request)],
    )
    if visit.representatives:
        db.conn.executemany(
            "INSERT INTO representatives (visit_id, position, name, id_number, phone)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (visit_id, position, r.name, r.id_number, r.phone)
                for position, r in enumerate(visit.representatives, start=1)
            ],
        )
    record = VisitRecord(
        serial=serial,
        station_code=station.code,
        station_name=station.name,
        clerk=clerk.login,
        clerk_name=clerk.name,
        registered_at=registered_at,
        visit=visit,
        query_code=query_code,
        uid=uid,
    )
    # The visit row holds the content; the event records that it was registered, as version 1.
    # Later changes append events carrying what changed, so history reads back from the row.
    append_event(
        db,
        visit_id=visit_id,
        action=REGISTERED,
        clerk=clerk,
        at=registered_at,
        data={"serial": serial, "version": 1, "received_at": visit.received_at},
    )
    return record


def visit_row(
    visit: VisitInput, *, uid: str, serial: str, station: Station, clerk: Clerk
) -> dict[str, object]:
    """The visits-table row of a visit (without the registration time and serial parts)."""
    row: dict[str, object] = {
        "uid": uid,
        "serial": serial,
        "station_code": station.code,
        "clerk_id": clerk.id,
    }
    for column in _VISIT_COLUMNS:
        value = getattr(visit, column)
        row[column] = int(value) if column in _BOOLEAN_COLUMNS else value
    return row


def append_event(
    db: Database,
    *,
    visit_id: int,
    action: str,
    clerk: Clerk | None,
    at: str,
    data: dict[str, object],
    level: str = STATION_LEVEL,
) -> int:
    """Append one event; its seq is the station-wide order that sync and timelines follow."""
    cursor = db.execute(
        "INSERT INTO events (uid, visit_id, action, level, at, clerk_id, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            str(uuid7()),
            visit_id,
            action,
            level,
            at,
            clerk.id if clerk else None,
            json.dumps(data, ensure_ascii=False),
        ],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def visit_by_serial(db: Database, serial: str) -> VisitRecord | None:
    rows = list(
        db.query(
            # A visit loaded from a station's sync file names that station and its clerk.
            "SELECT visits.*, coalesce(o.station_name, station.name) AS station_name,"
            " coalesce(o.clerk_login, clerks.login) AS clerk,"
            " coalesce(o.clerk_name, clerks.name) AS clerk_name"
            " FROM visits JOIN station ON station.id = 1"
            " LEFT JOIN clerks ON clerks.id = visits.clerk_id"
            " LEFT JOIN sync_visit_origin o ON o.visit_id = visits.id"
            " WHERE serial = ?",
            [serial.strip()],
        )
    )
    if not rows:
        return None
    row = rows[0]
    representatives = tuple(
        Representative(name=r["name"], id_number=r["id_number"], phone=r["phone"])
        for r in db.query(
            "SELECT name, id_number, phone FROM representatives WHERE visit_id = ?"
            " ORDER BY position",
            [row["id"]],
        )
    )
    fields = {c: (bool(row[c]) if c in _BOOLEAN_COLUMNS else row[c]) for c in _VISIT_COLUMNS}
    return VisitRecord(
        serial=row["serial"],
        station_code=row["station_code"],
        station_name=row["station_name"],
        clerk=row["clerk"],
        clerk_name=row["clerk_name"],
        registered_at=row["registered_at"],
        visit=VisitInput(representatives=representatives, **fields),
        query_code=row["query_code"],
        uid=row["uid"],
    )


def person_history(
    db: Database, id_number: str, *, shown: int = 5, compared: int = 100
) -> PersonHistory | None:
    """Earlier visits by the same ID number, newest first, for the form's side panel."""
    if not id_number:
        return None
    count_row = db.execute(
        "SELECT count(*), max(received_at) FROM visits WHERE id_number = ?", [id_number]
    ).fetchone()
    if not count_row[0]:
        return None
    earlier = tuple(
        EarlierVisit(**row)
        for row in db.query(
            "SELECT serial, received_at, subject, category1, category2, involved, state, kind"
            " FROM visits"
            " WHERE id_number = ? ORDER BY received_at DESC, id DESC LIMIT ?",
            [id_number, max(shown, compared)],
        )
    )
    return PersonHistory(
        count=count_row[0],
        last_received_at=count_row[1],
        recent=earlier[:shown],
        earlier=earlier,
    )


def events_of(db: Database, serial: str) -> Iterable[dict[str, object]]:
    return db.query(
        "SELECT events.seq, events.action, events.level, events.at, events.data FROM events"
        " JOIN visits ON visits.id = events.visit_id WHERE visits.serial = ? ORDER BY seq",
        [serial],
    )
