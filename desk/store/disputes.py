"""The 矛盾纠纷排查台账: entries added and changed one transaction each, read back newest first,
and linked to the visit an entry became."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from uuid6 import uuid7

from desk.domain.disputes import BECAME_CASE, STATUSES, Dispute, DisputeInput
from desk.domain.errors import InvalidInput
from desk.domain.station import Clerk
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = (
    "found_on",
    "screening",
    "source",
    "parties",
    "village",
    "dispute_type",
    "summary",
    "risk",
    "responsible",
    "measures",
    "status",
    "follow_up",
    "closed_on",
)
_SELECT = (
    "SELECT disputes.*, visits.serial AS visit_serial, clerks.name AS clerk_name"
    " FROM disputes LEFT JOIN visits ON visits.id = disputes.visit_id"
    " LEFT JOIN clerks ON clerks.id = disputes.clerk_id"
)


class UnknownDispute(LookupError):
    """No register entry has this id."""


class AlreadyLinked(ValueError):
    """The entry has already become another case."""


def add_dispute(db: Database, entry: DisputeInput, *, clerk: Clerk, now: dt.datetime) -> Dispute:
    """A new entry, registered by `clerk`."""
    if entry.status == BECAME_CASE:
        raise InvalidInput({"status": "转为信访事项请用“转为来访登记”"})
    row = _row(entry)
    row.update(uid=str(uuid7()), clerk_id=clerk.id, created_at=stamp(now), updated_at=stamp(now))
    with db.atomic():
        dispute_id = db.execute(
            f"INSERT INTO disputes ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
            list(row.values()),
        ).lastrowid
        return get_dispute(db, dispute_id)


def update_dispute(
    db: Database, dispute_id: int, entry: DisputeInput, *, now: dt.datetime
) -> Dispute:
    """Replace an entry's fields. A linked entry keeps the status 已转信访事项, and only a
    linked one has it."""
    with db.atomic():
        current = get_dispute(db, dispute_id)
        if current.linked and entry.status != BECAME_CASE:
            raise InvalidInput(
                {"status": f"已转为信访事项（{current.visit_serial}），状态不再在排查台账中更改"}
            )
        if not current.linked and entry.status == BECAME_CASE:
            raise InvalidInput({"status": "转为信访事项请用“转为来访登记”"})
        row = _row(entry)
        row["updated_at"] = stamp(now)
        db.execute(
            f"UPDATE disputes SET {', '.join(f'{name} = ?' for name in row)} WHERE id = ?",
            [*row.values(), dispute_id],
        )
        return get_dispute(db, dispute_id)


def list_disputes(db: Database, *, status: str | None = None) -> list[Dispute]:
    """Every entry, or those with `status`, newest found first (a station keeps hundreds)."""
    if status is not None and status not in STATUSES:
        raise ValueError(f"unknown status {status!r}")
    where, params = ("WHERE disputes.status = ?", [status]) if status else ("", [])
    return [
        _dispute(row)
        for row in db.query(
            f"{_SELECT} {where} ORDER BY disputes.found_on DESC, disputes.id DESC", params
        )
    ]


def get_dispute(db: Database, dispute_id: int) -> Dispute:
    rows = list(db.query(f"{_SELECT} WHERE disputes.id = ?", [dispute_id]))
    if not rows:
        raise UnknownDispute(f"排查台账中没有第{dispute_id}条")
    return _dispute(rows[0])


def link_to_visit(
    db: Database, dispute_id: int, visit_id: int, *, now: dt.datetime | None = None
) -> Dispute:
    """The entry became the case of this visit: note the visit, status 已转信访事项. Linking
    to the same visit again changes nothing; to another visit is refused."""
    with db.atomic():
        current = get_dispute(db, dispute_id)
        if current.visit_id == visit_id:
            return current
        if current.linked:
            raise AlreadyLinked(f"这条排查记录已转为信访事项（{current.visit_serial}）")
        if db.execute("SELECT 1 FROM visits WHERE id = ?", [visit_id]).fetchone() is None:
            raise LookupError(f"没有第{visit_id}号来访登记")
        db.execute(
            "UPDATE disputes SET visit_id = ?, status = ?, updated_at = ? WHERE id = ?",
            [visit_id, BECAME_CASE, stamp(now or dt.datetime.now()), dispute_id],
        )
        return get_dispute(db, dispute_id)


def link_to_serial(
    db: Database, dispute_id: int, serial: str, *, now: dt.datetime | None = None
) -> Dispute:
    """link_to_visit by the visit's 登记编号 (what the 登记 page's `saved` signal carries)."""
    with db.atomic():
        row = db.execute("SELECT id FROM visits WHERE serial = ?", [serial.strip()]).fetchone()
        if row is None:
            raise LookupError(f"没有登记编号为 {serial} 的来访登记")
        return link_to_visit(db, dispute_id, row[0], now=now)


def _row(entry: DisputeInput) -> dict[str, Any]:
    row = {name: getattr(entry, name) for name in _COLUMNS}
    row["measures"] = json.dumps(list(entry.measures), ensure_ascii=False)
    row["closed_on"] = entry.closed_on or None
    return row


def _dispute(row: dict[str, Any]) -> Dispute:
    fields = {name: row[name] for name in _COLUMNS}
    fields["measures"] = tuple(json.loads(row["measures"]))
    fields["closed_on"] = row["closed_on"] or ""
    return Dispute(
        id=row["id"],
        uid=row["uid"],
        entry=DisputeInput(**fields),
        visit_id=row["visit_id"],
        visit_serial=row["visit_serial"] or "",
        clerk_name=row["clerk_name"] or "",
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )
