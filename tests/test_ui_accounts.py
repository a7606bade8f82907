"""Accounts, the idle lock, the 审计 page, backups in 设置, and what each role sees of an
accusation, as a clerk and a station head meet them in the window."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QTableWidget

from desk.domain.access import HIDDEN
from desk.domain.station import ROLE_CLERK, validate_new_clerk
from desk.registration import register_from_form
from desk.store.accounts import LoginRefused, create_clerk, log_in
from desk.store.audit import entries
from desk.store.backup import backups_in
from desk.ui.idle_lock import LockScreen
from desk.ui.pages.accounts_box import NewClerkDialog
from desk.ui.visit_detail import VisitDetailDialog
from tests.conftest import CLERK, NOW, VALID_VISIT, open_window, type_into, wait_for_worker

ACCUSATION = {**VALID_VISIT, "kind": "检举控告类", "subject": "反映村主任李某截留补偿款"}


@pytest.fixture
def colleague(db, clerk):
    raw = {"clerk_name": "李明", "login": "liming", "password": "liming2026",
           "password_again": "liming2026"}  # fmt: skip
    return create_clerk(db, validate_new_clerk(raw, role=ROLE_CLERK), by=clerk, now=NOW)


def click(qtbot, parent, name: str) -> None:
    button = parent.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def lock_screen() -> LockScreen | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, LockScreen)]
    return next((w for w in shown if w.isVisible()), None)


def test_the_idle_window_locks_and_keeps_what_was_typed(desk_app, qtbot, window, worker) -> None:
    form = window.register_page.form
    type_into(form.visitor_name, "张𠇔")
    type_into(form.subject, "反映修路占地补偿")
    window.idle_lock.set_interval_ms(300)  # the clerk walks away (minutes, in the program)
    qtbot.waitUntil(lambda: lock_screen() is not None, timeout=5_000)
    screen = lock_screen()
    assert screen.geometry() == window.geometry()  # nothing of the form shows around it
    assert window.idle_lock.is_locked

    type_into(screen.password, "not-the-password")
    click(qtbot, screen, "unlockButton")
    wait_for_worker(qtbot, worker)
    assert "再错4次" in screen.message.text() and lock_screen() is screen

    type_into(screen.password, CLERK["password"])
    click(qtbot, screen, "unlockButton")
    qtbot.waitUntil(lambda: lock_screen() is None, timeout=5_000)
    assert not window.idle_lock.is_locked
    assert form.visitor_name.text() == "张𠇔" and form.subject.text() == "反映修路占地补偿"


def test_input_keeps_the_window_unlocked(desk_app, qtbot, window) -> None:
    window.idle_lock.set_interval_ms(400)
    for _ in range(8):  # typing for longer than the idle time, a key every 100 ms
        qtbot.keyClick(window.register_page.form.visitor_name, Qt.Key.Key_A)
        qtbot.wait(100)
    assert lock_screen() is None
    qtbot.waitUntil(lambda: lock_screen() is not None, timeout=5_000)
    lock_screen().unlocked.emit()  # tidy up for the next test
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked)


def test_the_idle_time_is_a_setting(desk_app, qtbot, window, worker) -> None:
    settings = window.settings_page
    assert settings.idle_minutes.value() == 10  # the default
    settings.idle_minutes.setValue(3)
    settings.save()
    wait_for_worker(qtbot, worker)
    assert window.idle_lock.timer.interval() == 3 * 60_000


def test_the_head_adds_a_clerk_who_can_then_log_in(
    desk_app, qtbot, window, worker, db, monkeypatch
) -> None:
    box = window.settings_page.accounts_box
    table = box.findChild(QTableWidget, "clerkTable")
    assert table.rowCount() == 1 and table.item(0, 2).text() == "站长"

    def fill(dialog: NewClerkDialog) -> None:
        type_into(dialog.name, "李明")
        type_into(dialog.login, "liming")
        dialog.role.setCurrentText(ROLE_CLERK)
        type_into(dialog.password, "short")
        type_into(dialog.again, "short")
        dialog.submit()
        assert "8" in dialog.grid.errors["password"].text()  # too short: said, not saved
        dialog.password.clear()
        dialog.again.clear()
        type_into(dialog.password, "liming2026")
        type_into(dialog.again, "liming2026")
        dialog.submit()

    def exec_filled(dialog: NewClerkDialog) -> int:
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(NewClerkDialog, "exec", exec_filled)
    click(qtbot, box, "addClerk")
    wait_for_worker(qtbot, worker)
    assert table.rowCount() == 2 and table.item(1, 0).text() == "liming"
    assert log_in(db, "liming", "liming2026", now=NOW).role == ROLE_CLERK

    table.selectRow(1)
    click(qtbot, box, "toggleClerk")
    wait_for_worker(qtbot, worker)
    assert table.item(1, 3).text() == "已停用"
    with pytest.raises(LoginRefused):
        log_in(db, "liming", "liming2026", now=NOW)


def test_a_clerk_sees_no_audit_and_cannot_change_settings(
    desk_app, qtbot, worker, db, station, colleague, tmp_path
) -> None:
    window = open_window(qtbot, worker, db, station, colleague, tmp_path)
    assert "审计" not in window.titles
    settings = window.settings_page
    assert not settings.save_button.isEnabled()
    assert settings.accounts_box.findChild(QPushButton, "addClerk") is None
    assert settings.accounts_box.findChild(QPushButton, "changeOwnPassword") is not None
    assert not settings.backup_box.restore_button.isVisibleTo(settings)
    window.close()


def test_the_head_checks_the_audit_trail_in_the_page(
    desk_app, qtbot, window, worker, db, station, clerk
) -> None:
    log_in(db, "wangfang", CLERK["password"], now=NOW)
    register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    page = window.findChild(QLabel, "auditResult").parent()
    window.navigation.setCurrentRow(window.titles.index("审计"))
    click(qtbot, page, "refreshAudit")
    wait_for_worker(qtbot, worker)
    assert page.table.rowCount() == len(entries(db)) >= 2
    click(qtbot, page, "verifyAudit")
    wait_for_worker(qtbot, worker)
    assert "完整" in page.result.text()

    db.execute("UPDATE audit_log SET clerk = 'someone' WHERE id = 1")  # behind the program
    click(qtbot, page, "verifyAudit")
    wait_for_worker(qtbot, worker)
    assert "被动过" in page.result.text() and "第1条" in page.result.text()


def test_back_up_now_and_restore_from_settings(
    desk_app, qtbot, window, worker, tmp_path, monkeypatch
) -> None:
    box = window.settings_page.backup_box
    box.use_folder(tmp_path / "usb")
    wait_for_worker(qtbot, worker)
    assert box.folder.text() == str(tmp_path / "usb")
    click(qtbot, box, "backupNow")
    wait_for_worker(qtbot, worker)
    made = backups_in(tmp_path / "usb")
    assert len(made) == 1 and "已备份到" in box.status.text()
    assert box.list.count() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    box.list.setCurrentRow(0)
    click(qtbot, box, "restoreBackup")
    qtbot.waitUntil(lambda: window.restore_from is not None, timeout=5_000)
    assert window.restore_from == made[0].path and not window.isVisible()


def test_a_damaged_backup_is_not_offered_for_restoring(
    desk_app, qtbot, window, worker, tmp_path, monkeypatch
) -> None:
    box = window.settings_page.backup_box
    click(qtbot, box, "backupNow")
    wait_for_worker(qtbot, worker)
    backup = backups_in(tmp_path / "backups")[0].path
    with sqlite3.connect(backup) as connection:
        connection.execute("DROP TABLE visits")
    connection.close()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    box.list.setCurrentRow(0)
    click(qtbot, box, "restoreBackup")
    qtbot.waitUntil(lambda: "不能用" in box.status.text(), timeout=5_000)
    assert not asked and window.restore_from is None and window.isVisible()


@pytest.mark.parametrize("role", ["head", "receiving clerk", "other clerk"])
def test_each_role_sees_an_accusation_as_the_rules_say(
    desk_app, qtbot, worker, db, station, clerk, colleague, tmp_path, role
) -> None:
    serial = register_from_form(db, ACCUSATION, station=station, clerk=colleague, now=NOW).serial
    other = create_clerk(
        db,
        validate_new_clerk({"clerk_name": "赵云", "login": "zhaoyun", "password": "zhaoyun2026",
                            "password_again": "zhaoyun2026"}, role=ROLE_CLERK),
        by=clerk, now=NOW,
    )  # fmt: skip
    viewer = {"head": clerk, "receiving clerk": colleague, "other clerk": other}[role]
    window = open_window(qtbot, worker, db, station, viewer, tmp_path)
    window.register_page.open_visit(serial)
    detail = [d for d in window.findChildren(VisitDetailDialog) if d.isVisible()][-1]
    qtbot.waitUntil(lambda: detail.record is not None, timeout=10_000)
    shown = " ".join(label.text() for label in detail.findChildren(QLabel))
    assert serial in shown and "2026-11-26" in shown  # that the case exists is no secret
    if role == "head":
        assert "李某" in shown and HIDDEN not in shown
        assert VALID_VISIT["id_number"] in shown
    else:
        assert "李某" not in shown and HIDDEN in shown
        assert (VALID_VISIT["id_number"] in shown) == (role == "receiving clerk")
    views = [e for e in entries(db) if e.action == "查看检举控告类事项"]
    assert len(views) == (1 if role == "head" else 0)
    detail.close()
    window.close()


def test_the_first_start_of_the_day_backs_up_and_says_so(
    desk_app, qtbot, window, worker, tmp_path
) -> None:
    from desk.app import start_daily_backup

    start_daily_backup(window)
    wait_for_worker(qtbot, worker)
    assert len(backups_in(tmp_path / "backups")) == 1
    assert "自动备份已完成" in window.statusBar().currentMessage()
    start_daily_backup(window)  # a second start the same day
    wait_for_worker(qtbot, worker)
    assert len(backups_in(tmp_path / "backups")) == 1


def test_a_daily_backup_that_fails_is_said_not_hidden(
    desk_app, qtbot, window, worker, tmp_path, db
) -> None:
    from desk.app import start_daily_backup
    from desk.backups import choose_folder

    (tmp_path / "stick").write_text("a file where the USB stick's folder should be")
    choose_folder(db, tmp_path / "station.sqlite3", tmp_path / "stick" / "backups")
    start_daily_backup(window)
    wait_for_worker(qtbot, worker)
    warning = window.findChild(QMessageBox, "dailyBackupFailed")
    assert warning is not None and warning.isVisible() and "没有做成" in warning.text()
    warning.close()


def test_a_restore_that_would_lose_unsent_records_is_refused(
    desk_app, qtbot, window, worker, db, station, clerk, monkeypatch
) -> None:
    box = window.settings_page.backup_box
    click(qtbot, box, "backupNow")
    wait_for_worker(qtbot, worker)
    register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)  # not yet sent
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    box.list.setCurrentRow(0)
    click(qtbot, box, "restoreBackup")
    qtbot.waitUntil(lambda: "尚未确认" in box.status.text(), timeout=5_000)
    assert not asked and window.restore_from is None
