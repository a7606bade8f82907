"""一人的来访: every visit by the same person (same ID number, or same name and phone)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.domain.idnumber import mask
from desk.store.ledger import LedgerRow, same_person
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import shown

HEADINGS = (
    QT_TRANSLATE_NOOP("PersonDialog", "登记编号"),
    QT_TRANSLATE_NOOP("PersonDialog", "接待时间"),
    QT_TRANSLATE_NOOP("PersonDialog", "分类"),
    QT_TRANSLATE_NOOP("PersonDialog", "事项"),
)


class PersonDialog(QDialog):
    def __init__(self, session: Session, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self.setWindowTitle(self.tr("同一来访人的全部来访"))
        self.resize(760, 420)
        self.heading = QLabel()
        self.heading.setObjectName("personHeading")
        self.table = named(QTableWidget(0, len(HEADINGS)), "personVisits", self.tr("此人的来访"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADINGS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 130, 170)):
            self.table.setColumnWidth(column, width)
        close = named(QPushButton(self.tr("关闭")), "closePerson", self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        session.worker.submit(lambda db: same_person(db, visit_id), on_done=self._show)

    def _show(self, rows: list[LedgerRow]) -> None:
        if not rows:
            return
        person = rows[0]
        who = f"{person.visitor_name}　{mask(person.id_number)}".strip()
        self.heading.setText(
            self.tr("%1：共来访 %2 次（按身份证号，或姓名和电话相同）")
            .replace("%1", who)
            .replace("%2", str(len(rows)))
        )
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            category = "/".join(shown(c) for c in (row.category1, row.category2) if c)
            for column, value in enumerate((row.serial, row.received_at, category, row.subject)):
                self.table.setItem(number, column, QTableWidgetItem(value))
