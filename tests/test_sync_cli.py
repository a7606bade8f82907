"""desk export, import, verify and keys as an IT helper runs them: real processes, real files;
and what a SIGKILL in the middle of an import or an export leaves behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk.store import open_database
from tests.conftest import REPO
from tests.sync_pair import TOWNSHIP, contents, set_up
from tests.test_cli import desk


@pytest.fixture(scope="module")
def demo_station(tmp_path_factory) -> Path:
    """A demo station with 3,000 visits (a file of a few megabytes to kill processes in)."""
    path = tmp_path_factory.mktemp("demo") / "station.sqlite3"
    result = desk("demo", "--visits", "3000", "--seed", "5", db=path)
    assert result.returncode == 0, result.stderr
    return path


def township_for(station_db: Path, folder: Path) -> Path:
    """A township set up, and keys exchanged by key files through the command line."""
    folder.mkdir(parents=True, exist_ok=True)
    township_db = folder / "township.sqlite3"
    set_up(township_db, TOWNSHIP).close()
    for owner, other in ((station_db, township_db), (township_db, station_db)):
        exported = desk("keys", "export", "--out", str(folder), db=owner)
        assert exported.returncode == 0, exported.stderr
        key_file = Path(exported.stdout.split("：", 1)[1].splitlines()[0].strip())
        added = desk("keys", "add", str(key_file), db=other)
        assert added.returncode == 0, added.stderr
        assert "请与对方电话核对" in added.stdout
    return township_db


def copy_of(path: Path, target: Path) -> Path:
    db = open_database(path)
    import sqlite3

    out = sqlite3.connect(target)
    db.conn.backup(out)
    out.close()
    db.close()
    return target


def test_export_verify_import_feedback_by_commands(tmp_path) -> None:
    station_db = tmp_path / "station.sqlite3"
    assert desk("demo", "--visits", "5", db=station_db).returncode == 0
    usb = tmp_path / "usb"
    usb.mkdir()
    refused = desk("export", "--out", str(usb), db=station_db)
    assert refused.returncode == 1 and "还没有导入乡镇的公钥文件" in refused.stderr

    township_db = township_for(station_db, tmp_path / "keys")
    shown = desk("keys", "show", db=station_db)
    assert shown.returncode == 0 and "公钥指纹：" in shown.stdout
    listed = desk("keys", "list", db=township_db)
    assert "村级工作站" in listed.stdout and "410423203202" in listed.stdout

    exported = desk("export", "--out", str(usb), db=station_db)
    assert exported.returncode == 0, exported.stderr
    assert "来访5件，事件5条（第1–5号）" in exported.stdout
    (file,) = usb.glob("410423203202-1-5-*.desk-sync")

    own = desk("verify", str(file), db=station_db)  # the station checks its own file
    assert own.returncode == 0, own.stderr
    assert "签名正确" in own.stdout and "只有收件方能解密检查" in own.stdout
    full = desk("verify", str(file), db=township_db)
    assert full.returncode == 0 and "内容已解密检查" in full.stdout

    preview = desk("import", "--preview", str(usb), db=township_db)
    assert preview.returncode == 0, preview.stderr
    assert "预览：新增 来访5条、事件5条" in preview.stdout and "没有导入任何数据" in preview.stdout
    loaded = desk("import", str(file), db=township_db)
    assert loaded.returncode == 0 and "已导入：新增 来访5条、事件5条" in loaded.stdout
    again = desk("import", str(file), db=township_db)
    assert again.returncode == 0 and "导入过，没有任何改动" in again.stdout

    answered = desk("export", "--out", str(usb), db=township_db)
    assert answered.returncode == 0, answered.stderr
    assert len(list(usb.glob("反馈-*.desk-sync"))) == 1
    back = desk("import", str(usb), db=station_db)  # the whole stick: its own file is skipped
    assert back.returncode == 0, back.stderr
    assert "乡镇确认收到本站记录 10 条" in back.stdout and "已跳过" in back.stdout
    nothing = desk("export", "--out", str(usb), db=station_db)
    assert nothing.returncode == 0 and "乡镇已确认收到本站的全部记录" in nothing.stdout

    broken = tmp_path / "broken.desk-sync"
    broken.write_bytes(file.read_bytes()[:-1])
    bad = desk("verify", str(broken), db=township_db)
    assert bad.returncode == 1 and "损坏或不完整" in bad.stderr
    bad_import = desk("import", str(broken), db=township_db)
    assert bad_import.returncode == 1 and "未导入" in bad_import.stdout


def test_verify_with_a_key_file_needs_no_database(tmp_path) -> None:
    station_db = tmp_path / "station.sqlite3"
    assert desk("demo", "--visits", "2", db=station_db).returncode == 0
    township_for(station_db, tmp_path / "keys")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert desk("export", "--out", str(usb), db=station_db).returncode == 0
    (file,) = usb.glob("*.desk-sync")
    (key,) = (tmp_path / "keys").glob("公钥-村级工作站-*.desk-key")
    result = desk("verify", str(file), "--key", str(key), db=tmp_path / "none.sqlite3")
    assert result.returncode == 0, result.stderr
    assert "签名正确" in result.stdout
    assert not (tmp_path / "none.sqlite3").exists()


def _popen(*args: str, db: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desk", "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def _kill_when(process: subprocess.Popen[bytes], ready, timeout: float = 60) -> bool:
    """SIGKILL as soon as `ready()`; False when the process ended first."""
    deadline = time.monotonic() + timeout
    while process.poll() is None and time.monotonic() < deadline:
        if ready():
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
            return True
        time.sleep(0.002)
    process.wait(timeout=30)
    return False


def test_a_killed_import_leaves_the_database_as_before_or_as_after(demo_station, tmp_path) -> None:
    township_db = township_for(demo_station, tmp_path / "keys")
    usb = tmp_path / "usb"
    usb.mkdir()
    assert desk("export", "--out", str(usb), db=demo_station).returncode == 0
    (file,) = usb.glob("*.desk-sync")

    blank = copy_of(township_db, tmp_path / "blank.sqlite3")
    done = copy_of(blank, tmp_path / "done.sqlite3")
    assert desk("import", str(file), db=done).returncode == 0
    before, after = _contents(blank), _contents(done)
    assert before != after

    killed_inside = 0
    for attempt in range(3):
        target = copy_of(blank, tmp_path / f"kill{attempt}.sqlite3")
        wal = Path(str(target) + "-wal")
        start = wal.stat().st_size if wal.exists() else 0
        process = _popen("import", str(file), db=target)
        # Kill once the load's transaction has written pages (the WAL grows), at a different
        # depth each time.
        threshold = start + (attempt + 1) * 400_000

        def writing(wal: Path = wal, threshold: int = threshold) -> bool:
            return wal.exists() and wal.stat().st_size > threshold

        if _kill_when(process, writing):
            killed_inside += 1
        assert process.returncode in (0, -signal.SIGKILL)
        assert _contents(target) in (before, after), attempt
    assert killed_inside >= 2  # the kills did land while the import was writing


def _contents(path: Path) -> dict:
    db = open_database(path)
    try:
        return contents(db, without=("audit_log",))
    finally:
        db.close()


def test_a_killed_export_leaves_no_file_that_verify_accepts(demo_station, tmp_path) -> None:
    station = copy_of(demo_station, tmp_path / "station.sqlite3")
    township_for(station, tmp_path / "keys")
    for attempt in range(3):
        usb = tmp_path / f"usb{attempt}"
        usb.mkdir()
        process = _popen("export", "--out", str(usb), db=station)
        # The temporary file appears as the sealed bytes start to be written.
        assert _kill_when(process, lambda usb=usb: any(usb.glob(".*.part"))), "export ended first"
        for left in usb.iterdir():
            checked = desk("verify", str(left), db=station)
            assert checked.returncode == 1, (left.name, checked.stdout)
        assert not list(usb.glob("*.desk-sync"))
    usb = tmp_path / "usb0"
    finished = desk("export", "--out", str(usb), db=station)
    assert finished.returncode == 0, finished.stderr
    assert not list(usb.glob(".*.part"))  # the next export clears what a killed one left
    (file,) = usb.glob("*.desk-sync")
    assert desk("verify", str(file), db=station).returncode == 0
