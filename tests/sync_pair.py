"""A station and its township, each a real database file with its own keys, that have
exchanged public keys the way clerks do (a key file on a stick); and ways to compare what
two databases hold."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from desk.demo import SAMPLE_CLERK, SAMPLE_STATION, SAMPLE_VISIT
from desk.domain.station import Clerk, Station, validate_new_clerk, validate_station
from desk.domain.workflow import Action, Level
from desk.registration import register_from_form
from desk.store import open_database
from desk.store.cases import record_step
from desk.store.station import set_up_station
from desk.syncing.export import export_station
from desk.syncing.feedback import export_feedback
from desk.syncing.importing import import_files
from desk.syncing.parties import me, register_key_file

NOW = dt.datetime(2026, 11, 26, 10, 0)
TOWNSHIP = {**SAMPLE_STATION, "mode": "township", "code": "410423203000",
            "name": "马庄乡信访办", "township": "孟津县"}  # fmt: skip
ACCEPT = {"notice_on": "2026-11-26", "office": "马庄乡国土所"}


@dataclass
class Side:
    db: Database
    path: Path
    station: Station
    clerk: Clerk

    def close(self) -> None:
        self.db.close()


def set_up(path: Path, particulars: dict[str, str]) -> Side:
    db = open_database(path)
    station = validate_station(particulars)
    clerk = set_up_station(db, station, validate_new_clerk(SAMPLE_CLERK), NOW)
    return Side(db, path, station, clerk)


def pair(folder: Path, *, exchange: bool = True) -> tuple[Side, Side]:
    folder.mkdir(parents=True, exist_ok=True)
    station = set_up(folder / "station.sqlite3", SAMPLE_STATION)
    township = set_up(folder / "township.sqlite3", TOWNSHIP)
    if exchange:
        introduce(station, township)
    return station, township


def copy(side: Side, path: Path) -> Side:
    """Another computer with the same keys and data (SQLite's online backup)."""
    target = sqlite3.connect(path)
    side.db.conn.backup(target)
    target.close()
    return Side(open_database(path), path, side.station, side.clerk)


def introduce(station: Side, township: Side) -> None:
    register_key_file(station.db, me(township.db).public_key_file(), clerk=None, now=NOW)
    register_key_file(township.db, me(station.db).public_key_file(), clerk=None, now=NOW)


def register(side: Side, count: int = 1, **changes: Any) -> list[str]:
    serials = []
    for _ in range(count):
        visit = {**SAMPLE_VISIT, **changes}
        saved = register_from_form(side.db, visit, station=side.station, clerk=side.clerk, now=NOW)
        serials.append(saved.serial)
    return serials


def step(side: Side, serial: str, action: Action, data: dict[str, Any] | None = None) -> None:
    level = Level.TOWNSHIP if side.station.is_township else Level.STATION
    record_step(side.db, serial, action=action, level=level, data=data or {}, clerk=side.clerk,
                now=NOW)  # fmt: skip


def export(side: Side, folder: Path, **options: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(export_station(side.db, folder, clerk=side.clerk, now=NOW, **options).path)


def feedback(township: Side, station: Side, folder: Path, **options: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    sent = export_feedback(township.db, folder, station.station.code, clerk=township.clerk,
                           now=NOW, **options)  # fmt: skip
    return Path(sent.path)


def load(side: Side, *paths: Path, preview: bool = False) -> list[Any]:
    return import_files(side.db, list(paths), db_path=side.path, clerk=side.clerk, now=NOW,
                        preview=preview)  # fmt: skip


def contents(db: Database, *, without: tuple[str, ...] = ("audit_log",)) -> dict[str, list]:
    """Every table's rows, sorted: two databases hold the same when these are equal."""
    skipped = {"_sqlite_migrations", *without}
    tables = [t for t in db.table_names() if t not in skipped and not t.startswith("visit_text")]
    found = {t: sorted(map(repr, db.execute(f"SELECT * FROM [{t}]").fetchall())) for t in tables}
    found["sqlite_sequence"] = [row for row in found["sqlite_sequence"] if "audit_log" not in row]
    # The full-text index is contentless: what it finds stands for what it holds.
    found["visit_text"] = sorted(
        row[0] for row in db.execute("SELECT rowid FROM visit_text WHERE visit_text MATCH '补偿'")
    )
    return found


def cases_as_the_township_has_them(db: Database) -> dict[str, Any]:
    """What must not depend on the order files came in: each case's content, version, state,
    and its events (by uid, with their sender's order), leaving out local row numbers."""
    cases = {}
    for row in db.execute(
        "SELECT v.uid, v.serial, v.version, v.state, v.next_due, v.visitor_name, v.subject,"
        " o.received_version FROM visits v LEFT JOIN sync_visit_origin o ON o.visit_id = v.id"
    ):
        cases[row[0]] = {"row": row[1:], "events": []}
    for uid, visit_uid, action, level, data, sender_seq in db.execute(
        "SELECT e.uid, v.uid, e.action, e.level, e.data, o.sender_seq FROM events e"
        " JOIN visits v ON v.id = e.visit_id LEFT JOIN sync_event_origin o ON o.event_seq = e.seq"
        " ORDER BY e.seq"
    ):
        cases[visit_uid]["events"].append((sender_seq, uid, action, level, data))
    return cases
