"""English (issue 9): every text of the window has a finished English translation, lupdate finds
nothing the translation lacks, and with English installed the main pages and the login and setup
dialogs show no Chinese of their own (the data they show stays as it was typed)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desk.demo import SAMPLE_STATION
from desk.domain.categories import load_category_file
from desk.domain.workflow import Action, Level
from desk.paths import resource
from desk.registration import register_from_form
from desk.store.cases import record_step
from desk.ui.translations import SOURCE_LANGUAGE, install_translations
from tests.conftest import CLERK, NOW, REPO, VALID_VISIT, open_window, wait_for_worker

TS_FILE = REPO / "resources" / "translations" / "desk_en.ts"
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003ffff]")
PLACE = re.compile(r"%\d|%n")
# What the window shows as it was typed or chosen: names, places, matters, and the examples
# of such data in the setup dialog's placeholders (a station's name is Chinese in any language).
DATA = sorted(
    {
        *(VALID_VISIT[key] for key in ("visitor_name", "village", "address", "subject")),
        SAMPLE_STATION["name"], SAMPLE_STATION["township"], CLERK["clerk_name"],
        load_category_file(resource("categories", "default.json")).title,
        "东风村群众工作站", "马庄乡信访办", "马庄乡", "某某县",
    },
    key=len,
    reverse=True,
)  # fmt: skip


def _script() -> ModuleType:
    """scripts/translations.py: what scripts/update-translations runs."""
    spec = importlib.util.spec_from_file_location(
        "translations", REPO / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_text_has_a_finished_english_translation() -> None:
    messages = _messages(TS_FILE)
    assert len(messages) > 1000
    for (context, source), message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        for text in forms:
            assert text, (context, source)  # " " where English needs no unit
            # Every value the code puts in (%1, %n) has its place in the English.
            assert sorted(PLACE.findall(text)) == sorted(set(PLACE.findall(source))), (
                context, source, text,
            )  # fmt: skip


def test_the_generated_domain_texts_follow_the_code() -> None:
    """desk/ui/domain_texts.py lists the domain's words and messages for lupdate."""
    script = _script()
    generated = (REPO / "desk" / "ui" / "domain_texts.py").read_text("utf-8")
    assert generated == script.domain_texts_source(), "run scripts/update-translations"


def test_lupdate_finds_no_text_the_translation_lacks(tmp_path: Path) -> None:
    fresh = tmp_path / "desk_en.ts"
    shutil.copy(TS_FILE, fresh)
    _script().run_lupdate(fresh)
    missing = set(_messages(fresh)) - set(_messages(TS_FILE))
    assert not missing, f"run scripts/update-translations, then translate: {sorted(missing)}"


# --- the window in English --------------------------------------------------------------------


@pytest.fixture
def english(desk_app) -> Iterator[None]:
    """English installed before any widget is built; Chinese again afterwards."""
    compiled = TS_FILE.with_suffix(".qm")
    if not compiled.exists() or compiled.stat().st_mtime < TS_FILE.stat().st_mtime:
        lrelease = shutil.which("pyside6-lrelease", path=str(Path(REPO, ".venv", "bin")))
        subprocess.run([lrelease or "pyside6-lrelease", "-silent", TS_FILE, "-qm", compiled],
                       check=True)  # fmt: skip
    try:
        assert install_translations(desk_app, "en")
        yield
    finally:
        install_translations(desk_app, SOURCE_LANGUAGE)


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a widget and its children show or say to a screen reader."""
    for child in [widget, *widget.findChildren(QWidget)]:
        where = f"{type(child).__name__} {child.objectName()}".strip()
        yield where, child.windowTitle() if child.isWindow() else ""
        yield where, child.toolTip()
        yield where, child.accessibleName()
        yield from ((where, text) for text in _own_texts(child))


def _own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    elif isinstance(widget, QGroupBox):
        yield widget.title()
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()  # what is in it was typed
    elif isinstance(widget, QComboBox) and widget.objectName() != "language":  # 中文, English
        yield from (widget.itemText(index) for index in range(widget.count()))
    elif isinstance(widget, QSpinBox):
        yield widget.prefix() + widget.suffix()
    elif isinstance(widget, QTabBar):
        yield from (widget.tabText(index) for index in range(widget.count()))
    elif isinstance(widget, QTextEdit):
        yield widget.toPlainText()
    elif isinstance(widget, QListWidget):
        yield from (widget.item(row).text() for row in range(widget.count()))
    elif isinstance(widget, QAbstractItemView) and not _in_combo_box(widget):
        model = widget.model()
        for column in range(model.columnCount()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 20)):
                yield str(model.data(model.index(row, column)) or "")


def _in_combo_box(widget: QWidget) -> bool:
    """A combo box's own list: its items are read from the box."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QComboBox):
        parent = parent.parentWidget()
    return parent is not None


def chinese(widget: QWidget) -> list[tuple[str, str]]:
    """The texts that still hold Chinese once the data they show is taken out."""
    found = []
    for where, text in shown_texts(widget):
        for value in DATA:
            text = text.replace(value, "")
        if HAN.search(text):
            found.append((where, text))
    return found


def test_the_main_pages_speak_english(english, qtbot, db, worker, station, clerk, tmp_path) -> None:
    # A case on the 台账 and the 待办 page, with the domain's words in their rows.
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    record_step(db, record.serial, action=Action.REPORT, level=Level.STATION, data={},
                clerk=clerk, now=NOW)  # fmt: skip
    window = open_window(qtbot, worker, db, station, clerk, tmp_path)
    try:
        assert window.navigation.item(0).text() == "Intake"
        # The longer English still fits a 1366x768 laptop: nothing pushes the window wider
        # or scrolls the form sideways.
        assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
        register = window.findChild(QScrollArea, "registerScroll")
        assert not register.horizontalScrollBar().isVisible()
        assert not window.navigation.horizontalScrollBar().isVisible()
        problems = []
        for row in range(window.navigation.count()):
            window.navigation.setCurrentRow(row)
            wait_for_worker(qtbot, worker)
            problems += chinese(window.pages.currentWidget())
        problems += chinese(window.navigation) + chinese(window.statusBar())
        problems += [("window title", window.windowTitle())] if HAN.search(
            window.windowTitle().replace(station.name, "")
        ) else []  # fmt: skip
        assert not problems, "\n".join(map(str, problems))
    finally:
        window.close()
        wait_for_worker(qtbot, worker)


def test_the_login_and_setup_dialogs_speak_english(english, qtbot, worker, station) -> None:
    from desk.ui.login_dialog import LoginDialog
    from desk.ui.setup_dialog import SetupDialog

    setup = SetupDialog(worker, clock=lambda: NOW)
    qtbot.addWidget(setup)
    setup.submit()  # nothing filled in: every field says what it needs
    assert "Please fill in" in setup.findChild(QLabel, "error_name").text()
    login = LoginDialog(worker, station)
    qtbot.addWidget(login)
    login.submit()
    assert login.message.text() == "Enter your login and password"
    assert chinese(setup) == [] and chinese(login) == []
