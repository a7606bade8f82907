"""统计: the figures of a period as tables and charts, and the report to export.

Everything shown comes from one Figures (desk.store.metrics), computed on the database
thread; the tables are the report's own (desk.reports.tables), so the screen, the PDF and the
workbook agree. A township also picks one station, or sees all with a row per station.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStandardPaths, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desk.reporting import default_file_name, reporting_name, save_report
from desk.reports import ReportFormat
from desk.reports.tables import ReportTable, report_tables
from desk.store.metrics import Figures, Period, figures
from desk.store.station_names import stations_here
from desk.ui import statistics_charts as charts
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.period_picker import PeriodPicker
from desk.ui.report_table import add_definition_buttons, table_widget
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database

HINT_STYLE = "color: #555;"
# The tables under each heading, two to a row (a long one on a row of its own).
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("StatisticsPage", "来源与性质"), ("channel", "kind")),
    (QT_TRANSLATE_NOOP("StatisticsPage", "内容分类与村（社区）"), ("category", "village")),
    (QT_TRANSLATE_NOOP("StatisticsPage", "主要问题及变化"), ("top_categories",)),
    (QT_TRANSLATE_NOOP("StatisticsPage", "办理状态与回访评价"), ("state", "follow_up")),
    (QT_TRANSLATE_NOOP("StatisticsPage", "在办事项（超期以统计日计）"),
     ("open_by_leader", "open_by_office")),
    (QT_TRANSLATE_NOOP("StatisticsPage", "月度趋势"), ("trend",)),
    (QT_TRANSLATE_NOOP("StatisticsPage", "各站情况"), ("stations", "station_rates")),
)  # fmt: skip
WIDE = {"top_categories", "stations", "station_rates"}
FORMATS = ((QT_TRANSLATE_NOOP("StatisticsPage", "导出PDF…"), ReportFormat.PDF),
           (QT_TRANSLATE_NOOP("StatisticsPage", "导出Excel…"), ReportFormat.XLSX),
           (QT_TRANSLATE_NOOP("StatisticsPage", "导出CSV…"), ReportFormat.CSV))  # fmt: skip


@dataclass(frozen=True)
class Shown:
    """What the page shows: the figures, the report's tables, and whose report it is."""

    figures: Figures
    tables: tuple[ReportTable, ...]
    name: str


class StatisticsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsPage")
        self.session = session
        self.shown: Shown | None = None
        self.tables: dict[str, QTableWidget] = {}
        self._asked = 0  # the latest request: an older answer arriving late is dropped
        self._pause = QTimer(self, singleShot=True, interval=200)
        self._pause.timeout.connect(self.refresh)
        self._build()

    def _build(self) -> None:
        title = QLabel(self.tr("统计"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.picker = PeriodPicker(self.session.clock().date())
        self.picker.changed.connect(self._pause.start)
        self.station = named(QComboBox(), "reportStation", self.tr("工作站"))
        self.station.addItem(self.tr("全部工作站"), None)
        self.station.currentIndexChanged.connect(self._pause.start)
        self.station.setVisible(self.session.station.is_township)
        self.export_buttons = []
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.picker)
        top.addWidget(self.station)
        top.addStretch(1)
        for label, report_format in FORMATS:
            button = named(QPushButton(self.tr(label)), f"report{report_format.value.title()}",
                           self.tr(label).rstrip("…"))  # fmt: skip
            button.clicked.connect(lambda _=False, f=report_format: self.choose_export(f))
            button.setEnabled(False)
            self.export_buttons.append(button)
            top.addWidget(button)
        self.status = QLabel()
        self.status.setObjectName("statisticsStatus")
        self.status.setStyleSheet(HINT_STYLE)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(QWidget())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.scroll, 1)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()  # nothing is read before the page is opened; then, what changed since

    # --- computing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the chosen period's figures on the database thread."""
        self._pause.stop()
        period = self.picker.period()
        if period is None:
            self.status.setText(self.tr("结束日期不能早于开始日期。"))
            return
        self._asked += 1
        asked, today = self._asked, self.session.clock().date()
        station, code = self.session.station, self.station.currentData()
        read_stations = station.is_township  # a sync file may have brought a new one

        def compute(db: Database) -> tuple[Shown, list[tuple[str, str]] | None]:
            result = figures(db, period, today=today, station_code=code)
            shown = Shown(result, report_tables(result), reporting_name(db, station, code))
            return shown, (stations_here(db) if read_stations else None)

        self.status.setText(self.tr("正在统计%1……").replace("%1", period.label))
        self.session.worker.submit(
            compute,
            on_done=lambda answer: self._computed(asked, *answer),
            on_error=self._failed,
            owner=self,
        )

    def _computed(self, asked: int, shown: Shown, stations: list[tuple[str, str]] | None) -> None:
        if stations is not None:
            self._list_stations(stations)
        if asked != self._asked:
            return  # the clerk has chosen another period meanwhile
        self.show_figures(shown)

    def _failed(self, error: Exception) -> None:
        self.status.setText(self.tr("统计失败：%1").replace("%1", str(error)))

    def _list_stations(self, stations: list[tuple[str, str]]) -> None:
        """全部工作站, then each station by name and code; the one chosen stays chosen."""
        chosen = self.station.currentData()
        self.station.blockSignals(True)
        while self.station.count() > 1:
            self.station.removeItem(1)
        for code, name in stations:
            self.station.addItem(f"{name}（{code}）" if name else code, code)
        self.station.setCurrentIndex(max(0, self.station.findData(chosen)))
        self.station.blockSignals(False)

    # --- showing --------------------------------------------------------------------------

    def show_figures(self, shown: Shown) -> None:
        self.shown = shown
        f = shown.figures
        self.status.setText(
            self.tr("%1　%2至%3　统计日 %4　来访 %5 件 %6 人次（状态和步骤算至统计日；上期为%7）")
            .replace("%1", shown.name)
            .replace("%2", f.period.start.isoformat())
            .replace("%3", f.period.end.isoformat())
            .replace("%4", f.today.isoformat())
            .replace("%5", f"{f.visits:,}")
            .replace("%6", f"{f.people:,}")
            .replace("%7", message_text(f.previous_period.label))
        )
        tables = {table.key: table for table in shown.tables}
        self.tables = {}
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._overview(f, tables))
        layout.addWidget(self._charts(f))
        for heading, keys in SECTIONS:
            present = [key for key in keys if key in tables]
            if present:
                layout.addWidget(self._section(heading, [tables[k] for k in present]))
        layout.addStretch(1)
        self.scroll.setWidget(content)  # the old content goes with its widgets
        for button in self.export_buttons:
            button.setEnabled(True)

    def _overview(self, f: Figures, tables: dict[str, ReportTable]) -> QHBoxLayout:
        """概况 and the rates, each rate with its definition one click away, and their chart."""
        row = QHBoxLayout()
        summary = self._box(self.tr("概况"), [tables["summary"]])
        rates_box = self._box(self.tr("办理指标"), [tables["rates"]])
        add_definition_buttons(self.tables["rates"])
        rates_box.layout().addWidget(_hint(self.tr("点 ⓘ 查看每项指标的分子、分母和期间归属。")))
        row.addWidget(summary, 2)
        row.addWidget(rates_box, 3)
        chart = charts.rates_chart(f, self.tr("办理指标（%）"))
        row.addWidget(chart, 3)
        return row

    def _charts(self, f: Figures) -> QGroupBox:
        box = QGroupBox(self.tr("图表"))
        grid = QGridLayout(box)
        grid.addWidget(charts.trend_chart(f, self.tr("近12个月来访件数")), 0, 0, 1, 2)
        grid.addWidget(charts.channel_chart(f, self.tr("来源渠道（件）")), 1, 0)
        grid.addWidget(charts.kind_chart(f, self.tr("事项性质（件）")), 1, 1)
        title = self.tr("主要问题（件）：本期与上期")
        grid.addWidget(charts.category_chart(f, title), 2, 0, 1, 2)
        return box

    def _section(self, heading: str, tables: list[ReportTable]) -> QGroupBox:
        box = QGroupBox(self.tr(heading))
        grid = QGridLayout(box)
        column = row = 0
        for table in tables:
            inner = QVBoxLayout()
            inner.addWidget(QLabel(message_text(table.title)))
            self._add_table(inner, table)
            inner.addStretch(1)
            wide = table.key in WIDE
            if wide and column:
                row, column = row + 1, 0
            grid.addLayout(inner, row, column, 1, 2 if wide else 1)
            column = 0 if wide or column else 1
            row += 1 if column == 0 else 0
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return box

    def _box(self, heading: str, tables: list[ReportTable]) -> QGroupBox:
        box = QGroupBox(heading)
        layout = QVBoxLayout(box)
        for table in tables:
            self._add_table(layout, table)
        layout.addStretch(1)
        return box

    def _add_table(self, layout: QVBoxLayout, table: ReportTable) -> None:
        """The table, kept by its key (tests and the ⓘ buttons find it), and its note."""
        widget = table_widget(table)
        self.tables[table.key] = widget
        layout.addWidget(widget)
        if table.note:
            note = message_text(table.note)
            layout.addWidget(_hint(self.tr("注：%1").replace("%1", note)))

    # --- export ---------------------------------------------------------------------------

    def choose_export(self, report_format: ReportFormat) -> None:
        if self.shown is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = default_file_name(self.shown.figures, self.shown.name, report_format)
        suffix = report_format.value
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出报表"), str(Path(folder) / name), f"{suffix.upper()} (*.{suffix})"
        )
        if path:
            self.export_to(Path(path), report_format)

    def export_to(self, path: Path, report_format: ReportFormat) -> None:
        """Write the report of what the page shows, on the database thread."""
        shown = self.shown
        if shown is None:
            return
        for button in self.export_buttons:
            button.setEnabled(False)
        clerk, now = self.session.clerk, self.session.clock()

        def write(db: Database) -> Path:
            save_report(db, shown.figures, path, report_format, name=shown.name, clerk=clerk,
                        now=now)  # fmt: skip
            return path

        self.session.worker.submit(
            write, on_done=self._exported, on_error=self._export_failed, owner=self
        )

    def _exported(self, path: Path) -> None:
        self._export_done()
        self.status.setText(self.tr("已导出报表：%1").replace("%1", str(path)))

    def _export_failed(self, error: Exception) -> None:
        self._export_done()
        QMessageBox.critical(
            self, self.tr("导出报表"), self.tr("导出失败：%1").replace("%1", str(error))
        )

    def _export_done(self) -> None:
        for button in self.export_buttons:
            button.setEnabled(True)

    def choose(self, period: Period) -> None:
        """Show `period` and compute it now (tests, scripts)."""
        self.picker.set_period(period)
        self.refresh()


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
