"""What the station's and the township's 同步 pages share: progress reported from the worker
thread, and how sizes, moments and files are written for people."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

ERROR_STYLE = "color: #c5221f;"
DONE_STYLE = "color: #188038;"
HINT_STYLE = "color: #555;"


class ProgressRelay(QObject):
    """Called from the worker thread; the signal reaches the progress bar on the UI thread."""

    # One Python object per emission (see desk.ui.background: never None across threads).
    moved = Signal(object)

    def __call__(self, percent: int, text: str) -> None:
        self.moved.emit((percent, text))


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:,.1f} MB"
    return f"{max(1, round(size / 1024)):,} KB"


def moment_text(moment: str | None) -> str:
    """ "2026-11-26T10:05:07+08:00" -> "2026-11-26 10:05"."""
    return (moment or "")[:16].replace("T", " ")
