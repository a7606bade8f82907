"""Doing something once a window has been painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class FirstPaint(QObject):
    """Installed as an event filter (on one window, or on the application for any window):
    calls `then` once, after the first paint of a top-level window has finished."""

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            QTimer.singleShot(0, self._then)
            self._then = None
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    window.installEventFilter(FirstPaint(window, then))
