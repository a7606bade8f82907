"""Opening the database: pragmas for durability, then the migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from desk.store.backup import folder_without_database, make_backup
from desk.store.migrations import migrations, unknown_migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer release whose changes this one does not know."""


class DatabaseUnreadable(RuntimeError):
    """Not an SQLite database, or a damaged one."""


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at `path` (":memory:" for tests).

    WAL with synchronous=FULL: a commit is on disk when it returns, so a visit the clerk saw
    saved survives a power cut the next second. The connection may be used from one worker
    thread at a time (the UI runs database work off its own thread).
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        return _open(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseUnreadable(
            f"无法读取数据库文件 {path}（{error}）：文件可能已损坏，或不是信访接待台的数据库"
        ) from error


def _open(path: Path | str) -> Database:
    # Imported here: the login window shows before the store opens (desk.store.startup).
    from sqlite_utils import Database

    connection = sqlite3.connect(str(path), check_same_thread=False)
    # No sqlite-utils plugins: nothing installed beside desk may change its connection (and
    # looking through every installed package for them took ~10 ms of each start).
    db = Database(connection, execute_plugins=False)
    with db.ensure_autocommit_on():
        db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")
    newer = unknown_migrations(db)
    if newer:
        db.close()
        raise DatabaseTooNew(
            f"此数据库由更新版本的信访接待台写入（{', '.join(newer)}），请用新版本程序打开"
        )
    if migrations().pending(db) and _holds_a_station(db):
        # An older station's file about to change shape: keep it as it was first.
        make_backup(
            connection, folder_without_database(Path(path)), now=dt.datetime.now(), keep=10_000
        )
    migrations().apply(db)
    return db


def _holds_a_station(db: Database) -> bool:
    return (
        "station" in db.table_names()
        and db.execute("SELECT count(*) FROM station").fetchone()[0] > 0
    )
