"""回执预览: the slip as it will print, then printed on the chosen printer or saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.domain.receipt import Layout
from desk.domain.settings import LAST_PRINTER
from desk.receipting import Slip, hand_out, make_slip, save_slip
from desk.store.station import get_setting, set_setting
from desk.ui.background import Worker
from desk.ui.naming import named
from desk.ui.printing import load_pdf, print_pdf, printer_for
from desk.ui.session import Session


class ReceiptDialog(QDialog):
    handed_out = Signal(str)  # where the slip went: a printer's name, or a PDF's path

    def __init__(self, session: Session, serial: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.serial = serial
        self.slip: Slip | None = None
        self.document: QPdfDocument | None = None
        self.printing = Worker("print", self)
        self.setObjectName("receiptDialog")
        self.setWindowTitle(self.tr("回执预览 - %1").replace("%1", serial))
        self.resize(640, 720)

        self.layout_choice = named(QComboBox(), "receiptLayout", self.tr("回执纸张"))
        for layout in Layout:
            self.layout_choice.addItem(layout.label, layout.value)
        self.layout_choice.activated.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("receiptStatus")
        self.view = QPdfView()
        self.view.setObjectName("receiptPreview")
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.print_button = named(
            QPushButton(self.tr("打印（Ctrl+P）")), "printReceipt", self.tr("打印回执")
        )
        self.save_button = named(
            QPushButton(self.tr("另存为PDF…")), "saveReceipt", self.tr("另存为PDF")
        )
        close = named(QPushButton(self.tr("关闭")), "closeReceipt", self.tr("关闭"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.choose_printer)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("纸张")))
        top.addWidget(self.layout_choice)
        top.addStretch(1)
        top.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._set_busy(True)
        session.worker.submit(
            lambda db: Layout(get_setting(db, "receipt_layout")), on_done=self._start
        )

    def _start(self, layout: Layout) -> None:
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout.value))
        self.refresh()

    def refresh(self) -> None:
        """Render the slip as it would print now (补打 and its count included)."""
        serial, now = self.serial, self.session.clock()
        layout = Layout(self.layout_choice.currentData())
        self._set_busy(True, self.tr("正在生成回执……"))
        self.session.worker.submit(
            lambda db: make_slip(db, serial, now=now, layout=layout),
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, slip: Slip) -> None:
        self.slip = slip
        self.document = load_pdf(slip.pdf)
        self.document.setParent(self)
        self.view.setDocument(self.document)
        mark = self.tr("补打第%1次").replace("%1", str(slip.reprint)) if slip.reprint else ""
        self._set_busy(False, mark)

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.status.setText(message)

    # --- printing -------------------------------------------------------------------------

    def choose_printer(self) -> None:
        if self.slip is None or not self.print_button.isEnabled():
            return
        self.session.worker.submit(
            lambda db: get_setting(db, LAST_PRINTER), on_done=self._ask_printer
        )

    def _ask_printer(self, last_printer: str) -> None:
        info = QPrinterInfo.printerInfo(last_printer) if last_printer else QPrinterInfo()
        printer = QPrinter(info) if not info.isNull() else QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印回执"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.save_to(Path(printer.outputFileName()))  # "print to file" in the dialog
        else:
            self.print_to(printer.printerName())

    def print_to(self, printer_name: str) -> None:
        """Print the slip on the named printer, off the window's thread."""
        slip = self.slip
        if slip is None:
            return
        self._set_busy(True, self.tr("正在打印……"))
        title = f"来访登记回执 {slip.serial}"
        self.printing.run(
            lambda: print_pdf(slip.pdf, printer_for(printer_name), title=title),
            on_done=lambda _: self._went_out(slip, printer_name, remember=True),
            on_error=self._failed,
            owner=self,
        )

    # --- saving ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        if self.slip is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("回执另存为"),
            str(Path(folder) / f"回执-{self.slip.serial}.pdf"),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        slip = self.slip
        if slip is None:
            return
        self._set_busy(True, self.tr("正在保存……"))
        self.printing.run(
            lambda: save_slip(slip, path),
            on_done=lambda _: self._went_out(slip, str(path), remember=False),
            on_error=self._failed,
            owner=self,
        )

    def _went_out(self, slip: Slip, destination: str, *, remember: bool) -> None:
        clerk, now = self.session.clerk, self.session.clock()

        def count(db):
            hand_out(db, slip, clerk=clerk, destination=destination, now=now)
            if remember:
                set_setting(db, LAST_PRINTER, destination)

        self.session.worker.submit(count, on_done=lambda _: self._counted(destination), owner=self)

    def _counted(self, destination: str) -> None:
        self.handed_out.emit(destination)
        self.refresh()  # the next slip from this dialog is a 补打

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        QMessageBox.critical(self, self.tr("回执"), str(error))
