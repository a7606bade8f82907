"""`desk demo --visits 100000` finishes, and the window opens on that database."""

from __future__ import annotations

import subprocess
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.app import build_main_window
from desk.store import open_database
from desk.store.station import active_categories, load_station
from desk.ui.background import DbWorker
from desk.ui.login_dialog import LoginDialog
from tests.conftest import REPO, type_into, wait_for_worker


def test_a_hundred_thousand_demo_visits_and_the_window_opens_on_them(
    desk_app, qtbot, db_path
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(db_path), "demo", "--visits", "100000"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "100000" in result.stdout

    started = time.monotonic()
    db = open_database(db_path)
    worker = DbWorker(db)
    try:
        assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == 100_000
        station = load_station(db)
        login = LoginDialog(worker, station)
        qtbot.addWidget(login)
        login.show()
        type_into(login.login, "demo")
        type_into(login.password, "demo1234")
        with qtbot.waitSignal(login.accepted, timeout=10_000):
            qtbot.keyClick(login.password, Qt.Key.Key_Return)
        window = build_main_window(
            worker, station=station, clerk=login.clerk, categories=active_categories(db),
            db_path=db_path,
        )  # fmt: skip
        qtbot.addWidget(window)
        window.show()
        wait_for_worker(qtbot, worker)
        assert time.monotonic() - started < 10

        returning = db.execute(
            "SELECT id_number, count(*) AS n FROM visits WHERE id_number != ''"
            " GROUP BY id_number ORDER BY n DESC LIMIT 1"
        ).fetchone()
        type_into(window.register_page.form.id_number, returning[0])
        wait_for_worker(qtbot, worker)
        assert f"已来访 {returning[1]} 次" in window.register_page.history.body.text()
    finally:
        for widget in QApplication.topLevelWidgets():
            widget.close()  # as the program does: windows close before the database thread stops
        worker.shutdown()
        db.close()
