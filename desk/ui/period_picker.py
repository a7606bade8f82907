"""Choosing the period of a report: a month, a quarter, a year, or any run of days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from desk.store.metrics import Period, PeriodKind
from desk.ui.naming import named

QUARTERS = (
    QT_TRANSLATE_NOOP("PeriodPicker", "第一季度"),
    QT_TRANSLATE_NOOP("PeriodPicker", "第二季度"),
    QT_TRANSLATE_NOOP("PeriodPicker", "第三季度"),
    QT_TRANSLATE_NOOP("PeriodPicker", "第四季度"),
)


class PeriodPicker(QWidget):
    """Emits `changed` whenever the period it shows changes."""

    changed = Signal()

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = named(QComboBox(), "periodKind", self.tr("统计时段"))
        for label, kind in (
            (self.tr("月"), PeriodKind.MONTH),
            (self.tr("季度"), PeriodKind.QUARTER),
            (self.tr("年"), PeriodKind.YEAR),
            (self.tr("自定义"), PeriodKind.RANGE),
        ):
            self.kind.addItem(label, kind.value)
        self.year = named(QSpinBox(), "periodYear", self.tr("年份"))
        self.year.setRange(2000, 2100)
        self.year.setSuffix(self.tr(" 年"))
        self.year.setValue(today.year)
        self.month = named(QComboBox(), "periodMonth", self.tr("月份"))
        for number in range(1, 13):
            self.month.addItem(self.tr("%1月").replace("%1", str(number)), number)
        self.month.setCurrentIndex(today.month - 1)
        self.quarter = named(QComboBox(), "periodQuarter", self.tr("季度"))
        for number, label in enumerate(QUARTERS, start=1):
            self.quarter.addItem(self.tr(label), number)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        first = QDate(today.year, today.month, 1)
        self.start = self._date_edit("periodStart", self.tr("开始日期"), first)
        self.end = self._date_edit("periodEnd", self.tr("结束日期"), QDate(today))
        self.to_label = QLabel(self.tr("至"))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind, self.year, self.month, self.quarter, self.start,
                       self.to_label, self.end):  # fmt: skip
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self.changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(self.changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.changed)
        self._kind_changed()

    def _date_edit(self, object_name: str, label: str, date: QDate) -> QDateEdit:
        edit = named(QDateEdit(date), object_name, label)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _kind_changed(self) -> None:
        kind = PeriodKind(self.kind.currentData())
        self.year.setVisible(kind is not PeriodKind.RANGE)
        self.month.setVisible(kind is PeriodKind.MONTH)
        self.quarter.setVisible(kind is PeriodKind.QUARTER)
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(kind is PeriodKind.RANGE)
        self.changed.emit()

    def period(self) -> Period | None:
        """The period chosen; None while a range ends before it starts."""
        kind, year = PeriodKind(self.kind.currentData()), self.year.value()
        if kind is PeriodKind.MONTH:
            return Period.month(year, self.month.currentData())
        if kind is PeriodKind.QUARTER:
            return Period.quarter(year, self.quarter.currentData())
        if kind is PeriodKind.YEAR:
            return Period.year(year)
        start, end = self.start.date().toPython(), self.end.date().toPython()
        return Period(start, end) if start <= end else None

    def set_period(self, period: Period) -> None:
        """Show `period` (a month, quarter or year as such; anything else as a range)."""
        kind = period.kind
        self.blockSignals(True)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.year.setValue(period.start.year)
        self.month.setCurrentIndex(period.start.month - 1)
        self.quarter.setCurrentIndex((period.start.month - 1) // 3)
        self.start.setDate(QDate(period.start))
        self.end.setDate(QDate(period.end))
        self.blockSignals(False)
        self._kind_changed()
