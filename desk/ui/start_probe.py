"""A probe for bench/cold_start.py, off unless the environment sets DESK_EXIT_WHEN_SHOWN=1.

With it on, the program prints a marker line as soon as its first window has been shown and
painted, then quits as a clerk pressing 退出 would. The benchmark times a start from launching
the process to that line. bench/bare_window.py carries the same probe, so that both programs
are timed to the same moment.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PROBE_VARIABLE = "DESK_EXIT_WHEN_SHOWN"
MARKER = "first-window-shown"


class _FirstWindowProbe(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The first paint of a top-level window; reported once the paint has finished.
        if (
            not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.isWindow()
        ):
            self._done = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if sys.stdout is not None:
            print(f"{MARKER} {QCoreApplication.applicationName()}", flush=True)
        QCoreApplication.exit(0)  # every running event loop ends: the dialog's exec() returns


def install_if_asked(app: QCoreApplication) -> None:
    if os.environ.get(PROBE_VARIABLE) == "1":
        app.installEventFilter(_FirstWindowProbe(app))
