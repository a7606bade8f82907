"""One entry of the 矛盾纠纷排查台账, new or to change: every field on one paper-form grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.domain.disputes import (
    BECAME_CASE,
    CHOSEN_STATUSES,
    CLOSED,
    DISPUTE_TYPES,
    LABELS,
    MEASURES,
    RISKS,
    SCREENINGS,
    SOURCES,
    Dispute,
    validate_dispute,
)
from desk.domain.errors import InvalidInput
from desk.store.disputes import add_dispute, update_dispute
from desk.ui.form_grid import FormGrid
from desk.ui.messages import message_text
from desk.ui.naming import named
from desk.ui.session import Session
from desk.ui.vocabulary import add_choices, shown

DATE_FORMAT = "yyyy-MM-dd"
HINT_STYLE = "color: #555;"


class DisputeDialog(QDialog):
    saved = Signal(object)  # the Dispute as stored

    def __init__(
        self, session: Session, dispute: Dispute | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.dispute = dispute
        self.setObjectName("disputeDialog")
        self.setWindowTitle(self.tr("新增排查记录") if dispute is None else self.tr("修改排查记录"))
        self.setMinimumWidth(760)
        self._build()
        if dispute is not None:
            self.set_values(dispute.entry.to_raw())
        self._status_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        today = QDate(self.session.clock().date())
        self.grid = FormGrid()
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

        self.found_on = named(QDateEdit(today), "disputeFoundOn", _label("found_on"))
        self.closed_on = named(QDateEdit(today), "disputeClosedOn", _label("closed_on"))
        for edit in (self.found_on, self.closed_on):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.setMaximumDate(today)
        self.screening = self._combo("disputeScreening", "screening", SCREENINGS)
        self.source = named(QComboBox(), "disputeSource", _label("source"))
        self.source.setEditable(True)  # a suggestion, or any short text
        add_choices(self.source, SOURCES)
        self.source.setCurrentText("")
        self.source.lineEdit().setPlaceholderText(self.tr("选择或填写"))
        self.village = named(QLineEdit(), "disputeVillage", _label("village"))
        self.dispute_type = self._combo("disputeType", "dispute_type", DISPUTE_TYPES)
        self.risk = self._combo("disputeRisk", "risk", RISKS)
        self.parties = named(QLineEdit(), "disputeParties", _label("parties"))
        self.parties.setPlaceholderText(self.tr("如：张三、李四（多人用顿号隔开）"))
        self.summary = self._text("disputeSummary", "summary", lines=4)
        self.responsible = named(QLineEdit(), "disputeResponsible", _label("responsible"))
        self.responsible.setPlaceholderText(self.tr("包案干部或调解员"))
        self.status = named(QComboBox(), "disputeStatus", _label("status"))
        add_choices(self.status, CHOSEN_STATUSES if not self._linked else (BECAME_CASE,))
        self.status.setEnabled(not self._linked)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.measures: dict[str, QCheckBox] = {
            measure: named(QCheckBox(shown(measure)), f"measure{number}", shown(measure))
            for number, measure in enumerate(MEASURES)
        }
        measure_row = QWidget()
        measure_row.setObjectName("disputeMeasures")
        row = QHBoxLayout(measure_row)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.measures.values():
            row.addWidget(box)
        row.addStretch(1)
        self.follow_up = self._text("disputeFollowUp", "follow_up", lines=2)
        self.follow_up.setPlaceholderText(self.tr("化解后回访当事人的时间、方式和当事人意见"))

        grid = self.grid
        grid.add("found_on", _label("found_on"), self.found_on, row=0)
        grid.add("screening", _label("screening"), self.screening, row=0, pair=1)
        grid.add("village", _label("village"), self.village, row=1)
        grid.add("source", _label("source"), self.source, row=1, pair=1)
        grid.add("dispute_type", _label("dispute_type"), self.dispute_type, row=2)
        grid.add("risk", _label("risk"), self.risk, row=2, pair=1)
        grid.add("parties", _label("parties"), self.parties, row=3, span=2)
        grid.add("summary", _label("summary"), self.summary, row=4, span=2)
        grid.add("responsible", _label("responsible"), self.responsible, row=5)
        grid.add("status", _label("status"), self.status, row=5, pair=1)
        grid.add("measures", _label("measures"), measure_row, row=6, span=2)
        grid.add("follow_up", _label("follow_up"), self.follow_up, row=7, span=2)
        grid.add("closed_on", _label("closed_on"), self.closed_on, row=8)
        _keep_fields_at_the_top(grid)
        self.closed_hint = QLabel(self.tr("回访后方可销号"))
        self.closed_hint.setStyleSheet(HINT_STYLE)
        grid.addWidget(self.closed_hint, 8, 2, 1, 2)

        layout = QVBoxLayout(self)
        if self._linked:
            note = QLabel(
                self.tr("已转为信访事项（登记编号 %1），按信访事项办理。").replace(
                    "%1", self.dispute.visit_serial
                )
            )
            note.setObjectName("disputeLinkedNote")
            note.setStyleSheet("color: #174ea6;")
            layout.addWidget(note)
        layout.addLayout(self.grid)
        self.message = QLabel()
        self.message.setObjectName("disputeMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = named(
            buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole),
            "saveDispute",
            self.tr("保存排查记录"),
        )
        self.save_button.setDefault(True)
        named(
            buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole),
            "cancelDispute",
            self.tr("取消"),
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def _linked(self) -> bool:
        return self.dispute is not None and self.dispute.linked

    def _combo(self, object_name: str, field: str, options: tuple[str, ...]) -> QComboBox:
        combo = named(QComboBox(), object_name, _label(field))
        combo.addItem(self.tr("请选择"), "")
        add_choices(combo, options)
        return combo

    def _text(self, object_name: str, field: str, *, lines: int) -> QPlainTextEdit:
        editor = named(QPlainTextEdit(), object_name, _label(field))
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * lines + 14)
        return editor

    def _status_changed(self) -> None:
        closing = self.status.currentData() == CLOSED
        self.closed_on.setEnabled(closing)
        self.closed_hint.setVisible(closing)

    # --- values ---------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The form as validate_dispute takes it."""
        status = self.status.currentData() or ""
        return {
            "found_on": self.found_on.date().toString(DATE_FORMAT),
            "screening": self.screening.currentData() or "",
            "source": self._source(),
            "parties": self.parties.text(),
            "village": self.village.text(),
            "dispute_type": self.dispute_type.currentData() or "",
            "summary": self.summary.toPlainText(),
            "risk": self.risk.currentData() or "",
            "responsible": self.responsible.text(),
            "measures": [name for name, box in self.measures.items() if box.isChecked()],
            "status": status,
            "follow_up": self.follow_up.toPlainText(),
            "closed_on": self.closed_on.date().toString(DATE_FORMAT) if status == CLOSED else "",
        }

    def _source(self) -> str:
        """A suggestion as its Chinese value (its text may be a translation), or what was typed."""
        text = self.source.currentText()
        index = self.source.findText(text)
        return self.source.itemData(index) if index >= 0 else text

    def set_values(self, values: dict[str, Any]) -> None:
        for field, edit in (("found_on", self.found_on), ("closed_on", self.closed_on)):
            day = QDate.fromString(values.get(field) or "", DATE_FORMAT)
            if day.isValid():
                edit.setDate(day)
        for field, combo in (
            ("screening", self.screening),
            ("dispute_type", self.dispute_type),
            ("risk", self.risk),
            ("status", self.status),
        ):
            combo.setCurrentIndex(max(combo.findData(values.get(field, "")), 0))
        source = values.get("source", "")
        index = self.source.findData(source)
        self.source.setCurrentText(self.source.itemText(index) if index >= 0 else source)
        self.parties.setText(values.get("parties", ""))
        self.village.setText(values.get("village", ""))
        self.summary.setPlainText(values.get("summary", ""))
        self.responsible.setText(values.get("responsible", ""))
        chosen = set(values.get("measures") or ())
        for name, box in self.measures.items():
            box.setChecked(name in chosen)
        self.follow_up.setPlainText(values.get("follow_up", ""))

    # --- saving ---------------------------------------------------------------------------

    def submit(self) -> None:
        self.message.hide()
        try:
            entry = validate_dispute(
                self.values(), today=self.session.clock().date(), linked=self._linked
            )
        except InvalidInput as invalid:
            self.show_errors(invalid.errors)
            return
        self.show_errors({})
        self.save_button.setEnabled(False)
        clerk, now = self.session.clerk, self.session.clock()
        if self.dispute is None:
            job = lambda db: add_dispute(db, entry, clerk=clerk, now=now)  # noqa: E731
        else:
            dispute_id = self.dispute.id
            job = lambda db: update_dispute(db, dispute_id, entry, now=now)  # noqa: E731
        self.session.worker.submit(job, on_done=self._saved, on_error=self._refused, owner=self)

    def show_errors(self, errors: dict[str, str]) -> None:
        self.grid.show_errors(errors)
        first = next((field for field in self.grid.errors if field in errors), None)
        widget = self._widget_for(first) if first else None
        if widget is not None:
            widget.setFocus()

    def _widget_for(self, field: str) -> QWidget | None:
        if field == "measures":
            return next(iter(self.measures.values()))
        return {
            "found_on": self.found_on, "screening": self.screening, "source": self.source,
            "parties": self.parties, "village": self.village,
            "dispute_type": self.dispute_type, "summary": self.summary, "risk": self.risk,
            "responsible": self.responsible, "status": self.status,
            "follow_up": self.follow_up, "closed_on": self.closed_on,
        }.get(field)  # fmt: skip

    def _saved(self, dispute: Dispute) -> None:
        self.dispute = dispute
        self.saved.emit(dispute)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, InvalidInput):
            self.show_errors(error.errors)
            return
        self.message.setText(self.tr("没有保存：%1").replace("%1", message_text(str(error))))
        self.message.show()


def _label(field: str) -> str:
    return shown(LABELS[field])


def _keep_fields_at_the_top(grid: FormGrid) -> None:
    """A field whose neighbour shows a message stays level with its label instead of sinking
    to the middle of the taller row (FormGrid's cells are centred)."""
    for index in range(grid.count()):
        cell = grid.itemAt(index).layout()
        if isinstance(cell, QVBoxLayout):
            cell.addStretch(1)
