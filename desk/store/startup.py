"""What the login window needs, read before the store is opened.

Opening the store imports sqlite-utils (with click, dateutil and pluggy: about 30 ms of a
bundled start) and checks the migrations. The login window needs only the station and its
display settings, so a file already in this release's shape is read here with plain sqlite3,
read-only, and the window shows while the store opens behind it (bench/cold_start.py).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.domain.settings import FONT_SIZE, LANGUAGE
from desk.domain.station import Station
from desk.store.migrations import KNOWN, SET_NAME
from desk.store.station import get_setting, load_station


@dataclass(frozen=True)
class LoginScreen:
    station: Station
    font_size: Any
    language: Any


def read_login_screen(path: Path) -> LoginScreen | None:
    """The station and its display settings; None when the store must be opened first: no
    file yet, no station (setup comes first), steps to migrate (or a newer release's), or a
    file that cannot be read this way (opening it says why)."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        applied = connection.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [SET_NAME]
        ).fetchall()
        if sorted(name for (name,) in applied) != sorted(KNOWN):
            return None
        station = load_station(connection)
        if station is None:
            return None
        return LoginScreen(
            station, get_setting(connection, FONT_SIZE), get_setting(connection, LANGUAGE)
        )
    except sqlite3.Error:
        return None
    finally:
        connection.close()
