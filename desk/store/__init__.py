"""The local store: the only package that speaks SQL (through sqlite-utils)."""

from desk.store.connection import DatabaseTooNew, DatabaseUnreadable, open_database
from desk.store.lock import DatabaseInUse, InstanceLock

__all__ = [
    "DatabaseInUse",
    "DatabaseTooNew",
    "DatabaseUnreadable",
    "InstanceLock",
    "open_database",
]
