"""Statistics reports (统计报表): one Figures as a PDF, an XLSX workbook or a CSV file.

No database and no Qt here: the figures come from desk.store.metrics, and all three formats
lay out the same tables (desk.reports.tables).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from desk.atomic_file import write_atomically
from desk.reports.pdf import report_pdf
from desk.reports.spreadsheet import report_csv, report_xlsx
from desk.store.metrics import Figures

__all__ = ["ReportFormat", "report_csv", "report_pdf", "report_xlsx", "write_report"]


class ReportFormat(StrEnum):
    PDF = "pdf"
    XLSX = "xlsx"
    CSV = "csv"


def write_report(
    figures: Figures, path: Path, report_format: ReportFormat, *, station_name: str
) -> None:
    """The report in `report_format` at `path`, written atomically (for `desk report` and the
    统计 page's 导出报表)."""
    if report_format is ReportFormat.PDF:
        pdf = report_pdf(figures, station_name=station_name, period_label=figures.period.label)
        write_atomically(Path(path), pdf)
    elif report_format is ReportFormat.XLSX:
        report_xlsx(figures, Path(path), station_name=station_name)
    else:
        report_csv(figures, Path(path), station_name=station_name)
