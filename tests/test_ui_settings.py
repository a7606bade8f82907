"""设置 as a station head uses it: a larger font at once, the language for the next start."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desk.domain.settings import FONT_SIZE, LANGUAGE
from desk.store.station import get_setting
from desk.ui.fonts import set_point_size
from desk.ui.preferences import apply_preferences
from desk.ui.translations import SOURCE_LANGUAGE, install_translations
from tests.conftest import wait_for_worker


def test_a_larger_font_applies_at_once_and_at_the_next_start(
    desk_app, qtbot, window, worker, db
) -> None:
    settings = window.settings_page
    field = window.register_page.form.visitor_name
    normal = field.fontInfo().pointSize()
    try:
        settings.font_size.setCurrentIndex(settings.font_size.findData(14))
        settings.language.setCurrentIndex(settings.language.findData("en"))
        settings.save()
        wait_for_worker(qtbot, worker)
        assert get_setting(db, FONT_SIZE) == 14 and get_setting(db, LANGUAGE) == "en"
        assert field.fontInfo().pointSize() == 14 > normal
        assert field.sizeHint().height() > 0 and field.height() >= field.sizeHint().height()

        set_point_size(10)  # a new start reads the setting before the login
        apply_preferences(db)
        assert QApplication.font().pointSize() == 14
    finally:
        set_point_size(10)
        install_translations(QApplication.instance(), SOURCE_LANGUAGE)
