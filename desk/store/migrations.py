"""Schema migrations: named, ordered, each in its own transaction, never edited once released.

A later release adds steps at the end; an older station's file is brought up to date on open.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

SET_NAME = "desk"  # sqlite-utils keeps the names of the steps applied under it
KNOWN: list[str] = []
_STEPS: list[tuple[str, bool, Callable[[Database], None]]] = []


def migration(
    name: str, *, transactional: bool = True
) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """`transactional=False` for a step that must switch foreign keys off first (SQLite
    ignores that pragma inside a transaction); such a step holds its own transaction and
    must be safe to run again."""
    KNOWN.append(name)

    def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
        _STEPS.append((name, transactional, step))
        return step

    return register


@functools.cache
def migrations() -> Migrations:
    """The steps as sqlite-utils runs them (built on first use: importing this module, for
    KNOWN, does not import sqlite-utils)."""
    from sqlite_utils.migrations import Migrations

    steps = Migrations(SET_NAME)
    for name, transactional, step in _STEPS:
        steps(name=name, transactional=transactional)(step)
    return steps


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
    return [m.name for m in migrations().applied(db) if m.name not in KNOWN]


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


@migration("0006_sync", transactional=False)
def _sync(db: Database) -> None:
    """Sync files (issue 5): this party's key pair, the partners' public keys, the files sent
    and loaded, what the other side is known to have, versions received, and 并发修改 marks.

    A township holds its stations' visits in `visits` too, so the serial's year and number are
    unique per station now, and a visit registered elsewhere has no local clerk (its clerk
    and station names are in sync_visit_origin). Changing a constraint means rebuilding the
    table, which needs foreign keys off: hence no outer transaction here.
    """
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            _rebuild_visits_for_many_stations(db)
            _run(db, _SYNC_TABLES)
            if db.execute("SELECT count(*) FROM pragma_foreign_key_check").fetchone()[0]:
                raise ValueError("sync migration: a foreign key no longer matches")
            _give_the_station_its_keys(db)
    finally:
        db.execute("PRAGMA foreign_keys=ON")


_SYNC_TABLES = """
CREATE TABLE IF NOT EXISTS sync_keys (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    signing_pem TEXT NOT NULL,
    encryption_pem TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_partners (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    signing_key TEXT NOT NULL,
    encryption_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    registered_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_sent (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    number INTEGER NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    first_seq INTEGER,
    last_seq INTEGER,
    visits INTEGER NOT NULL,
    events INTEGER NOT NULL,
    acknowledgements INTEGER NOT NULL,
    period_from TEXT,
    period_to TEXT,
    size INTEGER NOT NULL,
    full INTEGER NOT NULL,
    encrypted INTEGER NOT NULL,
    path TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (kind, recipient, number)
);
CREATE TABLE IF NOT EXISTS sync_received (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    sender TEXT NOT NULL,
    number INTEGER NOT NULL,
    previous_sha256 TEXT,
    first_seq INTEGER,
    last_seq INTEGER,
    created TEXT NOT NULL,
    encrypted INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    file_name TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_received_by_sender ON sync_received (sender, first_seq);
CREATE TABLE IF NOT EXISTS sync_acks (
    record TEXT NOT NULL,
    uid TEXT NOT NULL,
    have_version INTEGER,
    status TEXT NOT NULL,
    status_version INTEGER,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (record, uid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_outbox (
    station TEXT NOT NULL,
    record TEXT NOT NULL,
    uid TEXT NOT NULL,
    version INTEGER,
    sha256 TEXT,
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (station, record, uid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_versions (
    uid TEXT NOT NULL,
    version INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    sender TEXT NOT NULL,
    PRIMARY KEY (uid, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_visit_origin (
    visit_id INTEGER PRIMARY KEY REFERENCES visits(id),
    station_name TEXT NOT NULL,
    clerk_login TEXT NOT NULL,
    clerk_name TEXT NOT NULL,
    received_version INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_event_origin (
    event_seq INTEGER PRIMARY KEY REFERENCES events(seq),
    sender TEXT NOT NULL,
    sender_seq INTEGER NOT NULL,
    clerk_name TEXT
);
CREATE TABLE IF NOT EXISTS sync_conflicts (
    visit_id INTEGER PRIMARY KEY REFERENCES visits(id),
    marked_at TEXT NOT NULL,
    detail TEXT NOT NULL
);
"""


def _rebuild_visits_for_many_stations(db: Database) -> None:
    """The visits table with UNIQUE (station_code, serial_year, serial_sequence) and a clerk
    that may be elsewhere; every index and trigger is made again from its own text, so steps
    added by others before this one are kept."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'visits'")
    table = sql.fetchone()[0]
    if "UNIQUE (station_code, serial_year, serial_sequence)" in table:
        return  # an earlier run got this far
    table = re.sub(r'^CREATE TABLE "?visits"? \(', "CREATE TABLE visits (", table)
    changes = {
        "CREATE TABLE visits (": "CREATE TABLE visits_rebuilt (",
        "clerk_id INTEGER NOT NULL REFERENCES clerks(id)": "clerk_id INTEGER REFERENCES clerks(id)",
        "UNIQUE (serial_year, serial_sequence)": (
            "UNIQUE (station_code, serial_year, serial_sequence)"
        ),
    }
    for old, new in changes.items():
        if table.count(old) != 1:
            raise ValueError(f"sync migration: the visits table is not as expected ({old})")
        table = table.replace(old, new)
    extras = [
        row[0]
        for row in db.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'visits'"
            " AND type IN ('index', 'trigger') AND sql IS NOT NULL"
        )
    ]
    db.execute(table)
    db.execute("INSERT INTO visits_rebuilt SELECT * FROM visits")
    db.execute("DROP TABLE visits")
    db.execute("ALTER TABLE visits_rebuilt RENAME TO visits")
    for statement in extras:
        db.execute(statement)


def _give_the_station_its_keys(db: Database) -> None:
    """A station set up before this release gets its key pair now."""
    if "station" not in db.table_names() or not db.execute("SELECT 1 FROM station").fetchone():
        return
    if db.execute("SELECT 1 FROM sync_keys").fetchone():
        return
    from desk.store.sync_keys import store_new_keys

    store_new_keys(db)


@migration("0007_statistics")
def _statistics(db: Database) -> None:
    """统计 (issue 7). What the rates read of each case, kept beside its state (desk.store.cases
    writes them with every step), so a report sums columns instead of reading every case's
    events; cases that have left 已登记 are worked out here from their events, the others need
    nothing (the defaults say: no decision, never reported, no 回访). And an index that holds
    every column the report's grouped pass reads, in its grouping order: SQLite aggregates a
    large period while reading it, instead of sorting a million rows (desk.store.metrics)."""
    _run(
        db,
        """
ALTER TABLE visits ADD COLUMN decision TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN decided_on TEXT;
ALTER TABLE visits ADD COLUMN acceptance_due TEXT;
ALTER TABLE visits ADD COLUMN accepted_on TEXT;
ALTER TABLE visits ADD COLUMN handling_due TEXT;
ALTER TABLE visits ADD COLUMN answered_on TEXT;
ALTER TABLE visits ADD COLUMN review_requested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visits ADD COLUMN follow_up TEXT NOT NULL DEFAULT '';
CREATE INDEX visits_for_reports ON visits (category1, village, channel, kind, state,
    station_code, leader, office, received_at, headcount, collective, repeat, leapfrog,
    next_due);
""",
    )
    from desk.store.cases import histories, write_summaries

    stepped = [
        visit_id
        for (visit_id,) in db.execute(
            "SELECT visit_id FROM events GROUP BY visit_id HAVING count(*) > 1"
        )
    ]
    for start in range(0, len(stepped), 5_000):  # memory stays flat over a township's cases
        write_summaries(db, histories(db, stepped[start : start + 5_000]))
