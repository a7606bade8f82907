"""A report's table (desk.reports.tables) on screen: the same rows and the same cell texts as
the PDF prints, so the screen, the PDF and the workbook say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QWidget,
)

from desk.reports.tables import ReportTable, cell_text
from desk.store.metrics import RATE_DEFINITIONS, RateDefinition
from desk.ui.messages import message_text
from desk.ui.naming import named

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def table_widget(table: ReportTable, parent: QWidget | None = None) -> QTableWidget:
    """A read-only table as tall as its rows (the page scrolls, not the table). Its words show
    in the window's language; each text cell keeps the report's own text as its data."""
    widget = named(QTableWidget(parent), f"table_{table.key}", message_text(table.title))
    widget.setColumnCount(len(table.headings))
    widget.setHorizontalHeaderLabels([message_text(heading) for heading in table.headings])
    widget.setRowCount(max(1, len(table.rows)))
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells):
            text = cell_text(cell)
            item = QTableWidgetItem(message_text(text) if isinstance(cell, str) else text)
            item.setData(Qt.ItemDataRole.UserRole, text)
            item.setTextAlignment(TEXT if isinstance(cell, str) else NUMBER)
            widget.setItem(row, column, item)
    if not table.rows:
        widget.setItem(
            0, 0, QTableWidgetItem(QCoreApplication.translate("ReportTable", "本期无数据"))
        )
        widget.setSpan(0, 0, 1, len(table.headings))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.verticalHeader().hide()
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    widget.verticalHeader().setDefaultSectionSize(26)
    height = header.sizeHint().height() + 26 * widget.rowCount() + 2 * widget.frameWidth() + 2
    widget.setFixedHeight(height)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if table.note:
        widget.setToolTip(message_text(table.note))
    return widget


def rows_shown(widget: QTableWidget) -> list[list[str]]:
    """The texts of the table's cells, row by row (tests compare them with the files)."""
    return [
        [widget.item(row, column).text() if widget.item(row, column) else ""
         for column in range(widget.columnCount())]
        for row in range(widget.rowCount())
    ]  # fmt: skip


def definition_text(definition: RateDefinition) -> str:
    parts = [
        (QCoreApplication.translate("ReportTable", "分子：%1"), definition.numerator),
        (QCoreApplication.translate("ReportTable", "分母：%1"), definition.denominator),
        (QCoreApplication.translate("ReportTable", "期间归属：%1"), definition.counted_by),
        (QCoreApplication.translate("ReportTable", "说明：%1"), definition.note),
    ]
    return "\n".join(label.replace("%1", message_text(text)) for label, text in parts if text)


def add_definition_buttons(widget: QTableWidget) -> None:
    """The rates' table gets a column of ⓘ buttons: each rate's definition (numerator,
    denominator, which date counts) in its tooltip, and in a message on a click."""
    column = widget.columnCount()
    widget.setColumnCount(column + 1)
    widget.setHorizontalHeaderItem(
        column, QTableWidgetItem(QCoreApplication.translate("ReportTable", "口径"))
    )
    by_name = {definition.name: definition for definition in RATE_DEFINITIONS}
    for row in range(widget.rowCount()):
        item = widget.item(row, 0)
        definition = by_name.get(item.data(Qt.ItemDataRole.UserRole) if item else "")
        if definition is None:
            continue
        text, name = definition_text(definition), item.text()
        item.setToolTip(text)
        button = named(
            QToolButton(),
            f"define_{definition.key}",
            QCoreApplication.translate("ReportTable", "%1的口径").replace("%1", name),
        )
        button.setText("ⓘ")
        button.setAutoRaise(True)
        button.setToolTip(text)
        button.clicked.connect(
            lambda _=False, n=name, t=text: QMessageBox.information(widget, n, t)
        )
        widget.setCellWidget(row, column, button)
