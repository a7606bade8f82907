"""Schema migrations: named, ordered, each in its own transaction, never edited once released.

A later release adds steps at the end; an older station's file is brought up to date on open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("desk")
KNOWN: list[str] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    KNOWN.append(name)
    return MIGRATIONS(name=name)


def _run(db: Database, script: str) -> None:
    # Statement by statement: executescript() would commit the migration's transaction.
    statement = ""
    for line in script.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            db.execute(statement)
            statement = ""
    if statement.strip():
        raise ValueError(f"incomplete SQL statement in a migration: {statement!r}")


@migration("0001_station_visits_events")
def _initial(db: Database) -> None:
    _run(
        db,
        """
CREATE TABLE station (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    township TEXT NOT NULL,
    phone TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE clerks (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE serial_counters (
    year INTEGER PRIMARY KEY,
    last_sequence INTEGER NOT NULL
);
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    serial TEXT NOT NULL UNIQUE,
    serial_year INTEGER NOT NULL,
    serial_sequence INTEGER NOT NULL,
    station_code TEXT NOT NULL,
    clerk_id INTEGER NOT NULL REFERENCES clerks(id),
    registered_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    visitor_name TEXT NOT NULL,
    visitor_sex TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT NOT NULL,
    no_id_reason TEXT NOT NULL,
    phone TEXT NOT NULL,
    village TEXT NOT NULL,
    address TEXT NOT NULL,
    headcount INTEGER NOT NULL,
    collective INTEGER NOT NULL,
    channel TEXT NOT NULL,
    channel_ref TEXT NOT NULL,
    kind TEXT NOT NULL,
    category1 TEXT NOT NULL,
    category2 TEXT NOT NULL,
    category_version TEXT NOT NULL,
    subject TEXT NOT NULL,
    request TEXT NOT NULL,
    facts TEXT NOT NULL,
    involved TEXT NOT NULL,
    leapfrog INTEGER NOT NULL,
    repeat INTEGER NOT NULL,
    urgent INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (serial_year, serial_sequence)
);
CREATE INDEX visits_by_id_number ON visits (id_number) WHERE id_number != '';
CREATE INDEX visits_by_received_at ON visits (received_at);
CREATE TRIGGER visits_serial_is_permanent BEFORE UPDATE OF serial, uid ON visits
BEGIN
    SELECT RAISE(ABORT, 'a visit keeps its serial and uid for ever');
END;
CREATE TABLE representatives (
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    id_number TEXT NOT NULL,
    phone TEXT NOT NULL,
    PRIMARY KEY (visit_id, position)
);
CREATE TABLE events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    action TEXT NOT NULL,
    level TEXT NOT NULL,
    at TEXT NOT NULL,
    clerk_id INTEGER REFERENCES clerks(id),
    data TEXT NOT NULL
);
CREATE INDEX events_by_visit ON events (visit_id, seq);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
CREATE TABLE drafts (
    clerk_id INTEGER PRIMARY KEY REFERENCES clerks(id),
    saved_at TEXT NOT NULL,
    data TEXT NOT NULL
);
""",
    )


def unknown_migrations(db: Database) -> list[str]:
    """Migrations recorded in the file that this release does not have."""
    return [m.name for m in MIGRATIONS.applied(db) if m.name not in KNOWN]


@migration("0002_query_codes_and_receipt_prints")
def _receipts(db: Database) -> None:
    # Visits registered before this release get a query code too (SQLite's random() is enough
    # for those; new codes come from the secrets module).
    _run(
        db,
        """
ALTER TABLE visits ADD COLUMN query_code TEXT NOT NULL DEFAULT '';
UPDATE visits SET query_code = substr('0000000' || abs(random() % 100000000), -8);
CREATE TABLE receipt_prints (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    printed_at TEXT NOT NULL,
    clerk_id INTEGER REFERENCES clerks(id),
    layout TEXT NOT NULL,
    destination TEXT NOT NULL
);
CREATE INDEX receipt_prints_by_visit ON receipt_prints (visit_id);
""",
    )


@migration("0003_search_indexes")
def _search(db: Database) -> None:
    """The 台账's indexes: name, pinyin keys, ID and phone tails, serial sequence, and the
    full-text index of subject and request. Existing visits are indexed here. (Longer tails
    and full phone numbers use the last-four-digits indexes: one index less to keep up on
    every save.)"""
    _run(
        db,
        """
ALTER TABLE visits ADD COLUMN name_initials TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT '';
CREATE INDEX visits_by_name ON visits (visitor_name);
CREATE INDEX visits_by_name_initials ON visits (name_initials);
CREATE INDEX visits_by_name_pinyin ON visits (name_pinyin);
CREATE INDEX visits_by_id_tail4 ON visits (substr(id_number, -4)) WHERE id_number != '';
CREATE INDEX visits_by_phone_tail ON visits (substr(phone, -4)) WHERE phone != '';
CREATE INDEX visits_by_serial_sequence ON visits (serial_sequence);
CREATE INDEX representatives_by_name ON representatives (name);
CREATE VIRTUAL TABLE visit_text USING fts5 (grams, content='', tokenize='unicode61');
""",
    )
    index_visit_text(db, first_id=0)
    db.execute("INSERT INTO visit_text (visit_text) VALUES ('optimize')")


def index_visit_text(db: Database, *, first_id: int, batch: int = 5_000) -> None:
    """Pinyin keys and full-text pieces for visits from `first_id` on, a batch at a time (a
    station's file can hold a million visits; memory stays flat)."""
    from desk.domain.pinyin import name_keys
    from desk.domain.text_grams import text_grams

    last = first_id - 1
    while True:
        rows = db.execute(
            "SELECT id, visitor_name, subject, request FROM visits WHERE id > ? ORDER BY id"
            " LIMIT ?",
            [last, batch],
        ).fetchall()
        if not rows:
            return
        keys = [(name_keys(name), visit_id) for visit_id, name, _, _ in rows]
        db.conn.executemany(
            "UPDATE visits SET name_initials = ?, name_pinyin = ? WHERE id = ?",
            [(k.initials, k.full, visit_id) for k, visit_id in keys],
        )
        db.conn.executemany(
            "INSERT INTO visit_text (rowid, grams) VALUES (?, ?)",
            [(visit_id, text_grams(subject, request)) for visit_id, _, subject, request in rows],
        )
        last = rows[-1][0]


@migration("0004_case_state_and_screening")
def _cases(db: Database) -> None:
    """The state of each case and its next deadline, kept in step with its events (the 待办
    page and the 台账's filters read them); the station's mode; the 矛盾纠纷排查台账."""
    _run(
        db,
        """
ALTER TABLE station ADD COLUMN mode TEXT NOT NULL DEFAULT 'station';
ALTER TABLE visits ADD COLUMN state TEXT NOT NULL DEFAULT '已登记';
ALTER TABLE visits ADD COLUMN next_due TEXT;
ALTER TABLE visits ADD COLUMN next_due_what TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN next_due_level TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN leader TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN office TEXT NOT NULL DEFAULT '';
CREATE INDEX visits_by_next_due ON visits (next_due) WHERE next_due IS NOT NULL;
CREATE INDEX visits_by_state ON visits (state);
CREATE TABLE disputes (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    found_on TEXT NOT NULL,
    screening TEXT NOT NULL,
    source TEXT NOT NULL,
    parties TEXT NOT NULL,
    village TEXT NOT NULL,
    dispute_type TEXT NOT NULL,
    summary TEXT NOT NULL,
    risk TEXT NOT NULL,
    responsible TEXT NOT NULL,
    measures TEXT NOT NULL,
    status TEXT NOT NULL,
    follow_up TEXT NOT NULL,
    closed_on TEXT,
    visit_id INTEGER REFERENCES visits(id),
    clerk_id INTEGER REFERENCES clerks(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX disputes_by_status ON disputes (status, found_on);
""",
    )
    from desk.store.cases import refresh_all_summaries

    refresh_all_summaries(db)


@migration("0005_accounts_and_audit")
def _audit(db: Database) -> None:
    """Login lockout per clerk, and the audit trail: each entry carries the hash of the one
    before it, so an entry edited, removed or moved breaks the chain."""
    _run(
        db,
        """
ALTER TABLE clerks ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE clerks ADD COLUMN locked_until TEXT;
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    clerk TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
""",
    )
