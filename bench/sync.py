"""Sync files at 100,000 changed cases: a station's export and the township's import, each
beside its raw floor measured in the same run.

    .venv/bin/python bench/sync.py [--db bench/out/sync-100k.sqlite3] [--visits 100000]

Builds the station with `desk demo` the first time (about a minute) and reuses it after: every
visit there is new to the township (registered, one event each), so all are exported. Floors:
- export: plain sqlite3 reads of the same rows (visits, representatives, events) and one
  json.dumps of them;
- import: plain executemany inserts of the rows the import writes (visits with their search
  keys and states, representatives, full-text rows, events, and the sync records: each
  visit's and event's origin, the versions received, the acknowledgements queued for the
  feedback file), taken from a township database the import filled before the timing, into a
  copy of the same empty township database, in one transaction.
Each figure is the median of --runs runs. Goals (issue 5): export within 2x of its floor,
import within 3x. Prints Markdown tables for the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desk.demo import SAMPLE_CLERK, SAMPLE_STATION  # noqa: E402
from desk.domain.station import validate_new_clerk, validate_station  # noqa: E402
from desk.domain.text_grams import text_grams  # noqa: E402
from desk.store import open_database  # noqa: E402
from desk.store.station import set_up_station  # noqa: E402
from desk.syncing.export import export_station  # noqa: E402
from desk.syncing.importing import import_files  # noqa: E402
from desk.syncing.parties import me, register_key_file  # noqa: E402

TOWNSHIP = {**SAMPLE_STATION, "mode": "township", "code": "410423203000",
            "name": "马庄乡信访办", "township": "孟津县"}  # fmt: skip
NOW = dt.datetime(2026, 11, 26, 10, 0)


def median_seconds(runs: int, action: Callable[[int], object]) -> float:
    times = []
    for run in range(runs):
        started = time.perf_counter()
        action(run)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def build_station(path: Path, visits: int) -> None:
    if path.exists():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"building {path} with {visits:,} demo visits (once) ...", file=sys.stderr)
    subprocess.run(
        [sys.executable, "-m", "desk", "--db", str(path), "demo", "--visits", str(visits)],
        check=True, capture_output=True,
    )  # fmt: skip


def copy(source: Path, target: Path) -> None:
    connection = sqlite3.connect(target)
    with sqlite3.connect(source) as original:
        original.backup(connection)
    connection.close()


def export_floor(path: Path) -> int:
    """Plain reads of the rows an export carries, and one json.dumps of them."""
    connection = sqlite3.connect(path)
    tables = {}
    for table in ("visits", "representatives", "events"):
        cursor = connection.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        tables[table] = [dict(zip(names, row, strict=True)) for row in cursor]
    connection.close()
    return len(json.dumps(tables, ensure_ascii=False).encode("utf-8"))


# What the import writes besides its audit line and backup record, table by table.
IMPORTED_TABLES = ("visits", "representatives", "events", "sync_visit_origin",
                   "sync_event_origin", "sync_versions", "sync_outbox")  # fmt: skip


def import_rows(imported: Path) -> dict[str, tuple[str, list[tuple]]]:
    """The rows an import wrote (read back from a township database it filled), prepared
    outside the timing: the floor only inserts them."""
    connection = sqlite3.connect(imported)
    rows = {}
    for table in IMPORTED_TABLES:
        cursor = connection.execute(f"SELECT * FROM {table}")
        names = [column[0] for column in cursor.description]
        rows[table] = (f"INSERT INTO {table} ({', '.join(names)}) VALUES"
                       f" ({', '.join('?' * len(names))})", cursor.fetchall())  # fmt: skip
    # The full-text index keeps no copy of what it indexed: its rows are made again.
    visits = connection.execute("SELECT id, subject, request FROM visits").fetchall()
    rows["visit_text"] = (
        "INSERT INTO visit_text (rowid, grams) VALUES (?, ?)",
        [(i, text_grams(subject, request)) for i, subject, request in visits],
    )
    connection.close()
    return rows


def import_floor(blank: Path, target: Path, rows: dict[str, tuple[str, list[tuple]]]) -> None:
    copy(blank, target)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("BEGIN")
    for sql, values in rows.values():
        connection.executemany(sql, values)
    connection.execute("COMMIT")
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "sync-100k.sqlite3")
    parser.add_argument("--visits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    build_station(args.db, args.visits)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        station_path = folder / "station.sqlite3"
        copy(args.db, station_path)
        station = open_database(station_path)
        blank = folder / "township.sqlite3"
        township = open_database(blank)
        set_up_station(township, validate_station(TOWNSHIP), validate_new_clerk(SAMPLE_CLERK), NOW)
        register_key_file(station, me(township).public_key_file(), clerk=None, now=NOW)
        register_key_file(township, me(station).public_key_file(), clerk=None, now=NOW)
        township.close()
        cases = station.execute("SELECT count(*) FROM visits").fetchone()[0]
        events = station.execute("SELECT count(*) FROM events").fetchone()[0]

        export_floor(station_path)  # warm the page cache for both sides alike
        floor_out = median_seconds(args.runs, lambda _: export_floor(station_path))
        files: list[Path] = []

        def export(run: int) -> None:
            usb = folder / f"usb{run}"
            usb.mkdir()
            files.append(Path(export_station(station, usb, clerk=None, now=NOW, full=True).path))

        ours_out = median_seconds(args.runs, export)
        size = files[0].stat().st_size
        station.close()

        def load(run: int) -> None:
            target = folder / f"township{run}.sqlite3"
            copy(blank, target)
            db = open_database(target)
            (outcome,) = import_files(db, [files[0]], db_path=target, clerk=None, now=NOW)
            assert outcome.status == "loaded", outcome.message
            db.close()

        load(-1)  # the rows the floor writes, and a warm page cache for both
        rows = import_rows(folder / "township-1.sqlite3")
        floor_in = median_seconds(
            args.runs, lambda run: import_floor(blank, folder / f"floor{run}.sqlite3", rows)
        )
        ours_in = median_seconds(args.runs, load)

    print(f"Sync of {cases:,} changed cases ({events:,} events), file of {size / 1e6:,.0f} MB,"
          f" median of {args.runs} runs\n")  # fmt: skip
    print("| measure | seconds | cases/s | floor seconds | floor cases/s | ratio | goal |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for label, ours, floor, goal in (
        ("export: read, hash, seal, write, read back and check, record", ours_out, floor_out,
         "2x"),
        ("import: open (verify, decrypt, check), back up, load, summarise, record", ours_in,
         floor_in, "3x"),
    ):  # fmt: skip
        print(f"| {label} | {ours:.1f} | {cases / ours:,.0f} | {floor:.1f} | "
              f"{cases / floor:,.0f} | {ours / floor:.1f}x | within {goal} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
