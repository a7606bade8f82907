"""Writing what a sync file brought: visits from a station (on a township), events from the
other side, the versions received, and marks of a case changed on both sides (并发修改).

Reads are by whole lists of uids (json_each), writes by executemany, ids given here: a file
can hold a hundred thousand records. The caller holds the transaction and has decided, record
by record, what to write (desk.syncing).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from desk.domain.pinyin import name_keys
from desk.domain.serials import parse_serial
from desk.domain.text_grams import text_grams
from desk.store.cases import SUMMARY_COLUMNS
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

_IN = "IN (SELECT value FROM json_each(?))"
_data_json = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(..., ensure_ascii=False)
# The form's fields as the visits table holds them (booleans as 0/1).
CONTENT_COLUMNS = (
    "received_at", "visitor_name", "visitor_sex", "id_type", "id_number", "no_id_reason",
    "phone", "village", "address", "headcount", "collective", "channel", "channel_ref", "kind",
    "category1", "category2", "category_version", "subject", "request", "facts", "involved",
    "leapfrog", "repeat", "urgent",
)  # fmt: skip
# sqlite3 stores True and False as 1 and 0 by itself: the values go in as the file has them.
_content_of = itemgetter(*CONTENT_COLUMNS)
_NEW_VISIT_COLUMNS = (
    "id", "uid", "serial", "serial_year", "serial_sequence", "station_code", "clerk_id",
    "registered_at", "query_code", "version", "name_initials", "name_pinyin", *CONTENT_COLUMNS,
)  # fmt: skip


@dataclass(frozen=True)
class VisitState:
    id: int
    version: int
    received_version: int | None  # the sender's newest version merged here (None: made here)
    marked: bool  # 并发修改


def visit_states(db: Database, uids: Iterable[str]) -> dict[str, VisitState]:
    return {
        uid: VisitState(visit_id, version, received, bool(marked))
        for uid, visit_id, version, received, marked in db.execute(
            "SELECT v.uid, v.id, v.version, o.received_version, k.visit_id IS NOT NULL"
            " FROM visits v LEFT JOIN sync_visit_origin o ON o.visit_id = v.id"
            f" LEFT JOIN sync_conflicts k ON k.visit_id = v.id WHERE v.uid {_IN}",
            [json.dumps(list(uids))],
        )
    }


def serials_in_use(db: Database, serials: Iterable[str]) -> set[str]:
    """Those of `serials` that a visit here has."""
    return {
        serial
        for (serial,) in db.execute(
            f"SELECT serial FROM visits WHERE serial {_IN}", [json.dumps(list(serials))]
        )
    }


def known_versions(db: Database, uids: Iterable[str]) -> dict[tuple[str, int], str]:
    """(uid, version) -> sha256 of the versions received before."""
    return {
        (uid, version): sha256
        for uid, version, sha256 in db.execute(
            f"SELECT uid, version, sha256 FROM sync_versions WHERE uid {_IN}",
            [json.dumps(list(uids))],
        )
    }


def log_versions(db: Database, rows: Iterable[tuple[str, int, str]], *, sender: str) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_versions (uid, version, sha256, sender) VALUES (?, ?, ?, ?)",
        [(uid, version, sha256, sender) for uid, version, sha256 in rows],
    )


def existing_events(db: Database, uids: Iterable[str]) -> dict[str, str]:
    """uid -> level of the events already here."""
    return dict(
        db.execute(f"SELECT uid, level FROM events WHERE uid {_IN}", [json.dumps(list(uids))])
    )


def new_visit_ids(db: Database, entries: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """The ids the visits of `entries` will have (uid -> id), in their order."""
    first = db.execute("SELECT coalesce(max(id), 0) + 1 FROM visits").fetchone()[0]
    return {entry["uid"]: first + n for n, entry in enumerate(entries)}


def insert_visits(
    db: Database,
    entries: Sequence[Mapping[str, Any]],
    ids: Mapping[str, int],
    summaries: Mapping[int, Sequence[Any]],
) -> None:
    """Visits registered at a station, as its file gives them, under the ids new_visit_ids
    gave them; with their state and deadline (the values of cases.SUMMARY_COLUMNS) where
    `summaries` has them, so a new case is written once. The others keep the columns'
    defaults until their events come."""
    summarised, bare = [], []
    for entry in entries:
        serial = parse_serial(entry["serial"])
        assert serial is not None  # the schema's pattern
        keys = name_keys(entry["visitor_name"])
        visit_id = ids[entry["uid"]]
        row = (visit_id, entry["uid"], entry["serial"], serial.year, serial.sequence,
               entry["station_code"], None, entry["registered_at"], entry["query_code"],
               entry["version"], keys.initials, keys.full, *_content_of(entry))  # fmt: skip
        summary = summaries.get(visit_id)
        if summary is None:
            bare.append(row)
        else:
            summarised.append((*row, *summary))
    for rows, columns in ((summarised, (*_NEW_VISIT_COLUMNS, *SUMMARY_COLUMNS)),
                          (bare, _NEW_VISIT_COLUMNS)):  # fmt: skip
        if rows:
            db.conn.executemany(
                f"INSERT INTO visits ({', '.join(columns)})"
                f" VALUES ({', '.join('?' * len(columns))})",
                rows,
            )
    db.conn.executemany(
        "INSERT INTO sync_visit_origin (visit_id, station_name, clerk_login, clerk_name,"
        " received_version) VALUES (?, ?, ?, ?, ?)",
        [
            (ids[e["uid"]], e["station_name"], e["clerk"], e["clerk_name"], e["version"])
            for e in entries
        ],
    )
    db.conn.executemany(
        "INSERT INTO representatives (visit_id, position, name, id_number, phone)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (ids[e["uid"]], position, r["name"], r["id_number"], r["phone"])
            for e in entries
            for position, r in enumerate(e["representatives"], start=1)
        ],
    )
    db.conn.executemany(
        "INSERT INTO visit_text (rowid, grams) VALUES (?, ?)",
        [(ids[e["uid"]], text_grams(e["subject"], e["request"])) for e in entries],
    )


def update_visit(db: Database, visit_id: int, entry: Mapping[str, Any], *, version: int) -> None:
    """A newer version from the station that registered it: its content, names and texts."""
    old = db.execute("SELECT subject, request FROM visits WHERE id = ?", [visit_id]).fetchone()
    keys = name_keys(entry["visitor_name"])
    assignments = ", ".join(f"{c} = ?" for c in CONTENT_COLUMNS)
    db.execute(
        f"UPDATE visits SET {assignments}, version = ?, name_initials = ?, name_pinyin = ?"
        " WHERE id = ?",
        [*_content_of(entry), version, keys.initials, keys.full, visit_id],
    )
    if (old[0], old[1]) != (entry["subject"], entry["request"]):
        # A contentless full-text index forgets a row only when told what it held.
        db.execute(
            "INSERT INTO visit_text (visit_text, rowid, grams) VALUES ('delete', ?, ?)",
            [visit_id, text_grams(old[0], old[1])],
        )
        db.execute(
            "INSERT INTO visit_text (rowid, grams) VALUES (?, ?)",
            [visit_id, text_grams(entry["subject"], entry["request"])],
        )
    db.execute("DELETE FROM representatives WHERE visit_id = ?", [visit_id])
    db.conn.executemany(
        "INSERT INTO representatives (visit_id, position, name, id_number, phone)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            (visit_id, position, r["name"], r["id_number"], r["phone"])
            for position, r in enumerate(entry["representatives"], start=1)
        ],
    )
    db.execute(
        "UPDATE sync_visit_origin SET station_name = ?, clerk_login = ?, clerk_name = ?"
        " WHERE visit_id = ?",
        [entry["station_name"], entry["clerk"], entry["clerk_name"], visit_id],
    )


def set_versions(db: Database, rows: Iterable[tuple[int, int, int | None]]) -> None:
    """(visit id, version here, the sender's version merged or None to keep it)."""
    rows = list(rows)
    db.conn.executemany("UPDATE visits SET version = ? WHERE id = ?", [(v, i) for i, v, _ in rows])
    db.conn.executemany(
        "UPDATE sync_visit_origin SET received_version = ? WHERE visit_id = ?",
        [(received, i) for i, _, received in rows if received is not None],
    )


def insert_events(
    db: Database, events: Sequence[tuple[int, Mapping[str, Any]]], *, sender: str
) -> None:
    """The other side's events, in the order given, after the ones here; each remembers its
    sender's sequence number and clerk."""
    if not events:
        return
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
    first = (row[0] if row else 0) + 1
    db.conn.executemany(
        "INSERT INTO events (seq, uid, visit_id, action, level, at, clerk_id, data)"
        " VALUES (?, ?, ?, ?, ?, ?, NULL, ?)",
        [
            (
                first + n,
                e["uid"],
                visit_id,
                e["action"],
                e["level"],
                e["at"],
                _data_json(e["data"]),
            )
            for n, (visit_id, e) in enumerate(events)
        ],
    )
    db.conn.executemany(
        "INSERT INTO sync_event_origin (event_seq, sender, sender_seq, clerk_name)"
        " VALUES (?, ?, ?, ?)",
        [(first + n, sender, e["seq"], e["clerk_name"]) for n, (_, e) in enumerate(events)],
    )


# --- acknowledgements -----------------------------------------------------------------------


class Ack(NamedTuple):  # a tuple: a file brings a hundred thousand of them
    record: str  # visit / event
    uid: str
    version: int | None
    status: str
    reason: str = ""
    sha256: str | None = None


def queue_acks(db: Database, station: str, acks: Iterable[Ack]) -> None:
    """A township's answers for a station's next feedback file (a later version's replaces an
    earlier one's)."""
    db.conn.executemany(
        "INSERT INTO sync_outbox (station, record, uid, version, sha256, status, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (station, record, uid) DO UPDATE SET"
        " version = excluded.version, sha256 = excluded.sha256, status = excluded.status,"
        " reason = excluded.reason"
        " WHERE coalesce(excluded.version, 0) >= coalesce(sync_outbox.version, 0)",
        [(station, a.record, a.uid, a.version, a.sha256, a.status, a.reason) for a in acks],
    )


def queued_acks(db: Database, station: str) -> list[Ack]:
    return [
        Ack(record, uid, version, status, reason, sha256)
        for record, uid, version, sha256, status, reason in db.execute(
            "SELECT record, uid, version, sha256, status, reason FROM sync_outbox"
            " WHERE station = ? ORDER BY record DESC, uid",
            [station],
        )
    ]


def clear_acks(db: Database, station: str) -> None:
    db.execute("DELETE FROM sync_outbox WHERE station = ?", [station])


def record_acks(db: Database, acks: Iterable[Ack], now: dt.datetime) -> None:
    """What the other side says it has. A visit's version it has only goes up; a refusal
    names the version refused."""
    at = stamp(now)
    rows = []
    for ack in acks:
        have = None if ack.status == "refused" else ack.version
        rows.append((ack.record, ack.uid, have, ack.status, ack.version, ack.reason, at))
    db.conn.executemany(
        "INSERT INTO sync_acks (record, uid, have_version, status, status_version, reason, at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (record, uid) DO UPDATE SET"
        " have_version = max(coalesce(sync_acks.have_version, 0),"
        "   coalesce(excluded.have_version, 0)),"
        " status = excluded.status, status_version = excluded.status_version,"
        " reason = excluded.reason, at = excluded.at"
        " WHERE coalesce(excluded.status_version, 0) >= coalesce(sync_acks.status_version, 0)",
        rows,
    )


def set_have_versions(db: Database, rows: Iterable[tuple[str, int]], now: dt.datetime) -> None:
    """Visit versions the other side is known to have (a township's own newer version, taken
    over here as it is); the last answer about the visit stays as it was."""
    db.conn.executemany(
        "INSERT INTO sync_acks (record, uid, have_version, status, status_version, reason, at)"
        " VALUES ('visit', ?, ?, 'accepted', ?, '', ?) ON CONFLICT (record, uid) DO UPDATE SET"
        " have_version = max(coalesce(sync_acks.have_version, 0), excluded.have_version)",
        [(uid, version, version, stamp(now)) for uid, version in rows],
    )


# --- 并发修改 --------------------------------------------------------------------------------


def mark_conflicts(db: Database, rows: Iterable[tuple[int, str]], now: dt.datetime) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_conflicts (visit_id, marked_at, detail) VALUES (?, ?, ?)",
        [(visit_id, stamp(now), detail) for visit_id, detail in rows],
    )


def clear_conflict(db: Database, serial: str) -> bool:
    """Take the 并发修改 mark off a case; False when it had none."""
    with db.atomic():
        cursor = db.execute(
            "DELETE FROM sync_conflicts WHERE visit_id = (SELECT id FROM visits WHERE serial = ?)",
            [serial],
        )
        return cursor.rowcount > 0
