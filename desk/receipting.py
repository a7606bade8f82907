"""Slips for registered visits: the operations the window and `desk receipt` share."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk.atomic_file import write_atomically
from desk.domain.receipt import Layout, receipt_content
from desk.domain.settings import RECEIPT_LAYOUT
from desk.domain.station import Clerk
from desk.receipts.slip import render_receipt
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.receipts import prints_so_far, record_print
from desk.store.rules import registration_summary
from desk.store.station import get_setting, load_station
from desk.store.visits import visit_by_serial

if TYPE_CHECKING:
    from sqlite_utils import Database


class UnknownSerial(LookupError):
    """No visit has this serial."""


@dataclass(frozen=True)
class Slip:
    serial: str
    layout: Layout
    reprint: int  # 0: the first slip of this visit; n: the n-th 补打
    pdf: bytes


def make_slip(db: Database, serial: str, *, now: dt.datetime, layout: Layout | None = None) -> Slip:
    """The slip as it would print now: a visit printed before gets 补打 and its count."""
    record = visit_by_serial(db, serial)
    station = load_station(db)
    if record is None or station is None:
        raise UnknownSerial(f"没有登记编号为 {serial} 的记录")
    layout = layout or Layout(get_setting(db, RECEIPT_LAYOUT))
    content = receipt_content(
        record,
        station,
        query_code=record.query_code,
        report_by=registration_summary(db, record.visit.received_at).due,
        reprint=prints_so_far(db, record.serial),
        printed_at=now,
    )
    return Slip(record.serial, layout, content.reprint, render_receipt(content, layout))


def hand_out(
    db: Database, slip: Slip, *, clerk: Clerk | None, destination: str, now: dt.datetime
) -> None:
    """Count a slip that went out (printed, or saved as a PDF), so the next one says 补打."""
    with db.atomic():
        record_print(
            db, slip.serial, clerk=clerk, layout=slip.layout.value, destination=destination,
            now=now,
        )  # fmt: skip
        detail = f"回执{'（补打）' if slip.reprint else ''} → {destination}"
        audit(db, Audited.PRINT, clerk=clerk, now=now, target=slip.serial, detail=detail)


def save_slip(slip: Slip, path: Path) -> None:
    write_atomically(path, slip.pdf)
