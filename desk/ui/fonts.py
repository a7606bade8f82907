"""The bundled Chinese fonts, registered at start-up so Chinese shows on machines without any.

WenQuanYi Micro Hei is the text face; LXGW WenKai follows it for the rarer characters it lacks
(Extension A and part of Extension B, used in some names), and HanaMin B for the rest of
Extensions B to F. Qt falls back family by family.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desk.paths import resource

FONT_FILES = ("wqy-microhei.ttc", "LXGWWenKai-Regular.ttf", "HanaMinB.ttf")
FAMILIES = ("WenQuanYi Micro Hei", "LXGW WenKai", "HanaMinB")
DEFAULT_POINT_SIZE = 10


def install_fonts(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> list[str]:
    """Register the bundled fonts and make them the application's font; return the families."""
    registered: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id >= 0:
            registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    font = QFont()
    font.setFamilies([*FAMILIES, *QFont().families()])
    font.setPointSize(point_size)
    app.setFont(font)
    return registered


def set_point_size(point_size: int) -> None:
    """The 字号 setting: every widget follows the application's font."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.font().pointSize() != point_size:
        font = app.font()
        font.setPointSize(point_size)
        app.setFont(font)
        # Widgets polished under a style sheet keep their font until the sheet is applied again.
        app.setStyleSheet(app.styleSheet())
