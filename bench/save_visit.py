"""What a clerk waits for on 保存: one visit validated and saved durably, beside its floor.

    .venv/bin/python bench/save_visit.py [--existing 20000] [--saves 300]

The floor is a bare single-row insert into a one-column table of a database with the same
durability settings (WAL, synchronous=FULL), measured in the same run: the machine is shared and
noisy, so the ratio is the figure to watch. Prints a Markdown table for the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk.demo import SAMPLE_VISIT as VISIT
from desk.registration import register_from_form
from desk.store import open_database
from desk.store.station import active_clerks, load_station


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def bare_inserts(folder: Path, count: int) -> list[float]:
    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    times = []
    for n in range(count):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (value) VALUES (?)", [f"row {n}"])
        connection.execute("COMMIT")
        times.append((time.perf_counter() - started) * 1000)
    connection.close()
    return times


def visit_saves(db_path: Path, count: int) -> list[float]:
    db = open_database(db_path)
    station, clerk = load_station(db), active_clerks(db)[0]
    times = []
    for _ in range(count):
        now = dt.datetime.now()
        visit = {**VISIT, "received_at": now.strftime("%Y-%m-%d %H:%M")}
        started = time.perf_counter()
        register_from_form(db, visit, station=station, clerk=clerk, now=now)
        times.append((time.perf_counter() - started) * 1000)
    db.close()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--existing", type=int, default=20_000, help="demo visits already there")
    parser.add_argument("--saves", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        db_path = folder / "station.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "desk", "--db", str(db_path), "demo",
             "--visits", str(args.existing)],
            check=True, capture_output=True,
        )  # fmt: skip
        floor = bare_inserts(folder, args.saves)
        saves = visit_saves(db_path, args.saves)
    floor_p50, floor_p95 = percentiles(floor)
    save_p50, save_p95 = percentiles(saves)
    print(f"Saving one visit into a database of {args.existing:,} visits ({args.saves} saves)\n")
    print("| measure | p50 ms | p95 ms | p50 ratio to floor |")
    print("| --- | --- | --- | --- |")
    print(f"| bare single-row insert (floor) | {floor_p50:.2f} | {floor_p95:.2f} | 1.0 |")
    print(
        f"| validate + save a visit (serial, event, draft removed) | {save_p50:.2f} "
        f"| {save_p95:.2f} | {save_p50 / floor_p50:.1f} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
