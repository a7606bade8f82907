"""The 台账 as a file for the paper ledger that inspections still ask for: XLSX or CSV.

ID numbers and phones are masked, as in the table: the file leaves the computer.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from desk.atomic_file import replacing
from desk.domain.access import shown_text
from desk.domain.idnumber import mask
from desk.domain.receipt import mask_phone
from desk.domain.station import Clerk
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.ledger import LedgerRow, Search, count, page

if TYPE_CHECKING:
    from sqlite_utils import Database

HEADINGS = (
    "登记编号", "接待时间", "姓名", "身份证号", "联系电话", "村（社区）", "来源渠道",
    "事项性质", "内容分类", "事项标题", "来访人数", "标记",
)  # fmt: skip
Progress = Callable[[int, int], None]  # (done, total)


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


def flags(row: LedgerRow) -> str:
    names = (
        ("集体", row.collective),
        ("重复", row.repeat),
        ("越级", row.leapfrog),
        ("紧急", row.urgent),
    )
    return "、".join(name for name, on in names if on)


def ledger_values(row: LedgerRow, viewer: Clerk | None = None) -> list[object]:
    """A row as the paper ledger shows it: ID numbers and phones masked for everyone, an
    accusation's content for the head only."""
    category = "/".join(c for c in (row.category1, row.category2) if c)
    category = shown_text(category, kind=row.kind, clerk=viewer)
    subject = shown_text(row.subject, kind=row.kind, clerk=viewer)
    return [
        row.serial, row.received_at, row.visitor_name, mask(row.id_number), mask_phone(row.phone),
        row.village, row.channel, row.kind, category, subject, row.headcount, flags(row),
    ]  # fmt: skip


def all_rows(db: Database, search: Search) -> Iterator[LedgerRow]:
    """Every matching row in the search's order, a page at a time (memory stays flat)."""
    rows = page(db, search)
    while rows:
        yield from rows
        rows = page(db, search, after=rows[-1].key(search.order))


def export_ledger(
    db: Database,
    search: Search,
    path: Path,
    export_format: ExportFormat,
    progress: Progress | None = None,
    *,
    viewer: Clerk | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Write the search's rows to `path` (atomically), as `viewer` may see them; returns how
    many. The export goes into the audit trail."""
    total = count(db, search)
    written = 0
    with replacing(path) as temporary:
        if export_format is ExportFormat.CSV:
            # UTF-8 with a BOM: what Excel on a Chinese Windows needs to read it right.
            with open(temporary, "w", encoding="utf-8-sig", newline="") as file:
                writer = csv.writer(file)
                writer.writerow(HEADINGS)
                for written, row in enumerate(all_rows(db, search), start=1):
                    writer.writerow(ledger_values(row, viewer))
                    _report(progress, written, total)
        else:
            from openpyxl import Workbook

            workbook = Workbook(write_only=True)
            sheet = workbook.create_sheet("来访台账")
            sheet.append(list(HEADINGS))
            for written, row in enumerate(all_rows(db, search), start=1):
                sheet.append(ledger_values(row, viewer))
                _report(progress, written, total)
            workbook.save(temporary)
    detail = f"台账{written}条（{search.query.text or '全部'}） → {path}"
    audit(db, Audited.EXPORT, clerk=viewer, now=now or dt.datetime.now(), detail=detail)
    return written


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and (done % 1000 == 0 or done == total):
        progress(done, total)
