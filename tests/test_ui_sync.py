"""The 同步 page: a station exports to a folder (the USB stick) and sees what it holds; a
township previews stations' files, loads them, looks over its stations and answers them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QPushButton

from desk.app import build_main_window
from desk.registration import register_from_form
from desk.store.station import active_categories
from desk.syncing.parties import export_own_key
from desk.ui.background import DbWorker
from desk.ui.visit_detail import VisitDetailDialog
from tests.conftest import NOW, VALID_VISIT, wait_for_worker
from tests.sync_pair import export, pair, register


def show_sync_page(window) -> None:
    window.navigation.setCurrentRow(window.titles.index("同步"))


def test_a_station_exports_to_the_stick_and_sees_what_it_holds(
    window, qtbot, db, worker, station, clerk, tmp_path
) -> None:
    saved = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    show_sync_page(window)
    page = window.sync_page.content
    page.reload()
    wait_for_worker(qtbot, worker)
    assert "来访 1 件，办理记录 1 条" in page.waiting.text()
    assert page.plain.isVisible()  # no township key yet: an unencrypted file may be asked for

    usb = tmp_path / "usb"
    usb.mkdir()
    page.export_to(usb)
    wait_for_worker(qtbot, worker)
    assert "没有导出" in page.result.text() and "乡镇的公钥文件" in page.result.text()
    assert not list(usb.iterdir())

    _, township = pair(tmp_path / "township")
    key_file = export_own_key(township.db, tmp_path)
    page.keys.load_key(key_file)
    wait_for_worker(qtbot, worker)
    assert "请打电话请对方念出其程序显示的指纹" in page.keys.status.text()
    assert "马庄乡信访办" in page.keys.partner.text()
    assert not page.plain.isVisible()

    page.export_to(usb)
    assert page.progress.isVisible() and not page.export_button.isEnabled()
    wait_for_worker(qtbot, worker)
    assert "已导出并读回检查无误：第1号文件：来访1件，事件1条" in page.result.text()
    assert page.history.rowCount() == 1
    assert page.history.item(0, 0).text() == "1"
    (written,) = usb.glob("*.desk-sync")
    assert page.history.item(0, 8).text() == written.name
    assert "尚未确认收到：来访 1 件" in page.waiting.text()

    window.register_page.open_visit(saved.serial)
    detail = [d for d in window.register_page.findChildren(VisitDetailDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: "已导出（第1号文件）" in detail.delivery.text(), timeout=10_000)
    detail.close()
    township.close()


@pytest.fixture
def township_window(desk_app, qtbot, tmp_path):
    station, township = pair(tmp_path / "sides")
    worker = DbWorker(township.db)
    window = build_main_window(
        worker,
        station=township.station,
        clerk=township.clerk,
        categories=active_categories(township.db),
        db_path=township.path,
        clock=lambda: NOW,
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    wait_for_worker(qtbot, worker)
    yield window, worker, station
    window.close()
    wait_for_worker(qtbot, worker)
    worker.shutdown()
    station.close()
    township.close()


def test_a_township_previews_then_loads_and_answers(township_window, qtbot, tmp_path) -> None:
    window, worker, station = township_window
    register(station, 3)
    usb = tmp_path / "usb"
    export(station, usb)
    (usb / "broken.desk-sync").write_bytes(b'{"format": "desk-sync", "format_ver')
    show_sync_page(window)
    page = window.sync_page.content
    assert isinstance(window.findChild(QPushButton, "chooseSyncFolder"), QPushButton)

    page.preview([usb])
    wait_for_worker(qtbot, worker)
    assert page.files.rowCount() == 2
    texts = [page.files.item(row, 2).text() for row in range(2)]
    assert any(text.startswith("预览：新增 来访3条、事件3条") for text in texts), texts
    assert any("损坏或不完整" in text for text in texts), texts
    assert "1 份文件可以导入，1 份不能导入" in page.summary.text()
    assert page.load_button.isEnabled()
    assert page.stations.item(0, 3).text() == "0"  # nothing loaded by the preview

    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    wait_for_worker(qtbot, worker)
    assert "已导入 1 份文件，1 份未导入" in page.summary.text()
    assert page.stations.rowCount() == 1
    assert page.stations.item(0, 0).text() == "东风村群众工作站"
    assert page.stations.item(0, 3).text() == "3"  # cases
    assert page.stations.item(0, 6).text() == "1"  # files loaded

    answers = tmp_path / "answers"
    answers.mkdir()
    page.export_feedback_to(answers, every=True)
    wait_for_worker(qtbot, worker)
    assert "已导出 反馈-410423203000-410423203202-1-" in page.feedback_result.text()
    assert len(list(answers.glob("反馈-*.desk-sync"))) == 1


def test_a_township_drops_a_stick_folder_on_the_page(township_window, qtbot, tmp_path) -> None:
    window, worker, station = township_window
    register(station, 2)
    usb = tmp_path / "usb"
    export(station, usb)
    show_sync_page(window)
    page = window.sync_page.content
    dragged = QMimeData()
    dragged.setUrls([QUrl.fromLocalFile(str(usb))])
    where = QPointF(page.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(where.toPoint(), Qt.DropAction.CopyAction, dragged, buttons, keys)
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted()
    drop = QDropEvent(where, Qt.DropAction.CopyAction, dragged, buttons, keys)
    QApplication.sendEvent(page, drop)
    assert drop.isAccepted()
    wait_for_worker(qtbot, worker)
    assert page.files.rowCount() == 1
    assert page.files.item(0, 2).text().startswith("预览：新增 来访2条、事件2条")
    qtbot.mouseClick(page.load_button, Qt.MouseButton.LeftButton)
    wait_for_worker(qtbot, worker)
    assert page.stations.item(0, 3).text() == "2"


def test_setup_takes_the_townships_key_and_shows_its_fingerprint(desk_app, qtbot, tmp_path) -> None:
    from desk.store import open_database
    from desk.syncing.parties import township_key
    from desk.ui.setup_dialog import SetupDialog
    from tests.test_ui_setup_login import fill_setup

    _, township = pair(tmp_path / "township")
    key_file = export_own_key(township.db, tmp_path)
    db = open_database(":memory:")
    worker = DbWorker(db)
    dialog = SetupDialog(worker, clock=lambda: NOW)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_setup(dialog, code="410423204202")  # a village of another township
    dialog.township_key.choose(key_file)
    wait_for_worker(qtbot, worker)
    assert "指纹" in dialog.township_key.shown.text()
    dialog.submit()
    wait_for_worker(qtbot, worker)
    assert "不是本站所属的乡镇" in dialog.station_grid.errors["township_key"].text()
    dialog.code.clear()
    dialog.code.setText("410423203202")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.submit()
    assert township_key(db).code == "410423203000"
    worker.shutdown()
    db.close()
    township.close()
