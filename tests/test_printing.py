"""Slips printed through a real print system (CUPS) and read back from what it produced.

The printer rewrites the PDF (its text layer is not reliable), so the checks are on the page
size and on the rendered picture: the slip itself, not a blank page or an A4 sheet with a small
slip in one corner.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desk.domain.receipt import Layout
from desk.receipting import make_slip
from desk.registration import register_from_form
from desk.store import open_database
from desk.store.station import active_clerks, get_setting, load_station
from desk.ui.printing import print_pdf, printer_for
from tests.conftest import NOW, REPO, VALID_VISIT
from tests.pdf_tools import ink_extent, page_size

MM = 72 / 25.4


def looks_like_the_slip(printed: Path, slip: bytes) -> None:
    """Same paper as the slip, and the same ink in the same place: not blank, not shrunk."""
    assert page_size(printed) == pytest.approx(page_size(slip), abs=2)
    ink, expected = ink_extent(printed), ink_extent(slip)
    assert ink.dark > 0.02, "the printed page is (nearly) blank"
    edges = (ink.top, ink.bottom, ink.left, ink.right)
    assert edges == pytest.approx(
        (expected.top, expected.bottom, expected.left, expected.right), abs=0.03
    ), "the slip is not where it should be on its page"


def register_in(path: Path) -> str:
    db = open_database(path)
    try:
        clerk = active_clerks(db)[0]
        return register_from_form(
            db, VALID_VISIT, station=load_station(db), clerk=clerk, now=NOW
        ).serial
    finally:
        db.close()


def desk_receipt(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(path), "receipt", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
    )


@pytest.mark.parametrize("layout", list(Layout))
def test_a_slip_printed_through_cups_arrives_on_paper_of_its_own_size(
    desk_app, pdf_printer, db, station, clerk, layout
) -> None:
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    slip = make_slip(db, record.serial, now=NOW, layout=layout)
    before = pdf_printer.printed()
    print_pdf(slip.pdf, printer_for(pdf_printer.name), title=f"slip {layout.value}")
    printed = pdf_printer.wait_for_new(before)
    looks_like_the_slip(printed, slip.pdf)
    if layout is Layout.A5:
        assert page_size(printed) == pytest.approx((148 * MM, 210 * MM), abs=2)
    else:
        assert page_size(printed)[0] == pytest.approx(80 * MM, abs=2)


def test_desk_receipt_prints_remembers_the_printer_and_counts_the_copy(
    pdf_printer, station_file
) -> None:
    serial = register_in(station_file)
    before = pdf_printer.printed()
    first = desk_receipt(station_file, serial, "--layout", "roll80", "--printer", pdf_printer.name)
    assert first.returncode == 0, first.stderr
    assert page_size(pdf_printer.wait_for_new(before))[0] == pytest.approx(80 * MM, abs=2)
    assert "补打" not in first.stdout

    before = pdf_printer.printed()
    again = desk_receipt(station_file, serial, "--print")  # the printer used last time
    assert again.returncode == 0, again.stderr
    assert "补打第1次" in again.stdout
    assert page_size(pdf_printer.wait_for_new(before)) == pytest.approx((148 * MM, 210 * MM), abs=2)
    db = open_database(station_file)
    assert get_setting(db, "last_printer") == pdf_printer.name
    db.close()


def test_an_unknown_printer_is_named_and_nothing_is_counted(pdf_printer, station_file) -> None:
    serial = register_in(station_file)
    result = desk_receipt(station_file, serial, "--printer", "NO-SUCH-PRINTER")
    assert result.returncode == 3
    assert "NO-SUCH-PRINTER" in result.stderr and pdf_printer.name in result.stderr
    saved = desk_receipt(station_file, serial, "--out", str(station_file.parent / "slip.pdf"))
    assert "补打" not in saved.stdout  # the failed print was not counted as a copy
