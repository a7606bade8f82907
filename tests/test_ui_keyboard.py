"""Keyboard-first entry: a clerk fills the 登记 form, saves it and prints the slip without
touching the mouse, the Tab key walking the fields in the paper form's order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desk.ui.receipt_dialog import ReceiptDialog
from tests.conftest import type_into

PAPER_ORDER = [
    "visitorName", "visitorSex", "headcount", "idType", "idNumber", "phone", "village",
    "address", "channel", "channelRef", "receivedAt", "receivedNow", "kind", "category1",
    "category2", "subject", "request", "facts", "involved", "leapfrog", "repeat", "urgent",
]  # fmt: skip


def focused() -> str:
    return QApplication.focusWidget().objectName()


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_tab_walks_the_form_in_the_paper_order(desk_app, qtbot, window) -> None:
    window.activateWindow()
    window.register_page.form.visitor_name.setFocus()
    walked = [focused()]
    while walked[-1] != "urgent" and len(walked) < 40:
        press(qtbot, Qt.Key.Key_Tab)
        walked.append(focused())
    assert walked == PAPER_ORDER


def test_a_visit_is_registered_and_its_slip_opened_by_keyboard_alone(
    desk_app, qtbot, window
) -> None:
    page = window.register_page
    window.activateWindow()
    page.form.visitor_name.setFocus()
    type_into(QApplication.focusWidget(), "张三丰")
    press(qtbot, Qt.Key.Key_Tab, times=4)  # 性别 follows from the ID number
    assert focused() == "idNumber"
    type_into(QApplication.focusWidget(), "11010519491231002X")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(QApplication.focusWidget(), "13937512345")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(QApplication.focusWidget(), "东风村")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(QApplication.focusWidget(), "东风村三组12号")
    while focused() != "kind":
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down, times=3)  # 申诉求决类
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # the first 一级分类
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # its first 二级分类
    press(qtbot, Qt.Key.Key_Tab)
    type_into(QApplication.focusWidget(), "修路占用承包地补偿未到位")
    press(qtbot, Qt.Key.Key_Tab)
    type_into(QApplication.focusWidget(), "要求按标准发放占地补偿款。")
    values = page.form.values()
    assert values["kind"] == "申诉求决类" and values["category1"] and values["category2"]
    assert values["visitor_sex"] == "女"  # filled in from the ID number

    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.last_record is not None, timeout=10_000)
    assert page.last_record.visit.visitor_name == "张三丰"

    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(ReceiptDialog)), timeout=10_000
    )
    for dialog in window.findChildren(ReceiptDialog):
        dialog.close()
