"""Registration serial numbers (登记编号): `<station code>-<year>-<sequence>`.

The sequence restarts at 1 each year and never skips: the store takes the next number inside
the transaction that saves the visit, so a failed save gives its number back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SEQUENCE_DIGITS = 5  # wider numbers simply grow a digit: 100000 follows 99999
_PATTERN = re.compile(r"(?P<station>\d{12})-(?P<year>\d{4})-(?P<sequence>\d{5,})")


@dataclass(frozen=True)
class Serial:
    station_code: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.station_code}-{self.year}-{self.sequence:0{SEQUENCE_DIGITS}d}"


def format_serial(station_code: str, year: int, sequence: int) -> str:
    return str(Serial(station_code, year, sequence))


def parse_serial(text: str) -> Serial | None:
    match = _PATTERN.fullmatch(text.strip())
    if not match:
        return None
    return Serial(match["station"], int(match["year"]), int(match["sequence"]))
