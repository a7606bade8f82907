"""Cold start of the bundled program to its first window, beside a bare Qt window bundled the
same way and started the same way in the same run.

    .venv/bin/python bench/cold_start.py [--runs 20] [--reuse] [--screen xvfb] [--visits N]
                                         [--cold-disk]

- Builds two one-folder bundles with PyInstaller into bench/out/bundles/ (about 30 s; --reuse
  keeps the ones built before): desk from build.spec, and bench/bare_window.py (QApplication
  and one QLabel) with the same options.
- Makes a station database with 1,000 demo visits (--visits) through the desk bundle's own
  `desk demo`.
- Starts each program N times, alternately, on Qt's offscreen platform (--screen xvfb: on a
  virtual X screen through Qt's xcb platform, as on a Linux desktop), with the probe on
  (DESK_EXIT_WHEN_SHOWN=1): a start is timed from launching the process to the line the probe
  prints once the first window has been shown and painted. desk's first window is its login
  dialog: a normal start on an existing station (fonts, instance lock, quick check of the file,
  migrations check, the dialog). One start of each is made first and not counted, so both
  start with their files in the page cache; --cold-disk (root, Linux) also drops the page cache
  before every start, as after a reboot.
- Prints the sizes of both bundles and of desk's as .tar.gz.

Goal (issue 9): desk's start within 2x of the bare window's.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BUNDLES = OUT / "bundles"
MARKER = "first-window-shown"
# build.spec's options (one folder, windowed, no archive, its excludes): both built alike.
EXCLUDES = (
    "tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "multiprocessing"
)  # fmt: skip
ENVIRONMENT = {
    **{key: value for key, value in os.environ.items() if not key.startswith("PYTHON")},
    "QT_QPA_PLATFORM": "offscreen",
    "DESK_EXIT_WHEN_SHOWN": "1",
}


@contextlib.contextmanager
def virtual_screen() -> Iterator[None]:
    """An Xvfb screen for the runs: Qt's xcb platform, as on a Linux desktop."""
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        ENVIRONMENT.update(DISPLAY=f":{pipe.readline().strip()}", QT_QPA_PLATFORM="xcb")
    try:
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def pyinstaller(*arguments: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(BUNDLES), "--workpath", str(OUT / "pyinstaller"), *arguments],
        check=True, cwd=ROOT,
    )  # fmt: skip
    return time.perf_counter() - started


def build(reuse: bool) -> dict[str, float]:
    """Both bundles; the seconds each build took (none when reused)."""
    if reuse and (BUNDLES / "desk" / "desk").exists() and (BUNDLES / "bare" / "bare").exists():
        return {}
    desk = pyinstaller(str(ROOT / "build.spec"))
    excludes = [argument for name in EXCLUDES for argument in ("--exclude-module", name)]
    bare = pyinstaller(
        "--onedir", "--windowed", "--noupx", "--debug", "noarchive", "--name", "bare",
        "--specpath", str(OUT / "pyinstaller"), *excludes, str(ROOT / "bench" / "bare_window.py"),
    )  # fmt: skip
    return {"desk": desk, "bare": bare}


def station_database(desk: Path, visits: int) -> Path:
    path = OUT / f"cold-start-{visits}.sqlite3"
    if not path.exists():
        subprocess.run(
            [str(desk), "--db", str(path), "demo", "--visits", str(visits)],
            check=True, env=ENVIRONMENT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    return path


def drop_page_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def start_seconds(command: list[str], cwd: Path, cold_disk: bool) -> float:
    """From launching the process to the probe's line; the process then quits by itself."""
    if cold_disk:
        drop_page_cache()
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENVIRONMENT,
        cwd=cwd,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    rest, errors = process.communicate(timeout=60)
    if not line.startswith(MARKER) or process.returncode != 0:
        raise SystemExit(f"{command[0]} did not show a window: {line}{rest}{errors}")
    return elapsed


def folder_bytes(folder: Path) -> int:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files)


def tar_gz_bytes(folder: Path) -> int:
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / f"{folder.name}.tar.gz"
        subprocess.run(
            ["tar", "-czf", str(archive), "-C", str(folder.parent), folder.name], check=True
        )
        return archive.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20, help="starts of each program")
    parser.add_argument("--reuse", action="store_true", help="keep bundles built before")
    parser.add_argument("--screen", choices=["offscreen", "xvfb"], default="offscreen")
    parser.add_argument("--visits", type=int, default=1000, help="visits in the station file")
    parser.add_argument("--cold-disk", action="store_true", help="drop the page cache first")
    args = parser.parse_args()
    if args.cold_disk and os.geteuid() != 0:
        parser.error("--cold-disk drops the page cache: run as root")

    build_seconds = build(args.reuse)
    desk, bare = BUNDLES / "desk" / "desk", BUNDLES / "bare" / "bare"
    database = station_database(desk, args.visits)
    commands = {"bare": [str(bare)], "desk": [str(desk), "--db", str(database)]}
    times: dict[str, list[float]] = {"bare": [], "desk": []}
    screen = virtual_screen() if args.screen == "xvfb" else contextlib.nullcontext()
    with screen, tempfile.TemporaryDirectory() as cwd:
        for command in commands.values():  # not counted: the page cache fills
            start_seconds(command, Path(cwd), cold_disk=False)
        for run in range(args.runs):
            order = ("bare", "desk") if run % 2 == 0 else ("desk", "bare")
            for name in order:
                times[name].append(start_seconds(commands[name], Path(cwd), args.cold_disk))

    cache = "page cache dropped before each start" if args.cold_disk else "files in page cache"
    platform = "Xvfb (xcb)" if args.screen == "xvfb" else "offscreen"
    print(f"Start to the first window shown and painted, {platform}, {cache}, {args.runs} each\n")
    # Both ratios: on a busy machine the fastest start is the steadier estimate of the work.
    print(
        "| program (one-folder PyInstaller bundle) | median ms | fastest | slowest "
        "| ratio of medians | ratio of fastest |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    floor, fastest_floor = statistics.median(times["bare"]), min(times["bare"])
    labels = {
        "bare": "bare Qt window: QApplication and one QLabel (floor)",
        "desk": f"desk to its login dialog, station with {args.visits:,} visits",
    }
    for name, samples in times.items():
        median = statistics.median(samples)
        print(
            f"| {labels[name]} | {median * 1000:.0f} | {min(samples) * 1000:.0f} "
            f"| {max(samples) * 1000:.0f} | {median / floor:.2f} "
            f"| {min(samples) / fastest_floor:.2f} |"
        )
    print("\n| bundle | folder | .tar.gz | build |")
    print("| --- | --- | --- | --- |")
    for name, folder in (("desk", desk.parent), ("bare", bare.parent)):
        packed = f"{tar_gz_bytes(folder) / 2**20:.0f} MB" if name == "desk" else ""
        built = f"{build_seconds[name]:.0f} s" if name in build_seconds else "reused"
        print(f"| {name} | {folder_bytes(folder) / 2**20:.0f} MB | {packed} | {built} |")
    return 0


if __name__ == "__main__":
    shutil.which("tar") or sys.exit("tar is needed to measure the packed size")
    raise SystemExit(main())
