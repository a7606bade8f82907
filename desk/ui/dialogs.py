"""Opening a dialog the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog


def open_dialog(dialog: QDialog) -> QDialog:
    """Window-modal without a nested event loop; the dialog deletes itself when closed."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
