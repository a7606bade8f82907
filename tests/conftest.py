"""Shared fixtures. Qt runs offscreen: without a display, creating the QApplication would abort
the whole test process."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from sqlite_utils import Database

from desk.demo import SAMPLE_CLERK, SAMPLE_STATION, SAMPLE_VISIT
from desk.domain.station import Clerk, Station, validate_new_clerk, validate_station
from desk.store import open_database
from desk.store.station import set_up_station

NOW = dt.datetime(2026, 11, 26, 10, 0)
STATION, CLERK, VALID_VISIT = SAMPLE_STATION, SAMPLE_CLERK, SAMPLE_VISIT
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db() -> Iterator[Database]:
    """A fresh database in memory, built by the migrations."""
    database = open_database(":memory:")
    yield database
    database.close()


@pytest.fixture
def station() -> Station:
    return validate_station(STATION)


@pytest.fixture
def clerk(db: Database, station: Station) -> Clerk:
    return set_up_station(db, station, validate_new_clerk(CLERK), NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "station.sqlite3"


@pytest.fixture
def station_file(db_path: Path, station: Station) -> Path:
    """A database file with the station and its first clerk set up."""
    database = open_database(db_path)
    set_up_station(database, station, validate_new_clerk(CLERK), NOW)
    database.close()
    return db_path


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session")
def desk_app(qapp):
    """The QApplication with the bundled fonts, as the program sets it up."""
    from desk.app import make_application

    return make_application()


def wait_for_worker(qtbot, worker, timeout: float = 10.0) -> None:
    """Until queued database jobs are done and their results have reached the widgets."""
    deadline = time.monotonic() + timeout
    while worker.busy:
        assert time.monotonic() < deadline, "database worker still busy"
        qtbot.wait(10)
    qtbot.wait(20)


def type_into(widget, text: str) -> None:
    """Type as a clerk does: ASCII as key presses, Chinese as an input method's committed text
    (which is how a Pinyin input method delivers it; QTest's key clicks are ASCII only)."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            QTest.keyClicks(widget, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(widget, event)


@pytest.fixture(scope="session")
def pdf_printer(tmp_path_factory):
    """CUPS with a cups-pdf printer whose jobs land as PDF files in a temporary folder."""
    from tests.cups_printer import start, stop

    printer, original_config = start(tmp_path_factory.mktemp("printed"))
    yield printer
    stop(original_config)


@pytest.fixture
def worker(db, clerk):
    """The database thread of a window, over the in-memory database."""
    from desk.ui.background import DbWorker

    worker = DbWorker(db)
    yield worker
    worker.shutdown()


def open_window(qtbot, worker, db, station, clerk, tmp_path):
    """The main window of `clerk`, logged in, at 1366x768, on a fixed clock."""
    from desk.app import build_main_window
    from desk.store.station import active_categories

    window = build_main_window(
        worker,
        station=station,
        clerk=clerk,
        categories=active_categories(db),
        db_path=tmp_path / "station.sqlite3",
        clock=lambda: NOW,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_for_worker(qtbot, worker)
    return window


@pytest.fixture
def window(desk_app, qtbot, db, worker, station, clerk, tmp_path):
    """The main window of the station head."""
    window = open_window(qtbot, worker, db, station, clerk, tmp_path)
    yield window
    window.close()  # while its database thread still runs: closing writes the draft
    wait_for_worker(qtbot, worker)
