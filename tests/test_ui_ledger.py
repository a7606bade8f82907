"""台账 in the window: typing filters the table, Enter opens the case, the table scrolls."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desk.demo import DemoVisits
from desk.registration import visit_rules
from desk.store.ledger import PAGE_SIZE
from desk.store.visits import register_visits
from desk.ui.person_dialog import PersonDialog
from desk.ui.visit_detail import VisitDetailDialog
from tests.conftest import NOW, type_into, wait_for_worker


@pytest.fixture
def ledger_page(qtbot, window, worker, db, station, clerk):
    """The 台账 page over 1,000 demo visits and one known visitor."""
    visits = list(
        DemoVisits(station_code=station.code, now=NOW, seed=7).validated(1000, visit_rules(db, NOW))
    )
    register_visits(db, visits, station=station, clerk=clerk, now=NOW)
    page = window.ledger_page
    window.navigation.setCurrentRow(1)
    page.search_now()
    qtbot.waitUntil(lambda: "1,000" in page.count.text(), timeout=10_000)
    return page


def shown_names(page) -> list[str]:
    return [page.model.row_at(r).visitor_name for r in range(page.model.rowCount())]


def test_typing_filters_the_table_and_counts_the_matches(qtbot, ledger_page, db) -> None:
    surname = db.execute("SELECT visitor_name FROM visits ORDER BY id LIMIT 1").fetchone()[0][0]
    type_into(ledger_page.box, surname)
    qtbot.waitUntil(
        lambda: ledger_page.model.search.query.text == surname and ledger_page.model.known_total,
        timeout=5000,
    )
    expected = {
        visit_id
        for (visit_id,) in db.execute(
            "SELECT v.id FROM visits v LEFT JOIN representatives r ON r.visit_id = v.id"
            " WHERE v.visitor_name GLOB ? OR r.name GLOB ?",
            [surname + "*", surname + "*"],
        )
    }
    assert 0 < len(expected) < PAGE_SIZE
    shown = {ledger_page.model.row_at(r).id for r in range(ledger_page.model.rowCount())}
    assert shown == expected
    assert ledger_page.count.text() == f"共 {len(expected):,} 条"


def test_enter_opens_the_case_of_the_selected_row(qtbot, ledger_page) -> None:
    type_into(ledger_page.box, "zs")
    qtbot.waitUntil(
        lambda: ledger_page.model.search.query.text == "zs" and not ledger_page.model.pending,
        timeout=5000,
    )
    wait_for_worker(qtbot, ledger_page.session.worker)
    ledger_page.table.setFocus()
    ledger_page.table.selectRow(0)
    expected = ledger_page.current_row().serial
    qtbot.keyClick(ledger_page.table, Qt.Key.Key_Return)
    detail = ledger_page.findChild(VisitDetailDialog)
    assert detail is not None and detail.serial == expected


def test_the_table_jumps_to_its_end_and_loads_only_what_is_shown(qtbot, ledger_page) -> None:
    model = ledger_page.model
    assert model.rowCount() == 1000
    assert len(model.anchors) == 1000 // PAGE_SIZE
    ledger_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.row_at(999) is not None, timeout=5000)
    last = model.row_at(999)
    assert last.id == min(model.row_at(r).id for r in range(990, 1000))
    assert 4 not in model.pages or len(model.pages) <= 3  # pages in the middle never loaded


def test_clicking_a_heading_sorts_by_it(qtbot, ledger_page) -> None:
    header = ledger_page.table.horizontalHeader()
    header.setSortIndicator(2, Qt.SortOrder.AscendingOrder)  # 姓名
    qtbot.waitUntil(lambda: ledger_page.model.search.order.value == "visitor_name", timeout=5000)
    wait_for_worker(qtbot, ledger_page.session.worker)
    first = [ledger_page.model.row_at(r).visitor_name for r in range(20)]
    assert first == sorted(first)


def test_a_persons_history_opens_from_the_row(qtbot, ledger_page) -> None:
    ledger_page.table.selectRow(0)
    ledger_page.show_person()
    dialog = ledger_page.findChild(PersonDialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 1, timeout=5000)
    assert "共来访" in dialog.heading.text()
