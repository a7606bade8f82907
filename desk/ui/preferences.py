"""The station's display preferences, applied when the database is opened, before the login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desk.domain.settings import FONT_SIZE, LANGUAGE
from desk.store.station import get_setting
from desk.ui.fonts import set_point_size
from desk.ui.translations import install_translations

if TYPE_CHECKING:
    from sqlite_utils import Database


def apply_preferences(db: Database) -> None:
    apply_display(get_setting(db, FONT_SIZE), get_setting(db, LANGUAGE))


def apply_display(font_size: int, language: str) -> None:
    """The window's font size and language (read before the store opens: desk.store.startup)."""
    set_point_size(font_size)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translations(app, language)
