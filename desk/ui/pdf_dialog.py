"""A document as it will print (a slip, a notice): preview, print on the chosen printer, or
save as a PDF. Subclasses say how the document is made and what happens once it went out."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.atomic_file import write_atomically
from desk.domain.settings import LAST_PRINTER
from desk.store.station import get_setting, set_setting
from desk.ui.background import Worker
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.printing import load_pdf, print_pdf, printer_for
from desk.ui.session import Session

if TYPE_CHECKING:
    from sqlite_utils import Database


class PdfDialog(QDialog):
    handed_out = Signal(str)  # where the document went: a printer's name, or a PDF's path

    def __init__(
        self, session: Session, *, title: str, file_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.title = title
        self.file_name = file_name
        self.pdf: bytes | None = None
        self.document: QPdfDocument | None = None
        self.printing = Worker("print", self)
        self.setWindowTitle(title)
        self.resize(680, 740)
        self.status = QLabel()
        self.status.setObjectName("pdfStatus")
        self.view = QPdfView()
        self.view.setObjectName("pdfPreview")
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.print_button = named(
            QPushButton(self.tr("打印（Ctrl+P）")), "printPdf", self.tr("打印")
        )
        self.save_button = named(
            QPushButton(self.tr("另存为PDF…")), "savePdf", self.tr("另存为PDF")
        )
        close = named(QPushButton(self.tr("关闭")), "closePdf", self.tr("关闭"))
        self.print_button.clicked.connect(self.choose_printer)
        self.save_button.clicked.connect(self.choose_file)
        close.clicked.connect(self.accept)
        QShortcut(QKeySequence.StandardKey.Print, self, self.choose_printer)
        self.top = QHBoxLayout()
        self.top.addStretch(1)
        self.top.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.set_busy(True)

    # --- what subclasses provide ----------------------------------------------------------

    def job(self) -> Callable[[Database], Any]:
        """What makes the document, to run on the database thread: called on the UI thread,
        so it may read widgets; the job it returns must not."""
        raise NotImplementedError

    def pdf_of(self, made: Any) -> bytes:
        """The PDF in what the job returned (a subclass may want the rest of it)."""
        return made

    def went_out(self, db: Database, destination: str) -> None:
        """Record that the document was printed or saved (run on the database thread)."""

    # --- showing --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.set_busy(True, self.tr("正在生成……"))
        self.session.worker.submit(self.job(), on_done=self.show_pdf, on_error=self.failed)

    def show_pdf(self, made: Any) -> None:
        pdf = self.pdf = self.pdf_of(made)
        self.document = load_pdf(pdf)
        self.document.setParent(self)
        self.view.setDocument(self.document)
        self.set_busy(False, self.describe())

    def describe(self) -> str:
        """A word beside the preview once it is shown (a slip's 补打 count)."""
        return ""

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.status.setText(message)

    # --- printing and saving --------------------------------------------------------------

    def choose_printer(self) -> None:
        if self.pdf is None or not self.print_button.isEnabled():
            return
        self.session.worker.submit(
            lambda db: get_setting(db, LAST_PRINTER), on_done=self._ask_printer
        )

    def _ask_printer(self, last_printer: str) -> None:
        info = QPrinterInfo.printerInfo(last_printer) if last_printer else QPrinterInfo()
        printer = QPrinter(info) if not info.isNull() else QPrinter()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印 - %1").replace("%1", self.title))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            self.save_to(Path(printer.outputFileName()))  # "print to file" in the dialog
        else:
            self.print_to(printer.printerName())

    def print_to(self, printer_name: str) -> None:
        """Print on the named printer, off the window's thread."""
        pdf, title = self.pdf, self.title
        if pdf is None:
            return
        self.set_busy(True, self.tr("正在打印……"))
        self.printing.run(
            lambda: print_pdf(pdf, printer_for(printer_name), title=title),
            on_done=lambda _: self._went_out(printer_name, printer=True),
            on_error=self.failed,
            owner=self,
        )

    def choose_file(self) -> None:
        if self.pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("另存为"), str(Path(folder) / self.file_name), self.tr("PDF 文件 (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        pdf = self.pdf
        if pdf is None:
            return
        self.set_busy(True, self.tr("正在保存……"))
        self.printing.run(
            lambda: write_atomically(path, pdf),
            on_done=lambda _: self._went_out(str(path), printer=False),
            on_error=self.failed,
            owner=self,
        )

    def _went_out(self, destination: str, *, printer: bool) -> None:
        def record(db: Database) -> None:
            self.went_out(db, destination)
            if printer:
                set_setting(db, LAST_PRINTER, destination)

        self.session.worker.submit(
            record, on_done=lambda _: self._recorded(destination), owner=self
        )

    def _recorded(self, destination: str) -> None:
        self.handed_out.emit(destination)
        self.refresh()

    def failed(self, error: Exception) -> None:
        self.set_busy(False)
        QMessageBox.critical(self, self.title, message_text(str(error)))
