"""How long a clerk waits for a slip, beside a plain ReportLab page drawn in the same run.

    .venv/bin/python bench/receipts.py [--slips 200]

- first slip: a fresh process imports ReportLab, loads the bundled font and draws one A5 slip
  (what the first 打印回执 costs if nothing was preloaded); its floor is a fresh process
  importing ReportLab's canvas and drawing one plain page.
- steady state: 200 different slips (demo visits, both layouts alternating), against the plain
  page: the slip's own text drawn line by line in Helvetica, a built-in font, nothing embedded.

Goals (issue 3): steady state within 10x of the plain page; the first slip under 0.3 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reportlab.pdfgen import canvas  # noqa: E402

from desk.demo import SAMPLE_STATION, DemoVisits  # noqa: E402
from desk.domain.categories import bundled_default_document, parse_category_list  # noqa: E402
from desk.domain.receipt import Layout, ReceiptContent, receipt_content  # noqa: E402
from desk.domain.station import validate_station  # noqa: E402
from desk.domain.visit import VisitRecord, VisitRules  # noqa: E402
from desk.receipts.slip import render_receipt  # noqa: E402

FIRST_SLIP = """
import time
started = time.perf_counter()
import datetime as dt
from desk.demo import SAMPLE_STATION, SAMPLE_VISIT
from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.receipt import Layout, receipt_content
from desk.domain.station import validate_station
from desk.domain.visit import VisitRecord, VisitRules, validate_visit
now = dt.datetime(2026, 11, 26, 10, 0)
station = validate_station(SAMPLE_STATION)
rules = VisitRules(categories=parse_category_list(bundled_default_document()), now=now)
visit = validate_visit(SAMPLE_VISIT, rules)
record = VisitRecord(serial="410423203202-2026-00001", station_code=station.code,
    station_name=station.name, clerk="wangfang", clerk_name="王芳", registered_at="",
    visit=visit, query_code="48392051")
content = receipt_content(record, station, query_code="48392051",
    report_by=dt.date(2026, 12, 3), reprint=0, printed_at=now)
prepared = time.perf_counter()
from desk.receipts.slip import render_receipt
render_receipt(content, Layout.A5)
print(time.perf_counter() - prepared)
"""

FIRST_PLAIN = """
import time
started = time.perf_counter()
import io
from reportlab.pdfgen import canvas
buffer = io.BytesIO()
page = canvas.Canvas(buffer)
page.setFont("Helvetica", 10)
page.drawString(72, 720, "plain page")
page.showPage()
page.save()
print(time.perf_counter() - started)
"""


def fresh_process_seconds(script: str, runs: int = 5) -> float:
    """Median over a few fresh interpreters (the first run also warms the disk cache)."""
    times = []
    for _ in range(runs + 1):
        result = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
        )
        times.append(float(result.stdout.strip().splitlines()[-1]))
    return statistics.median(times[1:])


def contents(count: int) -> list[ReceiptContent]:
    now = dt.datetime.now().replace(second=0, microsecond=0)
    station = validate_station(SAMPLE_STATION)
    rules = VisitRules(categories=parse_category_list(bundled_default_document()), now=now)
    visits = DemoVisits(station_code=station.code, now=now, seed=3).validated(count, rules)
    result = []
    for number, visit in enumerate(visits, start=1):
        record = VisitRecord(
            serial=f"{station.code}-{visit.received_year}-{number:05d}",
            station_code=station.code,
            station_name=station.name,
            clerk="demo",
            clerk_name="王芳",
            registered_at="",
            visit=visit,
            query_code=f"{number * 7919 % 100_000_000:08d}",
        )
        result.append(
            receipt_content(
                record, station, query_code=record.query_code, report_by=dt.date(2026, 12, 3),
                reprint=number % 3, printed_at=now,
            )
        )  # fmt: skip
    return result


def plain_page(content: ReceiptContent) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(420, 595))
    page.setFont("Helvetica", 10)
    lines = [content.title, content.station_line]
    lines += [f"{field.label}: {field.value}" for field in content.fields]
    lines += [content.next_steps, content.query_code, content.printed_at]
    y = 560
    for line in lines:
        page.drawString(30, y, line)
        y -= 14
    page.showPage()
    page.save()
    return buffer.getvalue()


def per_item_ms(items: list[ReceiptContent], draw) -> float:
    started = time.perf_counter()
    for number, item in enumerate(items):
        draw(item, number)
    return (time.perf_counter() - started) / len(items) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slips", type=int, default=200)
    args = parser.parse_args()

    first_slip = fresh_process_seconds(FIRST_SLIP)
    first_plain = fresh_process_seconds(FIRST_PLAIN)
    items = contents(args.slips)
    layouts = (Layout.A5, Layout.ROLL80)
    render_receipt(items[0], Layout.A5)  # fonts loaded: from here on, the steady state
    plain_ms = per_item_ms(items, lambda item, _: plain_page(item))
    slip_ms = per_item_ms(items, lambda item, n: render_receipt(item, layouts[n % 2]))

    print(f"Slips: first in a fresh process, then {args.slips} different slips\n")
    print("| measure | time | floor (plain page) | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| first slip (imports, font, one A5 slip) | {first_slip * 1000:.0f} ms "
        f"| {first_plain * 1000:.0f} ms | {first_slip / first_plain:.1f} | under 300 ms |"
    )
    print(
        f"| steady state, per slip (A5 and roll) | {slip_ms:.1f} ms | {plain_ms:.2f} ms "
        f"| {slip_ms / plain_ms:.1f} | within 10x |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
