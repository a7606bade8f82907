"""统计 at a million visits: the figures of a month, a year and the whole database, beside one
plain COUNT(*) over the same table measured in the same run.

    .venv/bin/python bench/report.py DB [--today YYYY-MM-DD] [--runs 5]
    .venv/bin/python bench/report.py COPY --add-steps 20000   # then measure COPY

The database is opened read-only and is not changed (its file must be at the current schema:
open it once with the program, on a copy if it must stay as it is). `--add-steps N` is the
exception: it records steps (settled on the spot, reported, accepted, answered, not accepted,
回访) on N cases that are only registered, so that the rates have cases to read; use it on a
copy. Floors, from the same run:
- COUNT(*): `SELECT count(*) FROM visits`, which SQLite answers from its smallest index;
- a plain read of the period: `SELECT sum(headcount) FROM visits WHERE received_at ...`, which
  reads each of the period's rows once (the figures read each at least once).
Goal (issue 7): a report over 1,000,000 visits under 2 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlite_utils import Database  # noqa: E402

from desk.domain.workflow import Action, Level  # noqa: E402
from desk.store.cases import record_step  # noqa: E402
from desk.store.metrics import REPORT_INDEX, Figures, Period, case_facts, figures  # noqa: E402


def seconds(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(fastest, median) of `runs` timings."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return min(samples), statistics.median(samples)


def read_only(path: Path) -> Database:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    columns = {row[1] for row in connection.execute("PRAGMA table_info(visits)")}
    if "decision" not in columns:
        raise SystemExit(
            f"{path} predates the rate columns (migration 0007): open a copy of it once with"
            " the program (`desk --db COPY cases`), then measure the copy."
        )
    return Database(connection)


def periods(db: Database) -> list[tuple[str, Period]]:
    first, last = db.execute("SELECT min(received_at), max(received_at) FROM visits").fetchone()
    first_day, last_day = dt.date.fromisoformat(first[:10]), dt.date.fromisoformat(last[:10])
    month_end = last_day.replace(day=1) - dt.timedelta(days=1)  # the last whole month
    year = last_day.year - 1  # the last whole year
    return [
        ("a month", Period.month(month_end.year, month_end.month)),
        ("a year", Period.year(year)),
        ("everything", Period(first_day, last_day)),
    ]


def add_steps(path: Path, cases: int, seed: int = 7) -> None:
    """Steps on `cases` registered cases, dated from their reception, as a station and its
    township would record them: about a third settled on the spot, the rest reported; most
    reported ones accepted and answered (some late), some not accepted; half followed up."""
    from desk.store import open_database

    rng = random.Random(seed)
    db = open_database(path)
    rows = db.execute(
        "SELECT serial, received_at FROM visits WHERE state = '已登记' AND received_at < ?",
        [(dt.date.today() - dt.timedelta(days=120)).isoformat()],
    ).fetchall()
    started = time.perf_counter()
    for number, (serial, received_at) in enumerate(rng.sample(rows, min(cases, len(rows))), 1):
        received = dt.datetime.fromisoformat(received_at).replace(hour=10, minute=0)
        for action, level, after_days, data in _steps(rng):
            when = received + dt.timedelta(days=after_days)
            dated = {k: when.date().isoformat() if v is _ON_THE_DAY else v for k, v in data.items()}
            record_step(db, serial, action=action, level=level, data=dated, clerk=None, now=when)
        if number % 1000 == 0:
            rate = number / (time.perf_counter() - started)
            print(f"  {number} cases stepped ({rate:.0f} a second)", flush=True)
    db.close()


_ON_THE_DAY = object()  # a document date: the day of the step


def _steps(rng: random.Random) -> list[tuple[Action, Level, int, dict[str, object]]]:
    station, township = Level.STATION, Level.TOWNSHIP
    roll = rng.random()
    if roll < 0.3:
        steps = [(Action.SETTLE, station, 0, {"means": "调解", "visitor_view": "满意"})]
    elif roll < 0.4:
        steps = [
            (Action.REPORT, station, rng.randint(0, 6), {}),
            (Action.NOT_ACCEPT, township, rng.randint(7, 25),
             {"ground": "应通过诉讼解决", "notice_on": _ON_THE_DAY}),
        ]  # fmt: skip
    else:
        steps = [
            (Action.REPORT, station, rng.randint(0, 6), {}),
            (Action.ACCEPT, township, rng.randint(7, 25), {"notice_on": _ON_THE_DAY}),
            (Action.ANSWER, township, rng.randint(30, 95),
             {"outcome": "支持", "opinion_on": _ON_THE_DAY}),
        ]  # fmt: skip
    if rng.random() < 0.5:
        view = rng.choice(("满意", "满意", "基本满意", "不满意"))
        steps.append((Action.FOLLOW_UP, station, 100, {"satisfaction": view}))
    return steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today())
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--add-steps", type=int, default=0, metavar="N")
    args = parser.parse_args()
    if args.add_steps:
        add_steps(args.db, args.add_steps)
        return 0

    db = read_only(args.db)
    total = db.execute("SELECT count(*) FROM visits").fetchone()[0]
    stepped = db.execute("SELECT count(*) FROM visits WHERE state != '已登记'").fetchone()[0]
    indexes = {row[1] for row in db.execute("PRAGMA index_list(visits)")}
    index = "with" if REPORT_INDEX in indexes else "without"
    print(
        f"{args.db}: {total:,} visits, {stepped:,} of them past 已登记; {index} the report"
        f" index {REPORT_INDEX}; statistics date {args.today}; {args.runs} runs each\n"
    )
    print("| period | visits in it | cases read for the rates | figures() fastest / median"
          " | plain read of its visits | COUNT(*) floor | figures ÷ COUNT(*) |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, period in periods(db):
        result: list[Figures] = []

        def report(p: Period = period, into: list[Figures] = result) -> None:
            into.append(figures(db, p, today=args.today))

        fastest, median = seconds(report, args.runs)
        start, after = period.start.isoformat(), (period.end + dt.timedelta(days=1)).isoformat()
        scan, _ = seconds(
            lambda s=start, a=after: db.execute(
                "SELECT sum(headcount) FROM visits WHERE received_at >= ? AND received_at < ?",
                [s, a],
            ).fetchone(),
            args.runs,
        )  # fmt: skip
        floor, _ = seconds(lambda: db.execute("SELECT count(*) FROM visits").fetchone(), args.runs)
        facts = len(case_facts(db, period, today=args.today))
        print(
            f"| {name} ({period.label}) | {result[-1].visits:,} | {facts:,} "
            f"| {fastest * 1000:,.0f} / {median * 1000:,.0f} ms | {scan * 1000:,.0f} ms "
            f"| {floor * 1000:.1f} ms | {fastest / floor:,.0f}x |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
