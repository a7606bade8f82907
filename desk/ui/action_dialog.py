"""One step of a case (受理, 延期, 回访 ...): a form built from what the step carries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk.domain.errors import InvalidInput
from desk.domain.workflow import ACTION_SPECS, Action, DataField, FieldKind, TransitionRefused
from desk.store.cases import Case, record_step
from desk.ui.form_grid import FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import add_choices, shown

DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class ActionDialog(QDialog):
    recorded = Signal(object)  # the Case after the step

    def __init__(
        self, session: Session, serial: str, action: Action, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.serial = serial
        self.action = action
        self.setObjectName("actionDialog")
        self.title = shown(action.value)
        self.setWindowTitle(self.tr("%1 - %2").replace("%1", self.title).replace("%2", serial))
        self.setMinimumWidth(520)
        self.grid = FormGrid()
        self.inputs: dict[str, QWidget] = {}
        today = session.clock().date()
        for row, spec in enumerate(ACTION_SPECS[action].fields):
            widget = self._input(spec, today)
            self.inputs[spec.name] = widget
            label = shown(spec.label) + ("" if spec.required else self.tr("（可不填）"))
            self.grid.add(spec.name, label, widget, row=row)
        if not ACTION_SPECS[action].fields:
            self.grid.addWidget(
                QLabel(self.tr("确认要记录“%1”吗？").replace("%1", self.title)), 0, 1
            )
        buttons = QDialogButtonBox()
        self.ok_button = named(
            buttons.addButton(self.tr("记录"), QDialogButtonBox.ButtonRole.AcceptRole),
            "recordStep",
            self.tr("记录"),
        )
        named(
            buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole),
            "cancelStep",
            self.tr("取消"),
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(buttons)

    def _input(self, spec: DataField, today: dt.date) -> QWidget:
        name, label = f"step_{spec.name}", shown(spec.label)
        match spec.kind:
            case FieldKind.CHOICE:
                widget: QWidget = named(QComboBox(), name, label)
                if not spec.required:
                    widget.addItem("", "")
                add_choices(widget, spec.choices)
            case FieldKind.LONG_TEXT:
                widget = named(QPlainTextEdit(), name, label)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(widget.fontMetrics().lineSpacing() * 4 + 12)
            case FieldKind.DATE | FieldKind.DUE_DATE:
                widget = named(QDateEdit(QDate(today)), name, label)
                widget.setCalendarPopup(True)
                widget.setDisplayFormat(DATE_FORMAT)
                if spec.kind is FieldKind.DUE_DATE:
                    widget.setDate(QDate(today + dt.timedelta(days=15)))
            case FieldKind.DATETIME:
                moment = self.session.clock().replace(second=0, microsecond=0)
                widget = named(QDateTimeEdit(QDateTime(moment)), name, label)
                widget.setCalendarPopup(True)
                widget.setDisplayFormat(DATETIME_FORMAT)
            case FieldKind.DAYS:
                widget = named(QSpinBox(), name, label)
                widget.setRange(1, 30)
                widget.setValue(30)
                widget.setSuffix(self.tr(" 天"))
            case _:
                widget = named(QLineEdit(), name, label)
        return widget

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                data[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                data[name] = widget.toPlainText()
            elif isinstance(widget, QDateTimeEdit) and not isinstance(widget, QDateEdit):
                data[name] = widget.dateTime().toString(DATETIME_FORMAT)
            elif isinstance(widget, QDateEdit):
                data[name] = widget.date().toString(DATE_FORMAT)
            elif isinstance(widget, QSpinBox):
                data[name] = widget.value()
            elif isinstance(widget, QLineEdit):
                data[name] = widget.text()
        return {key: value for key, value in data.items() if value not in ("", None)}

    def submit(self) -> None:
        self.ok_button.setEnabled(False)
        serial, action, level = self.serial, self.action, self.session.level
        data, clerk, now = self.values(), self.session.clerk, self.session.clock()
        self.session.worker.submit(
            lambda db: record_step(
                db, serial, action=action, level=level, data=data, clerk=clerk, now=now
            ),
            on_done=self._recorded,
            on_error=self._refused,
        )

    def _recorded(self, case: Case) -> None:
        self.recorded.emit(case)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.ok_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.grid.show_errors(error.errors)
        elif isinstance(error, TransitionRefused):
            QMessageBox.warning(self, self.title, message_text(str(error)))
        else:
            QMessageBox.critical(
                self, self.title, self.tr("没有记录：%1").replace("%1", message_text(str(error)))
            )
