"""A case's delivery state as the case detail shows it: on a station, whether the township
has it (未导出, 已导出 in file N, 已确认, 冲突, 被拒 with why); on a township, which version of
the station's it holds. Either side shows a 并发修改 mark."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desk.domain.station import Clerk
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.sync_load import clear_conflict
from desk.store.sync_records import delivery_facts

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Delivery:
    label: str  # 未导出 / 已导出（第N号文件） / 已确认 / 冲突 / 被拒 / 收自工作站…
    reason: str = ""  # why refused, or what the conflict was
    conflict: str = ""  # 并发修改: what was marked ("" when not marked)

    def text(self) -> str:
        parts = [self.label + (f"：{self.reason}" if self.reason else "")]
        if self.conflict:
            parts.append(f"并发修改：{self.conflict}")
        return "；".join(parts)


def delivery_of(db: Database, serial: str) -> Delivery:
    facts = delivery_facts(db, serial)
    if facts is None:
        return Delivery("（无此记录）")
    conflict = facts.conflict or ""
    if facts.received_version is not None:
        return Delivery(f"收自工作站（对方第{facts.received_version}版）", conflict=conflict)
    if facts.status == "refused" and (facts.status_version or 0) >= facts.version:
        return Delivery("被拒", facts.reason, conflict)
    if (facts.have_version or 0) >= facts.version:
        if facts.status == "conflict":
            return Delivery("冲突", facts.reason, conflict)
        return Delivery("已确认", conflict=conflict)
    if facts.export_number is not None and facts.last_seq <= (facts.export_last_seq or 0):
        return Delivery(f"已导出（第{facts.export_number}号文件）", conflict=conflict)
    return Delivery("未导出", conflict=conflict)


def resolve_conflict(db: Database, serial: str, *, clerk: Clerk | None, now: dt.datetime) -> None:
    """A person has looked at a case marked 并发修改: the mark goes, an audit line stays."""
    with db.atomic():
        if clear_conflict(db, serial):
            audit(db, Audited.CHANGE, clerk=clerk, now=now, target=serial, detail="并发修改已核对")
