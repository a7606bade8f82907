"""Printed slips: how often a visit's slip went out, so a reprint says 补打 and its count."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desk.domain.station import Clerk
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


def prints_so_far(db: Database, serial: str) -> int:
    row = db.execute(
        "SELECT count(*) FROM receipt_prints"
        " WHERE visit_id = (SELECT id FROM visits WHERE serial = ?)",
        [serial],
    ).fetchone()
    return int(row[0])


def record_print(
    db: Database,
    serial: str,
    *,
    clerk: Clerk | None,
    layout: str,
    destination: str,
    now: dt.datetime,
) -> None:
    """One slip handed out: printed on `destination` (a printer's name) or saved as a PDF."""
    with db.atomic():
        db.execute(
            "INSERT INTO receipt_prints (visit_id, printed_at, clerk_id, layout, destination)"
            " SELECT id, ?, ?, ?, ? FROM visits WHERE serial = ?",
            [stamp(now), clerk.id if clerk else None, layout, destination, serial],
        )
