"""The 矛盾纠纷排查台账 page as a clerk uses it: adding, correcting, filtering, and turning an
entry into a 来访登记."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel

from desk.domain.disputes import BECAME_CASE, IN_HAND, RESOLVED, validate_dispute
from desk.store.disputes import add_dispute, get_dispute, list_disputes
from desk.store.station import active_categories
from desk.ui.dispute_dialog import DisputeDialog
from desk.ui.pages.disputes_page import COLUMNS, HIGH_RISK_COLOR, DisputesPage
from desk.ui.session import Session
from tests.conftest import NOW, type_into, wait_for_worker

TODAY = NOW.date()
HEADINGS = [heading for heading, _, _ in COLUMNS]


@pytest.fixture
def session(db, worker, station, clerk, tmp_path) -> Session:
    return Session(
        worker=worker,
        station=station,
        clerk=clerk,
        categories=active_categories(db),
        db_path=tmp_path / "station.sqlite3",
        clock=lambda: NOW,
    )


@pytest.fixture
def page(desk_app, qtbot, session, worker):
    page = DisputesPage(session)
    qtbot.addWidget(page)
    page.resize(1270, 700)
    page.show()
    wait_for_worker(qtbot, worker)
    yield page
    wait_for_worker(qtbot, worker)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def cell(page: DisputesPage, row: int, heading: str) -> str:
    return page.table.item(row, HEADINGS.index(heading)).text()


def open_new_dialog(qtbot, page: DisputesPage) -> DisputeDialog:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DisputeDialog, "disputeDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill(dialog: DisputeDialog) -> None:
    dialog.found_on.setDate(QDate(2026, 11, 20))
    choose(dialog.screening, "集中排查")
    type_into(dialog.source.lineEdit(), "网格员排查")
    type_into(dialog.village, "东风村")
    choose(dialog.dispute_type, "土地权属")
    choose(dialog.risk, "高")
    type_into(dialog.parties, "张𠇔、李四")
    type_into(dialog.summary, "两户因承包地边界发生争执。")
    type_into(dialog.responsible, "王支书")


def save(qtbot, dialog: DisputeDialog, worker) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_worker(qtbot, worker)


def test_a_new_entry_is_added_through_the_dialog_and_shown(qtbot, page, worker, db) -> None:
    assert page.table.rowCount() == 0
    dialog = open_new_dialog(qtbot, page)
    fill(dialog)
    qtbot.mouseClick(dialog.measures["调解"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.changed, timeout=5000):
        save(qtbot, dialog, worker)
    wait_for_worker(qtbot, worker)
    qtbot.waitUntil(lambda: page.findChild(DisputeDialog) is None)  # closed and deleted
    stored = list_disputes(db)
    assert len(stored) == 1
    entry = stored[0].entry
    assert (entry.parties, entry.source, entry.status) == ("张𠇔、李四", "网格员排查", IN_HAND)
    assert entry.measures == ("调解",)
    assert page.table.rowCount() == 1
    assert cell(page, 0, "排查日期") == "2026-11-20"
    assert cell(page, 0, "当事人") == "张𠇔、李四"
    assert cell(page, 0, "状态") == IN_HAND
    risk = page.table.item(0, HEADINGS.index("风险"))
    assert risk.text() == "高" and risk.foreground().color() == HIGH_RISK_COLOR
    assert page.current().id == stored[0].id  # the new entry is selected
    assert "共 1 条，在办 1 条，其中高风险 1 条" in page.summary.text()


def test_wrong_fields_show_their_messages_and_nothing_is_saved(qtbot, page, worker, db) -> None:
    dialog = open_new_dialog(qtbot, page)
    type_into(dialog.parties, "张三")
    choose(dialog.status, "已销号")
    assert dialog.closed_on.isEnabled()
    save(qtbot, dialog, worker)
    for field, message in (
        ("screening", "请选择排查类型"),
        ("village", "请填写所在村（社区）"),
        ("measures", "“已销号”须选择采取的化解措施"),
        ("follow_up", "销号前须回访"),
    ):
        label = dialog.findChild(QLabel, f"error_{field}")
        assert label.isVisible() and message in label.text(), field
    assert not dialog.findChild(QLabel, "error_parties").isVisible()
    assert dialog.isVisible()
    assert list_disputes(db) == []
    dialog.reject()


def test_an_entry_is_edited_to_resolved(qtbot, page, worker, db, clerk) -> None:
    raw = {
        "found_on": "2026-11-02", "screening": "经常性排查", "source": "群众反映",
        "parties": "赵甲、钱乙", "village": "红旗村", "dispute_type": "邻里纠纷",
        "summary": "排水沟堵塞引发争吵", "risk": "中", "responsible": "李调解员",
    }  # fmt: skip
    added = add_dispute(db, validate_dispute(raw, today=TODAY), clerk=clerk, now=NOW)
    page.refresh()
    wait_for_worker(qtbot, worker)
    page.select(added.id)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DisputeDialog, "disputeDialog")
    assert dialog.parties.text() == "赵甲、钱乙"
    assert dialog.source.currentText() == "群众反映"
    assert dialog.risk.currentText() == "中"
    assert not dialog.closed_on.isEnabled()
    choose(dialog.status, RESOLVED)
    dialog.measures["调解"].setChecked(True)
    dialog.measures["会商"].setChecked(True)
    type_into(dialog.follow_up, "11月25日回访，双方已疏通水沟")
    save(qtbot, dialog, worker)
    wait_for_worker(qtbot, worker)
    changed = get_dispute(db, added.id)
    assert changed.entry.status == RESOLVED
    assert changed.entry.measures == ("调解", "会商")
    assert changed.entry.follow_up == "11月25日回访，双方已疏通水沟"
    assert cell(page, 0, "状态") == RESOLVED
    assert page.table.item(0, HEADINGS.index("风险")).foreground().color() != HIGH_RISK_COLOR


def add_entries(db, clerk) -> list[int]:
    base = {
        "screening": "经常性排查", "source": "村组干部走访", "village": "东风村",
        "dispute_type": "婚姻家庭", "summary": "夫妻因赡养老人问题争执", "risk": "低",
        "responsible": "王芳",
    }  # fmt: skip
    ids = []
    for number, (found_on, parties, status) in enumerate(
        (("2026-11-01", "孙一", IN_HAND), ("2026-11-10", "周二", RESOLVED)), start=1
    ):
        raw = {**base, "found_on": found_on, "parties": parties, "status": status}
        if status == RESOLVED:
            raw["measures"] = ["调解"]
        ids.append(add_dispute(db, validate_dispute(raw, today=TODAY), clerk=clerk, now=NOW).id)
        assert number
    return ids


def test_the_status_filter_narrows_the_table(qtbot, page, worker, db, clerk) -> None:
    add_entries(db, clerk)
    page.refresh()
    wait_for_worker(qtbot, worker)
    assert [cell(page, row, "当事人") for row in range(2)] == ["周二", "孙一"]  # newest first
    choose(page.status_filter, RESOLVED)
    wait_for_worker(qtbot, worker)
    assert page.table.rowCount() == 1 and cell(page, 0, "当事人") == "周二"
    choose(page.status_filter, "办理状态：全部")
    wait_for_worker(qtbot, worker)
    assert page.table.rowCount() == 2


def test_buttons_follow_the_selection(qtbot, page, worker, db, clerk) -> None:
    add_entries(db, clerk)
    page.refresh()
    wait_for_worker(qtbot, worker)
    assert not page.edit_button.isEnabled() and not page.register_button.isEnabled()
    page.table.selectRow(0)
    assert page.edit_button.isEnabled() and page.register_button.isEnabled()


def test_to_register_emits_the_entry_and_its_registration_values(
    qtbot, page, worker, db, clerk
) -> None:
    raw = {
        "found_on": "2026-11-20", "screening": "集中排查", "source": "网格员排查",
        "parties": "张𠇔、李四", "village": "东风村", "dispute_type": "土地权属",
        "summary": "两户因承包地边界发生争执。", "risk": "高", "responsible": "王支书",
    }  # fmt: skip
    added = add_dispute(db, validate_dispute(raw, today=TODAY), clerk=clerk, now=NOW)
    page.refresh()
    wait_for_worker(qtbot, worker)
    page.select(added.id)
    with qtbot.waitSignal(page.to_register, timeout=2000) as signal:
        qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    dispute_id, values = signal.args
    assert dispute_id == added.id
    assert values["visitor_name"] == "张𠇔"
    assert values["involved"] == "李四"
    assert values["village"] == "东风村"
    assert values["subject"] == "土地权属：两户因承包地边界发生争执"
    assert values["request"] == "两户因承包地边界发生争执。"
    assert "集中排查" in values["facts"]


def test_an_entry_becomes_a_case_through_the_register_page(qtbot, window, worker, db, clerk):
    """The wiring the main window is to do: 转为来访登记 fills the 登记 form; saving the visit
    links the entry to it."""
    raw = {
        "found_on": "2026-11-20", "screening": "集中排查", "source": "网格员排查",
        "parties": "张𠇔、李四", "village": "东风村", "dispute_type": "土地权属",
        "summary": "两户因承包地边界发生争执。", "risk": "高", "responsible": "王支书",
    }  # fmt: skip
    added = add_dispute(db, validate_dispute(raw, today=TODAY), clerk=clerk, now=NOW)
    page = DisputesPage(window.session)
    qtbot.addWidget(page)
    page.show()
    wait_for_worker(qtbot, worker)
    register = window.register_page
    pending: list[int] = []

    def start_registration(dispute_id: int, values: dict) -> None:
        pending[:] = [dispute_id]
        register.form.set_values(values)

    page.to_register.connect(start_registration)
    register.saved.connect(lambda record: pending and page.link_visit(pending.pop(), record.serial))
    page.select(added.id)
    page.register_current()
    form = register.form
    assert form.visitor_name.text() == "张𠇔"
    assert form.subject.text() == "土地权属：两户因承包地边界发生争执"
    type_into(form.id_number, "11010519491231002X")
    type_into(form.address, "东风村三组12号")
    for combo, text in ((form.kind, "申诉求决类"), (form.category1, "自然资源")):
        choose(combo, text)
        combo.activated.emit(combo.currentIndex())
    choose(form.category2, "土地征收")
    register.save()
    qtbot.waitUntil(lambda: register.last_record is not None, timeout=10_000)
    wait_for_worker(qtbot, worker)
    wait_for_worker(qtbot, worker)
    linked = get_dispute(db, added.id)
    assert linked.entry.status == BECAME_CASE
    assert linked.visit_serial == register.last_record.serial
    assert cell(page, 0, "登记编号") == register.last_record.serial
    assert cell(page, 0, "状态") == BECAME_CASE
    assert not page.register_button.isEnabled()

    # a linked entry opens with its status fixed and its case named
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(DisputeDialog, "disputeDialog")
    assert not dialog.status.isEnabled() and dialog.status.currentText() == BECAME_CASE
    note = dialog.findChild(QLabel, "disputeLinkedNote")
    assert register.last_record.serial in note.text()
    type_into(dialog.follow_up, "已转乡镇办理")
    save(qtbot, dialog, worker)
    assert get_dispute(db, added.id).entry.follow_up == "已转乡镇办理"


def test_every_interactive_widget_is_named(qtbot, page) -> None:
    dialog = page.add_entry()
    for widget in (
        page.status_filter, page.add_button, page.edit_button, page.register_button, page.table,
        dialog.found_on, dialog.screening, dialog.source, dialog.village, dialog.dispute_type,
        dialog.risk, dialog.parties, dialog.summary, dialog.responsible, dialog.status,
        dialog.follow_up, dialog.closed_on, dialog.save_button, *dialog.measures.values(),
    ):  # fmt: skip
        assert widget.objectName() and widget.accessibleName(), widget
    dialog.reject()


def test_nothing_is_cut_off_at_the_window_size(qtbot, page, worker, db, clerk) -> None:
    add_entries(db, clerk)
    page.refresh()
    wait_for_worker(qtbot, worker)
    for button in (page.add_button, page.edit_button, page.register_button):
        assert button.width() >= button.sizeHint().width()
    right = sum(page.table.columnWidth(c) for c in range(len(COLUMNS)))
    assert right <= page.table.viewport().width() + 1  # no sideways scrolling
    dialog = page.add_entry()
    dialog.adjustSize()
    assert dialog.height() <= 700 and dialog.width() <= 1270
    dialog.reject()


def test_a_closing_date_is_sent_only_for_a_struck_off_entry(qtbot, page) -> None:
    dialog = page.add_entry()
    dialog.closed_on.setDate(QDate(TODAY - dt.timedelta(days=1)))
    assert dialog.values()["closed_on"] == ""
    choose(dialog.status, "已销号")
    assert dialog.values()["closed_on"] == (TODAY - dt.timedelta(days=1)).isoformat()
    dialog.reject()
