"""The registration form's autosaved draft, one per clerk, so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Draft:
    saved_at: str
    values: dict[str, Any]


def save_draft(db: Database, clerk_id: int, values: dict[str, Any], now: dt.datetime) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO drafts (clerk_id, saved_at, data) VALUES (?, ?, ?)"
            " ON CONFLICT (clerk_id) DO UPDATE SET saved_at = excluded.saved_at,"
            " data = excluded.data",
            [clerk_id, stamp(now), json.dumps(values, ensure_ascii=False)],
        )


def load_draft(db: Database, clerk_id: int) -> Draft | None:
    rows = list(db.query("SELECT saved_at, data FROM drafts WHERE clerk_id = ?", [clerk_id]))
    if not rows:
        return None
    return Draft(saved_at=rows[0]["saved_at"], values=json.loads(rows[0]["data"]))


def discard_draft(db: Database, clerk_id: int) -> None:
    with db.atomic():
        delete_draft(db, clerk_id)


def delete_draft(db: Database, clerk_id: int) -> None:
    """Within the caller's transaction (saving the visit the draft became)."""
    db.execute("DELETE FROM drafts WHERE clerk_id = ?", [clerk_id])
