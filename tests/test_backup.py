"""Backups that restore: a damaged file at start-up is answered with the newest good backup and
every case comes back; a backup killed half way leaves the earlier ones intact and nothing
that looks like a backup but is not."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from desk import app
from desk.backups import back_up, daily_backup
from desk.domain.settings import BACKUPS_KEPT
from desk.store import open_database
from desk.store.backup import BackupFailed, backups_in, check_file, make_backup
from desk.store.station import set_setting
from tests.conftest import NOW, REPO
from tests.test_cli import desk

PAGE = 4096


def demo_file(path: Path, visits: int) -> Path:
    result = desk("demo", "--visits", str(visits), db=path)
    assert result.returncode == 0, result.stderr
    return path


def cases(path: Path) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(
            "SELECT serial, uid, visitor_name, subject, state FROM visits ORDER BY serial"
        ).fetchall()
    finally:
        connection.close()


def overwrite_middle(path: Path, pages: int = 4) -> None:
    """What a failing disk or a power cut in the wrong moment does: pages of garbage."""
    size = path.stat().st_size
    with open(path, "r+b") as file:
        file.seek((size // 2) // PAGE * PAGE)
        file.write(os.urandom(PAGE * pages))


@pytest.fixture
def backed_up_station(tmp_path) -> tuple[Path, list[tuple]]:
    path = demo_file(tmp_path / "station.sqlite3", 600)
    result = desk("backup", db=path)
    assert result.returncode == 0 and "已备份到" in result.stdout, result.stderr
    return path, cases(path)


def test_a_damaged_file_at_start_up_is_answered_with_the_newest_good_backup(
    desk_app, backed_up_station, monkeypatch
) -> None:
    path, before = backed_up_station
    overwrite_middle(path)
    assert check_file(path) != "ok"
    offered: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        offered.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    # The clerk then closes the login: the start ends there, on the restored file.
    monkeypatch.setattr(app.LoginDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app.run_gui(path) == 0

    assert len(offered) == 1 and "已损坏" in offered[0] and "desk-backup-" in offered[0]
    assert check_file(path) == "ok"
    assert cases(path) == before  # every case, as it was at the backup
    db = open_database(path)
    last = db.execute("SELECT action, detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    db.close()
    assert last[0] == "恢复"
    result = desk("audit", "verify", db=path)
    assert result.returncode == 0, result.stderr


def test_declining_the_backup_leaves_the_damaged_file_alone(
    desk_app, backed_up_station, monkeypatch
) -> None:
    path, _ = backed_up_station
    overwrite_middle(path)
    damaged = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert app.run_gui(path) == app.EXIT_UNAVAILABLE
    assert path.read_bytes() == damaged  # for a technician to look at


def test_desk_restore_checks_the_backup_and_keeps_the_replaced_file(backed_up_station) -> None:
    path, before = backed_up_station
    backup = backups_in(path.parent / "backups")[0].path
    result = desk("demo", "--visits", "5", db=path)  # work done after the backup
    assert result.returncode == 0 and len(cases(path)) == len(before) + 5

    damaged_copy = path.parent / "damaged.sqlite3"
    damaged_copy.write_bytes(backup.read_bytes())
    overwrite_middle(damaged_copy)
    refused = desk("restore", "--anyway", str(damaged_copy), db=path)
    assert refused.returncode != 0 and "不能用" in refused.stderr
    assert len(cases(path)) == len(before) + 5  # unchanged

    # None of these visits has gone to the township yet: a restore would lose them for good.
    held_back = desk("restore", str(backup), db=path)
    assert held_back.returncode == 1 and "尚未确认" in held_back.stderr
    assert len(cases(path)) == len(before) + 5

    restored = desk("restore", "--anyway", str(backup), db=path)
    assert restored.returncode == 0, restored.stderr
    assert cases(path) == before
    safety = [b for b in backups_in(path.parent / "backups") if b.path != backup]
    assert len(safety) == 1 and len(cases(safety[0].path)) == len(before) + 5


def test_backups_keep_the_last_n(db, clerk, tmp_path) -> None:
    set_setting(db, BACKUPS_KEPT, 3)
    made = [
        back_up(db, tmp_path / "station.sqlite3", clerk=clerk, now=NOW.replace(minute=m),
                reason="手动备份")
        for m in range(5)
    ]  # fmt: skip
    assert [b.path for b in backups_in(tmp_path / "backups")] == made[:1:-1]
    assert all(check_file(path) == "ok" for path in made[2:])


def test_the_daily_backup_is_made_once_a_day(db, clerk, tmp_path) -> None:
    db_path = tmp_path / "station.sqlite3"
    assert daily_backup(db, db_path, clerk=clerk, now=NOW) is not None
    assert daily_backup(db, db_path, clerk=clerk, now=NOW.replace(hour=15)) is None
    assert daily_backup(db, db_path, clerk=clerk, now=NOW.replace(day=27)) is not None
    assert len(backups_in(tmp_path / "backups")) == 2


def test_a_backup_folder_that_cannot_be_written_is_a_clear_error(db, clerk, tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the USB stick's folder should be")
    with pytest.raises(BackupFailed, match="无法在"):
        back_up(db, tmp_path / "s.sqlite3", clerk=clerk, now=NOW, reason="手动备份",
                folder=blocker / "backups")  # fmt: skip


def test_a_killed_backup_leaves_the_earlier_ones_and_no_half_file(tmp_path) -> None:
    path = demo_file(tmp_path / "station.sqlite3", 50)
    with sqlite3.connect(path) as connection:  # big enough to be killed in the middle of copying
        connection.execute("CREATE TABLE ballast (data BLOB)")
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150)"
            " INSERT INTO ballast SELECT randomblob(1000000) FROM n"
        )
    connection.close()
    folder = tmp_path / "usb"
    for _ in range(2):
        assert desk("backup", "--to", str(folder), db=path).returncode == 0
        time.sleep(1.01)  # backup names carry the second
    earlier = {b.path: b.path.read_bytes() for b in backups_in(folder)}
    assert len(earlier) == 2

    process = subprocess.Popen(
        [sys.executable, "-m", "desk", "--db", str(path), "backup", "--to", str(folder)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not any(p.stat().st_size > PAGE for p in folder.glob(".*.part")):
            assert process.poll() is None, "the backup finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL

    assert [b.path for b in backups_in(folder)] == sorted(earlier, reverse=True)
    for backup, data in earlier.items():
        assert backup.read_bytes() == data and check_file(backup) == "ok"
    leftovers = list(folder.glob(".*.part"))
    assert leftovers  # the half copy is there, under a name no one takes for a backup

    # The next backup works, and clears a half copy left by a process that died long ago.
    stale = leftovers[0]
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    source = sqlite3.connect(path)
    try:
        make_backup(source, folder, now=NOW)
    finally:
        source.close()
    assert not stale.exists()
    assert len(backups_in(folder)) == 3
