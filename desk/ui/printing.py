"""Printing a slip through the operating system's print service, with Qt on every platform.

QtPdf renders the slip's PDF page onto the printer at the printer's resolution, on a page of the
slip's own size (A5, or 80 mm by the slip's length), so a roll printer does not get an A4 page
with a small slip in it. The same function serves the window and `desk receipt --print`.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

MAX_DPI = 600  # enough for any slip printer; keeps the page image to a few megabytes


class PrintFailed(RuntimeError):
    """The slip could not be handed to the printer; the message says why, in the window's
    language (Chinese on the command line, which installs no translation)."""


def load_pdf(pdf: bytes) -> QPdfDocument:
    """A QtPdf document over the bytes (it keeps the buffer alive as its child)."""
    document = QPdfDocument()
    buffer = QBuffer(document)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed(QCoreApplication.translate("printing", "回执文件无法读取"))
    return document


def printer_names() -> list[str]:
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def default_printer_name() -> str:
    return QPrinterInfo.defaultPrinter().printerName()


def printer_for(name: str) -> QPrinter:
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        known = "、".join(printer_names()) or QCoreApplication.translate(
            "printing", "（本机没有打印机）"
        )
        raise PrintFailed(
            QCoreApplication.translate("printing", "找不到打印机“%1”。可用的打印机：%2")
            .replace("%1", name)
            .replace("%2", known)
        )
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


def print_without_window(pdf: bytes, printer_name: str, *, title: str) -> str:
    """For the command line: print on the named printer, or the system's default printer when
    the name is empty; returns the printer's name. Needs no display."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _application = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    name = printer_name or default_printer_name()
    if not name:
        raise PrintFailed(
            QCoreApplication.translate(
                "printing", "本机没有可用的打印机：请用 --printer 指明，或改用 --out 保存 PDF"
            )
        )
    print_pdf(pdf, printer_for(name), title=title)
    return name


def print_pdf(pdf: bytes, printer: QPrinter, *, title: str = "来访登记回执") -> None:
    """Paint every page of `pdf` on `printer`, each on paper of the page's own size."""
    document = load_pdf(pdf)
    first = document.pagePointSize(0)
    printer.setDocName(title)
    printer.setFullPage(True)
    layout = QPageLayout(
        QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point, "desk-slip"),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    if not printer.setPageLayout(layout):
        raise PrintFailed(
            QCoreApplication.translate("printing", "打印机“%1”不支持回执的纸张大小").replace(
                "%1", printer.printerName()
            )
        )
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate("printing", "无法开始打印：打印机“%1”没有响应").replace(
                "%1", printer.printerName()
            )
        )
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            target = QRectF(printer.pageRect(QPrinter.Unit.DevicePixel))
            dpi = min(printer.resolution(), MAX_DPI)
            points = document.pagePointSize(page)
            image = document.render(
                page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
