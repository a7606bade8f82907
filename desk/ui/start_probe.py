"""A probe for bench/cold_start.py, off unless the environment sets DESK_EXIT_WHEN_SHOWN=1.

With it on, the program prints a marker line as soon as its first window has been shown and
painted, then quits as a clerk pressing 退出 would. The benchmark times a start from launching
the process to that line. bench/bare_window.py carries the same probe, so that both programs
are timed to the same moment.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication

from desk.ui.first_paint import FirstPaint

PROBE_VARIABLE = "DESK_EXIT_WHEN_SHOWN"
MARKER = "first-window-shown"


def _report() -> None:
    if sys.stdout is not None:
        print(f"{MARKER} {QCoreApplication.applicationName()}", flush=True)
    QCoreApplication.exit(0)  # every running event loop ends: the dialog's exec() returns


def install_if_asked(app: QCoreApplication) -> None:
    if os.environ.get(PROBE_VARIABLE) == "1":
        app.installEventFilter(FirstPaint(app, _report))
