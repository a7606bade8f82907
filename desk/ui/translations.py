"""The interface language: Qt's own strings (Yes/No, Close, the print dialog) and desk's.

Chinese is the source language of desk's texts, so Chinese needs only Qt's translation;
English loads resources/translations/desk_en.qm, compiled from desk_en.ts by scripts/install
and by the bundle's build (the .qm files are built, not committed).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desk.paths import resource

SOURCE_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_language = SOURCE_LANGUAGE


def install_translations(app: QApplication, language: str) -> bool:
    """Switch to `language`; False when desk's own translation for it is missing."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = SOURCE_LANGUAGE
    qt_strings = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_strings.load(f"qtbase_{language}", folder):
        app.installTranslator(qt_strings)
        _installed.append(qt_strings)
    QLocale.setDefault(QLocale(language))
    if language != SOURCE_LANGUAGE:
        own = QTranslator(app)
        if not own.load(f"desk_{language}", str(resource("translations"))):
            return False
        app.installTranslator(own)
        _installed.append(own)
        _language = language
    # Some platforms add the display name to every window title.
    app.setApplicationDisplayName(QCoreApplication.translate("desk", "信访接待台"))
    return True


def speaks_source_language() -> bool:
    """True while the window speaks Chinese: domain words and messages are shown as they are."""
    return _language == SOURCE_LANGUAGE
