"""Nothing typed is lost: a killed process leaves a draft that the next start offers back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from desk.app import build_main_window
from desk.store import open_database
from desk.store.station import active_categories, clerk_by_login, load_station
from desk.ui.background import DbWorker
from tests.conftest import NOW, REPO, wait_for_worker
from tests.typing_clerk import TYPED


def test_a_killed_process_leaves_a_draft_that_the_next_start_restores(
    desk_app, qtbot, station_file
) -> None:
    clerk_process = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "typing_clerk.py"), str(station_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    try:
        assert clerk_process.stdout.readline().strip() == "DRAFT SAVED"
    finally:
        clerk_process.send_signal(signal.SIGKILL)
        clerk_process.wait(timeout=30)
    assert clerk_process.returncode == -signal.SIGKILL

    db = open_database(station_file)  # the next start: the dead process's lock is gone
    worker = DbWorker(db)
    try:
        window = build_main_window(
            worker,
            station=load_station(db),
            clerk=clerk_by_login(db, "wangfang"),
            categories=active_categories(db),
            db_path=station_file,
            clock=lambda: NOW,
        )
        qtbot.addWidget(window)
        window.show()
        wait_for_worker(qtbot, worker)
        page = window.register_page
        assert page.draft_banner.isVisible()
        assert "张𠇔" in page.draft_text.text()
        restore = page.findChild(QPushButton, "restoreDraft")
        qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
        restored = page.form.values()
        for field, text in TYPED.items():  # typed before the autosave that preceded the kill
            assert restored[field] == text, field
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()  # as the program does: windows close before the database thread stops
        worker.shutdown()
        db.close()
