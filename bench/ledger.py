"""The 台账 at a million visits: every kind of query, the table, saving, size and memory.

    .venv/bin/python bench/ledger.py [--db bench/out/ledger-1m.sqlite3] [--visits 1000000]

Builds the database with `desk demo` the first time (several minutes) and reuses it after.
Each figure stands beside its floor measured in the same run:
- a query: the same search as a full scan of the table (NOT INDEXED), which must find the same
  rows; the benchmark stops if the counts differ (some SQLite builds silently return nothing
  for short queries on some full-text indexes);
- saving a visit: a bare single-row insert with the same durability (WAL, synchronous=FULL);
- size: the database without the search indexes;
- memory: the process before the table scrolled.
Goals (issue 6): query p95 under 10 ms; saving within 3x of the bare insert; index overhead
under 1.5x the data; memory within 100 MB while scrolling from the first row to the last.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
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
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desk.demo import SAMPLE_VISIT  # noqa: E402
from desk.domain.search_query import Kind, parse_query  # noqa: E402
from desk.domain.text_grams import query_words  # noqa: E402
from desk.registration import register_from_form  # noqa: E402
from desk.store import open_database  # noqa: E402
from desk.store.ledger import Filters, Order, Search, count, page  # noqa: E402
from desk.store.station import active_clerks, load_station  # noqa: E402

SAMPLES = 30
SEARCH_INDEXES = (
    "visits_by_name", "visits_by_name_initials", "visits_by_name_pinyin", "visits_by_id_tail4",
    "visits_by_phone_tail", "visits_by_serial_sequence", "representatives_by_name",
)  # fmt: skip


def milliseconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(len(ordered) * 0.95) - 1)]


def queries(db: sqlite3.Connection, rng: random.Random) -> dict[str, list[str]]:
    """Per kind, what clerks type: taken from visits in the database."""
    rows = db.execute(
        "SELECT id_number, phone, serial, visitor_name, name_initials, subject, request"
        " FROM visits WHERE id_number != '' AND phone != '' ORDER BY random() LIMIT ?",
        [SAMPLES],
    ).fetchall()
    kinds: dict[str, list[str]] = {}
    for id_number, phone, serial, name, initials, subject, request in rows:
        text = subject if len(subject) >= 4 else request
        start = rng.randrange(0, max(1, len(text) - 4))
        for kind, typed in (
            ("ID tail", id_number[-4:]),
            ("phone tail", phone[-4:]),
            ("serial", serial),
            ("name prefix", name[:2]),
            ("pinyin initials", initials[:2]),
            ("2-character text", text[start : start + 2]),
            ("4-character text", text[start : start + 4]),
            ("text and filters", text[start : start + 2]),
        ):
            kinds.setdefault(kind, []).append(typed)
    return kinds


FILTERS = Filters(received_from=dt.date.today() - dt.timedelta(days=365), kind="申诉求决类")


def scan_condition(search: Search) -> tuple[str, list]:
    """The search as plain SQL over the visits table, for a full scan that must agree."""
    parts, params = [], []
    for reading in search.query.interpretations:
        value = reading.value
        match reading.kind:
            case Kind.ID_FULL | Kind.SERIAL | Kind.PHONE_FULL:
                column = {Kind.ID_FULL: "id_number", Kind.SERIAL: "serial"}.get(
                    reading.kind, "phone"
                )
                parts.append(f"v.{column} = ?")
                params.append(value)
            case Kind.ID_TAIL:
                parts.append(f"(v.id_number != '' AND substr(v.id_number, -{len(value)}) = ?)")
                params.append(value)
            case Kind.PHONE_TAIL:
                parts.append(
                    f"(v.phone != '' AND substr(replace(v.phone, '-', ''), -{len(value)}) = ?)"
                )
                params.append(value)
            case Kind.SERIAL_TAIL:
                parts.append("substr(v.serial, -?) = ?")
                params += [len(value) + 1, "-" + value]
            case Kind.NAME_PREFIX:
                parts.append(
                    "(substr(v.visitor_name, 1, ?) = ? OR EXISTS (SELECT 1 FROM representatives r"
                    " WHERE r.visit_id = v.id AND substr(r.name, 1, ?) = ?))"
                )
                params += [len(value), value, len(value), value]
            case Kind.PINYIN_INITIALS | Kind.PINYIN_FULL:
                column = "name_initials" if reading.kind is Kind.PINYIN_INITIALS else "name_pinyin"
                parts.append(f"substr(v.{column}, 1, ?) = ?")
                params += [len(value), value]
            case Kind.TEXT:
                words = query_words(value)
                for word in words:
                    parts.append(
                        "(instr(lower(v.subject), ?) > 0 OR instr(lower(v.request), ?) > 0)"
                    )
                    params += [word, word]
    condition = " OR ".join(parts) or "0"
    filters, filter_params = search.filters.conditions()
    return " AND ".join([f"({condition})", *filters]), [*params, *filter_params]


def full_scan(db: sqlite3.Connection, search: Search) -> list[int]:
    condition, params = scan_condition(search)
    return [
        row[0]
        for row in db.execute(
            f"SELECT v.id FROM visits v NOT INDEXED WHERE {condition} ORDER BY v.id DESC", params
        )
    ]


def query_table(database, kinds: dict[str, list[str]]) -> list[str]:
    lines = []
    for kind, samples in kinds.items():
        filters = FILTERS if kind == "text and filters" else Filters()
        timings, floors, found = [], [], 0
        for typed in samples:
            search = Search(parse_query(typed), filters)
            rows = page(database, search)
            timings.append(min(milliseconds(lambda s=search: page(database, s)) for _ in range(3)))
            started = time.perf_counter()
            scanned = full_scan(database.conn, search)
            floors.append((time.perf_counter() - started) * 1000)
            if [r.id for r in rows] != scanned[:200] or count(database, search) != len(scanned):
                raise SystemExit(f"{kind} {typed!r}: the index and the full scan disagree")
            found += len(scanned)
        p50, p95 = percentiles(timings)
        floor50, _ = percentiles(floors)
        lines.append(
            f"| {kind} | {p50:.2f} | {p95:.2f} | {floor50:.0f} | {floor50 / p50:.0f}x faster "
            f"| {found / len(samples):,.0f} |"
        )
    return lines


def table_figures(database) -> list[str]:
    ordered = Search(parse_query(""), order=Order.RECEIVED)
    first = [milliseconds(lambda: page(database, ordered)) for _ in range(5)]
    end = Search(parse_query(""), order=Order.RECEIVED, descending=False)
    last = [milliseconds(lambda: page(database, end)) for _ in range(5)]
    return [
        f"| first page of the table sorted by reception time | {statistics.median(first):.2f} ms |",
        f"| its last page (jump to the end) | {statistics.median(last):.2f} ms |",
    ]


def save_figures(database, folder: Path, saves: int = 100) -> list[str]:
    floor = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    floor.execute("PRAGMA journal_mode=WAL")
    floor.execute("PRAGMA synchronous=FULL")
    floor.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    bare = []
    for n in range(saves):
        bare.append(milliseconds(lambda n=n: (floor.execute("BEGIN"),
            floor.execute("INSERT INTO t (value) VALUES (?)", [f"row {n}"]),
            floor.execute("COMMIT"))))  # fmt: skip
    station, clerk = load_station(database), active_clerks(database)[0]
    now = dt.datetime.now().replace(second=0, microsecond=0)
    visit = {**SAMPLE_VISIT, "received_at": now.strftime("%Y-%m-%d %H:%M")}
    register_from_form(database, visit, station=station, clerk=clerk, now=now)  # pinyin loaded
    saving = [
        milliseconds(
            lambda: register_from_form(database, visit, station=station, clerk=clerk, now=now)
        )
        for _ in range(saves)
    ]
    bare50, _ = percentiles(bare)
    save50, save95 = percentiles(saving)
    return [
        f"| save one visit, all indexes (p50 / p95) | {save50:.2f} / {save95:.2f} ms "
        f"| bare insert {bare50:.2f} ms | {save50 / bare50:.1f}x |"
    ]


def size_figures(raw: sqlite3.Connection) -> list[str]:
    sizes = dict(raw.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    search = sum(v for k, v in sizes.items() if k in SEARCH_INDEXES or k.startswith("visit_text"))
    total = sum(sizes.values())
    data = total - search
    return [
        f"| database without the search indexes | {data / 2**20:,.0f} MB |",
        f"| search indexes (full text, pinyin, tails, names) | {search / 2**20:,.0f} MB "
        f"| {search / data:.2f}x the data |",
    ]


def memory_figures(db_path: Path) -> list[str]:
    """Scroll the real table model from the first row to the last, a page at a time."""
    from PySide6.QtWidgets import QApplication

    from desk.store.ledger import PAGE_SIZE
    from desk.ui.background import DbWorker
    from desk.ui.ledger_model import LedgerModel

    app = QApplication.instance() or QApplication([])
    database = open_database(db_path)
    worker = DbWorker(database)
    model = LedgerModel(worker)
    model.set_search(Search(parse_query("")))
    while not model.known_total or not model.anchors:
        app.processEvents()
        time.sleep(0.005)
    before, peak = _rss_mb(), 0.0
    for row in range(0, model.rowCount(), PAGE_SIZE):
        while model.row_at(row) is None:
            app.processEvents()
        peak = max(peak, _rss_mb())
    worker.shutdown()
    return [
        f"| memory scrolling {model.rowCount():,} rows, first to last | {before:,.0f} MB before, "
        f"{peak:,.0f} MB at most | +{peak - before:,.0f} MB |"
    ]


def _rss_mb() -> float:
    with open("/proc/self/statm") as file:
        return int(file.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=ROOT / "bench" / "out" / "ledger-1m.sqlite3")
    parser.add_argument("--visits", type=int, default=1_000_000)
    args = parser.parse_args()
    if not args.db.exists():
        args.db.parent.mkdir(parents=True, exist_ok=True)
        print(
            f"building {args.visits:,} demo visits in {args.db} (several minutes)", file=sys.stderr
        )
        command = ["-m", "desk", "--db", str(args.db), "demo", "--visits", str(args.visits)]
        subprocess.run([sys.executable, *command], check=True, cwd=ROOT)
    database = open_database(args.db)
    kinds = queries(database.conn, random.Random(6))
    total = database.execute("SELECT count(*) FROM visits").fetchone()[0]
    print(
        f"台账 at {total:,} visits: the newest 200 matches of each query ({SAMPLES} queries each)\n"
    )
    print("| query | p50 ms | p95 ms | full scan p50 ms | index vs scan | matches (mean) |")
    print("| --- | --- | --- | --- | --- | --- |")
    print("\n".join(query_table(database, kinds)))
    print("\n| measure | figure | floor | ratio |\n| --- | --- | --- | --- |")
    print("\n".join(table_figures(database)))
    with tempfile.TemporaryDirectory() as folder:
        print("\n".join(save_figures(database, Path(folder))))
    print("\n".join(size_figures(database.conn)))
    database.close()
    print("\n".join(memory_figures(args.db)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
