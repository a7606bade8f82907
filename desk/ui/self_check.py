"""The window's part of `desk --self-test`: Qt, its plugins and the bundled fonts, and the login
window drawn into memory (nothing appears on the screen)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from desk.domain.station import Station

if TYPE_CHECKING:
    from sqlite_utils import Database


def draw_login_window(db: Database, station: Station) -> str:
    """Build the application as a start does, draw the login window off screen, and say what
    was used; raise when a font is missing or nothing was drawn."""
    _without_a_display_draw_into_memory()
    from PySide6 import __version__ as qt_version
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from desk.app import make_application  # the whole window's code: its imports are checked too
    from desk.ui.background import DbWorker
    from desk.ui.fonts import FAMILIES
    from desk.ui.login_dialog import LoginDialog

    make_application()
    missing = [family for family in FAMILIES if family not in QFontDatabase.families()]
    if missing:
        raise RuntimeError(f"随带的字体没有装上：{', '.join(missing)}")
    worker = DbWorker(db)
    try:
        dialog = LoginDialog(worker, station)
        image = dialog.grab().toImage()
        dialog.deleteLater()
    finally:
        worker.shutdown()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())}
    if image.isNull() or len(colours) < 3:
        raise RuntimeError("登录窗口没有画出来")
    platform = QGuiApplication.platformName()
    return (
        f"Qt {qt_version}（{platform}），字体 {len(FAMILIES)} 种，"
        f"登录窗口已画出 {image.width()}×{image.height()}"
    )


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
