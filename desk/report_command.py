"""`desk report`: the 统计 report of a period as a PDF, XLSX or CSV file (desk.cli wires it in).

The same figures and the same file as the 统计 page's 导出报表. Exit status as for every
command: 0 written, 1 refused (a township's station unknown, the file not writable), 2 wrong
arguments, 3 database not available.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from pathlib import Path
from typing import Any

from desk.cli import CommandError, _print, _station

EXIT_ARGUMENTS = 2


def add_command(commands: Any) -> None:
    report = commands.add_parser(
        "report",
        help="统计报表：一个时段的来访、办理指标、月度趋势等，存为 PDF、XLSX 或 CSV",
    )
    options = (
        ("--from", {"dest": "start", "type": _date, "metavar": "DATE",
                    "help": "开始日期（含），如 2026-10-01"}),
        ("--to", {"dest": "end", "type": _date, "metavar": "DATE",
                  "help": "结束日期（含），如 2026-10-31"}),
        ("--month", {"type": _month, "metavar": "YYYY-MM", "help": "一个月，如 2026-10"}),
        ("--quarter", {"type": _quarter, "metavar": "YYYYQn", "help": "一个季度，如 2026Q4"}),
        ("--year", {"type": _year, "metavar": "YYYY", "help": "一年，如 2026"}),
        ("--format", {"choices": ["pdf", "xlsx", "csv"],
                      "help": "文件格式（默认：按 --out 的扩展名，否则 pdf）"}),
        ("--out", {"type": Path, "metavar": "FILE",
                   "help": "写到这个文件（默认：当前文件夹，以工作站和时段命名）"}),
        ("--station", {"metavar": "CODE",
                       "help": "乡镇：只统计这个工作站（默认：全部，另列各站情况）"}),
        ("--today", {"type": _date, "metavar": "DATE",
                     "help": "统计日：状态和步骤算到这一天（默认今天）"}),
    )  # fmt: skip
    for flag, settings in options:
        report.add_argument(flag, **settings)


def handlers() -> dict[str, Any]:
    return {"report": _report}


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是“年-月-日”格式的日期") from None


def _month(text: str) -> Any:
    from desk.store.metrics import Period

    found = re.fullmatch(r"(\d{4})-(\d{1,2})", text.strip())
    if not found or not 1 <= int(found[2]) <= 12:
        raise argparse.ArgumentTypeError(f"“{text}”不是月份，应如 2026-10")
    return Period.month(int(found[1]), int(found[2]))


def _quarter(text: str) -> Any:
    from desk.store.metrics import Period

    found = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", text.strip())
    if not found:
        raise argparse.ArgumentTypeError(f"“{text}”不是季度，应如 2026Q4")
    return Period.quarter(int(found[1]), int(found[2]))


def _year(text: str) -> Any:
    from desk.store.metrics import Period

    if not re.fullmatch(r"\d{4}", text.strip()):
        raise argparse.ArgumentTypeError(f"“{text}”不是年份，应如 2026")
    return Period.year(int(text))


def _period(args: argparse.Namespace) -> Any:
    from desk.store.metrics import Period

    chosen = [p for p in (args.month, args.quarter, args.year) if p is not None]
    ranged = args.start is not None or args.end is not None
    if len(chosen) + ranged != 1:
        raise CommandError(
            "请给出一个时段：--from 和 --to，或 --month、--quarter、--year 之一", EXIT_ARGUMENTS
        )
    if chosen:
        return chosen[0]
    if args.start is None or args.end is None:
        raise CommandError("--from 和 --to 要一起给出", EXIT_ARGUMENTS)
    try:
        return Period(args.start, args.end)
    except ValueError as error:
        raise CommandError(str(error), EXIT_ARGUMENTS) from None


def _format(args: argparse.Namespace) -> Any:
    from desk.reports import ReportFormat

    if args.format:
        return ReportFormat(args.format)
    suffix = args.out.suffix.lower().lstrip(".") if args.out else ""
    return ReportFormat(suffix) if suffix in ("pdf", "xlsx", "csv") else ReportFormat.PDF


def _report(args: argparse.Namespace, opener: Any) -> int:
    from desk.reporting import default_file_name, reporting_name, save_report
    from desk.store.metrics import figures
    from desk.store.station_names import known_station

    period, report_format = _period(args), _format(args)
    db = opener.open(exclusive=False)  # a report may be drawn up while the window is open
    station = _station(db)
    viewer = opener.viewer(db)
    code = args.station.strip() if args.station else None
    if code is not None and not station.is_township:
        raise CommandError("--station 只在乡镇使用：工作站的数据库只有本站的来访")
    if code is not None and not known_station(db, code):
        raise CommandError(f"本机没有站点代码为 {code} 的工作站（未登记其公钥，也没有其来访记录）")
    now = dt.datetime.now()
    result = figures(db, period, today=args.today or now.date(), station_code=code)
    name = reporting_name(db, station, code)
    path = args.out or Path(default_file_name(result, name, report_format))
    try:
        save_report(db, result, path, report_format, name=name, clerk=viewer, now=now)
    except OSError as error:
        raise CommandError(f"无法写入 {path}：{error.strerror or error}") from None
    _print(f"已生成统计报表：{path}")
    _print(
        f"  {name}，{period.label}（{period.start}至{period.end}），统计日 {result.today}："
        f"来访 {result.visits:,} 件、{result.people:,} 人次，在办 {result.open_cases:,} 件，"
        f"其中超期 {result.overdue_cases:,} 件"
    )
    return 0
