"""Every interactive widget gets a stable English objectName (tests, scripts, accessibility
tools find it) and a Chinese accessibleName (screen readers say it)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible_name: str) -> W:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible_name)
    return widget
