"""The report as a workbook (XLSX, one sheet per table) and as one CSV file (a section per
table). Both written atomically: a file is there whole or not at all.

In the workbook numbers are numbers and shares are numbers with a percent format, so a clerk
can add them up; a rate with nothing to rate is the text "—". The CSV writes what the PDF
prints (37.5%, +2), which Excel reads back as numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.atomic_file import replacing
from desk.reports.tables import (
    NO_VALUE,
    Cell,
    Change,
    ChangeRatio,
    cell_text,
    report_tables,
)
from desk.store.metrics import Figures, Rate

if TYPE_CHECKING:
    from openpyxl import Workbook

INFO_SHEET = "报表信息"
PERCENT = "0.0%"
SIGNED_PERCENT = "+0.0%;-0.0%;0.0%"
SIGNED_NUMBER = "+0;-0;0"


def report_info(figures: Figures, station_name: str) -> tuple[tuple[str, str], ...]:
    """What the report is of: the lines above the tables."""
    period = figures.period
    return (
        ("工作站", station_name),
        ("统计期间", period.label),
        ("起止日期", f"{period.start.isoformat()}至{period.end.isoformat()}"),
        ("统计日", figures.today.isoformat()),
        ("站点代码", figures.station_code or "全部"),
    )


def report_xlsx(figures: Figures, path: Path, *, station_name: str = "") -> None:
    """The workbook: an information sheet, then one sheet per table."""
    with replacing(path) as temporary:
        _workbook(figures, station_name).save(temporary)


def _workbook(figures: Figures, station_name: str) -> Workbook:
    # openpyxl is imported here: it costs start-up time.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    info = workbook.create_sheet(INFO_SHEET)
    info.column_dimensions["A"].width = 12
    info.column_dimensions["B"].width = 40
    for label, value in report_info(figures, station_name):
        info.append([label, value])
    for table in report_tables(figures):
        sheet = workbook.create_sheet(table.title)
        wide = table.key == "definitions"
        for column in range(len(table.headings)):
            letter = chr(ord("A") + column)
            sheet.column_dimensions[letter].width = 48 if wide and column else 14
        sheet.freeze_panes = "A2"
        headings = []
        for heading in table.headings:
            cell = WriteOnlyCell(sheet, value=heading)
            cell.font = bold
            headings.append(cell)
        sheet.append(headings)
        for row in table.rows:
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_xlsx_value(value))
                number_format = _number_format(value)
                if number_format:
                    cell.number_format = number_format
                if wide:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                cells.append(cell)
            sheet.append(cells)
        if table.note:
            sheet.append([])
            sheet.append([f"注：{table.note}"])
    return workbook


def _xlsx_value(cell: Cell) -> Any:
    if isinstance(cell, Rate):
        return cell.value if cell.value is not None else NO_VALUE
    if isinstance(cell, ChangeRatio):
        return cell.value if cell.value is not None else NO_VALUE
    if isinstance(cell, Change):
        return cell.value
    return cell


def _number_format(cell: Cell) -> str:
    if isinstance(cell, Rate) and cell.value is not None:
        return PERCENT
    if isinstance(cell, ChangeRatio) and cell.value is not None:
        return SIGNED_PERCENT
    if isinstance(cell, Change):
        return SIGNED_NUMBER
    return ""


def report_csv(figures: Figures, path: Path, *, station_name: str = "") -> None:
    """One CSV file (UTF-8 with a BOM, for Excel on a Chinese Windows): the report's lines,
    then each table as a section: its title, its headings, its rows, a blank line."""
    with (
        replacing(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig", newline="") as file,
    ):
        writer = csv.writer(file)
        writer.writerows(_csv_rows(figures, station_name))


def _csv_rows(figures: Figures, station_name: str) -> Iterator[list[Any]]:
    for label, value in report_info(figures, station_name):
        yield [label, value]
    for table in report_tables(figures):
        yield []
        yield [f"【{table.title}】"]
        yield list(table.headings)
        for row in table.rows:
            yield [_csv_value(value) for value in row]
        if table.note:
            yield [f"注：{table.note}"]


def _csv_value(cell: Cell) -> Any:
    return cell if isinstance(cell, str | int) else cell_text(cell)
