"""The README's run command on a virtual screen, and one program per database."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
"""


def _without_qt_platform() -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("QT_QPA_PLATFORM", None)  # the tests' own offscreen setting
    return environment


@pytest.fixture
def virtual_screen() -> Iterator[str]:
    """An Xvfb screen of a 1366x768 laptop; its DISPLAY value."""
    assert shutil.which("Xvfb"), "Xvfb is missing: scripts/install --test installs it"
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = f":{pipe.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for_window(display: str, title: str, timeout: float = 120) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--name", title],
            capture_output=True,
            text=True,
            env={**os.environ, "DISPLAY": display},
        )
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.25)
    raise AssertionError(f"no window titled {title!r} appeared on {display}")


def test_the_run_command_opens_the_setup_dialog_on_a_new_database(virtual_screen, tmp_path) -> None:
    environment = {**_without_qt_platform(), "DISPLAY": virtual_screen}
    program = subprocess.Popen(
        [str(REPO / "scripts" / "run"), "--db", str(tmp_path / "new.sqlite3")],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_for_window(virtual_screen, "首次设置")
        time.sleep(0.5)  # let it paint
        picture = tmp_path / "screen.png"
        subprocess.run(
            [sys.executable, "-c", SCREENSHOT, str(picture)],
            env={**environment, "QT_QPA_PLATFORM": "xcb"},
            check=True,
            timeout=60,
        )
        from PySide6.QtGui import QImage

        image = QImage(str(picture))
        assert (image.width(), image.height()) == (1366, 768)
        colours = {image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7)}
        assert len(colours) > 20, "the screen is blank"
        assert program.poll() is None, program.stderr.read()
    finally:
        program.terminate()
        program.wait(timeout=30)


def test_a_second_start_says_so_and_leaves_the_first_running(station_file) -> None:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, str(REPO / "main.py"), "--db", str(station_file)]
    first = subprocess.Popen(command, env=environment, stderr=subprocess.DEVNULL)
    try:
        lock = Path(str(station_file) + ".lock")
        deadline = time.monotonic() + 60
        while not _locked(lock):
            assert time.monotonic() < deadline, "the first program never opened the database"
            time.sleep(0.1)
        time.sleep(0.5)  # its listener starts right after the lock
        second = subprocess.run(
            command, env=environment, capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0
        assert "已经打开" in second.stderr
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)


def _locked(path: Path) -> bool:
    from desk.store import DatabaseInUse, InstanceLock

    if not path.exists():
        return False
    probe = InstanceLock(path.with_suffix(""))
    try:
        probe.acquire()
    except DatabaseInUse:
        return True
    probe.release()
    return False
