"""An ordinary start on a station's existing file: the login window shows first, with the
station's name, font size and language read by plain sqlite3, and the store opens behind it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desk import app
from desk.demo import DEMO_CLERK, SAMPLE_STATION
from desk.domain.settings import FONT_SIZE, LANGUAGE
from desk.store import open_database
from desk.store.migrations import KNOWN
from desk.store.startup import read_login_screen
from desk.store.station import set_setting
from desk.ui.login_dialog import LoginDialog
from desk.ui.main_window import MainWindow
from tests.conftest import REPO, type_into
from tests.test_backup import demo_file


def test_the_login_screen_is_read_only_from_a_file_in_this_releases_shape(tmp_path) -> None:
    path = demo_file(tmp_path / "station.sqlite3", 3)
    db = open_database(path)
    set_setting(db, FONT_SIZE, 14)
    set_setting(db, LANGUAGE, "en")
    db.close()
    before = path.read_bytes()
    screen = read_login_screen(path)
    assert screen is not None and screen.station.name == SAMPLE_STATION["name"]
    assert (screen.font_size, screen.language) == (14, "en")
    assert path.read_bytes() == before  # read-only

    assert read_login_screen(tmp_path / "none.sqlite3") is None  # first start: setup
    open_database(tmp_path / "blank.sqlite3").close()
    assert read_login_screen(tmp_path / "blank.sqlite3") is None  # no station yet
    (tmp_path / "not-a-database.sqlite3").write_bytes(b"hello" * 1000)
    assert read_login_screen(tmp_path / "not-a-database.sqlite3") is None
    connection = sqlite3.connect(path)  # an older release's file: a step still to run
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [KNOWN[-1]])
    connection.commit()
    connection.close()
    assert read_login_screen(path) is None


def test_a_clerk_logs_in_on_a_window_that_showed_before_the_store_opened(
    desk_app, qtbot, tmp_path
) -> None:
    path = demo_file(tmp_path / "station.sqlite3", 3)
    seen: dict[str, object] = {}
    looks = iter(range(2_000))  # 20 s at most, then the start is ended (and the test fails)

    def look() -> None:
        if next(looks, None) is None:
            QApplication.exit(1)
            for widget in QApplication.topLevelWidgets():
                widget.close()
            return
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog)]
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and windows[0].isVisible():
            seen["window"] = windows[0].session.clerk.login
            windows[0].close()
            return
        if dialogs and dialogs[0].isVisible():
            dialog = dialogs[0]
            seen.setdefault("button at first", dialog.ok_button.isEnabled())
            if dialog.ok_button.isEnabled() and "typed" not in seen:
                seen["typed"] = True
                type_into(dialog.login, DEMO_CLERK["login"])
                type_into(dialog.password, DEMO_CLERK["password"])
                dialog.submit()
        QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    assert app.run_gui(path) == 0
    assert seen["button at first"] is False  # shown before the store was open
    assert seen["window"] == DEMO_CLERK["login"]


PROBE = """
import sys
from desk.ui import start_probe

reported = start_probe._report

def report():
    print("sqlite-utils imported:", "sqlite_utils" in sys.modules, flush=True)
    reported()

start_probe._report = report
from desk.cli import main
raise SystemExit(main(["--db", sys.argv[1]]))
"""


def test_the_login_window_paints_before_sqlite_utils_is_imported(tmp_path: Path) -> None:
    path = demo_file(tmp_path / "station.sqlite3", 3)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DESK_EXIT_WHEN_SHOWN": "1"}
    started = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, cwd=REPO,
        env=environment, timeout=60,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert "sqlite-utils imported: False" in started.stdout
    assert "first-window-shown" in started.stdout


def test_a_store_that_fails_to_open_behind_the_login_window_is_said(
    desk_app, tmp_path, monkeypatch
) -> None:
    path = demo_file(tmp_path / "station.sqlite3", 3)
    assert read_login_screen(path) is not None  # the login window shows before the failure
    said: list[str] = []

    def refuse(db_path):
        raise app.DatabaseUnreadable(f"无法读取数据库文件 {db_path}（disk I/O error）")

    monkeypatch.setattr(app, "open_database", refuse)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append(text))
    assert app.run_gui(path) == app.EXIT_UNAVAILABLE
    assert len(said) == 1 and "无法读取数据库文件" in said[0]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # the login closed
