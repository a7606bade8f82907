"""The township's view over its stations: each station's key, cases, open and overdue cases,
its last file and the events still missing from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.store.sync_files import cases_by_station, covered_ranges, sender_summaries
from desk.store.sync_keys import registered_keys

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class StationRow:
    code: str
    name: str
    fingerprint: str  # "" when its key is not registered
    cases: int
    open: int
    overdue: int
    files: int
    last_loaded_at: str  # "" when nothing came yet
    last_number: int | None  # the highest file number loaded (its chain to this township)
    missing: tuple[tuple[int, int], ...]  # event ranges no loaded file covers

    @property
    def missing_text(self) -> str:
        return "、".join(f"{a}–{b}" if a != b else str(a) for a, b in self.missing)


def station_rows(db: Database, today: dt.date, *, own_code: str) -> list[StationRow]:
    keys = {entry.key_file.code: entry.key_file for entry in registered_keys(db, role="station")}
    cases = {row.code: row for row in cases_by_station(db, today) if row.code != own_code}
    loaded = sender_summaries(db)
    rows = []
    for code in sorted(set(keys) | set(cases)):
        key, counted, files = keys.get(code), cases.get(code), loaded.get(code)
        rows.append(
            StationRow(
                code=code,
                name=(key.name if key else "") or (counted.name if counted else ""),
                fingerprint=key.fingerprint if key else "",
                cases=counted.cases if counted else 0,
                open=counted.open if counted else 0,
                overdue=counted.overdue if counted else 0,
                files=files.files if files else 0,
                last_loaded_at=(files.last_loaded_at or "") if files else "",
                last_number=files.last_number if files else None,
                missing=missing_ranges(covered_ranges(db, code)),
            )
        )
    return rows


def missing_ranges(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """The ranges below the highest one seen that none of `ranges` (sorted) covers."""
    gaps, expected = [], 1
    for first, last in ranges:
        if first > expected:
            gaps.append((expected, first - 1))
        expected = max(expected, last + 1)
    return tuple(gaps)
