"""The 台账's queries: find visits by whatever the clerk typed, page through them by key.

Every reading of the query (desk.domain.search_query) has its own source query that an index
serves: ID and phone tails by expression indexes, names and pinyin keys by prefix (GLOB on an
index), subject and request by the full-text index of two-character pieces. A page asks each
source for its first rows after the last key shown (keyset paging: no OFFSET scans at any
depth) and merges them. Values are always bound parameters, and full-text phrases are built
from letters and digits only, so nothing typed is read as SQL or FTS syntax.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desk.domain.search_query import Kind, SearchQuery
from desk.domain.text_grams import query_phrases

if TYPE_CHECKING:
    from sqlite_utils import Database

PAGE_SIZE = 200
OPEN, CLOSED = "未结", "已结"  # state filters for all open or all closed cases


class Order(StrEnum):
    """Columns the table sorts by, newest (or last) first unless ascending."""

    REGISTERED = "id"
    RECEIVED = "received_at"
    NAME = "visitor_name"
    VILLAGE = "village"
    CATEGORY = "category1"
    DUE = "next_due"  # the 待办 page: soonest deadline first


@dataclass(frozen=True)
class Filters:
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    category1: str = ""
    kind: str = ""
    channel: str = ""
    village: str = ""
    repeat: bool = False
    collective: bool = False
    leapfrog: bool = False
    urgent: bool = False
    state: str = ""  # a CaseState value, or OPEN / CLOSED
    overdue_on: dt.date | None = None  # only cases whose next deadline passed before this day
    leader: str = ""
    office: str = ""

    def conditions(self) -> tuple[list[str], list[Any]]:
        """SQL conditions on the visits table `v`, with their parameters."""
        sql: list[str] = []
        params: list[Any] = []
        if self.received_from:
            sql.append("v.received_at >= ?")
            params.append(self.received_from.isoformat())
        if self.received_to:
            sql.append("v.received_at < ?")
            params.append((self.received_to + dt.timedelta(days=1)).isoformat())
        for column in ("category1", "kind", "channel", "village"):
            if getattr(self, column):
                sql.append(f"v.{column} = ?")
                params.append(getattr(self, column))
        for flag in ("repeat", "collective", "leapfrog", "urgent"):
            if getattr(self, flag):
                sql.append(f"v.{flag} = 1")
        if self.state == OPEN:
            sql.append("v.next_due IS NOT NULL")  # an open case always has a next deadline
        elif self.state == CLOSED:
            sql.append("v.next_due IS NULL")
        elif self.state:
            sql.append("v.state = ?")
            params.append(self.state)
        if self.overdue_on:
            sql.append("v.next_due < ?")
            params.append(self.overdue_on.isoformat())
        for column in ("leader", "office"):
            if getattr(self, column):
                sql.append(f"v.{column} = ?")
                params.append(getattr(self, column))
        return sql, params


@dataclass(frozen=True)
class Search:
    query: SearchQuery
    filters: Filters = field(default_factory=Filters)
    order: Order = Order.REGISTERED
    descending: bool = True


@dataclass(frozen=True)
class LedgerRow:
    id: int
    serial: str
    received_at: str
    visitor_name: str
    id_number: str
    phone: str
    village: str
    channel: str
    kind: str
    category1: str
    category2: str
    subject: str
    headcount: int
    collective: bool
    repeat: bool
    leapfrog: bool
    urgent: bool
    state: str
    next_due: str | None
    next_due_what: str
    next_due_level: str
    leader: str
    office: str

    def key(self, order: Order) -> tuple[Any, int]:
        return (getattr(self, order.value), self.id)


ROW_COLUMNS = ", ".join(f"v.{name}" for name in LedgerRow.__dataclass_fields__)
Key = tuple[Any, int]


def _sources(query: SearchQuery) -> list[tuple[str, str, list[Any]]]:
    """(FROM clause, condition, parameters) of each reading's source; the FROM clause names
    the visits table `v`, and a source that is not the visits table itself joins it."""
    visits = "visits v"
    sources: list[tuple[str, str, list[Any]]] = []
    params: list[Any]
    for reading in query.interpretations:
        value = reading.value
        match reading.kind:
            case Kind.ID_FULL:
                sources.append((visits, "v.id_number = ?", [value]))
            case Kind.ID_TAIL:
                condition = "v.id_number != '' AND substr(v.id_number, -4) = ?"
                params = [value[-4:]]
                if len(value) > 4:
                    condition += f" AND substr(v.id_number, -{len(value)}) = ?"
                    params.append(value)
                sources.append((visits, condition, params))
            case Kind.PHONE_FULL:
                condition = "v.phone != '' AND substr(v.phone, -4) = ? AND v.phone = ?"
                sources.append((visits, condition, [value[-4:], value]))
            case Kind.PHONE_TAIL:
                condition = "v.phone != '' AND substr(v.phone, -4) = ?"
                params = [value[-4:]]
                if len(value) > 4:
                    condition += f" AND substr(replace(v.phone, '-', ''), -{len(value)}) = ?"
                    params.append(value)
                sources.append((visits, condition, params))
            case Kind.SERIAL:
                sources.append((visits, "v.serial = ?", [value]))
            case Kind.SERIAL_TAIL:
                if "-" in value:
                    year, sequence = value.split("-")
                    sources.append(
                        (
                            visits,
                            "v.serial_year = ? AND v.serial_sequence = ?",
                            [int(year), int(sequence)],
                        )
                    )
                else:
                    sources.append((visits, "v.serial_sequence = ?", [int(value)]))
            case Kind.NAME_PREFIX:
                pattern = _glob_prefix(value)
                sources.append((visits, "v.visitor_name GLOB ?", [pattern]))
                sources.append(
                    (
                        "representatives r JOIN visits v ON v.id = r.visit_id",
                        "r.name GLOB ?",
                        [pattern],
                    )
                )
            case Kind.PINYIN_INITIALS:
                sources.append((visits, "v.name_initials GLOB ?", [_glob_prefix(value)]))
            case Kind.PINYIN_FULL:
                sources.append((visits, "v.name_pinyin GLOB ?", [_glob_prefix(value)]))
            case Kind.TEXT:
                phrases = query_phrases(value)
                if phrases:
                    sources.append(
                        (
                            "visit_text t JOIN visits v ON v.id = t.rowid",
                            "visit_text MATCH ?",
                            [" AND ".join(phrases)],
                        )
                    )
    return sources


def _conditions(search: Search) -> tuple[list[str], list[Any]]:
    sql, params = search.filters.conditions()
    if search.order is Order.DUE:
        sql = [*sql, "v.next_due IS NOT NULL"]  # closed cases have no deadline to order by
    return sql, params


def _glob_prefix(value: str) -> str:
    """A GLOB pattern for 'starts with value': its own wildcards taken literally."""
    return "".join(f"[{c}]" if c in "*?[" else c for c in value) + "*"


def _all_visits(search: Search) -> list[tuple[str, str, list[Any]]]:
    if search.query.interpretations:
        return _sources(search.query)
    if search.query.text:
        return []  # something typed that means nothing findable: no rows, not all rows
    return [("visits v", "1", [])]


def _id_column(source: str) -> str:
    """The visit id as the source orders it: the full-text index walks its own rowids in
    order, so ordering by them (not by the joined visits' ids) takes 0.4 ms, not 100."""
    return "t.rowid" if source.startswith("visit_text") else "v.id"


def _order_sql(search: Search, id_column: str = "v.id") -> str:
    direction = "DESC" if search.descending else "ASC"
    if search.order is Order.REGISTERED:
        return f"{id_column} {direction}"
    return f"v.{search.order.value} {direction}, {id_column} {direction}"


def _after(
    search: Search, key: Key | None, *, inclusive: bool, id_column: str = "v.id"
) -> tuple[str, list[Any]]:
    if key is None:
        return "", []
    compare = ("<" if search.descending else ">") + ("=" if inclusive else "")
    if search.order is Order.REGISTERED:
        return f" AND {id_column} {compare} ?", [key[1]]
    return f" AND (v.{search.order.value}, {id_column}) {compare} (?, ?)", list(key)


def page(
    db: Database,
    search: Search,
    *,
    after: Key | None = None,
    starting_at: Key | None = None,
    size: int = PAGE_SIZE,
) -> list[LedgerRow]:
    """The rows that follow `after` (or start at `starting_at`), in the search's order.

    Each source gives only the keys of its first rows (an index often holds them all, so
    sorting a few thousand matches costs little); the rows themselves are read for the page.
    """
    filters, filter_params = _conditions(search)
    keys: set[Key] = set()
    for source, condition, params in _all_visits(search):
        id_column = _id_column(source)
        keyset, keyset_params = _after(
            search, starting_at or after, inclusive=starting_at is not None, id_column=id_column
        )
        where = " AND ".join([condition, *filters])
        key_columns = (
            f"NULL, {id_column}"
            if search.order is Order.REGISTERED
            else f"v.{search.order.value}, {id_column}"
        )
        sql = (
            f"SELECT DISTINCT {key_columns} FROM {source} WHERE {where}{keyset}"
            f" ORDER BY {_order_sql(search, id_column)} LIMIT ?"
        )
        keys.update(db.execute(sql, [*params, *filter_params, *keyset_params, size]).fetchall())
    chosen = sorted(keys, key=_sort_key, reverse=search.descending)[:size]
    if not chosen:
        return []
    ids = [visit_id for _, visit_id in chosen]
    rows = {
        values[0]: _row(values)
        for values in db.execute(
            f"SELECT {ROW_COLUMNS} FROM visits v WHERE v.id IN ({', '.join('?' * len(ids))})",
            ids,
        )
    }
    return [rows[visit_id] for visit_id in ids]


def _sort_key(key: Key) -> tuple[Any, int]:
    """Keys as SQLite orders them: by the column (NULL when ordering by id alone), then id."""
    return ("" if key[0] is None else key[0], key[1])


def _row(values: Sequence[Any]) -> LedgerRow:
    row = LedgerRow(*values)
    return LedgerRow(
        **{
            **row.__dict__,
            "collective": bool(row.collective),
            "repeat": bool(row.repeat),
            "leapfrog": bool(row.leapfrog),
            "urgent": bool(row.urgent),
        }
    )


def _matching(search: Search) -> tuple[str, list[Any]]:
    """FROM and WHERE of all matching visits `v` (for counting and for page anchors)."""
    filters, filter_params = _conditions(search)
    if not search.query.interpretations and not search.query.text:
        where = f" WHERE {' AND '.join(filters)}" if filters else ""  # lets count(*) be quick
        return f"FROM visits v{where}", filter_params
    ids, params = _matching_ids(search)
    return f"FROM visits v WHERE v.id IN ({ids})", params


def _matching_ids(search: Search) -> tuple[str, list[Any]]:
    filters, filter_params = _conditions(search)
    parts, params = [], []
    for source, condition, source_params in _all_visits(search):
        parts.append(f"SELECT v.id FROM {source} WHERE {' AND '.join([condition, *filters])}")
        params += [*source_params, *filter_params]
    if not parts:
        return "SELECT 0 WHERE 0", []
    return " UNION ".join(parts), params


def count(db: Database, search: Search) -> int:
    sql, params = _matching(search)
    return int(db.execute(f"SELECT count(*) {sql}", params).fetchone()[0])


def anchors(db: Database, search: Search, *, size: int = PAGE_SIZE) -> list[Key]:
    """The key of the first row of every page: with these, any page loads by keyset alone,
    so the table can jump to its middle or its end at once."""
    sql, params = _matching(search)
    column = "v.id" if search.order is Order.REGISTERED else f"v.{search.order.value}"
    rows = db.execute(
        f"SELECT key, id FROM (SELECT {column} AS key, v.id AS id,"
        f" row_number() OVER (ORDER BY {_order_sql(search)}) AS n {sql})"
        " WHERE n % ? = 1 ORDER BY n",
        [*params, size],
    ).fetchall()
    return [(key, visit_id) for key, visit_id in rows]


def same_person(db: Database, visit_id: int) -> list[LedgerRow]:
    """All visits by the person of this visit: same ID number, or same name and phone."""
    rows = db.execute(
        f"SELECT {ROW_COLUMNS} FROM visits v, visits me WHERE me.id = ? AND ("
        " (me.id_number != '' AND v.id_number = me.id_number)"
        " OR (me.phone != '' AND v.visitor_name = me.visitor_name AND v.phone = me.phone))"
        " ORDER BY v.received_at DESC, v.id DESC",
        [visit_id],
    ).fetchall()
    return [_row(row) for row in rows]


def optimize_text_index(db: Database) -> None:
    """Merge the full-text index's segments into one, after a bulk load (demo data, a
    migration): everyday saves then add to a compact index and stay quick."""
    with db.atomic():
        db.execute("INSERT INTO visit_text (visit_text) VALUES ('optimize')")
