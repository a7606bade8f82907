"""审计 (station head only): who did what and when, newest first, and a check of the whole
chain that names the first entry someone deleted, edited or moved."""

from __future__ import annotations

from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.store.audit import AuditEntry, ChainCheck, entries, verify
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import shown

PAGE = 200
BROKEN = QColor("#fce8e6")


class AuditPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.shown: list[AuditEntry] = []
        self.broken_at: int | None = None
        self.generation = 0
        title = QLabel(self.tr("审计"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        note = QLabel(
            self.tr("登录、查看检举控告类事项、登记、办理、打印、导出、导入、备份和恢复都记在这里。"
                    "每条记录都带着前一条的校验值，删改任何一条都能查出来。")
        )  # fmt: skip
        note.setWordWrap(True)
        self.check_button = named(
            QPushButton(self.tr("检查完整性")), "verifyAudit", self.tr("检查审计记录的完整性")
        )
        self.check_button.clicked.connect(self.check)
        refresh = named(QPushButton(self.tr("刷新")), "refreshAudit", self.tr("刷新审计记录"))
        refresh.clicked.connect(self.reload)
        self.result = QLabel()
        self.result.setObjectName("auditResult")
        self.result.setWordWrap(True)
        self.table = named(QTableWidget(0, 5), "auditTable", self.tr("审计记录"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("序号"),
                self.tr("时间"),
                self.tr("操作人"),
                self.tr("操作"),
                self.tr("对象和说明"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.more_button = named(
            QPushButton(self.tr("更早的记录")), "moreAudit", self.tr("更早的记录")
        )
        self.more_button.clicked.connect(self.load_more)

        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(refresh)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # what happened since the page was last looked at

    def reload(self) -> None:
        self.generation += 1  # pages still on their way belong to the old list
        self.shown = []
        self.table.setRowCount(0)
        self.load_more()

    def load_more(self) -> None:
        before = self.shown[-1].id if self.shown else None
        generation = self.generation
        self.more_button.setEnabled(False)
        self.session.worker.submit(
            lambda db: entries(db, limit=PAGE, before=before),
            on_done=lambda page: self._add(page, generation),
            owner=self,
        )

    def _add(self, page: list[AuditEntry], generation: int) -> None:
        if generation != self.generation:
            return
        start = len(self.shown)
        self.shown.extend(page)
        self.table.setRowCount(len(self.shown))
        for row, entry in enumerate(page, start):
            detail = message_text(entry.detail)  # written by the program: 启用账号, 手动备份 ...
            about = "　".join(part for part in (entry.target, detail) if part)
            when = entry.at[:19].replace("T", " ")
            for column, value in enumerate(
                (str(entry.id), when, entry.clerk, shown(entry.action), about)
            ):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._mark_broken()
        self.more_button.setEnabled(len(page) == PAGE)

    def check(self) -> None:
        self.check_button.setEnabled(False)
        self.result.setText(self.tr("正在检查……"))
        self.session.worker.submit(verify, on_done=self._checked, owner=self)

    def _checked(self, check: ChainCheck) -> None:
        self.check_button.setEnabled(True)
        self.broken_at = check.broken_at
        if check.intact:
            self.result.setStyleSheet("color: #137333;")
            self.result.setText(
                self.tr("完整：共 %1 条记录，没有发现删除或改动。").replace(
                    "%1", f"{check.entries:,}"
                )
            )
        else:
            self.result.setStyleSheet("color: #a50e0e; font-weight: bold;")
            self.result.setText(
                self.tr("审计记录被动过：%1").replace("%1", message_text(check.reason))
            )
        self._mark_broken()

    def _mark_broken(self) -> None:
        for row, entry in enumerate(self.shown):
            if entry.id == self.broken_at:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setBackground(BROKEN)
                self.table.scrollToItem(self.table.item(row, 0))
