"""帮助 (F1) opens the guide of the page the clerk is on, pictures included; 关于 shows the
version and the licenses of what the program carries."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from desk import __version__
from desk.ui.about_dialog import AboutDialog
from desk.ui.help_dialog import TOPICS, HelpDialog


def visible(kind):
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None
    )


def test_f1_opens_the_guide_of_the_current_page(desk_app, qtbot, window) -> None:
    window.activateWindow()
    window.navigation.setCurrentRow(window.titles.index("台账"))
    qtbot.keyClick(window.ledger_page, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: visible(HelpDialog) is not None)
    help_dialog = visible(HelpDialog)
    assert help_dialog.topics.currentItem().text() == "台账"
    text = help_dialog.guide.toPlainText()
    assert "拼音首字母" in text and "后4位" in text
    assert "ledger-page.png" in help_dialog.guide.toHtml()
    help_dialog.close()


def test_every_page_has_a_guide_and_its_pictures_exist(desk_app, qtbot) -> None:
    dialog = HelpDialog("登记")
    qtbot.addWidget(dialog)
    for row, title in enumerate(TOPICS):
        dialog.topics.setCurrentRow(row)
        assert dialog.guide.toPlainText().startswith(title), title
        document = dialog.guide.document()
        html = dialog.guide.toHtml()
        for name in (part.split('"')[0] for part in html.split('<img src="')[1:]):
            image = dialog.guide.loadResource(2, QUrl(name))  # 2: an image resource
            assert not image.isNull() and image.width() <= 640, name
        assert document.isEmpty() is False


def test_about_shows_the_version_and_the_licenses(desk_app, qtbot, window) -> None:
    qtbot.mouseClick(window.findChild(QPushButton, "showAbout"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(AboutDialog) is not None)
    about = visible(AboutDialog)
    assert __version__ in about.findChild(QLabel, "aboutVersion").text()
    text = about.details.toPlainText()
    for part in ("ReportLab", "cryptography", "LGPL-3.0", "SIL OFL 1.1", "WenQuanYi Micro Hei"):
        assert part in text, part
    assert "SIL OPEN FONT LICENSE" in text.upper()  # the license texts themselves
    about.close()
