"""The application's icon (resources/icons/, rendered from desk.svg by scripts/make_icons.py)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desk.paths import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """Every rendered size, so title bars and task bars take a sharp one (no SVG plugin needed)."""
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"desk-{size}.png")))
    return icon
