"""待办: every open case with its next deadline, the most urgent first; amber when due within
three days, red when overdue. A case never slips out of sight."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.deadlines import DUE_SOON_DAYS
from desk.domain.search_query import parse_query
from desk.domain.visit import KINDS
from desk.store.ledger import OPEN, Filters, LedgerRow, Order, Search
from desk.ui.dialogs import open_dialog
from desk.ui.ledger_model import Column, Field, LedgerModel, Word
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.translations import speaks_source_language
from desk.ui.visit_detail import VisitDetailDialog
from desk.ui.vocabulary import add_choices

OVERDUE = QColor("#fce8e6")
DUE_SOON = QColor("#fef7e0")
WIDTHS = (92, 82, 170, 50, 178, 72, 220, 90, 80, 110)
ENGLISH_WIDTHS = (92, 104, 160, 70, 168, 72, 220, 90, 80, 110)  # "12 d overdue", "Township"
LEVELS = {
    "station": QT_TRANSLATE_NOOP("TodoPage", "本站"),
    "township": QT_TRANSLATE_NOOP("TodoPage", "乡镇"),
}


def days_left(row: LedgerRow, today: dt.date) -> int:
    return (dt.date.fromisoformat(row.next_due or today.isoformat()) - today).days


@dataclass(frozen=True)
class DaysLeft(Column):
    clock: Callable[[], dt.datetime] = field(default=dt.datetime.now)

    def value(self, row: LedgerRow) -> str:
        left = days_left(row, self.clock().date())
        if left < 0:
            return QCoreApplication.translate("TodoPage", "超期%1天").replace("%1", str(-left))
        if left == 0:
            return QCoreApplication.translate("TodoPage", "今天到期")
        return QCoreApplication.translate("TodoPage", "还有%1天").replace("%1", str(left))


@dataclass(frozen=True)
class Whose(Column):
    def value(self, row: LedgerRow) -> str:
        level = LEVELS.get(row.next_due_level)
        return QCoreApplication.translate("TodoPage", level) if level else row.next_due_level


@dataclass(frozen=True)
class Due(Column):
    """What a deadline asks for, a sentence of the domain's (书面告知是否受理（国土所）)."""

    def value(self, row: LedgerRow) -> str:
        return message_text(row.next_due_what)


class TodoPage(QWidget):
    counts_may_have_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoPage")
        self.session = session
        columns: tuple[Column, ...] = (
            Field(QT_TRANSLATE_NOOP("columns", "时限"), Order.DUE, "next_due"),
            DaysLeft(QT_TRANSLATE_NOOP("columns", "剩余"), None, clock=session.clock),
            Due(QT_TRANSLATE_NOOP("columns", "时限事项"), None),
            Whose(QT_TRANSLATE_NOOP("columns", "谁办"), None),
            Field(QT_TRANSLATE_NOOP("columns", "登记编号"), Order.REGISTERED, "serial"),
            Field(QT_TRANSLATE_NOOP("columns", "来访人"), Order.NAME, "visitor_name"),
            Field(QT_TRANSLATE_NOOP("columns", "事项"), None, "subject"),
            Word(QT_TRANSLATE_NOOP("columns", "状态"), None, "state"),
            Field(QT_TRANSLATE_NOOP("columns", "包案领导"), None, "leader"),
            Field(QT_TRANSLATE_NOOP("columns", "承办单位"), None, "office"),
        )
        self.model = LedgerModel(
            session.worker, self, columns=columns, tint=self._tint, viewer=session.clerk
        )
        self._pause = QTimer(self, singleShot=True, interval=250)
        self._pause.timeout.connect(self.refresh)
        self._build()
        self.model.counted.connect(self._counted)
        self.refresh()

    def _build(self) -> None:
        title = QLabel(self.tr("待办"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("todoSummary")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.summary, 1)

        self.only_overdue = named(
            QCheckBox(self.tr("只看已超期")), "onlyOverdue", self.tr("只看已超期")
        )
        self.leader = named(QLineEdit(), "filterLeader", self.tr("包案领导"))
        self.leader.setPlaceholderText(self.tr("包案领导"))
        self.office = named(QLineEdit(), "filterOffice", self.tr("承办单位"))
        self.office.setPlaceholderText(self.tr("承办单位"))
        self.category = named(QComboBox(), "todoCategory", self.tr("一级分类"))
        self.category.addItem(self.tr("一级分类：全部"), "")
        add_choices(self.category, self.session.categories.first_level)
        self.kind = named(QComboBox(), "todoKind", self.tr("事项性质"))
        self.kind.addItem(self.tr("事项性质：全部"), "")
        add_choices(self.kind, KINDS)
        self.only_overdue.toggled.connect(self._pause.start)
        for edit in (self.leader, self.office):
            edit.textChanged.connect(self._pause.start)
        for combo in (self.category, self.kind):
            combo.currentIndexChanged.connect(self._pause.start)
        filters = QHBoxLayout()
        for widget in (self.only_overdue, self.leader, self.office, self.category, self.kind):
            filters.addWidget(widget)
        filters.addStretch(1)

        self.table = named(QTableView(), "todoTable", self.tr("待办事项"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        widths = WIDTHS if speaks_source_language() else ENGLISH_WIDTHS
        for number, width in enumerate(widths):
            self.table.setColumnWidth(number, width)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

        legend = QLabel(
            self.tr("红色：已超期　黄色：%1天内到期　双击打开事项办理").replace(
                "%1", str(DUE_SOON_DAYS)
            )
        )
        legend.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

    def _tint(self, row: LedgerRow) -> QColor | None:
        left = days_left(row, self.session.clock().date())
        if left < 0:
            return OVERDUE
        return DUE_SOON if left <= DUE_SOON_DAYS else None

    def refresh(self) -> None:
        """Read the open cases again (after a step, a save, or when the day changes)."""
        self._pause.stop()
        today = self.session.clock().date()
        filters = Filters(
            state=OPEN,
            overdue_on=today if self.only_overdue.isChecked() else None,
            leader=self.leader.text().strip(),
            office=self.office.text().strip(),
            category1=self.category.currentData() or "",
            kind=self.kind.currentData() or "",
        )
        self.model.set_search(Search(parse_query(""), filters, Order.DUE, descending=False))
        self.counts_may_have_changed.emit()

    def _counted(self, total: int) -> None:
        self.summary.setText(self.tr("未办结 %1 件").replace("%1", f"{total:,}"))

    def open_current(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            dialog = VisitDetailDialog(self.session, row.serial, self)
            dialog.case_changed.connect(lambda _case: self.refresh())
            open_dialog(dialog)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()  # the day may have changed since the page was last shown
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
