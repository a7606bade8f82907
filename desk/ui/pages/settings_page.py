"""设置: the station's particulars and the settings of this release."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import FieldError
from desk.domain.settings import COLLECTIVE_THRESHOLD, check_collective_threshold
from desk.store.station import get_setting, set_setting
from desk.ui.form_grid import FormGrid
from desk.ui.naming import named
from desk.ui.session import Session


class SettingsPage(QWidget):
    threshold_changed = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        title = QLabel(self.tr("设置"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")

        station_box = QGroupBox(self.tr("工作站"))
        station_grid = FormGrid(station_box)
        station = session.station
        for row, (label, value) in enumerate(
            (
                (self.tr("工作站名称"), station.name),
                (self.tr("统计用区划代码"), station.code),
                (self.tr("所属乡镇（街道）"), station.township),
                (self.tr("联系电话"), station.phone),
                (self.tr("数据库文件"), str(session.db_path)),
                (
                    self.tr("内容分类表"),
                    f"{session.categories.title}（{session.categories.version}）",
                ),
            )
        ):
            shown = QLabel(value)
            shown.setWordWrap(True)
            station_grid.add(f"info{row}", label, shown, row=row)

        rules_box = QGroupBox(self.tr("登记规则"))
        self.rules_grid = FormGrid(rules_box)
        self.threshold = named(QSpinBox(), "collectiveThreshold", self.tr("集体访人数标准"))
        self.threshold.setRange(2, 1000)
        self.threshold.setSuffix(self.tr(" 人及以上"))
        self.save_button = named(QPushButton(self.tr("保存")), "saveSettings", self.tr("保存设置"))
        self.save_button.clicked.connect(self.save)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("settingsStatus")
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.threshold)
        row_layout.addWidget(self.save_button)
        row_layout.addWidget(self.saved_note, 1)
        self.rules_grid.add(COLLECTIVE_THRESHOLD, self.tr("集体访人数标准"), row, row=0)
        hint = QLabel(
            self.tr("来访人数达到这个数的登记自动标为集体访。条例未规定人数，各地常用5人。")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.rules_grid.addWidget(hint, 1, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(station_box)
        layout.addWidget(rules_box)
        layout.addStretch(1)
        session.worker.submit(
            lambda db: get_setting(db, COLLECTIVE_THRESHOLD),
            on_done=self.threshold.setValue,
            owner=self,
        )

    def save(self) -> None:
        try:
            value = check_collective_threshold(self.threshold.value())
        except FieldError as error:
            self.rules_grid.show_errors({COLLECTIVE_THRESHOLD: str(error)})
            return
        self.rules_grid.show_errors({})
        self.session.worker.submit(
            lambda db: set_setting(db, COLLECTIVE_THRESHOLD, value),
            on_done=lambda _: self._saved(value),
            owner=self,
        )

    def _saved(self, value: int) -> None:
        self.saved_note.setText(self.tr("已保存"))
        self.threshold_changed.emit(value)
