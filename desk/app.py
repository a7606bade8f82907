"""Starting the window: the one place that builds things and hands them to the widgets.

Order: Qt and fonts; the database's instance lock (a second start brings the first window
forward); the database with its migrations; setup on first use; login; the main window.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desk import __version__
from desk.backups import daily_backup, good_backup_for_damaged, restore_backup
from desk.domain.categories import CategoryList
from desk.domain.station import Clerk, Station
from desk.store.backup import BackupFailed, check_file
from desk.store.connection import DatabaseTooNew, DatabaseUnreadable, open_database
from desk.store.lock import DatabaseInUse, InstanceLock
from desk.store.startup import LoginScreen, read_login_screen
from desk.store.station import active_categories, load_station
from desk.ui.background import DbWorker
from desk.ui.first_paint import after_first_paint
from desk.ui.fonts import install_fonts
from desk.ui.icons import application_icon
from desk.ui.login_dialog import LoginDialog
from desk.ui.messages import message_text
from desk.ui.preferences import apply_display, apply_preferences
from desk.ui.single_instance import InstanceServer, ask_first_instance_to_raise
from desk.ui.start_probe import install_if_asked as install_start_probe
from desk.ui.style import APPLICATION_STYLE
from desk.ui.translations import SOURCE_LANGUAGE, install_translations

if TYPE_CHECKING:
    from sqlite_utils import Database

    from desk.ui.main_window import MainWindow

EXIT_UNAVAILABLE = 3
TITLE = "信访接待台"


def _title() -> str:
    return QCoreApplication.translate("desk", TITLE)  # lupdate finds it in desk.ui.translations


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("desk")
    app.setApplicationDisplayName(TITLE)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    install_fonts(app)
    install_translations(app, SOURCE_LANGUAGE)  # the station's choice replaces it after opening
    app.setStyleSheet(APPLICATION_STYLE)
    return app


def run_gui(db_path: Path) -> int:
    app = make_application()
    install_start_probe(app)  # bench/cold_start.py only: off unless DESK_EXIT_WHEN_SHOWN=1
    lock = InstanceLock(db_path)
    try:
        lock.acquire()
    except DatabaseInUse:
        return _already_open(db_path)
    server = InstanceServer(db_path)
    server.raise_requested.connect(_bring_windows_forward)  # the setup or login dialog, too
    try:
        outcome: int | Path = 0
        while True:
            outcome = _run_window(app, db_path)
            if isinstance(outcome, int):
                return outcome
            _restore_chosen(outcome, db_path)  # then the login again, on the restored data
    finally:
        lock.release()


def _run_window(app: QApplication, db_path: Path) -> int | Path:
    """One opening of the database: login and the window until it closes. Returns the exit
    code, or the backup the station head chose to restore."""
    if db_path.exists() and not _usable_or_restored(db_path):
        return EXIT_UNAVAILABLE
    screen = read_login_screen(db_path)
    if screen is not None:  # the usual start: the login window first, the store behind it
        return _log_in_while_opening(app, db_path, screen)
    try:
        db = open_database(db_path)
    except (DatabaseTooNew, DatabaseUnreadable) as error:
        QMessageBox.critical(None, _title(), message_text(str(error)))
        return EXIT_UNAVAILABLE
    apply_preferences(db)  # on the UI thread: the worker has not started any job yet
    worker = DbWorker(db)
    try:
        window = open_main_window(worker, db, db_path)
        return 0 if window is None else _run_main(app, window)
    finally:
        worker.shutdown()
        db.close()


def _log_in_while_opening(app: QApplication, db_path: Path, screen: LoginScreen) -> int | Path:
    """The login window shows at once, with the station's font size and language; the store
    opens once it has been painted (sqlite-utils' import and the migrations check: about
    30 ms, while the clerk starts typing), and 登录 works from then on."""
    apply_display(screen.font_size, screen.language)
    dialog = LoginDialog(None, screen.station)
    opened: list[tuple[Database, DbWorker]] = []
    failed: list[Exception] = []

    def open_behind() -> None:
        try:
            db = open_database(db_path)
        except (DatabaseTooNew, DatabaseUnreadable) as error:
            failed.append(error)
            dialog.reject()
            return
        opened.append((db, DbWorker(db)))
        dialog.attach(opened[0][1])

    after_first_paint(dialog, open_behind)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    if failed:
        QMessageBox.critical(None, _title(), message_text(str(failed[0])))
        return EXIT_UNAVAILABLE
    if not opened:
        return 0  # closed before the store had opened
    db, worker = opened[0]
    try:
        if not accepted:
            return 0
        assert dialog.clerk is not None
        window = build_main_window(
            worker,
            station=screen.station,
            clerk=dialog.clerk,
            categories=active_categories(db),  # the worker is idle again after the login
            db_path=db_path,
        )
        return _run_main(app, window)
    finally:
        worker.shutdown()
        db.close()


def _run_main(app: QApplication, window: MainWindow) -> int | Path:
    start_daily_backup(window)
    window.showMaximized()
    # Not earlier: during the start it would compete with it for the interpreter.
    threading.Thread(target=_warm_up_receipts, name="desk-fonts", daemon=True).start()
    code = app.exec()
    return window.restore_from or code


def start_daily_backup(window: MainWindow) -> None:
    """The first start of a day backs the database up, on the worker: the window is usable at
    once. A failure (the USB stick is not plugged in) is said, not hidden."""
    session = window.session
    db_path, clerk, now = session.db_path, session.clerk, session.clock()

    def said(path: Path | None) -> None:
        if path is not None:
            window.statusBar().showMessage(
                QCoreApplication.translate("desk", "今天的自动备份已完成：%1").replace(
                    "%1", str(path)
                ),
                20_000,
            )

    def failed(error: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _title(),
            QCoreApplication.translate(
                "desk",
                "今天的自动备份没有做成：%1\n请插上备份用的U盘或硬盘，到「设置」里点「立即备份」。",
            ).replace("%1", message_text(str(error))),
            parent=window,
        )
        box.setObjectName("dailyBackupFailed")
        box.open()

    session.worker.submit(
        lambda db: daily_backup(db, db_path, clerk=clerk, now=now),
        on_done=said,
        on_error=failed,
        owner=window,
    )


def _restore_chosen(backup: Path, db_path: Path) -> None:
    try:
        safety = restore_backup(backup, db_path, now=dt.datetime.now())
    except (BackupFailed, OSError) as error:
        QMessageBox.critical(
            None,
            _title(),
            QCoreApplication.translate("desk", "没有恢复，数据保持原样：%1").replace(
                "%1", message_text(str(error))
            ),
        )
        return
    message = QCoreApplication.translate("desk", "已用备份 %1 恢复数据。").replace(
        "%1", backup.name
    )
    if safety is not None:
        message += QCoreApplication.translate("desk", "\n恢复前的数据另存为 %1。").replace(
            "%1", str(safety)
        )
    QMessageBox.information(None, _title(), message)


def open_main_window(
    worker: DbWorker,
    db: Database,
    db_path: Path,
    *,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> MainWindow | None:
    """Setup (first use), then login, then the window; None when the clerk leaves."""
    station = load_station(db)  # before any job is queued: the worker is still idle
    login = ""
    if station is None:
        # Only on a station's first start: its imports (the sync keys' cryptography among
        # them) would otherwise delay every login window (bench/cold_start.py).
        from desk.ui.setup_dialog import SetupDialog

        setup = SetupDialog(worker, clock=clock)
        if setup.exec() != QDialog.DialogCode.Accepted:
            return None
        assert setup.station is not None and setup.clerk is not None
        station, login = setup.station, setup.clerk.login
    dialog = LoginDialog(worker, station, login=login)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    assert dialog.clerk is not None
    # After the login, not before: the login window shows sooner without it. The worker is
    # idle again (the login's job has finished), so the UI thread may read.
    categories = active_categories(db)
    return build_main_window(
        worker,
        station=station,
        clerk=dialog.clerk,
        categories=categories,
        db_path=db_path,
        clock=clock,
    )


def build_main_window(
    worker: DbWorker,
    *,
    station: Station,
    clerk: Clerk,
    categories: CategoryList,
    db_path: Path,
    clock: Callable[[], dt.datetime] = dt.datetime.now,
) -> MainWindow:
    # Imported here: the main window's pages (ReportLab among their imports) are not needed
    # before the login, and the login window shows sooner without them (bench/cold_start.py).
    from desk.ui.main_window import MainWindow
    from desk.ui.session import Session

    session = Session(
        worker=worker,
        station=station,
        clerk=clerk,
        categories=categories,
        db_path=db_path,
        clock=clock,
    )
    return MainWindow(session)


def _usable_or_restored(db_path: Path) -> bool:
    """SQLite's quick check before anything else; a damaged file is not opened: the newest
    good backup is offered instead of a crash."""
    problem = check_file(db_path)
    if problem == "ok":
        return True
    backup = good_backup_for_damaged(db_path)
    if backup is None:
        QMessageBox.critical(
            None,
            _title(),
            QCoreApplication.translate(
                "desk", "数据库文件 %1 已损坏（%2），也没有找到可用的备份。请联系技术人员。"
            )
            .replace("%1", str(db_path))
            .replace("%2", problem),
        )
        return False
    answer = QMessageBox.question(
        None,
        _title(),
        QCoreApplication.translate(
            "desk",
            "数据库文件已损坏（%1）。\n找到 %2 的备份：\n%3\n"
            "是否用这份备份恢复？恢复后，备份之后登记的内容需要补录。",
        )
        .replace("%1", problem)
        .replace("%2", f"{backup.made:%Y-%m-%d %H:%M}")
        .replace("%3", str(backup.path)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    restore_backup(backup.path, db_path, now=dt.datetime.now())
    return True


def _warm_up_receipts() -> None:
    """Import ReportLab and load the slip's font while the clerk types the first visit, so the
    first 打印回执 of the day does not wait for them."""
    from desk.receipts.fonts import text_font

    text_font()


def _bring_windows_forward() -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            if widget.isMinimized():
                widget.showNormal()
            widget.raise_()
            widget.activateWindow()


def _already_open(db_path: Path) -> int:
    if ask_first_instance_to_raise(db_path):
        message = QCoreApplication.translate("desk", "信访接待台已经打开，已切换到已打开的窗口。")
        print(message, file=sys.stderr)
        box = QMessageBox(QMessageBox.Icon.Information, _title(), message)
        QTimer.singleShot(3000, box.accept)  # the first window is what the clerk wants
        box.exec()
        return 0
    QMessageBox.warning(
        None,
        _title(),
        QCoreApplication.translate(
            "desk", "数据库 %1 正被另一个信访接待台程序（可能是命令行）使用。请等它结束后再打开。"
        ).replace("%1", str(db_path)),
    )
    return EXIT_UNAVAILABLE
