"""The 台账 table's model: rows come from the database a page at a time, as they are shown.

The model knows how many rows match and the key of every page's first row (anchors), so the
view can scroll or jump anywhere; a page it does not hold is asked for on the database thread
and shown when it arrives. At most MAX_PAGES pages are kept, so memory stays flat whether the
ledger holds a thousand visits or a million.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desk.domain.access import HIDDEN, shown_text
from desk.domain.idnumber import mask
from desk.domain.receipt import mask_phone
from desk.domain.station import Clerk
from desk.ledger_export import flags
from desk.store.ledger import PAGE_SIZE, Key, LedgerRow, Order, Search, anchors, count, page
from desk.ui.background import DbWorker
from desk.ui.messages import message_text
from desk.ui.vocabulary import shown, shown_list

if TYPE_CHECKING:
    from sqlite_utils import Database

MAX_PAGES = 40
SECRET_HEADINGS = {"事项", "分类"}  # what an accusation says: the head's eyes only
HEADINGS = "columns"  # the translation context of the headings of every Column
LOADING = "…"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    heading: str  # in Chinese (QT_TRANSLATE_NOOP(HEADINGS, ...)): the header shows it translated
    order: Order | None  # what clicking the heading sorts by; None: not sortable

    def value(self, row: LedgerRow) -> str:
        raise NotImplementedError


@dataclass(frozen=True)
class Field(Column):
    name: str = ""

    def value(self, row: LedgerRow) -> str:
        return str(getattr(row, self.name))


@dataclass(frozen=True)
class Word(Field):
    """A domain word (a channel, a kind, a state): stored in Chinese, shown translated."""

    def value(self, row: LedgerRow) -> str:
        return shown(super().value(row))


@dataclass(frozen=True)
class Computed(Column):
    kind: str = ""

    def value(self, row: LedgerRow) -> str:
        match self.kind:
            case "id":
                return mask(row.id_number)
            case "phone":
                return mask_phone(row.phone)
            case "category":
                return "/".join(shown(c) for c in (row.category1, row.category2) if c)
            case _:
                return shown_list(flags(row))


COLUMNS: tuple[Column, ...] = (
    Field(QT_TRANSLATE_NOOP("columns", "登记编号"), Order.REGISTERED, "serial"),
    Field(QT_TRANSLATE_NOOP("columns", "接待时间"), Order.RECEIVED, "received_at"),
    Field(QT_TRANSLATE_NOOP("columns", "姓名"), Order.NAME, "visitor_name"),
    Computed(QT_TRANSLATE_NOOP("columns", "身份证号"), None, "id"),
    Computed(QT_TRANSLATE_NOOP("columns", "联系电话"), None, "phone"),
    Field(QT_TRANSLATE_NOOP("columns", "村（社区）"), Order.VILLAGE, "village"),
    Word(QT_TRANSLATE_NOOP("columns", "来源"), None, "channel"),
    Word(QT_TRANSLATE_NOOP("columns", "性质"), None, "kind"),
    Computed(QT_TRANSLATE_NOOP("columns", "分类"), Order.CATEGORY, "category"),
    Field(QT_TRANSLATE_NOOP("columns", "事项"), None, "subject"),
    Computed(QT_TRANSLATE_NOOP("columns", "标记"), None, "flags"),
    Word(QT_TRANSLATE_NOOP("columns", "状态"), None, "state"),
)


@dataclass(frozen=True)
class _Found:
    first_page: list[LedgerRow]


@dataclass(frozen=True)
class _Counted:
    total: int
    anchors: list[Key]


class LedgerModel(QAbstractTableModel):
    counted = Signal(int)  # the number of matching visits, once known
    first_page_shown = Signal()

    def __init__(
        self,
        worker: DbWorker,
        parent: Any = None,
        *,
        columns: tuple[Column, ...] = COLUMNS,
        tint: Callable[[LedgerRow], QColor | None] | None = None,
        viewer: Clerk | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.columns = columns
        self.viewer = viewer
        self.tint = tint  # a row's background, e.g. red for an overdue case
        self.search: Search | None = None
        self.total = 0
        self.known_total = False
        self.anchors: list[Key] = []
        self.pages: OrderedDict[int, list[LedgerRow]] = OrderedDict()
        self.pending: set[int] = set()
        self.generation = 0  # answers to an older search are dropped

    # --- searching ------------------------------------------------------------------------

    def set_search(self, search: Search) -> None:
        self.generation += 1
        generation = self.generation
        self.search = search
        self.known_total = False
        self.worker.submit(
            lambda db: _Found(page(db, search)),
            on_done=lambda found: self._found(generation, found),
            owner=self,
        )
        self.worker.submit(
            lambda db: _count_and_anchors(db, search),
            on_done=lambda counted: self._counted(generation, counted),
            owner=self,
        )

    def _found(self, generation: int, found: _Found) -> None:
        if generation != self.generation:
            return
        self.beginResetModel()
        self.pages.clear()
        self.pending.clear()
        self.anchors = []
        self.pages[0] = found.first_page
        self.total = len(found.first_page)
        self.known_total = len(found.first_page) < PAGE_SIZE
        self.endResetModel()
        self.first_page_shown.emit()
        if self.known_total:
            self.counted.emit(self.total)

    def _counted(self, generation: int, counted: _Counted) -> None:
        if generation != self.generation:
            return
        self.anchors = counted.anchors
        if counted.total > self.total:
            self.beginInsertRows(QModelIndex(), self.total, counted.total - 1)
            self.total = counted.total
            self.endInsertRows()
        self.known_total = True
        self.counted.emit(counted.total)

    # --- rows -----------------------------------------------------------------------------

    def row_at(self, row: int) -> LedgerRow | None:
        number = row // PAGE_SIZE
        rows = self.pages.get(number)
        if rows is None:
            self._request(number)
            return None
        self.pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _request(self, number: int) -> None:
        if number in self.pending or number >= len(self.anchors) or self.search is None:
            return
        self.pending.add(number)
        generation, search, anchor = self.generation, self.search, self.anchors[number]
        self.worker.submit(
            lambda db: page(db, search, starting_at=anchor),
            on_done=lambda rows: self._arrived(generation, number, rows),
            owner=self,
        )

    def _arrived(self, generation: int, number: int, rows: list[LedgerRow]) -> None:
        if generation != self.generation:
            return
        self.pending.discard(number)
        self.pages[number] = rows
        while len(self.pages) > MAX_PAGES:
            self.pages.popitem(last=False)
        first = number * PAGE_SIZE
        last = min(first + PAGE_SIZE, self.total) - 1
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # --- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.BackgroundRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.tint(row) if self.tint else None
        column = self.columns[index.column()]
        value = column.value(row)
        if column.heading in SECRET_HEADINGS:
            seen = shown_text(value, kind=row.kind, clerk=self.viewer)
            return message_text(HIDDEN) if seen == HIDDEN != value else seen
        return value

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(HEADINGS, self.columns[section].heading)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        chosen = self.columns[column].order
        if chosen is None or self.search is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (chosen, descending) != (self.search.order, self.search.descending):
            self.set_search(
                Search(self.search.query, self.search.filters, chosen, descending=descending)
            )


def _count_and_anchors(db: Database, search: Search) -> _Counted:
    return _Counted(count(db, search), anchors(db, search))
