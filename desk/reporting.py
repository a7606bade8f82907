"""统计 reports as the window's 导出报表 and `desk report` make them: whose report it is, and
the file written, then recorded in the audit trail."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.station import Clerk, Station
from desk.reports import ReportFormat, write_report
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.metrics import Figures
from desk.store.station_names import station_names

if TYPE_CHECKING:
    from sqlite_utils import Database


def reporting_name(db: Database, station: Station, station_code: str | None) -> str:
    """The name in the report's header: this computer's station (or township), or the one
    station a township's report is about (by its code when no name is known here)."""
    if station_code is None or station_code == station.code:
        return station.name
    return station_names(db, [station_code]).get(station_code, station_code)


def save_report(
    db: Database,
    figures: Figures,
    path: Path,
    report_format: ReportFormat,
    *,
    name: str,
    clerk: Clerk | None,
    now: dt.datetime,
) -> None:
    """Write the report (atomically: whole or not at all), then audit the export."""
    write_report(figures, path, report_format, station_name=name)
    scope = f"，站点{figures.station_code}" if figures.station_code else ""
    detail = f"统计报表{figures.period.label}（{report_format.value.upper()}{scope}） → {path}"
    audit(db, Audited.EXPORT, clerk=clerk, now=now, detail=detail)


def default_file_name(figures: Figures, name: str, report_format: ReportFormat) -> str:
    """e.g. 东风村群众工作站统计报表-2026年10月.pdf"""
    return f"{name}统计报表-{figures.period.label}.{report_format.value}"
