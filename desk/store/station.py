"""The station row, its clerks and its settings."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from desk.domain.categories import CategoryList, bundled_default_document, parse_category_list
from desk.domain.passwords import hash_password
from desk.domain.settings import CATEGORY_LIST, DEFAULTS
from desk.domain.station import Clerk, NewClerk, Station
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


class StationAlreadySetUp(RuntimeError):
    """Setup runs once per database."""


def load_station(db: Database | sqlite3.Connection) -> Station | None:
    """The station, from the store or from a plain connection (desk.store.startup)."""
    row = db.execute("SELECT code, name, township, phone, mode FROM station WHERE id = 1")
    found = row.fetchone()
    return Station(*found) if found else None


def set_up_station(
    db: Database, station: Station, first_clerk: NewClerk, now: dt.datetime
) -> Clerk:
    """Station, its key pair and first clerk in one transaction: a half-set-up station cannot
    exist."""
    from desk.store.sync_keys import store_new_keys  # cryptography: only when setting up

    password_hash = hash_password(first_clerk.password)  # slow on purpose; outside the transaction
    with db.atomic():
        if load_station(db) is not None:
            raise StationAlreadySetUp("这个数据库已经设置过工作站")
        db.execute(
            "INSERT INTO station (id, code, name, township, phone, mode, created_at)"
            " VALUES (1, ?, ?, ?, ?, ?, ?)",
            [
                station.code,
                station.name,
                station.township,
                station.phone,
                station.mode,
                stamp(now),
            ],
        )
        store_new_keys(db, now)  # a station (or township) signs what it sends from day one
        return _insert_clerk(db, first_clerk, password_hash, now)


def add_clerk(db: Database, clerk: NewClerk, now: dt.datetime) -> Clerk:
    password_hash = hash_password(clerk.password)
    with db.atomic():
        return _insert_clerk(db, clerk, password_hash, now)


def _insert_clerk(db: Database, clerk: NewClerk, password_hash: str, now: dt.datetime) -> Clerk:
    cursor = db.execute(
        "INSERT INTO clerks (login, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
        [clerk.login, clerk.name, clerk.role, password_hash, stamp(now)],
    )
    assert cursor.lastrowid is not None
    return Clerk(id=cursor.lastrowid, login=clerk.login, name=clerk.name, role=clerk.role)


def clerk_by_login(db: Database, login: str) -> Clerk | None:
    """An active clerk by login name."""
    rows = list(
        db.query("SELECT id, login, name, role FROM clerks WHERE login = ? AND active = 1", [login])
    )
    return Clerk(**rows[0]) if rows else None


def active_clerks(db: Database) -> list[Clerk]:
    return [
        Clerk(**row)
        for row in db.query("SELECT id, login, name, role FROM clerks WHERE active = 1 ORDER BY id")
    ]


def get_setting(db: Database | sqlite3.Connection, key: str) -> Any:
    """A setting's value, or its default; from the store or a plain connection."""
    found = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return json.loads(found[0]) if found else DEFAULTS.get(key)


def set_setting(db: Database, key: str, value: Any) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )


def active_categories(db: Database) -> CategoryList:
    """The list installed in this database by the township, or the bundled default."""
    rows = list(db.query("SELECT value FROM settings WHERE key = ?", [CATEGORY_LIST]))
    return _parsed_categories(rows[0]["value"] if rows else None)


@lru_cache(maxsize=4)
def _parsed_categories(stored: str | None) -> CategoryList:
    # Checking a list against its schema takes milliseconds; the form asks for it on every save.
    return parse_category_list(json.loads(stored) if stored else bundled_default_document())


def install_categories(db: Database, categories: CategoryList) -> None:
    set_setting(db, CATEGORY_LIST, dict(categories.document))
