"""矛盾纠纷排查台账: the disputes the station's own screening found, before anyone petitioned;
each registered, given to someone responsible, resolved, visited again and struck off, or turned
into a case through the 登记 page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.disputes import (
    BECAME_CASE,
    HIGH_RISK,
    IN_HAND,
    STATUSES,
    Dispute,
    to_registration,
)
from desk.store.disputes import link_to_serial, list_disputes
from desk.ui.dialogs import open_dialog
from desk.ui.dispute_dialog import DisputeDialog
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.translations import speaks_source_language
from desk.ui.vocabulary import add_choices, shown

HIGH_RISK_COLOR = QColor("#b3261e")
LINKED_COLOR = QColor("#174ea6")
HINT_STYLE = "color: #555;"


def _one_line(dispute: Dispute) -> str:
    return dispute.entry.summary.replace("\n", " ")


# (heading, width, value); the 情况 column takes the room that is left. Screening, type, risk
# and status are the domain's words, shown translated.
COLUMNS: tuple[tuple[str, int, Callable[[Dispute], str]], ...] = (
    (QT_TRANSLATE_NOOP("DisputesPage", "排查日期"), 92, lambda d: d.entry.found_on),
    (QT_TRANSLATE_NOOP("DisputesPage", "排查类型"), 86, lambda d: shown(d.entry.screening)),
    (QT_TRANSLATE_NOOP("DisputesPage", "村（社区）"), 90, lambda d: d.entry.village),
    (QT_TRANSLATE_NOOP("DisputesPage", "纠纷类型"), 78, lambda d: shown(d.entry.dispute_type)),
    (QT_TRANSLATE_NOOP("DisputesPage", "当事人"), 150, lambda d: d.entry.parties),
    (QT_TRANSLATE_NOOP("DisputesPage", "简要情况"), 200, _one_line),
    (QT_TRANSLATE_NOOP("DisputesPage", "风险"), 44, lambda d: shown(d.entry.risk)),
    (QT_TRANSLATE_NOOP("DisputesPage", "责任人"), 72, lambda d: d.entry.responsible),
    (QT_TRANSLATE_NOOP("DisputesPage", "状态"), 96, lambda d: shown(d.entry.status)),
    (QT_TRANSLATE_NOOP("DisputesPage", "登记编号"), 180, lambda d: d.visit_serial),
)  # fmt: skip
# English words are longer (Medium, Land ownership, Responsible).
ENGLISH_WIDTHS = (92, 96, 80, 112, 150, 200, 62, 92, 96, 170)
PARTIES_COLUMN = 4
SUMMARY_COLUMN = 5
RISK_COLUMN = 6
STATUS_COLUMN = 8
SERIAL_COLUMN = 9


class DisputesPage(QWidget):
    # (dispute id, the 来访登记 form's starting values): the window switches to 登记, fills the
    # form and, once that visit is saved, calls link_visit(dispute id, serial).
    to_register = Signal(int, dict)
    changed = Signal()  # an entry was added, changed or linked

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disputesPage")
        self.session = session
        self.rows: list[Dispute] = []
        self._select_after_load: int | None = None
        self._build()
        self._update_buttons()
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        title = QLabel(self.tr("矛盾纠纷排查台账"))
        title.setObjectName("pageTitle")
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("disputesSummary")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(16)
        heading.addWidget(self.summary, 1)
        self.notice = QLabel()
        self.notice.setObjectName("disputesNotice")
        self.notice.setStyleSheet("color: #b3261e;")
        self.notice.hide()
        heading.addWidget(self.notice)

        self.status_filter = named(QComboBox(), "disputeStatusFilter", self.tr("办理状态"))
        self.status_filter.addItem(self.tr("办理状态：全部"), "")
        add_choices(self.status_filter, STATUSES)
        self.status_filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.add_button = named(QPushButton(self.tr("新增排查")), "addDispute", self.tr("新增排查"))
        self.edit_button = named(QPushButton(self.tr("编辑")), "editDispute", self.tr("编辑"))
        self.register_button = named(
            QPushButton(self.tr("转为来访登记")), "disputeToRegister", self.tr("转为来访登记")
        )
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_current)
        self.register_button.clicked.connect(self.register_current)
        tools = QHBoxLayout()
        tools.addWidget(self.status_filter)
        tools.addStretch(1)
        for button in (self.add_button, self.edit_button, self.register_button):
            tools.addWidget(button)

        self.table = named(QTableWidget(0, len(COLUMNS)), "disputesTable", self.tr("排查台账"))
        self.table.setHorizontalHeaderLabels([self.tr(heading) for heading, _, _ in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        widths = [width for _, width, _ in COLUMNS]
        for number, width in enumerate(widths if speaks_source_language() else ENGLISH_WIDTHS):
            self.table.setColumnWidth(number, width)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SUMMARY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())

        legend = QLabel(
            self.tr(
                "红色：高风险　经常性排查每半月或每月一次（村每周），节假日前和敏感时期集中排查"
                "　双击修改"
            )
        )
        legend.setObjectName("disputesLegend")
        legend.setWordWrap(True)  # English at a large font is wider than the screen
        legend.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again (after a change, or when the filter changes)."""
        status = self.status_filter.currentData() or None
        self.session.worker.submit(
            lambda db: list_disputes(db, status=status), on_done=self._show, owner=self
        )

    def _show(self, rows: list[Dispute]) -> None:
        keep = self._select_after_load
        if keep is None and self.current() is not None:
            keep = self.current().id
        self._select_after_load = None
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, dispute in enumerate(rows):
            for column, (_, _, value) in enumerate(COLUMNS):
                self.table.setItem(number, column, self._item(dispute, column, value(dispute)))
        open_count = sum(d.entry.status == IN_HAND for d in rows)
        high = sum(d.entry.risk == HIGH_RISK and d.entry.status == IN_HAND for d in rows)
        self.summary.setText(
            self.tr("共 %1 条，在办 %2 条，其中高风险 %3 条")
            .replace("%1", str(len(rows)))
            .replace("%2", str(open_count))
            .replace("%3", str(high))
        )
        row = next((n for n, d in enumerate(rows) if d.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self._update_buttons()

    def _item(self, dispute: Dispute, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, dispute.id)
        if column == PARTIES_COLUMN:
            item.setToolTip(dispute.entry.parties)
        elif column == SUMMARY_COLUMN:
            item.setToolTip(dispute.entry.summary)
        if column == RISK_COLUMN and dispute.entry.risk == HIGH_RISK:
            item.setForeground(QBrush(HIGH_RISK_COLOR))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        elif column == RISK_COLUMN:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if column in (STATUS_COLUMN, SERIAL_COLUMN) and dispute.entry.status == BECAME_CASE:
            item.setForeground(QBrush(LINKED_COLOR))
        return item

    def current(self) -> Dispute | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, dispute_id: int) -> None:
        row = next((n for n, d in enumerate(self.rows) if d.id == dispute_id), None)
        if row is not None:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        dispute = self.current()
        self.edit_button.setEnabled(dispute is not None)
        self.register_button.setEnabled(dispute is not None and not dispute.linked)
        self.register_button.setToolTip(
            self.tr("已转为信访事项（%1）").replace("%1", dispute.visit_serial)
            if dispute is not None and dispute.linked
            else self.tr("以这条纠纷为起点填写来访登记；保存后本条标为“已转信访事项”")
        )

    # --- actions --------------------------------------------------------------------------

    def add_entry(self) -> DisputeDialog:
        return self._open(DisputeDialog(self.session, None, self))

    def edit_current(self) -> DisputeDialog | None:
        dispute = self.current()
        if dispute is None:
            return None
        return self._open(DisputeDialog(self.session, dispute, self))

    def _open(self, dialog: DisputeDialog) -> DisputeDialog:
        dialog.saved.connect(self._entry_saved)
        open_dialog(dialog)
        return dialog

    def _entry_saved(self, dispute: Dispute) -> None:
        self._select_after_load = dispute.id
        self.refresh()
        self.changed.emit()

    def register_current(self) -> None:
        dispute = self.current()
        if dispute is not None and not dispute.linked:
            self.to_register.emit(dispute.id, to_registration(dispute))

    def link_visit(self, dispute_id: int, serial: str) -> None:
        """The visit registered from an entry was saved: note it on the entry (after the
        window's 登记 page says `saved`)."""
        now = self.session.clock()
        self._select_after_load = dispute_id
        self.session.worker.submit(
            lambda db: link_to_serial(db, dispute_id, serial, now=now),
            on_done=lambda _dispute: self._linked(),
            on_error=self._link_failed,
            owner=self,
        )

    def _linked(self) -> None:
        self.notice.hide()
        self.refresh()
        self.changed.emit()

    def _link_failed(self, error: Exception) -> None:
        self.notice.setText(
            self.tr("来访已登记，但未能标记排查记录：%1").replace("%1", message_text(str(error)))
        )
        self.notice.show()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
