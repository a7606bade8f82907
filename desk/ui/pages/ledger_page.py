"""台账: find any visit by what the visitor offers; a person's history; the ledger as a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk.domain.search_query import Kind, parse_query
from desk.domain.visit import CHANNELS, KINDS
from desk.domain.workflow import CaseState
from desk.ledger_export import ExportFormat, export_ledger
from desk.store.ledger import CLOSED, OPEN, Filters, Search
from desk.ui.dialogs import open_dialog
from desk.ui.fitting import compact
from desk.ui.highlight import HighlightDelegate
from desk.ui.ledger_model import COLUMNS, LedgerModel
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.person_dialog import PersonDialog
from desk.ui.session import Session
from desk.ui.translations import speaks_source_language
from desk.ui.visit_detail import VisitDetailDialog
from desk.ui.vocabulary import add_choices

TYPING_PAUSE_MS = 250
WIDTHS = (178, 125, 72, 140, 100, 80, 70, 84, 130, 180, 60, 84)
# English words are longer: the channel, kind and state take room from the serial and dates.
ENGLISH_WIDTHS = (168, 116, 72, 140, 100, 80, 84, 96, 130, 180, 60, 92)
COLUMN_INDEX = {column.heading: number for number, column in enumerate(COLUMNS)}


class LedgerPage(QWidget):
    export_progress = Signal(int, int)  # emitted on the database thread, shown on the UI's

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ledgerPage")
        self.session = session
        self.model = LedgerModel(session.worker, self, viewer=session.clerk)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.search_now)
        self._build()
        self.model.counted.connect(self._show_count)
        self.model.first_page_shown.connect(self._first_page_shown)
        self.export_progress.connect(self._progress)
        self.search_now()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("台账"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.box = named(QLineEdit(), "ledgerSearch", self.tr("查找"))
        self.box.setPlaceholderText(
            self.tr("姓名或拼音首字母、身份证号或电话（可只输后4位）、登记编号、事项中的词")
        )
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._pause.start)
        self.box.returnPressed.connect(self.open_current)
        self.count = QLabel()
        self.count.setObjectName("ledgerCount")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.box, 1)
        heading.addWidget(self.count)

        self.table = named(QTableView(), "ledgerTable", self.tr("来访台账"))
        self.table.setModel(self.model)
        self.delegate = HighlightDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().hide()
        widths = WIDTHS if speaks_source_language() else ENGLISH_WIDTHS
        for number, width in enumerate(widths):
            self.table.setColumnWidth(number, width)
        subject = COLUMN_INDEX["事项"]
        self.table.horizontalHeader().setSectionResizeMode(subject, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.open_current())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_current)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        person = named(
            QPushButton(self.tr("此人的全部来访")), "personHistory", self.tr("此人的全部来访")
        )
        person.clicked.connect(self.show_person)
        to_xlsx = named(QPushButton(self.tr("导出Excel…")), "exportXlsx", self.tr("导出Excel"))
        to_csv = named(QPushButton(self.tr("导出CSV…")), "exportCsv", self.tr("导出CSV"))
        to_xlsx.clicked.connect(lambda: self.choose_export(ExportFormat.XLSX))
        to_csv.clicked.connect(lambda: self.choose_export(ExportFormat.CSV))
        self.export_buttons = (to_xlsx, to_csv)
        footer = QHBoxLayout()
        footer.addWidget(person)
        footer.addStretch(1)
        footer.addWidget(self.progress)
        footer.addWidget(to_xlsx)
        footer.addWidget(to_csv)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(self._filters())
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.by_date = named(QCheckBox(self.tr("接待日期")), "filterByDate", self.tr("按接待日期"))
        today = self.session.clock().date()
        self.date_from = named(
            QDateEdit(QDate(today.year, 1, 1)), "filterFrom", self.tr("起始日期")
        )
        self.date_to = named(QDateEdit(QDate(today)), "filterTo", self.tr("截止日期"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._pause.start)
        self.by_date.toggled.connect(self._pause.start)
        self.category = self._choice(
            "filterCategory", self.tr("一级分类"), self.session.categories.first_level
        )
        self.kind = self._choice("filterKind", self.tr("事项性质"), KINDS)
        self.channel = self._choice("filterChannel", self.tr("来源渠道"), CHANNELS)
        self.state = named(QComboBox(), "filterState", self.tr("办理状态"))
        self.state.addItem(self.tr("状态：全部"), "")
        add_choices(
            self.state,
            (OPEN, CLOSED, *(s.value for s in CaseState if s is not CaseState.UNREGISTERED)),
        )
        compact(self.state)
        self.state.currentIndexChanged.connect(self._pause.start)
        self.overdue = named(QCheckBox(self.tr("超期")), "filterOverdue", self.tr("超期"))
        self.overdue.toggled.connect(self._pause.start)
        self.village = named(QLineEdit(), "filterVillage", self.tr("村（社区）"))
        self.village.setPlaceholderText(self.tr("村（社区）"))
        self.village.setMaximumWidth(110)
        self.village.textChanged.connect(self._pause.start)
        self.flags = {}
        for name, label in (
            ("repeat", self.tr("重复")),
            ("collective", self.tr("集体")),
            ("leapfrog", self.tr("越级")),
            ("urgent", self.tr("紧急")),
        ):
            box = named(QCheckBox(label), f"filter{name.title()}", label)
            box.toggled.connect(self._pause.start)
            self.flags[name] = box
        row.addWidget(self.by_date)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("至")))
        row.addWidget(self.date_to)
        for widget in (
            self.category, self.kind, self.channel, self.state, self.village,
            *self.flags.values(), self.overdue,
        ):  # fmt: skip
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _choice(self, object_name: str, label: str, options: tuple[str, ...]) -> QComboBox:
        combo = named(QComboBox(), object_name, label)
        combo.addItem(self.tr("%1：全部").replace("%1", label), "")
        add_choices(combo, options)
        compact(combo)
        combo.currentIndexChanged.connect(self._pause.start)
        return combo

    # --- searching ------------------------------------------------------------------------

    def current_filters(self) -> Filters:
        dates: dict[str, dt.date | None] = {"received_from": None, "received_to": None}
        if self.by_date.isChecked():
            dates = {
                "received_from": self.date_from.date().toPython(),
                "received_to": self.date_to.date().toPython(),
            }
        return Filters(
            **dates,
            category1=self.category.currentData() or "",
            kind=self.kind.currentData() or "",
            channel=self.channel.currentData() or "",
            village=self.village.text().strip(),
            state=self.state.currentData() or "",
            overdue_on=self.session.clock().date() if self.overdue.isChecked() else None,
            **{name: box.isChecked() for name, box in self.flags.items()},
        )

    def search_now(self) -> None:
        self._pause.stop()
        query = parse_query(self.box.text())
        current = self.model.search
        order = (current.order, current.descending) if current else None
        search = Search(query, self.current_filters())
        if order:
            search = Search(query, search.filters, order[0], descending=order[1])
        self.delegate.terms = _highlights(query)
        self.count.setText(self.tr("查找中……"))
        self.model.set_search(search)

    def _first_page_shown(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("共 %1 条").replace("%1", f"{total:,}"))

    # --- opening a visit, a person --------------------------------------------------------

    def current_row(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            open_dialog(VisitDetailDialog(self.session, row.serial, self))

    def show_person(self) -> None:
        row = self.current_row()
        if row is not None:
            open_dialog(PersonDialog(self.session, row.id, self))

    # --- export ---------------------------------------------------------------------------

    def choose_export(self, export_format: ExportFormat) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suffix, name = export_format.value, self.tr("来访台账")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("导出台账"),
            str(Path(folder) / f"{name}-{self.session.clock():%Y%m%d}.{suffix}"),
            f"{suffix.upper()} (*.{suffix})",
        )
        if path:
            self.export_to(Path(path), export_format)

    def export_to(self, path: Path, export_format: ExportFormat) -> None:
        search = self.model.search
        if search is None:
            return
        for button in self.export_buttons:
            button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        viewer, now = self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: export_ledger(
                db, search, path, export_format, self.export_progress.emit, viewer=viewer, now=now
            ),
            on_done=lambda written: self._exported(path, written),
            on_error=self._export_failed,
            owner=self,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _exported(self, path: Path, written: int) -> None:
        self._export_done()
        self.count.setText(
            self.tr("已导出 %1 条到 %2").replace("%1", f"{written:,}").replace("%2", str(path))
        )

    def _export_failed(self, error: Exception) -> None:
        self._export_done()
        QMessageBox.critical(
            self,
            self.tr("导出台账"),
            self.tr("导出失败：%1").replace("%1", message_text(str(error))),
        )

    def _export_done(self) -> None:
        self.progress.hide()
        for button in self.export_buttons:
            button.setEnabled(True)


def _highlights(query) -> dict[int, list[str]]:
    """Which words to mark in which column for this query."""
    marks: dict[int, list[str]] = {}
    for reading in query.interpretations:
        if reading.kind is Kind.NAME_PREFIX:
            marks.setdefault(COLUMN_INDEX["姓名"], []).append(reading.value)
        elif reading.kind is Kind.TEXT:
            marks.setdefault(COLUMN_INDEX["事项"], []).extend(query.text.split())
        elif reading.kind in (Kind.ID_TAIL,) and len(reading.value) == 4:
            marks.setdefault(COLUMN_INDEX["身份证号"], []).append(reading.value)
        elif reading.kind is Kind.PHONE_TAIL and len(reading.value) == 4:
            marks.setdefault(COLUMN_INDEX["联系电话"], []).append(reading.value)
        elif reading.kind in (Kind.SERIAL, Kind.SERIAL_TAIL):
            marks.setdefault(COLUMN_INDEX["登记编号"], []).append(reading.value)
    return marks
