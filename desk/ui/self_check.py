"""The window's part of `desk --self-test`: Qt, its plugins and the bundled fonts, the login
window and the main window drawn into memory (nothing appears on the screen)."""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from desk.domain.station import Clerk, Station

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget
    from sqlite_utils import Database

    from desk.ui.background import DbWorker


def draw_windows(db: Database, db_path: Path, *, station: Station, clerk: Clerk) -> str:
    """Build the application as a start does, draw the login window and the clerk's main window
    (every page) off screen, and say what was used; raise when a font is missing or nothing
    was drawn."""
    _without_a_display_draw_into_memory()
    from PySide6 import __version__ as qt_version
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from desk.app import build_main_window, make_application
    from desk.store.station import active_categories
    from desk.ui.background import DbWorker
    from desk.ui.fonts import FAMILIES
    from desk.ui.login_dialog import LoginDialog

    make_application()
    missing = [family for family in FAMILIES if family not in QFontDatabase.families()]
    if missing:
        raise RuntimeError(f"随带的字体没有装上：{', '.join(missing)}")
    categories = active_categories(db)  # before the worker starts: one thread at a time
    worker = DbWorker(db)
    try:
        login = _drawn(LoginDialog(worker, station), "登录窗口")
        # The main window's pages import what the login does not (ReportLab, charts...): built
        # here, a module missing from the bundle shows now, not in front of a clerk.
        window = build_main_window(
            worker, station=station, clerk=clerk, categories=categories, db_path=db_path
        )
        window.resize(1366, 768)
        main = _drawn(window, "主窗口")
        window.close()  # it keeps the clerk's draft: through the worker, like a real close
        _until_idle(worker)
    finally:
        worker.shutdown()
    platform = QGuiApplication.platformName()
    return (
        f"Qt {qt_version}（{platform}），字体 {len(FAMILIES)} 种，"
        f"登录窗口 {login.width()}×{login.height()} 和主窗口 {main.width()}×{main.height()} 已画出"
    )


def _drawn(widget: QWidget, name: str) -> QImage:
    image = widget.grab().toImage()
    widget.deleteLater()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    if image.isNull() or len(colours) < 3:
        raise RuntimeError(f"{name}没有画出来")
    return image


def _until_idle(worker: DbWorker, seconds: float = 10) -> None:
    """Deliver the worker's results to the widgets until it has nothing left to do."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while worker.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()


def _without_a_display_draw_into_memory() -> None:
    """On Linux with no display at all, creating the application would abort the process: use
    Qt's offscreen platform, which is all the check needs. A desktop keeps its own platform, so
    its plugin is checked as well."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def interface_languages() -> str:
    """Qt's own strings in Chinese (the standard buttons), and desk's English when its compiled
    translation is there; raise when Qt's Chinese is missing (the buttons would say Cancel)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desk.paths import resource

    if QCoreApplication.translate("QPlatformTheme", "Cancel") != "取消":
        raise RuntimeError("Qt 自带的中文翻译（qtbase_zh_CN.qm）没有找到：按钮会显示英文")
    found = ["中文（含 Qt 的按钮文字：取消、是、否、关闭）"]
    if QTranslator().load("desk_en", str(resource("translations"))):
        found.append("English")
    return "、".join(found)
