"""The 登记 page as a clerk uses it: typing, choosing, saving, being told what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from desk.app import build_main_window
from desk.registration import register_from_form
from desk.store.drafts import load_draft
from desk.store.station import active_categories
from desk.ui.main_window import MainWindow
from tests.conftest import NOW, VALID_VISIT, type_into, wait_for_worker


def choose(combo: QComboBox, text: str) -> None:
    """Pick an item as a clerk would (the page listens to `activated`, a user-only signal)."""
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def fill_valid_visit(qtbot, window: MainWindow, **typed: str) -> None:
    form = window.register_page.form
    values = {
        "visitor_name": "张三丰",
        "id_number": "11010519491231002X",
        "phone": "13937512345",
        "village": "东风村",
        "address": "东风村三组12号",
        "subject": "修路占用承包地补偿未到位",
        **typed,
    }
    for field, text in values.items():
        widget = form.widget_for(field)
        widget.clear()
        type_into(widget, text)
    choose(form.kind, "申诉求决类")
    choose(form.category1, "自然资源")
    choose(form.category2, "土地征收")
    type_into(form.request, "要求按标准发放占地补偿款。")


def visits_in(db) -> int:
    return db.execute("SELECT count(*) FROM visits").fetchone()[0]


def test_a_valid_visit_is_saved_with_the_expected_serial(qtbot, window, worker, db) -> None:
    page = window.register_page
    fill_valid_visit(qtbot, window)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_record is not None, timeout=10_000)
    assert page.last_record.serial == "410423203202-2026-00001"
    assert "410423203202-2026-00001" in page.saved_text.text()
    assert page.saved_banner.isVisible()
    assert visits_in(db) == 1
    saved = db.execute("SELECT visitor_name, visitor_sex, clerk_id FROM visits").fetchone()
    assert saved == ("张三丰", "女", window.register_page.session.clerk.id)  # sex from the ID
    assert page.form.is_blank()  # ready for the next visitor


def test_ctrl_s_saves_and_the_next_visit_takes_the_next_number(qtbot, window, worker) -> None:
    page = window.register_page
    for expected in ("2026-00001", "2026-00002"):
        fill_valid_visit(qtbot, window)
        qtbot.keyClick(page.form.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(
            lambda e=expected: page.last_record and page.last_record.serial.endswith(e),
            timeout=10_000,
        )


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("id_number", {"id_number": "110105194912310021"}, "校验位不符"),
        ("id_number", {"id_number": "1101051949123100"}, "18位"),
        ("phone", {"phone": "1393751234"}, "手机号码应为1开头的11位数字"),
        ("phone", {"phone": "6123456"}, "请带区号"),
        ("subject", {"subject": ""}, "请填写事项标题"),
        ("visitor_name", {"visitor_name": ""}, "请填写姓名"),
        ("address", {"address": ""}, "请填写住址"),
    ],
)
def test_an_invalid_field_shows_its_message_and_nothing_is_saved(
    qtbot, window, worker, db, field, typed, message
) -> None:
    page = window.register_page
    fill_valid_visit(qtbot, window, **typed)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    wait_for_worker(qtbot, worker)
    error = page.form.findChild(QLabel, f"error_{field}")
    assert error.isVisible()
    assert message in error.text()
    assert "尚未保存" in page.status.text()
    assert page.last_record is None
    assert visits_in(db) == 0
    assert page.form.widget_for(field).hasFocus()


def test_a_missing_choice_is_named_too(qtbot, window, worker, db) -> None:
    page = window.register_page
    fill_valid_visit(qtbot, window)
    choose(page.form.kind, "请选择")
    page.save()
    assert "请选择事项性质" in page.form.findChild(QLabel, "error_kind").text()
    assert visits_in(db) == 0


def test_leaving_a_wrong_field_says_so_at_once(qtbot, window) -> None:
    form = window.register_page.form
    type_into(form.phone, "12")
    form.phone.editingFinished.emit()
    error = form.findChild(QLabel, "error_phone")
    assert error.isVisible() and "11位" in error.text()
    # fields the clerk has not reached yet are not scolded
    assert not form.findChild(QLabel, "error_subject").isVisible()


def test_a_known_id_number_shows_the_persons_earlier_visits(
    qtbot, window, worker, db, station, clerk
) -> None:
    for received, subject in (("2026-03-02 09:00", "宅基地纠纷"), ("2026-07-09 15:30", "补偿款")):
        visit = {**VALID_VISIT, "received_at": received, "subject": subject}
        register_from_form(db, visit, station=station, clerk=clerk, now=NOW)
    form = window.register_page.form
    type_into(form.id_number, "11010519491231002x")
    wait_for_worker(qtbot, worker)
    text = window.register_page.history.body.text()
    assert "已来访 2 次" in text
    assert "2026-07-09" in text and "补偿款" in text and "宅基地纠纷" in text
    form.id_number.editingFinished.emit()
    assert form.visitor_sex.currentText() == "女"


def test_a_group_of_five_is_a_collective_visit_by_the_setting(qtbot, window, worker, db) -> None:
    page = window.register_page
    form = page.form
    assert not form.representatives_box.isVisible()
    form.headcount.setValue(5)
    assert form.representatives_box.isVisible()
    assert "集体访" in form.collective_note.text()
    settings = window.settings_page
    settings.threshold.setValue(8)
    settings.save()
    wait_for_worker(qtbot, worker)
    assert form.collective_note.text() == ""
    fill_valid_visit(qtbot, window)
    form.headcount.setValue(9)
    name, _number, phone = form.representative_rows[0]
    type_into(name, "李四")
    type_into(phone, "0375-7654321")
    page.save()
    qtbot.waitUntil(lambda: page.last_record is not None, timeout=10_000)
    assert page.last_record.visit.collective is True
    assert page.last_record.visit.representatives[0].phone == "0375-7654321"


def test_typing_autosaves_a_draft_that_a_new_page_offers_back(
    qtbot, window, worker, db, station, clerk, tmp_path
) -> None:
    form = window.register_page.form
    with qtbot.waitSignal(window.register_page.draft_saved, timeout=5000):
        type_into(form.visitor_name, "赵六")
        type_into(form.subject, "村道损坏")
    draft = load_draft(db, clerk.id)
    assert draft.values["visitor_name"] == "赵六"

    again = build_main_window(
        worker, station=station, clerk=clerk, categories=active_categories(db),
        db_path=tmp_path / "x", clock=lambda: NOW,
    )  # fmt: skip
    qtbot.addWidget(again)
    again.show()
    wait_for_worker(qtbot, worker)
    page = again.register_page
    assert page.draft_banner.isVisible()
    assert "赵六" in page.draft_text.text()
    assert not page.form.isEnabled()  # no typing over the draft before the clerk decides
    qtbot.mouseClick(page.findChild(QPushButton, "restoreDraft"), Qt.LeftButton)
    assert page.form.visitor_name.text() == "赵六"
    assert page.form.subject.text() == "村道损坏"
    assert page.form.isEnabled()


def test_saving_discards_the_draft(qtbot, window, worker, db, clerk) -> None:
    page = window.register_page
    fill_valid_visit(qtbot, window)
    with qtbot.waitSignal(page.draft_saved, timeout=5000):
        pass
    assert load_draft(db, clerk.id) is not None
    page.save()
    qtbot.waitUntil(lambda: page.last_record is not None, timeout=10_000)
    wait_for_worker(qtbot, worker)
    qtbot.wait(800)  # longer than the autosave delay: the cleared form must not save a draft
    wait_for_worker(qtbot, worker)
    assert load_draft(db, clerk.id) is None


def test_the_first_keystroke_on_a_blank_form_takes_the_time_of_day(
    desk_app, qtbot, db, worker, station, clerk, tmp_path
) -> None:
    clock = {"now": dt.datetime(2026, 11, 26, 8, 0)}
    window = build_main_window(
        worker, station=station, clerk=clerk, categories=active_categories(db),
        db_path=tmp_path / "x", clock=lambda: clock["now"],
    )  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    wait_for_worker(qtbot, worker)
    form = window.register_page.form
    assert form.values()["received_at"] == "2026-11-26 08:00"
    clock["now"] = dt.datetime(2026, 11, 26, 10, 35)  # the page sat open all morning
    type_into(form.visitor_name, "钱七")
    assert form.values()["received_at"] == "2026-11-26 10:35"


def test_closing_the_window_keeps_what_was_just_typed(qtbot, window, worker, db, clerk) -> None:
    type_into(window.register_page.form.visitor_name, "孙八")
    window.close()  # before the pause that would trigger the autosave
    wait_for_worker(qtbot, worker)
    assert load_draft(db, clerk.id).values["visitor_name"] == "孙八"


def test_an_earlier_visit_on_the_same_matter_suggests_marking_it_repeated(
    qtbot, window, worker, db, station, clerk
) -> None:
    earlier = {**VALID_VISIT, "received_at": "2026-05-06 09:00", "involved": "县道拓宽工程施工单位"}
    register_from_form(db, earlier, station=station, clerk=clerk, now=NOW)
    page = window.register_page
    fill_valid_visit(qtbot, window)  # same person, same 自然资源 / 土地征收
    wait_for_worker(qtbot, worker)
    assert not page.history.suggestion.isVisible()  # the involved unit differs so far
    type_into(page.form.involved, "县道拓宽工程施工单位")
    assert page.history.suggestion.isVisible()
    assert "2026-05-06" in page.history.suggestion_text.text()
    qtbot.mouseClick(page.history.findChild(QPushButton, "markRepeat"), Qt.MouseButton.LeftButton)
    assert page.form.repeat.isChecked()
    assert not page.history.suggestion.isVisible()


def test_a_matter_closed_for_good_after_recheck_is_pointed_out(
    qtbot, window, worker, db, station, clerk
) -> None:
    from desk.domain.workflow import Action, Level
    from desk.store.cases import record_step

    earlier = {**VALID_VISIT, "received_at": "2026-01-05 09:00"}
    serial = register_from_form(db, earlier, station=station, clerk=clerk, now=NOW).serial
    town = Level.TOWNSHIP
    for action, level, data in (
        (Action.REPORT, Level.STATION, {}),
        (Action.ACCEPT, town, {"notice_on": "2026-01-10"}),
        (Action.ANSWER, town, {"outcome": "不支持", "opinion_on": "2026-02-20"}),
        (Action.REQUEST_REVIEW, town, {"requested_on": "2026-03-01"}),
        (Action.REVIEW_OPINION, town, {"outcome": "维持", "opinion_on": "2026-03-25"}),
        (Action.REQUEST_RECHECK, town, {"requested_on": "2026-04-05"}),
        (Action.RECHECK_OPINION, town, {"outcome": "维持", "opinion_on": "2026-04-30"}),
    ):
        day = next((v for v in data.values() if v.startswith("2026")), "2026-01-06")
        moment = dt.datetime.fromisoformat(day + " 10:00")
        record_step(db, serial, action=action, level=level, data=data, clerk=clerk, now=moment)
    page = window.register_page
    fill_valid_visit(qtbot, window)  # the same person, the same category, no involved unit
    wait_for_worker(qtbot, worker)
    assert page.history.suggestion.isVisible()
    assert "复核终结" in page.history.suggestion_text.text()
