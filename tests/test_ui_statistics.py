"""The 统计 page: a period chosen shows the hand-worked figures of test_metrics; 导出报表 writes
the report; the page fits a 1366x768 window."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desk.reports import ReportFormat
from desk.store.metrics import RATE_DEFINITIONS, Period
from desk.store.station import active_categories, active_clerks, load_station
from tests.conftest import wait_for_worker
from tests.test_metrics import OCTOBER, TODAY, desk, october  # noqa: F401


def open_statistics_page(qtbot, worker, db, station, clerk, today: dt.date = TODAY):
    """The page alone, its clock on the statistics date, shown at the size it has in the
    window at 1366x768."""
    from desk.ui.pages.statistics_page import StatisticsPage
    from desk.ui.session import Session

    session = Session(
        worker=worker,
        station=station,
        clerk=clerk,
        categories=active_categories(db),
        db_path=Path("station.sqlite3"),
        clock=lambda: dt.datetime.combine(today, dt.time(10, 0)),
    )
    page = StatisticsPage(session)
    qtbot.addWidget(page)
    page.resize(1270, 700)
    page.show()
    wait_for_worker(qtbot, worker)
    return page


def choose_month(qtbot, page, worker, year: int, month: int) -> None:
    """As a clerk does: 月, the year, the month."""
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("month"))
    picker.year.setValue(year)
    picker.month.setCurrentIndex(month - 1)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.figures.period == OCTOBER)
    wait_for_worker(qtbot, worker)


def texts(page, key: str) -> list[list[str]]:
    from desk.ui.report_table import rows_shown

    widget = page.tables[key]
    headings = [widget.horizontalHeaderItem(c).text() for c in range(widget.columnCount())]
    return [headings, *rows_shown(widget)]


@pytest.fixture
def page(desk_app, qtbot, db, worker, station, clerk, october):  # noqa: F811
    return open_statistics_page(qtbot, worker, db, station, clerk)


def test_choosing_a_month_shows_the_hand_worked_figures(qtbot, page, worker) -> None:
    choose_month(qtbot, page, worker, 2026, 10)
    assert texts(page, "summary")[1:] == [
        ["来访", "9", "17"], ["集体访", "1", "6"], ["重复访", "1", "6"], ["越级访", "1", "1"],
        ["在办", "7", ""], ["其中超期", "5", ""],
    ]  # fmt: skip
    rates = [row[:4] for row in texts(page, "rates")[1:]]
    assert rates == [
        ["受理率", "4", "5", "80.0%"], ["按期受理率", "4", "6", "66.7%"],
        ["办结率", "3", "8", "37.5%"], ["按期办结率", "1", "3", "33.3%"],
        ["息诉息访率", "1", "3", "33.3%"], ["满意率", "2", "3", "66.7%"],
    ]  # fmt: skip
    assert texts(page, "open_by_leader")[1:] == [
        ["王乡长", "2", "1"], ["李书记", "1", "1"], ["（未定包案领导）", "4", "3"]
    ]  # fmt: skip
    assert texts(page, "top_categories")[1] == ["自然资源", "4", "2", "+2", "+100.0%"]
    assert "统计日 2027-01-15" in page.status.text() and "来访 9 件 17 人次" in page.status.text()
    assert "stations" not in page.tables  # one station: no breakdown


def test_each_rate_has_its_definition_one_click_away(qtbot, page, worker) -> None:
    from PySide6.QtWidgets import QToolButton

    from desk.ui.report_table import definition_text

    choose_month(qtbot, page, worker, 2026, 10)
    for definition in RATE_DEFINITIONS:
        button = page.findChild(QToolButton, f"define_{definition.key}")
        assert button is not None and button.isVisible(), definition.key
        assert button.toolTip() == definition_text(definition)
        assert definition.numerator in button.toolTip()


def test_the_charts_show_the_same_figures(qtbot, page, worker) -> None:
    from PySide6.QtCharts import QChartView

    choose_month(qtbot, page, worker, 2026, 10)
    trend = page.findChild(QChartView, "trendChart").chart().series()[0]
    points = [int(trend.at(i).y()) for i in range(trend.count())]
    assert points[-2:] == [4, 9] and len(points) == 12
    kinds = page.findChild(QChartView, "kindChart").chart().series()[0]
    assert [s.label() for s in kinds.slices()] == ["建议意见类 1", "检举控告类 1", "申诉求决类 7"]
    rates = page.findChild(QChartView, "ratesChart").chart().series()[0].barSets()[0]
    drawn = [round(rates.at(i), 1) for i in range(rates.count())]
    assert drawn == [66.7, 33.3, 33.3, 37.5, 66.7, 80.0]  # bottom up: 满意率 first


def test_a_quarter_and_a_range_are_computed_too(qtbot, page, worker) -> None:
    page.choose(Period.quarter(2026, 4))
    qtbot.waitUntil(lambda: page.shown.figures.period == Period.quarter(2026, 4))
    assert texts(page, "summary")[1][:2] == ["来访", "10"]  # October 9, November 1
    picker = page.picker
    picker.kind.setCurrentIndex(picker.kind.findData("range"))
    from PySide6.QtCore import QDate

    picker.start.setDate(QDate(2026, 10, 8))
    picker.end.setDate(QDate(2026, 10, 10))
    qtbot.waitUntil(lambda: page.shown.figures.period.start == dt.date(2026, 10, 8))
    assert texts(page, "summary")[1][:2] == ["来访", "2"]  # A and B
    picker.end.setDate(QDate(2026, 10, 1))  # before the start: nothing computed, and said
    qtbot.wait(300)
    assert "结束日期不能早于开始日期" in page.status.text()


@pytest.mark.parametrize("report_format", list(ReportFormat))
def test_export_writes_the_report_shown(qtbot, page, worker, db, tmp_path, report_format) -> None:
    choose_month(qtbot, page, worker, 2026, 10)
    path = tmp_path / f"十月.{report_format.value}"
    page.export_to(path, report_format)
    wait_for_worker(qtbot, worker)
    assert path.exists() and path.stat().st_size > 0
    assert str(path) in page.status.text()
    assert all(button.isEnabled() for button in page.export_buttons)
    (detail,) = db.execute("SELECT detail FROM audit_log WHERE action = '导出'").fetchone()
    assert detail.startswith("统计报表2026年10月")


def test_the_page_fits_the_window_at_1366x768(desk_app, qtbot, window, worker) -> None:
    """In the window: no horizontal scrolling, the period and the export buttons in view."""
    from PySide6.QtWidgets import QPushButton

    window.navigation.setCurrentRow(window.titles.index("统计"))
    page = window.statistics_page
    qtbot.waitUntil(lambda: page.shown is not None)
    wait_for_worker(qtbot, worker)
    assert not page.scroll.horizontalScrollBar().isVisible()
    right = page.mapTo(window, page.rect().topRight()).x()
    for button in page.findChildren(QPushButton):
        corner = button.mapTo(window, button.rect().bottomRight())
        assert corner.x() <= right and corner.y() <= window.height(), button.objectName()
    assert page.picker.isVisible() and page.picker.kind.currentData() == "month"


def test_a_township_sees_its_stations_by_name_and_picks_one(desk_app, qtbot, tmp_path) -> None:
    from desk.store import open_database
    from desk.ui.background import DbWorker
    from tests.test_report_cli import RED, build_township

    db = open_database(build_township(tmp_path / "township.sqlite3"))
    worker = DbWorker(db)
    try:
        station = load_station(db)
        page = open_statistics_page(qtbot, worker, db, station, active_clerks(db)[0])
        assert page.station.isVisible()
        choose_month(qtbot, page, worker, 2026, 10)
        names = [page.station.itemText(i) for i in range(page.station.count())]
        assert names == ["全部工作站", "东风村群众工作站（410423203202）",
                         "红旗村群众工作站（410423203203）"]  # fmt: skip
        assert [row[:3] for row in texts(page, "stations")[1:]] == [
            ["410423203202", "东风村群众工作站", "9"], ["410423203203", "红旗村群众工作站", "2"]
        ]  # fmt: skip
        page.station.setCurrentIndex(page.station.findData(RED))
        qtbot.waitUntil(lambda: page.shown.figures.station_code == RED)
        wait_for_worker(qtbot, worker)
        assert texts(page, "summary")[1] == ["来访", "2", "6"]
        assert "stations" not in page.tables and page.shown.name == "红旗村群众工作站"
        assert page.station.currentData() == RED  # kept when the list is read again
    finally:
        worker.shutdown()
        db.close()
