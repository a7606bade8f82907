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
from desk.ui.naming import named

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def table_widget(table: ReportTable, parent: QWidget | None = None) -> QTableWidget:
    """A read-only table as tall as its rows (the page scrolls, not the table)."""
    widget = named(QTableWidget(parent), f"table_{table.key}", table.title)
    widget.setColumnCount(len(table.headings))
    widget.setHorizontalHeaderLabels(list(table.headings))
    widget.setRowCount(max(1, len(table.rows)))
    for row, cells in enumerate(table.rows):
        for column, cell in enumerate(cells):
            item = QTableWidgetItem(cell_text(cell))
            item.setTextAlignment(TEXT if isinstance(cell, str) else NUMBER)
            widget.setItem(row, column, item)
    if not table.rows:
        widget.setItem(0, 0, QTableWidgetItem(_tr("本期无数据")))
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
        widget.setToolTip(table.note)
    return widget


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportTable", text)


def rows_shown(widget: QTableWidget) -> list[list[str]]:
    """The texts of the table's cells, row by row (tests compare them with the files)."""
    return [
        [widget.item(row, column).text() if widget.item(row, column) else ""
         for column in range(widget.columnCount())]
        for row in range(widget.rowCount())
    ]  # fmt: skip


def definition_text(definition: RateDefinition) -> str:
    lines = [
        f"分子：{definition.numerator}",
        f"分母：{definition.denominator}",
        f"期间归属：{definition.counted_by}",
    ]
    if definition.note:
        lines.append(f"说明：{definition.note}")
    return "\n".join(lines)


def add_definition_buttons(widget: QTableWidget) -> None:
    """The rates' table gets a column of ⓘ buttons: each rate's definition (numerator,
    denominator, which date counts) in its tooltip, and in a message on a click."""
    column = widget.columnCount()
    widget.setColumnCount(column + 1)
    widget.setHorizontalHeaderItem(column, QTableWidgetItem(_tr("口径")))
    by_name = {definition.name: definition for definition in RATE_DEFINITIONS}
    for row in range(widget.rowCount()):
        name = widget.item(row, 0).text() if widget.item(row, 0) else ""
        definition = by_name.get(name)
        if definition is None:
            continue
        text = definition_text(definition)
        widget.item(row, 0).setToolTip(text)
        button = named(QToolButton(), f"define_{definition.key}", f"{name}的口径")
        button.setText("ⓘ")
        button.setAutoRaise(True)
        button.setToolTip(text)
        button.clicked.connect(
            lambda _=False, n=name, t=text: QMessageBox.information(widget, n, t)
        )
        widget.setCellWidget(row, column, button)
