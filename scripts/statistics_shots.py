"""The 统计 screenshots (called by scripts/screenshots.py): a station's page, a township's page
with its stations, and the first page of the PDF report.

Each side is a real database with demo visits and steps recorded as clerks record them: the
stations settle, report and follow up; their sync files go to the township, which decides
and answers there.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from sqlite_utils import Database

from desk.app import build_main_window
from desk.demo import SAMPLE_CLERK, SAMPLE_STATION, DemoVisits
from desk.domain.station import Station, validate_new_clerk, validate_station
from desk.domain.workflow import Action, Level
from desk.registration import visit_rules
from desk.reports import report_pdf
from desk.store import open_database
from desk.store.cases import record_step
from desk.store.metrics import Period
from desk.store.station import active_categories, clerk_by_login, set_up_station
from desk.store.visits import register_visits
from desk.syncing.export import export_station
from desk.syncing.feedback import export_feedback
from desk.syncing.importing import import_files
from desk.syncing.parties import me, register_key_file
from desk.ui.background import DbWorker
from desk.ui.main_window import MainWindow
from desk.ui.pages.statistics_page import StatisticsPage

NOW = dt.datetime(2026, 11, 26, 9, 30)
SCREEN = (1366, 768)
QUARTER = Period.quarter(2026, 3)
TOWNSHIP = {**SAMPLE_STATION, "mode": "township", "code": "410423203000",
            "name": "马庄乡信访办", "township": "孟津县"}  # fmt: skip
RED = {**SAMPLE_STATION, "code": "410423203203", "name": "红旗村群众工作站"}
Settle = Callable[[QApplication, DbWorker], None]
Save = Callable[[QWidget, Path], None]
Render = Callable[..., None]


def statistics_pages(
    app: QApplication,
    folder: Path,
    out: Path,
    *,
    settle: Settle,
    save: Save,
    render: Render | None,
) -> None:
    """`render`: also the PDF report's first page (it prints in Chinese in any language)."""
    folder = folder / "statistics"  # databases and a stick of their own
    folder.mkdir()
    east_path, township_path = folder / "east.sqlite3", folder / "township.sqlite3"
    east = _station(east_path, SAMPLE_STATION, visits=1500, seed=31)
    red = _station(folder / "red.sqlite3", RED, visits=700, seed=32)
    township = _township(township_path, [east, red], folder / "usb")
    # The township's decisions and answers come back to the station in its feedback file.
    answer = export_feedback(township, folder / "usb", SAMPLE_STATION["code"], clerk=None, now=NOW)
    import_files(east, [Path(answer.path)], db_path=east_path, clerk=None, now=NOW)

    window, worker = _open(east, validate_station(SAMPLE_STATION), east_path)
    page = _statistics(app, window, worker, settle)
    save(window, out / "statistics-page.png")
    page.scroll.verticalScrollBar().setValue(700)
    settle(app, worker)
    save(window, out / "statistics-page-charts.png")
    if render is not None:
        shown = page.shown
        pdf = report_pdf(shown.figures, station_name=shown.name, period_label=QUARTER.label)
        render(pdf, out / "report-page1.png", dpi=100)
    window.close()
    settle(app, worker)
    worker.shutdown()

    window, worker = _open(township, validate_station(TOWNSHIP), township_path)
    page = _statistics(app, window, worker, settle)
    save(window, out / "statistics-township.png")
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    settle(app, worker)
    save(window, out / "statistics-township-stations.png")
    window.close()
    settle(app, worker)
    worker.shutdown()
    for db in (east, red, township):
        db.close()


def _station(path: Path, particulars: dict[str, str], *, visits: int, seed: int) -> Database:
    """A station with demo visits over three years; the station's steps on older ones."""
    db = open_database(path)
    station = validate_station(particulars)
    clerk = set_up_station(db, station, validate_new_clerk(SAMPLE_CLERK), NOW)
    demo = DemoVisits(station_code=station.code, now=NOW, seed=seed)
    records = register_visits(db, list(demo.validated(visits, visit_rules(db, NOW))),
                              station=station, clerk=clerk, now=NOW)  # fmt: skip
    rng = random.Random(seed)
    for record in rng.sample(records, len(records) * 2 // 3):
        received = dt.datetime.strptime(record.visit.received_at, "%Y-%m-%d %H:%M")
        for action, days, data in _station_steps(rng):
            when = received + dt.timedelta(days=days, hours=1)
            if when < NOW:
                record_step(db, record.serial, action=action, level=Level.STATION, data=data,
                            clerk=clerk, now=when)  # fmt: skip
    return db


def _station_steps(rng: random.Random) -> list[tuple[Action, int, dict[str, object]]]:
    view = rng.choice(("满意", "满意", "基本满意", "不满意"))
    if rng.random() < 0.35:
        steps = [(Action.SETTLE, 0, {"means": "调解", "visitor_view": "满意"})]
        return steps + ([(Action.FOLLOW_UP, 20, {"satisfaction": view})] if rng.random() < 0.6
                        else [])  # fmt: skip
    return [(Action.REPORT, rng.randint(0, 8), {})]


def _township(path: Path, stations: list[Database], usb: Path) -> Database:
    """The township: each station's sync file loaded, then its decisions and answers."""
    db = open_database(path)
    township = validate_station(TOWNSHIP)
    clerk = set_up_station(db, township, validate_new_clerk(SAMPLE_CLERK), NOW)
    usb.mkdir(exist_ok=True)
    for station_db in stations:
        register_key_file(station_db, me(db).public_key_file(), clerk=None, now=NOW)
        register_key_file(db, me(station_db).public_key_file(), clerk=None, now=NOW)
        sent = export_station(station_db, usb, clerk=None, now=NOW)
        import_files(db, [Path(sent.path)], db_path=path, clerk=clerk, now=NOW)
    rng = random.Random(7)
    reported = db.execute(
        "SELECT serial, received_at FROM visits WHERE state = '已上报乡镇' ORDER BY id"
    ).fetchall()
    for serial, received_at in reported:
        for action, days, data in _township_steps(rng):
            when = dt.datetime.fromisoformat(received_at) + dt.timedelta(days=days, hours=2)
            if when >= NOW:
                break
            on = when.date().isoformat()
            data = {k: on if v == "on" else v for k, v in data.items()}
            record_step(db, serial, action=action, level=Level.TOWNSHIP, data=data, clerk=clerk,
                        now=when)  # fmt: skip
    return db


def _township_steps(rng: random.Random) -> list[tuple[Action, int, dict[str, object]]]:
    decided = rng.randint(8, 22)  # some after the 15 days
    if rng.random() < 0.15:
        return [(Action.NOT_ACCEPT, decided, {"ground": "已进入诉讼程序", "notice_on": "on"})]
    office = rng.choice(("马庄乡国土所", "马庄乡农业服务中心", "马庄乡社会事务办"))
    return [
        (Action.ACCEPT, decided, {"notice_on": "on", "office": office}),
        (Action.ANSWER, decided + rng.randint(20, 75), {"outcome": "支持", "opinion_on": "on"}),
    ]


def _open(db: Database, station: Station, path: Path) -> tuple[MainWindow, DbWorker]:
    worker = DbWorker(db)
    head = clerk_by_login(db, SAMPLE_CLERK["login"])
    window = build_main_window(worker, station=station, clerk=head,
                               categories=active_categories(db), db_path=path,
                               clock=lambda: NOW)  # fmt: skip
    window.resize(*SCREEN)
    window.show()
    return window, worker


def _statistics(
    app: QApplication, window: MainWindow, worker: DbWorker, settle: Settle
) -> StatisticsPage:
    window.navigation.setCurrentRow(window.titles.index("统计"))
    page = window.statistics_page
    settle(app, worker)
    page.choose(QUARTER)
    while page.shown is None or page.shown.figures.period != QUARTER or worker.busy:
        settle(app, worker)
    settle(app, worker)
    return page
