"""A case through the window: reported up by the station, then accepted, handed over,
extended, answered and closed by the township, while the 待办 page turns amber and red."""

from __future__ import annotations

import dataclasses
import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton

from desk.app import build_main_window
from desk.registration import register_from_form
from desk.store.station import active_categories
from desk.ui.action_dialog import ActionDialog
from desk.ui.pages.todo_page import DUE_SOON, OVERDUE
from desk.ui.visit_detail import VisitDetailDialog
from tests.conftest import VALID_VISIT, type_into, wait_for_worker


class Clock:
    def __init__(self, moment: dt.datetime) -> None:
        self.now = moment

    def __call__(self) -> dt.datetime:
        return self.now


def open_case(qtbot, window, serial: str) -> VisitDetailDialog:
    window.register_page.open_visit(serial)
    detail = [d for d in window.register_page.findChildren(VisitDetailDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: detail.case is not None, timeout=10_000)
    # The step buttons just added show on the next turn of the event loop.
    wait_for_worker(qtbot, detail.session.worker)
    return detail


def press(qtbot, detail, name: str, **typed: str) -> None:
    """Click the step's button, fill the form the way a clerk would, record it."""
    before = detail.case
    button = detail.findChild(QPushButton, f"action_{name}")
    assert button is not None, [b.objectName() for b in detail.findChildren(QPushButton)]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = [d for d in detail.findChildren(ActionDialog) if d.isVisible()][-1]
    for field, text in typed.items():
        widget = dialog.inputs[field]
        assert isinstance(widget, QLineEdit | QPlainTextEdit)
        type_into(widget, text)
    qtbot.mouseClick(dialog.findChild(QPushButton, "recordStep"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.case is not before, timeout=10_000)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # closed once recorded


def buttons(detail) -> set[str]:
    names = (b.objectName() for b in detail.findChildren(QPushButton) if b.isVisible())
    return {name.removeprefix("action_") for name in names if name.startswith("action_")}


def test_a_case_from_report_to_close_through_the_buttons(
    desk_app, qtbot, db, worker, station, clerk, tmp_path
) -> None:
    clock = Clock(dt.datetime(2026, 11, 26, 9, 40))
    record = register_from_form(
        db, {**VALID_VISIT, "received_at": "2026-11-26 09:30"}, station=station, clerk=clerk,
        now=clock(),
    )  # fmt: skip

    def window_for(level_station):
        window = build_main_window(
            worker, station=level_station, clerk=clerk, categories=active_categories(db),
            db_path=tmp_path / "x", clock=clock,
        )  # fmt: skip
        qtbot.addWidget(window)
        window.show()
        wait_for_worker(qtbot, worker)
        return window

    village = window_for(station)
    detail = open_case(qtbot, village, record.serial)
    assert "已登记" in detail.state.text()
    assert {"report", "settle"} <= buttons(detail)
    assert "accept" not in buttons(detail)  # a village station cannot accept
    press(qtbot, detail, "report", note="当天报乡镇")
    assert "已上报乡镇" in detail.state.text()
    assert "书面告知是否受理" in detail.deadlines.text()

    todo = village.todo_page
    todo.refresh()
    qtbot.waitUntil(
        lambda: todo.model.known_total and todo.model.row_at(0) is not None, timeout=10_000
    )
    row = todo.model.row_at(0)
    assert row.next_due == "2026-12-11"  # 15 days from the report, counted from the next day
    assert todo._tint(row) is None
    clock.now = dt.datetime(2026, 12, 9, 9, 0)
    assert todo._tint(row) is DUE_SOON  # amber: due within three days
    clock.now = dt.datetime(2026, 12, 12, 9, 0)
    assert todo._tint(row) is OVERDUE  # red
    assert "超期1天" in todo.model.data(todo.model.index(0, 1))

    clock.now = dt.datetime(2026, 12, 1, 10, 0)
    township = window_for(dataclasses.replace(station, mode="township"))
    detail = open_case(qtbot, township, record.serial)
    assert {"accept", "not_accept", "hand_over"} <= buttons(detail)
    assert "report" not in buttons(detail)
    press(qtbot, detail, "accept")
    assert "已受理" in detail.state.text()
    press(qtbot, detail, "hand_over", office="马庄乡国土所")
    press(qtbot, detail, "extend", reason="涉及多方协调，需实地核查")
    assert "extend" not in buttons(detail)  # once only
    press(qtbot, detail, "answer")
    assert "已答复" in detail.state.text()
    press(qtbot, detail, "close", note="已送达处理意见书")
    assert "已办结" in detail.state.text()
    actions = [entry.action for entry in detail.case.timeline]
    assert actions == ["办结", "答复", "延期", "转送交办", "受理", "上报乡镇", "登记"]
    # On the township's computer the station's steps are the station's, not "this station's".
    assert "本乡镇" in detail.timeline.toPlainText()
    assert "村级工作站" in detail.timeline.toPlainText()

    todo.refresh()
    qtbot.waitUntil(lambda: todo.model.known_total and todo.model.rowCount() == 0, timeout=10_000)


def test_a_step_with_missing_details_is_refused_and_nothing_is_recorded(
    desk_app, qtbot, window, worker, db, station, clerk
) -> None:
    now = window.session.clock()
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=now)
    detail = open_case(qtbot, window, record.serial)
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    qtbot.mouseClick(detail.findChild(QPushButton, "action_note"), Qt.MouseButton.LeftButton)
    dialog = [d for d in detail.findChildren(ActionDialog) if d.isVisible()][-1]
    dialog.submit()  # the note is empty
    wait_for_worker(qtbot, worker)
    assert dialog.isVisible()
    assert "备注" in dialog.findChild(QLabel, "error_note").text()
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == events
    type_into(dialog.inputs["note"], "来访人下午再来补材料")
    dialog.submit()
    qtbot.waitUntil(lambda: len(detail.case.timeline) == 2, timeout=5000)
    assert "来访人下午再来补材料" in detail.timeline.toPlainText()


def test_a_township_step_with_a_notice_prints_it_from_the_case(
    desk_app, qtbot, db, worker, station, clerk, tmp_path
) -> None:
    from desk.ui.notice_dialog import NoticeDialog
    from tests.pdf_tools import text_of

    clock = Clock(dt.datetime(2026, 12, 1, 10, 0))
    record = register_from_form(
        db, {**VALID_VISIT, "received_at": "2026-11-26 09:30"}, station=station, clerk=clerk,
        now=clock(),
    )  # fmt: skip
    from desk.domain.workflow import Action, Level
    from desk.store.cases import record_step

    record_step(db, record.serial, action=Action.REPORT, level=Level.STATION, data={},
                clerk=clerk, now=clock())  # fmt: skip
    township = build_main_window(
        worker, station=dataclasses.replace(station, mode="township", name="马庄乡人民政府"),
        clerk=clerk, categories=active_categories(db), db_path=tmp_path / "x", clock=clock,
    )  # fmt: skip
    qtbot.addWidget(township)
    detail = open_case(qtbot, township, record.serial)
    press(qtbot, detail, "accept")
    button = next(
        b for b in detail.findChildren(QPushButton) if b.objectName().startswith("notice_")
    )
    assert button.text() == "打印受理告知书"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = detail.findChild(NoticeDialog)
    qtbot.waitUntil(lambda: dialog.pdf is not None, timeout=10_000)
    text = text_of(dialog.pdf)
    assert "受理告知书" in text and record.serial in text and "张𠇔" in text
    assert "马庄乡信访〔2026〕" in text  # the township's number line
