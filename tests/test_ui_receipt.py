"""打印回执 in the window: preview, print on a real (CUPS) printer, save, reprint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton

from desk.domain.receipt import Layout
from desk.registration import register_from_form
from desk.store.station import get_setting
from desk.ui.receipt_dialog import ReceiptDialog
from desk.ui.visit_detail import VisitDetailDialog
from tests.conftest import NOW, VALID_VISIT, wait_for_worker
from tests.pdf_tools import page_size, text_of

MM = 72 / 25.4


def saved_visit(qtbot, window, db, station, clerk) -> str:
    """A visit saved through the form's own path, as the page shows it after 保存."""
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    window.register_page._saved(record)
    return record.serial


def open_receipt(qtbot, window) -> ReceiptDialog:
    qtbot.mouseClick(
        window.register_page.findChild(QPushButton, "printSlip"), Qt.MouseButton.LeftButton
    )
    dialog = window.register_page.findChild(ReceiptDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.slip is not None, timeout=10_000)
    return dialog


def prints_of(db, serial: str) -> int:
    return db.execute(
        "SELECT count(*) FROM receipt_prints JOIN visits ON visits.id = visit_id WHERE serial = ?",
        [serial],
    ).fetchone()[0]


def test_after_saving_the_clerk_previews_and_prints_the_slip(
    qtbot, window, worker, db, station, clerk, pdf_printer
) -> None:
    serial = saved_visit(qtbot, window, db, station, clerk)
    dialog = open_receipt(qtbot, window)
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == 1
    assert serial in text_of(dialog.slip.pdf)

    before = pdf_printer.printed()
    dialog.print_to(pdf_printer.name)  # what 打印 does after the print dialog
    printed = pdf_printer.wait_for_new(before)
    assert page_size(printed) == pytest.approx(page_size(dialog.slip.pdf), abs=2)
    qtbot.waitUntil(lambda: "补打第1次" in dialog.status.text(), timeout=10_000)
    assert prints_of(db, serial) == 1
    assert get_setting(db, "last_printer") == pdf_printer.name


def test_the_slip_can_be_saved_as_a_pdf_on_the_roll_layout(
    qtbot, window, worker, db, station, clerk, tmp_path
) -> None:
    serial = saved_visit(qtbot, window, db, station, clerk)
    dialog = open_receipt(qtbot, window)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData(Layout.ROLL80.value))
    dialog.layout_choice.activated.emit(dialog.layout_choice.currentIndex())
    qtbot.waitUntil(lambda: dialog.slip.layout is Layout.ROLL80, timeout=10_000)
    target = tmp_path / "回执.pdf"
    dialog.save_to(target)
    qtbot.waitUntil(lambda: prints_of(db, serial) == 1, timeout=10_000)
    assert abs(page_size(target.read_bytes())[0] - 80 * MM) < 0.5
    assert serial in text_of(target.read_bytes())
    assert not list(tmp_path.glob(".*.part"))  # written atomically: no leftovers


def test_a_slip_is_reprinted_from_the_visits_detail_and_says_so(
    qtbot, window, worker, db, station, clerk, tmp_path
) -> None:
    serial = saved_visit(qtbot, window, db, station, clerk)
    first = open_receipt(qtbot, window)
    first.save_to(tmp_path / "first.pdf")
    qtbot.waitUntil(lambda: prints_of(db, serial) == 1, timeout=10_000)
    first.close()

    window.register_page.open_visit(serial)
    detail = window.register_page.findChild(VisitDetailDialog)
    reprint = detail.findChild(QPushButton, "reprintReceipt")
    qtbot.waitUntil(reprint.isEnabled, timeout=10_000)
    qtbot.mouseClick(reprint, Qt.MouseButton.LeftButton)
    dialog = detail.findChild(ReceiptDialog)
    qtbot.waitUntil(lambda: dialog.slip is not None, timeout=10_000)
    assert dialog.slip.reprint == 1
    assert "补打（第1次）" in text_of(dialog.slip.pdf)
    wait_for_worker(qtbot, worker)
