"""The domain's words on screen: channels, kinds, states, actions, field labels, categories.

They are data, stored, synced and reported in Chinese, so the window keeps the Chinese value
(as an item's data, in the database) and shows its translation from the `domain` context.
scripts/update-translations lists them for lupdate in desk/ui/domain_texts.py.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

DOMAIN = "domain"
LIST_SEPARATOR = "、"  # how the domain joins words: 集体、重复


def shown(value: str) -> str:
    """A domain word as the window shows it; a word without a translation (a category from a
    township's own list, a free text) as it is."""
    return QCoreApplication.translate(DOMAIN, value) if value else value


def shown_list(text: str, separator: str = LIST_SEPARATOR) -> str:
    """Words the domain joined with 、 (flags, measures), each shown."""
    words = text.split(separator)
    parts = [shown(word) for word in words]
    return text if parts == words else ", ".join(parts)


def add_choices(combo: QComboBox, values: Iterable[str]) -> None:
    """The values as items: shown translated, the Chinese value kept as the item's data."""
    for value in values:
        combo.addItem(shown(value), value)
