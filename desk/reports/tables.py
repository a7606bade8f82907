"""The report's tables, made once from a Figures: the PDF, the XLSX and the CSV lay out these
same rows, so the three cannot disagree.

A cell is text, a whole number, a Rate (a share: numerator over denominator), a Change (a
signed difference) or a ChangeRatio (a signed share, or none).
"""

from __future__ import annotations

from dataclasses import dataclass

from desk.store.metrics import RATE_DEFINITIONS, Figures, Rate, Tally

NO_VALUE = "—"  # a rate whose denominator is 0
STATION = ("站点代码", "工作站")  # a township's tables name each station by code and name


@dataclass(frozen=True)
class Change:
    """This period less the one before."""

    value: int


@dataclass(frozen=True)
class ChangeRatio:
    """The change as a share of the period before; None when there was nothing before."""

    value: float | None


Cell = str | int | Rate | Change | ChangeRatio


@dataclass(frozen=True)
class ReportTable:
    key: str  # a stable name (sheet order, tests)
    title: str  # the heading, and the sheet's name
    headings: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


def percent_text(value: float | None, *, signed: bool = False) -> str:
    """A share as the report prints it: one decimal, e.g. 37.5%; "—" when there is none."""
    if value is None:
        return NO_VALUE
    return f"{value * 100:+.1f}%" if signed else f"{value * 100:.1f}%"


def cell_text(cell: Cell) -> str:
    """How a cell reads in the PDF and the CSV."""
    if isinstance(cell, Rate):
        return percent_text(cell.value)
    if isinstance(cell, Change):
        return f"{cell.value:+d}" if cell.value else "0"
    if isinstance(cell, ChangeRatio):
        return percent_text(cell.value, signed=True)
    return str(cell)


def month_label(month: str) -> str:
    """ "2026-03" as 2026年3月."""
    year, number = month.split("-")
    return f"{year}年{int(number)}月"


def _shares(
    tallies: tuple[Tally, ...], total: int, people: bool = True
) -> tuple[tuple[Cell, ...], ...]:
    if people:
        return tuple((t.label, t.visits, t.people, Rate(t.visits, total)) for t in tallies)
    return tuple((t.label, t.visits, Rate(t.visits, total)) for t in tallies)


def report_tables(figures: Figures) -> tuple[ReportTable, ...]:
    f = figures
    total = f.visits
    by = ("件数", "人数", "占比（件）")
    tables = [
        ReportTable(
            "summary",
            "概况",
            ("项目", "件数", "人数"),
            (
                ("来访", f.visits, f.people),
                *((t.label, t.visits, t.people) for t in (f.collective, f.repeat, f.leapfrog)),
                ("在办", f.open_cases, ""),
                ("其中超期", f.overdue_cases, ""),
            ),
            "人数为来访人数之和（人次）；在办为仍有期限在运行的事项（待办），超期为下一期限已过。",
        ),
        ReportTable(
            "rates",
            "办理指标",
            ("指标", "分子", "分母", "比率"),
            tuple(
                (definition.name, rate.numerator, rate.denominator, rate)
                for definition, rate in f.rates.items()
            ),
            "各项指标的分子、分母与期间归属见“口径说明”。",
        ),
        ReportTable("channel", "来源渠道", ("来源渠道", *by), _shares(f.by_channel, total)),
        ReportTable("kind", "事项性质", ("事项性质", *by), _shares(f.by_kind, total)),
        ReportTable("category", "内容分类", ("一级分类", *by), _shares(f.by_category, total)),
        ReportTable("village", "村（社区）", ("村（社区）", *by), _shares(f.by_village, total)),
        ReportTable(
            "state", "办理状态", ("状态", "件数", "占比（件）"), _shares(f.by_state, total, False)
        ),
        ReportTable(
            "trend",
            "月度趋势",
            ("月份", "件数"),
            tuple((month_label(m.month), m.visits) for m in f.trend),
            "统计期间最后一日所在月及其前11个月，按接待时间计。",
        ),
        ReportTable(
            "top_categories",
            "主要问题及变化",
            ("一级分类", "本期件数", "上期件数", "增减", "增减幅度"),
            tuple(
                (
                    c.category,
                    c.visits,
                    c.previous_visits,
                    Change(c.change),
                    ChangeRatio(c.change_ratio),
                )
                for c in f.top_categories
            ),
            f"上期：{f.previous_period.label}。",
        ),
        ReportTable(
            "follow_up",
            "回访评价",
            ("评价", "件数", "占比"),
            tuple(
                (v.view, v.cases, Rate(v.cases, f.rates.satisfaction.denominator))
                for v in f.follow_up_views
            ),
            "每件事项取最近一次回访。",
        ),
        ReportTable(
            "open_by_leader",
            "在办（按包案领导）",
            ("包案领导", "在办", "其中超期"),
            tuple((b.label, b.open, b.overdue) for b in f.open_by_leader),
        ),
        ReportTable(
            "open_by_office",
            "在办（按承办单位）",
            ("承办单位", "在办", "其中超期"),
            tuple((b.label, b.open, b.overdue) for b in f.open_by_office),
        ),
    ]
    if f.stations:
        tables += [
            ReportTable(
                "stations",
                "各站情况",
                (*STATION, "件数", "人数", "集体访", "重复访", "越级访", "在办", "超期"),
                tuple(
                    (
                        s.station_code,
                        s.name,
                        s.visits,
                        s.people,
                        s.collective,
                        s.repeat,
                        s.leapfrog,
                        s.open,
                        s.overdue,
                    )
                    for s in f.stations
                ),
            ),
            ReportTable(
                "station_rates",
                "各站办理指标",
                (*STATION, *(d.name for d in RATE_DEFINITIONS)),
                tuple(
                    (s.station_code, s.name, *(rate for _, rate in s.rates.items()))
                    for s in f.stations
                ),
            ),
        ]
    tables.append(
        ReportTable(
            "definitions",
            "口径说明",
            ("指标", "分子", "分母", "期间归属", "说明"),
            tuple(
                (d.name, d.numerator, d.denominator, d.counted_by, d.note) for d in RATE_DEFINITIONS
            ),
        )
    )
    return tuple(tables)
