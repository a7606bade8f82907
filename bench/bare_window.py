"""The floor of bench/cold_start.py: a bare Qt window (QApplication and one QLabel), bundled
with PyInstaller like desk and timed to the same moment by the same probe as desk's
(desk/ui/start_probe.py, copied here so this bundle holds nothing of desk): with
DESK_EXIT_WHEN_SHOWN=1 it prints a marker once its window has been shown and painted, and
quits."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MARKER = "first-window-shown"


class FirstWindowProbe(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
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
        QCoreApplication.exit(0)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("bare")
    if os.environ.get("DESK_EXIT_WHEN_SHOWN") == "1":
        app.installEventFilter(FirstWindowProbe(app))
    label = QLabel("Hello")
    label.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
