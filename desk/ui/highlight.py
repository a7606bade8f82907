"""Table cells with the words that matched the search marked, as a clerk's highlighter would."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK = "background-color: #ffe066;"


def marked_html(text: str, terms: list[str]) -> str | None:
    """`text` as HTML with each term marked, or None when no term occurs in it."""
    wanted = [t for t in terms if t]
    if not wanted:
        return None
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(wanted, key=len, reverse=True)), re.I
    )
    pieces, last = [], 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[last : match.start()]))
        pieces.append(f'<span style="{MARK}">{escape(match.group())}</span>')
        last = match.end()
    if last == 0:
        return None
    pieces.append(escape(text[last:]))
    return "".join(pieces)


class HighlightDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.terms: dict[int, list[str]] = {}  # column -> what to mark in it

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        html = marked_html(str(index.data() or ""), self.terms.get(index.column(), []))
        if html is None:
            super().paint(painter, option, index)
            return
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        document = QTextDocument()
        document.setDefaultFont(options.font)
        document.setDocumentMargin(0)
        document.setHtml(html)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        painter.save()
        painter.setClipRect(area)  # a long text stops at its cell, as an unmarked one does
        painter.translate(
            area.left() + 3, area.top() + (area.height() - document.size().height()) / 2
        )
        context = QAbstractTextDocumentLayout.PaintContext()
        if options.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, options.palette.color(QPalette.ColorRole.HighlightedText)
            )
        context.clip = QRectF(0, 0, area.width(), area.height())
        document.documentLayout().draw(painter, context)
        painter.restore()
