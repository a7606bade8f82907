"""The bundle a township installs: PyInstaller builds it from build.spec, and it passes its
self-test and starts to the login window, run from outside the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desk.self_test import CHECKS, REQUIRED_RESOURCES
from tests.conftest import REPO

# The program runs in the bundle only; the tests' own settings must not leak into it.
OUTSIDE = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
OFFSCREEN = {**OUTSIDE, "QT_QPA_PLATFORM": "offscreen"}


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/desk built once for the session (about 20 s here), in a temporary folder that is
    removed afterwards (a quarter of a gigabyte each time)."""
    out = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"),
         str(REPO / "build.spec")],
        capture_output=True, text=True, cwd=out, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-4000:]
    print(f"\nbundle built in {time.monotonic() - started:.0f} s")
    yield out / "dist" / "desk"
    shutil.rmtree(out, ignore_errors=True)


def self_test(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "--self-test"], capture_output=True, text=True, cwd=cwd, env=OFFSCREEN,
        timeout=120,
    )  # fmt: skip


def assert_every_check_passed(result: subprocess.CompletedProcess[str]) -> list[str]:
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    passed = [line for line in lines if line.startswith("✓ ")]
    assert [line[2:].split("：")[0] for line in passed] == [name for name, _ in CHECKS]
    assert lines[-1] == "自检全部通过"
    return lines


def test_the_self_test_passes_from_source(tmp_path: Path) -> None:
    lines = assert_every_check_passed(self_test([sys.executable, "-m", "desk"], tmp_path))
    assert "（源代码）" in lines[0]
    assert f"在 {REPO / 'resources'}" in lines[1]


def test_the_self_test_names_the_check_that_failed(tmp_path: Path) -> None:
    """A copy of the program whose text font was lost: the resources check names the file,
    the later checks do not run, and the status is 1."""
    shutil.copytree(REPO / "desk", tmp_path / "desk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        REPO / "resources", tmp_path / "resources", ignore=shutil.ignore_patterns("*.tt[cf]")
    )
    result = self_test([sys.executable, "-m", "desk"], tmp_path)  # the copy: it is in cwd
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[1].startswith("✗ 资源文件：没有通过：")
    assert str(tmp_path / "resources") in lines[1] and "fonts/wqy-microhei.ttc" in lines[1]
    assert len(lines) == 2  # nothing after the first failure
    assert "Traceback" in result.stderr


def test_the_bundle_passes_its_self_test_outside_the_source_tree(
    bundle: Path, tmp_path: Path
) -> None:
    started = time.monotonic()
    lines = assert_every_check_passed(self_test([str(bundle / "desk")], tmp_path))
    print(f"\nbundle self-test: {time.monotonic() - started:.1f} s\n" + "\n".join(lines))
    assert "（程序包）" in lines[0]
    # Its resources are the bundle's own, not the source tree's.
    assert f"在 {bundle / '_internal' / 'resources'}" in lines[1]


def test_the_bundle_carries_the_font_licenses_and_the_icon(bundle: Path) -> None:
    resources = bundle / "_internal" / "resources"
    for name in REQUIRED_RESOURCES:
        assert (resources / name).is_file(), name
    licenses = sorted(path.name for path in (resources / "fonts").glob("LICENSE-*.txt"))
    assert len(licenses) == 3, licenses
    assert (resources / "icons" / "desk.ico").is_file()
    assert (resources / "icons" / "desk-256.png").is_file()


def test_the_window_icon_is_the_application_icon(desk_app) -> None:
    sizes = {size.width() for size in desk_app.windowIcon().availableSizes()}
    assert {16, 32, 48, 256} <= sizes
    assert not desk_app.windowIcon().pixmap(32, 32).toImage().isNull()


def test_the_bundle_size_is_reported_and_bounded(bundle: Path) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    size = sum(path.stat().st_size for path in files)
    print(f"\nbundle size: {size / 2**20:.0f} MB in {bundle}")
    # About 250 MB here (Qt, ICU, the 50 MB of fonts). Far more means something unwanted
    # (Qt Quick, QtWebEngine) came in.
    assert size < 350 * 2**20


def test_the_bundle_starts_to_the_login_window(
    bundle: Path, station_file: Path, tmp_path: Path
) -> None:
    """A normal start on a station's database, through the cold-start probe: the login dialog
    is shown and painted, then the program ends as on 退出."""
    started = time.monotonic()
    result = subprocess.run(
        [str(bundle / "desk"), "--db", str(station_file)], capture_output=True, text=True,
        cwd=tmp_path, env={**OFFSCREEN, "DESK_EXIT_WHEN_SHOWN": "1"}, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "first-window-shown desk"
    print(f"\nbundle start to the login window and exit: {time.monotonic() - started:.2f} s")
