"""First start: the setup dialog, then the login; and the names every control carries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desk.app import build_main_window
from desk.store.accounts import log_in
from desk.store.station import active_categories, load_station
from desk.ui.background import DbWorker
from desk.ui.login_dialog import LoginDialog
from desk.ui.setup_dialog import SetupDialog
from tests.conftest import CLERK, NOW, STATION, type_into, wait_for_worker


@pytest.fixture
def worker(db) -> Iterator[DbWorker]:
    worker = DbWorker(db)
    yield worker
    worker.shutdown()


def fill_setup(dialog: SetupDialog, **changes: str) -> None:
    values = {**STATION, **CLERK, **changes}
    for widget, field in (
        (dialog.name, "name"),
        (dialog.code, "code"),
        (dialog.township, "township"),
        (dialog.phone, "phone"),
        (dialog.clerk_name, "clerk_name"),
        (dialog.login, "login"),
        (dialog.password, "password"),
        (dialog.password_again, "password_again"),
    ):
        type_into(widget, values[field])


def test_setup_saves_the_station_and_its_head(desk_app, qtbot, db, worker) -> None:
    dialog = SetupDialog(worker, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_setup(dialog, code="４１０４２３２０３２０２")  # full-width digits from an input method
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    station = load_station(db)
    assert station is not None and station.code == "410423203202"
    assert dialog.clerk is not None and dialog.clerk.role == "站长"
    assert log_in(db, "wangfang", CLERK["password"], now=NOW) == dialog.clerk


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"code": "41042320320"}, "code", "12位数字"),
        ({"code": "410400203202"}, "code", "县级代码"),
        ({"code": "990423203202"}, "code", "省份代码"),
        ({"phone": "6123456"}, "phone", "区号"),
        ({"name": ""}, "name", "请填写工作站名称"),
        ({"login": "王芳"}, "login", "英文字母"),
        ({"password": "short", "password_again": "short"}, "password", "至少8位"),
        ({"password_again": "different-one"}, "password_again", "不一致"),
    ],
)
def test_setup_refuses_invalid_particulars_and_saves_nothing(
    desk_app, qtbot, db, worker, change, field, message
) -> None:
    dialog = SetupDialog(worker, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_setup(dialog, **change)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    wait_for_worker(qtbot, worker)
    error = dialog.findChild(QLabel, f"error_{field}")
    assert error.isVisible() and message in error.text()
    assert dialog.isVisible()
    assert load_station(db) is None


def test_login_refuses_a_wrong_password_then_lets_the_clerk_in(
    desk_app, qtbot, worker, station, clerk
) -> None:
    dialog = LoginDialog(worker, station)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.login, "wangfang")
    type_into(dialog.password, "not-the-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "不对" in dialog.message.text(), timeout=10_000)
    assert dialog.password.text() == ""
    type_into(dialog.password, CLERK["password"])
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.clerk == clerk


INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QAbstractItemView,
)


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if (
            widget.objectName().startswith("qt_")
            or widget.window() is not root.window()  # a combo box's or a calendar's popup
            or isinstance(
                widget.parent(), (QComboBox, QAbstractSpinBox, QLineEdit, QAbstractItemView)
            )
        ):
            continue  # parts Qt builds inside a combo box, spin box, line edit or table
        found.append(widget)
    return found


def test_every_control_has_an_english_object_name_and_a_chinese_accessible_name(
    desk_app, qtbot, db, worker, station, clerk, tmp_path
) -> None:
    window = build_main_window(
        worker, station=station, clerk=clerk, categories=active_categories(db),
        db_path=tmp_path / "x", clock=lambda: NOW,
    )  # fmt: skip
    roots = [window, SetupDialog(worker), LoginDialog(worker, station)]
    for root in roots:
        qtbot.addWidget(root)
        widgets = interactive_widgets(root)
        assert len(widgets) >= 4
        for widget in widgets:
            name = widget.objectName()
            assert name and name.isascii() and name.isidentifier(), widget
            assert widget.accessibleName(), name
            assert not widget.accessibleName().isascii(), name
    names = [w.objectName() for w in interactive_widgets(window)]
    assert len(names) == len(set(names)), "object names must be unique within the window"
