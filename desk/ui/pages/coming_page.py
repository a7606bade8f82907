"""A page a later release fills: it says what it will hold and pretends nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, object_name: str, title: str, purpose: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        heading = QLabel(title)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        text = QLabel(purpose)
        text.setObjectName("comingText")
        text.setWordWrap(True)
        note = QLabel(self.tr("此功能尚在开发中，将在后续版本中提供。"))
        note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
