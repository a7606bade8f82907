"""Room for English, which is longer than Chinese.

A row of filters that fills a 1366-pixel screen in Chinese would push the English window wider
than the screen: there a combo box takes the width of its first item ("Kind: all") and elides a
longer choice while it is closed; its list still shows every choice whole. In Chinese nothing
changes: each box stays as wide as its widest item, as Qt sizes it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from desk.ui.translations import speaks_source_language

LIST_MARGIN = 32  # the list's frame and scroll bar


def compact(combo: QComboBox) -> None:
    """Call once the items are in."""
    if speaks_source_language() or not combo.count():
        return
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    metrics = combo.fontMetrics()
    first = metrics.horizontalAdvance(combo.itemText(0))
    combo.setMinimumContentsLength(-(-first // max(1, metrics.horizontalAdvance("x"))))
    widest = max(metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    combo.view().setMinimumWidth(widest + LIST_MARGIN)
