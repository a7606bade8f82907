"""How moments are written into the database: local time with its UTC offset, to the second."""

from __future__ import annotations

import datetime as dt


def stamp(moment: dt.datetime) -> str:
    return moment.astimezone().isoformat(timespec="seconds")
