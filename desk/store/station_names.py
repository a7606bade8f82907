"""The names of the stations whose visits a database holds, for reports that list them by code.

A township knows its stations from the key files it registered (sync_partners); a station's
name also travels with each of its visits in a sync file (sync_visit_origin), which names a
station whose key was since replaced. This computer's own station is known from its setup.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def station_names(db: Database, codes: Iterable[str]) -> dict[str, str]:
    """Code → name for each of `codes` that has a name here (others are left out)."""
    wanted = set(codes)
    names = {
        code: name
        for code, name in db.execute("SELECT code, name FROM station")
        if code in wanted and name
    }
    for code, name in db.execute(
        "SELECT code, name FROM sync_partners WHERE role = 'station' ORDER BY code"
    ):
        if code in wanted and name:
            names.setdefault(code, name)
    for code in sorted(wanted - names.keys()):
        # From the visits' own files (through the index on station code, serial year, number).
        row = db.execute(
            "SELECT o.station_name FROM visits v JOIN sync_visit_origin o ON o.visit_id = v.id"
            " WHERE v.station_code = ? AND o.station_name != '' LIMIT 1",
            [code],
        ).fetchone()
        if row:
            names[code] = row[0]
    return names


def known_station(db: Database, code: str) -> bool:
    """Whether this database holds visits of the station, or has registered its key."""
    sql = (
        "SELECT EXISTS (SELECT 1 FROM visits WHERE station_code = :code)"
        " OR EXISTS (SELECT 1 FROM sync_partners WHERE code = :code AND role = 'station')"
    )
    return bool(db.execute(sql, {"code": code}).fetchone()[0])


def stations_here(db: Database) -> list[tuple[str, str]]:
    """(code, name) of every station this database holds visits of or has registered, by
    code; the name "" when none is known."""
    # One index look-up per station (the index on station code, serial year and number),
    # not a pass over every visit.
    codes = {
        code
        for (code,) in db.execute(
            "WITH RECURSIVE c(code) AS (SELECT min(station_code) FROM visits UNION ALL"
            " SELECT (SELECT min(station_code) FROM visits WHERE station_code > c.code)"
            " FROM c WHERE c.code IS NOT NULL) SELECT code FROM c WHERE code IS NOT NULL"
        )
    }
    codes.update(
        code for (code,) in db.execute("SELECT code FROM sync_partners WHERE role = 'station'")
    )
    names = station_names(db, codes)
    return [(code, names.get(code, "")) for code in sorted(codes)]
