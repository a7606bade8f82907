"""A paper-form grid: label, field and, under the field, its error in red."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desk.ui.messages import message_text

ERROR_STYLE = "color: #b3261e;"


class FormGrid(QGridLayout):
    """Rows of (label, field) pairs in up to `columns` pairs per row; errors keyed by field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalSpacing(10)
        self.setVerticalSpacing(6)
        self.errors: dict[str, QLabel] = {}

    def add(
        self,
        field: str,
        label: str,
        widget: QWidget,
        *,
        row: int,
        pair: int = 0,
        span: int = 1,
    ) -> QWidget:
        caption = QLabel(label)
        caption.setBuddy(widget)
        # Right and top aligned by the application's style sheet (desk.ui.style): setting it
        # here would create Qt's namespace of enums, 12 ms before the login window shows.
        caption.setProperty("formCaption", True)
        caption.setContentsMargins(0, 4, 0, 0)
        cell = QVBoxLayout()
        cell.setSpacing(1)
        cell.addWidget(widget)
        cell.addWidget(self.error_label(field))
        cell.addStretch(1)  # a neighbour's message makes the row taller: stay at the top
        self.addWidget(caption, row, pair * 2)
        self.addLayout(cell, row, pair * 2 + 1, 1, span * 2 - 1)
        return widget

    def error_label(self, field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        self.errors[field] = label
        return label

    def show_errors(self, errors: dict[str, str], *, only: set[str] | None = None) -> None:
        """Show each field's message (in the window's language); hide the others (limited to
        `only` fields when given)."""
        for field, label in self.errors.items():
            if only is not None and field not in only:
                continue
            message = errors.get(field, "")
            label.setText(message_text(message))
            label.setVisible(bool(message))
