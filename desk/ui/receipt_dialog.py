"""回执预览: the visitor's slip as it will print; a copy after the first says 补打 and its count."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from desk.domain.receipt import Layout
from desk.domain.settings import RECEIPT_LAYOUT
from desk.receipting import Slip, hand_out, make_slip
from desk.store.station import get_setting
from desk.ui.naming import named
from desk.ui.pdf_dialog import PdfDialog
from desk.ui.session import Session
from desk.ui.vocabulary import shown

if TYPE_CHECKING:
    from sqlite_utils import Database


class ReceiptDialog(PdfDialog):
    def __init__(self, session: Session, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(
            session,
            title=self.tr("回执预览 - %1").replace("%1", serial),
            file_name=self.tr("回执-%1.pdf").replace("%1", serial),
            parent=parent,
        )
        self.setObjectName("receiptDialog")
        self.serial = serial
        self.slip: Slip | None = None
        self.layout_choice = named(QComboBox(), "receiptLayout", self.tr("回执纸张"))
        for layout in Layout:
            self.layout_choice.addItem(shown(layout.label), layout.value)
        self.layout_choice.activated.connect(self.refresh)
        self.top.insertWidget(0, QLabel(self.tr("纸张")))
        self.top.insertWidget(1, self.layout_choice)
        session.worker.submit(
            lambda db: Layout(get_setting(db, RECEIPT_LAYOUT)), on_done=self._start
        )

    def _start(self, layout: Layout) -> None:
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout.value))
        self.refresh()

    def job(self) -> Callable[[Database], Slip]:
        serial, now = self.serial, self.session.clock()
        layout = Layout(self.layout_choice.currentData())
        return lambda db: make_slip(db, serial, now=now, layout=layout)

    def pdf_of(self, made: Slip) -> bytes:
        self.slip = made
        return made.pdf

    def describe(self) -> str:
        if self.slip is None or not self.slip.reprint:
            return ""
        return self.tr("补打第%1次").replace("%1", str(self.slip.reprint))

    def went_out(self, db: Database, destination: str) -> None:
        assert self.slip is not None
        clerk, now = self.session.clerk, self.session.clock()
        hand_out(db, self.slip, clerk=clerk, destination=destination, now=now)
