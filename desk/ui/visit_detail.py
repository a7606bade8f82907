"""A registered visit, read back: what was recorded, and its slip (补打回执)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.visit import LABELS, VisitRecord
from desk.store.visits import visit_by_serial
from desk.ui.dialogs import open_dialog
from desk.ui.naming import named
from desk.ui.session import Session


class VisitDetailDialog(QDialog):
    def __init__(self, session: Session, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.serial = serial
        self.record: VisitRecord | None = None
        self.setObjectName("visitDetail")
        self.setWindowTitle(self.tr("来访登记 - %1").replace("%1", serial))
        self.resize(560, 640)
        self.fields = QFormLayout()
        self.reprint_button = named(
            QPushButton(self.tr("补打回执")), "reprintReceipt", self.tr("补打回执")
        )
        self.reprint_button.setEnabled(False)
        self.reprint_button.clicked.connect(self.open_receipt)
        close = named(QPushButton(self.tr("关闭")), "closeDetail", self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.fields)
        layout.addStretch(1)
        layout.addLayout(buttons)
        session.worker.submit(lambda db: visit_by_serial(db, serial), on_done=self._show)

    def _show(self, record: VisitRecord | None) -> None:
        if record is None:
            self.fields.addRow(
                QLabel(self.tr("没有登记编号为 %1 的记录").replace("%1", self.serial))
            )
            return
        self.record = record
        self.fields.addRow(self.tr("登记编号"), QLabel(record.serial))
        self.fields.addRow(self.tr("接待人"), QLabel(record.clerk_name))
        for name, value in record.visit.to_json().items():
            if name in ("category_version",) or value in ("", False, [], None):
                continue
            if name == "representatives":
                value = "、".join(p["name"] for p in value)
            shown = QLabel("是" if value is True else str(value))
            shown.setWordWrap(True)
            self.fields.addRow(LABELS.get(name, "集体访" if name == "collective" else name), shown)
        self.reprint_button.setEnabled(True)

    def open_receipt(self) -> None:
        from desk.ui.receipt_dialog import ReceiptDialog  # ReportLab: not on the start-up path

        open_dialog(ReceiptDialog(self.session, self.serial, self))
