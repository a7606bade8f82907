"""The application's icon (resources/icons/, rendered from desk.svg by scripts/make_icons.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from desk.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """Every rendered size, so title bars and task bars take a sharp one (no SVG plugin needed).
    The sizes are given, so no file is read before one is shown."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"desk-{size}.png")), QSize(size, size))
    return icon
