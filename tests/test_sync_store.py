"""The store's side of sync: the migration that brings an older station's file up to date,
and records read for a file exactly as `desk show --json` shows them."""

from __future__ import annotations

import sqlite3

from desk.demo import SAMPLE_VISIT
from desk.domain.search_query import parse_query
from desk.domain.station import validate_new_clerk
from desk.registration import register_from_form
from desk.store import open_database
from desk.store.ledger import Search, count
from desk.store.migrations import migrations
from desk.store.station import load_station, set_up_station
from desk.store.sync_keys import own_keys
from desk.store.sync_records import station_selection, visit_entries
from desk.store.visits import visit_by_serial
from desk.sync.payload import check_payload, make_payload, visit_entry
from tests.conftest import CLERK, NOW


def test_an_older_station_file_gets_keys_and_keeps_its_visits(tmp_path, station) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(path)
    set_up_station(db, station, validate_new_clerk(CLERK), NOW)
    saved = register_from_form(db, SAMPLE_VISIT, station=station, clerk=_clerk(db), now=NOW)
    db.close()
    _as_before_sync(path)

    db = open_database(path)  # the migration runs (after a backup of the old file)
    assert own_keys(db) is not None
    assert visit_by_serial(db, saved.serial).visit.subject == SAMPLE_VISIT["subject"]
    assert count(db, Search(parse_query("补偿"))) == 1  # the full-text index still finds it
    trigger = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                         " AND name = 'visits_serial_is_permanent'").fetchone()[0]  # fmt: skip
    assert trigger == 1
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert load_station(db) == station
    db.close()


def _clerk(db):
    from desk.store.station import active_clerks

    return active_clerks(db)[0]


def _as_before_sync(path) -> None:
    """The file as the release before sync left it: the old visits table, no sync tables."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys=OFF")
    table = connection.execute("SELECT sql FROM sqlite_master WHERE name = 'visits'").fetchone()[0]
    extras = [row[0] for row in connection.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'visits' AND sql IS NOT NULL"
        " AND type IN ('index', 'trigger')")]  # fmt: skip
    old = (
        table.replace('CREATE TABLE "visits" (', "CREATE TABLE old_visits (")
        .replace("clerk_id INTEGER REFERENCES", "clerk_id INTEGER NOT NULL REFERENCES")
        .replace("UNIQUE (station_code, serial_year, serial_sequence)",
                 "UNIQUE (serial_year, serial_sequence)")
    )  # fmt: skip
    with connection:
        connection.execute(old)
        connection.execute("INSERT INTO old_visits SELECT * FROM visits")
        connection.execute("DROP TABLE visits")
        connection.execute("ALTER TABLE old_visits RENAME TO visits")
        for statement in extras:
            connection.execute(statement)
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'sync%'"
        ).fetchall():
            connection.execute(f"DROP TABLE {name}")
        connection.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_sync'")
    connection.close()
    assert any(m.name == "0006_sync" for m in migrations().pending(open_raw(path)))


def open_raw(path):
    from sqlite_utils import Database

    return Database(sqlite3.connect(path))


def test_a_visit_in_a_file_is_what_desk_show_prints(db, station, clerk) -> None:
    delegate = {"name": "李建国", "id_number": "410423196503080031", "phone": "0375-6123457"}
    many = {**SAMPLE_VISIT, "headcount": 6, "representatives": [delegate]}
    saved = register_from_form(db, many, station=station, clerk=clerk, now=NOW)
    (entry,) = visit_entries(db, station_selection(station.code, full=True))
    shown = visit_by_serial(db, saved.serial).to_json()
    assert entry == visit_entry(shown, uid=saved.uid, version=1)
    assert list(entry)[2:-1] == list(shown)  # in the same order, too
    check_payload(make_payload(visits=[entry]))
