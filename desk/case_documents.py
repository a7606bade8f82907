"""The written notices of a case (告知书, 意见书), made from the step that issued them."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

from desk.domain.notices import NoticeKind, notice_content, notice_kind_for
from desk.receipts.notice import render_notice
from desk.store.rules import deadline_rules
from desk.store.station import load_station
from desk.store.visits import visit_by_serial

if TYPE_CHECKING:
    from sqlite_utils import Database


class NoNotice(LookupError):
    """The step issued no notice, or is not a step of this case."""


def notice_pdf(db: Database, serial: str, seq: int, *, today: dt.date) -> bytes:
    """The notice issued by event `seq` of the case `serial`. Its number is the event's own
    sequence number: unique, and the same on every reprint."""
    record = visit_by_serial(db, serial)
    station = load_station(db)
    rows = db.execute(
        "SELECT e.action, e.data FROM events e JOIN visits v ON v.id = e.visit_id"
        " WHERE v.serial = ? AND e.seq = ?",
        [serial, seq],
    ).fetchall()
    kind = notice_kind_for(rows[0][0]) if rows else None
    if record is None or station is None or kind is None:
        raise NoNotice(f"登记编号 {serial} 的第 {seq} 项办理记录没有告知书")
    township = station.name if station.is_township else station.township
    content = notice_content(
        kind,
        record=record,
        event_data=json.loads(rows[0][1]),
        issuing_organ=township,
        township=township,
        document_number=str(seq),
        today=today,
        periods=deadline_rules(db).periods,
    )
    return render_notice(content)


def notices_of(timeline: list[tuple[int, str]]) -> list[tuple[int, NoticeKind]]:
    """(seq, kind) of the steps in a timeline [(seq, action)] that issued a notice."""
    return [(seq, kind) for seq, action in timeline if (kind := notice_kind_for(action))]
