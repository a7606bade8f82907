"""设置: the station's particulars, the settings a station head may change, backups and
accounts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.access import is_head
from desk.domain.errors import FieldError
from desk.domain.receipt import Layout
from desk.domain.settings import (
    BACKUPS_KEPT,
    COLLECTIVE_THRESHOLD,
    FONT_SIZE,
    FONT_SIZES,
    IDLE_MINUTES,
    LANGUAGE,
    LANGUAGES,
    RECEIPT_LAYOUT,
    REPORT_DAYS,
    check_backups_kept,
    check_collective_threshold,
    check_font_size,
    check_idle_minutes,
    check_language,
    check_report_days,
)
from desk.store.station import get_setting, set_setting
from desk.ui.fonts import set_point_size
from desk.ui.form_grid import FormGrid
from desk.ui.naming import named
from desk.ui.pages.accounts_box import AccountsBox
from desk.ui.pages.backup_box import BackupBox
from desk.ui.session import Session
from desk.ui.vocabulary import shown

if TYPE_CHECKING:
    from sqlite_utils import Database

HINT_STYLE = "color: #555;"


SAVED_HERE = (
    COLLECTIVE_THRESHOLD,
    RECEIPT_LAYOUT,
    REPORT_DAYS,
    IDLE_MINUTES,
    BACKUPS_KEPT,
    FONT_SIZE,
    LANGUAGE,
)


class SettingsPage(QWidget):
    threshold_changed = Signal(int)
    idle_minutes_changed = Signal(int)
    restore_chosen = Signal(Path)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("设置"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.backup_box = BackupBox(session)
        self.backup_box.restore_chosen.connect(self.restore_chosen)
        self.accounts_box = AccountsBox(session)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(title)
        layout.addWidget(self._station_box())
        layout.addWidget(self._rules_box())
        layout.addWidget(self._receipt_box())
        layout.addWidget(self._display_box())
        layout.addWidget(self.backup_box)
        save_row = QHBoxLayout()
        self.save_button = named(
            QPushButton(self.tr("保存设置")), "saveSettings", self.tr("保存设置")
        )
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("settingsStatus")
        save_row.addWidget(self.save_button)
        save_row.addWidget(self.saved_note, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.accounts_box)
        layout.addStretch(1)
        if not is_head(session.clerk):
            self.save_button.setEnabled(False)
            self.saved_note.setText(self.tr("只有站长可以更改设置。"))
        # A long page on a 768-pixel screen: it scrolls instead of squeezing the boxes.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        session.worker.submit(_read_settings, on_done=self._show)

    def _station_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("工作站"))
        grid = FormGrid(box)
        station, categories = self.session.station, self.session.categories
        for row, (label, value) in enumerate(
            (
                (self.tr("工作站名称"), station.name),
                (self.tr("统计用区划代码"), station.code),
                (self.tr("所属乡镇（街道）"), station.township),
                (self.tr("联系电话"), station.phone),
                (self.tr("数据库文件"), str(self.session.db_path)),
                (self.tr("内容分类表"), f"{categories.title}（{categories.version}）"),
            )
        ):
            shown = QLabel(value)
            shown.setWordWrap(True)
            grid.add(f"info{row}", label, shown, row=row)
        return box

    def _rules_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("登记规则"))
        self.rules_grid = FormGrid(box)
        self.threshold = named(QSpinBox(), "collectiveThreshold", self.tr("集体访人数标准"))
        self.threshold.setRange(2, 1000)
        self.threshold.setSuffix(self.tr(" 人及以上"))
        self.rules_grid.add(COLLECTIVE_THRESHOLD, self.tr("集体访人数标准"), self.threshold, row=0)
        self.rules_grid.addWidget(
            _hint(self.tr("来访人数达到这个数的登记自动标为集体访。条例未规定人数，各地常用5人。")),
            1,
            1,
        )
        self.idle_minutes = named(QSpinBox(), "idleMinutes", self.tr("自动锁定时间"))
        self.idle_minutes.setRange(1, 120)
        self.idle_minutes.setSuffix(self.tr(" 分钟无操作"))
        self.rules_grid.add(IDLE_MINUTES, self.tr("自动锁定"), self.idle_minutes, row=2)
        self.rules_grid.addWidget(
            _hint(self.tr("离开电脑这么久后窗口自动锁定，输入密码才能继续，已填写的内容不丢。")),
            3,
            1,
        )
        return box

    def _receipt_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("来访回执"))
        self.receipt_grid = FormGrid(box)
        self.layout_choice = named(QComboBox(), "receiptLayoutSetting", self.tr("回执纸张"))
        for choice in Layout:
            self.layout_choice.addItem(shown(choice.label), choice.value)
        self.report_days = named(QSpinBox(), "reportDays", self.tr("报送乡镇期限"))
        self.report_days.setRange(1, 15)
        self.report_days.setSuffix(self.tr(" 天内"))
        self.receipt_grid.add(RECEIPT_LAYOUT, self.tr("回执纸张"), self.layout_choice, row=0)
        self.receipt_grid.add(REPORT_DAYS, self.tr("报送乡镇期限"), self.report_days, row=1)
        self.receipt_grid.addWidget(
            _hint(self.tr("回执上写明：本站在接待之日起这么多天内把事项报送乡镇。")), 2, 1
        )
        return box

    def _display_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("显示"))
        self.display_grid = FormGrid(box)
        self.font_size = named(QComboBox(), "fontSize", self.tr("字号"))
        for size, label in FONT_SIZES.items():
            self.font_size.addItem(shown(label), size)
        self.language = named(QComboBox(), "language", self.tr("界面语言"))
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)  # each in its own words: 中文, English
        self.display_grid.add(FONT_SIZE, self.tr("字号"), self.font_size, row=0)
        self.display_grid.add(LANGUAGE, self.tr("界面语言"), self.language, row=1)
        self.display_grid.addWidget(
            _hint(self.tr("字号保存后立即生效；界面语言在重新打开程序后生效。")), 2, 1
        )
        return box

    def _show(self, values: dict[str, Any]) -> None:
        self.threshold.setValue(values[COLLECTIVE_THRESHOLD])
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(values[RECEIPT_LAYOUT]))
        self.report_days.setValue(values[REPORT_DAYS])
        self.idle_minutes.setValue(values[IDLE_MINUTES])
        self.backup_box.kept.setValue(values[BACKUPS_KEPT])
        self.font_size.setCurrentIndex(self.font_size.findData(values[FONT_SIZE]))
        self.language.setCurrentIndex(self.language.findData(values[LANGUAGE]))

    def save(self) -> None:
        errors: dict[str, str] = {}
        values: dict[str, Any] = {RECEIPT_LAYOUT: self.layout_choice.currentData()}
        readings: tuple[tuple[str, Callable[[Any], Any], Any], ...] = (
            (COLLECTIVE_THRESHOLD, check_collective_threshold, self.threshold.value()),
            (REPORT_DAYS, check_report_days, self.report_days.value()),
            (IDLE_MINUTES, check_idle_minutes, self.idle_minutes.value()),
            (BACKUPS_KEPT, check_backups_kept, self.backup_box.kept.value()),
            (FONT_SIZE, check_font_size, self.font_size.currentData()),
            (LANGUAGE, check_language, self.language.currentData()),
        )
        for key, check, value in readings:
            try:
                values[key] = check(value)
            except FieldError as error:
                errors[key] = str(error)
        self.rules_grid.show_errors(errors)
        self.receipt_grid.show_errors(errors)
        self.backup_box.grid.show_errors(errors)
        self.display_grid.show_errors(errors)
        if errors:
            return

        def write(db: Database) -> None:
            with db.atomic():
                for key, value in values.items():
                    set_setting(db, key, value)

        self.session.worker.submit(write, on_done=lambda _: self._saved(values), owner=self)

    def _saved(self, values: dict[str, Any]) -> None:
        self.saved_note.setText(self.tr("已保存"))
        self.threshold_changed.emit(values[COLLECTIVE_THRESHOLD])
        self.idle_minutes_changed.emit(values[IDLE_MINUTES])
        set_point_size(values[FONT_SIZE])


def _read_settings(db: Database) -> dict[str, Any]:
    return {key: get_setting(db, key) for key in SAVED_HERE}


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label
