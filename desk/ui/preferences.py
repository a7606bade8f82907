"""The station's display preferences, applied when the database is opened, before the login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desk.domain.settings import FONT_SIZE
from desk.store.station import get_setting
from desk.ui.fonts import set_point_size

if TYPE_CHECKING:
    from sqlite_utils import Database


def apply_preferences(db: Database) -> None:
    set_point_size(get_setting(db, FONT_SIZE))
