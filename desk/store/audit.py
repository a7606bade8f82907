"""The audit trail (审计): who did what, when, to which record. Each entry's hash covers its
own fields and the previous entry's hash, so editing, deleting or reordering entries breaks
the chain where it happened; `verify` names the first broken entry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desk.domain.station import Clerk
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database

GENESIS = "0" * 64


class Audited(StrEnum):
    LOGIN = "登录"
    FAILED_LOGIN = "登录失败"
    VIEW_CONFIDENTIAL = "查看检举控告类事项"
    CREATE = "登记"
    CHANGE = "办理"
    PRINT = "打印"
    EXPORT = "导出"
    IMPORT = "导入"
    BACKUP = "备份"
    RESTORE = "恢复"
    ACCOUNT = "账号管理"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    clerk: str
    action: str
    target: str
    detail: str
    previous_hash: str
    hash: str


def _hash(entry_id: int, at: str, clerk: str, action: str, target: str, detail: str,
          previous: str) -> str:  # fmt: skip
    fields = "\x1f".join([str(entry_id), at, clerk, action, target, detail, previous])
    return hashlib.sha256(fields.encode("utf-8")).hexdigest()


def record(
    db: Database,
    action: Audited,
    *,
    clerk: Clerk | str | None,
    now: dt.datetime,
    target: str = "",
    detail: str = "",
) -> None:
    """Append one entry; inside the caller's transaction when there is one (the save and its
    entry stand or fall together)."""
    who = clerk.login if isinstance(clerk, Clerk) else (clerk or "（命令行）")
    with db.atomic():
        last = db.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        previous = last[1] if last else GENESIS
        entry_id = _next_id(db)
        at = stamp(now)
        entry_hash = _hash(entry_id, at, who, action.value, target, detail, previous)
        db.execute(
            "INSERT INTO audit_log (id, at, clerk, action, target, detail, previous_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [entry_id, at, who, action.value, target, detail, previous, entry_hash],
        )


def _next_id(db: Database) -> int:
    """The id AUTOINCREMENT will give: taken from sqlite_sequence, so a deleted last entry
    leaves a gap that verify sees."""
    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    return (row[0] if row else 0) + 1


def entries(db: Database, *, limit: int = 500, before: int | None = None) -> list[AuditEntry]:
    """Newest first, a page at a time."""
    rows = db.execute(
        "SELECT id, at, clerk, action, target, detail, previous_hash, hash FROM audit_log"
        " WHERE id < ? ORDER BY id DESC LIMIT ?",
        [before or 2**62, limit],
    ).fetchall()
    return [AuditEntry(*row) for row in rows]


@dataclass(frozen=True)
class ChainCheck:
    entries: int
    broken_at: int | None  # the id of the first entry that does not fit the chain
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.broken_at is None


def verify(db: Database) -> ChainCheck:
    """Walk the whole chain in order; the first entry that breaks it is named."""
    previous, expected_id, count = GENESIS, 1, 0
    for row in db.execute(
        "SELECT id, at, clerk, action, target, detail, previous_hash, hash FROM audit_log"
        " ORDER BY id"
    ):
        entry = AuditEntry(*row)
        count += 1
        if entry.id != expected_id:
            return ChainCheck(count, expected_id, f"第{expected_id}条记录不见了（被删除）")
        if entry.previous_hash != previous:
            return ChainCheck(count, entry.id, f"第{entry.id}条记录与前一条接不上（被删除或调换）")
        recomputed = _hash(entry.id, entry.at, entry.clerk, entry.action, entry.target,
                           entry.detail, entry.previous_hash)  # fmt: skip
        if recomputed != entry.hash:
            return ChainCheck(count, entry.id, f"第{entry.id}条记录的内容被改动过")
        previous, expected_id = entry.hash, entry.id + 1
    last_given = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
    if last_given and last_given[0] >= expected_id:
        return ChainCheck(count, expected_id, f"第{expected_id}条及以后的记录不见了（被删除）")
    return ChainCheck(count, None)
