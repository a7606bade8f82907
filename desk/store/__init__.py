"""The local store: the only package that speaks SQL (through sqlite-utils).

Its names load on first use: importing a module of the store (the accounts, for the login)
does not import sqlite-utils, which only opening the file needs (the login window shows
sooner without it: bench/cold_start.py)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk.store.connection import DatabaseTooNew, DatabaseUnreadable, open_database
    from desk.store.lock import DatabaseInUse, InstanceLock

_HOMES = {
    "DatabaseTooNew": "desk.store.connection",
    "DatabaseUnreadable": "desk.store.connection",
    "open_database": "desk.store.connection",
    "DatabaseInUse": "desk.store.lock",
    "InstanceLock": "desk.store.lock",
}

__all__ = [
    "DatabaseInUse",
    "DatabaseTooNew",
    "DatabaseUnreadable",
    "InstanceLock",
    "open_database",
]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'desk.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
