"""Sync files made here and loaded here: numbers and hashes for the chain, what each held, and
the sequence ranges a township has from each station (its gaps)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class SentFile:
    kind: str
    recipient: str
    number: int
    sha256: str
    first_seq: int | None
    last_seq: int | None
    visits: int
    events: int
    acknowledgements: int
    period_from: str | None
    period_to: str | None
    size: int
    full: bool
    encrypted: bool
    path: str
    created_at: str


_SENT = (
    "kind, recipient, number, sha256, first_seq, last_seq, visits, events, acknowledgements,"
    " period_from, period_to, size, full, encrypted, path, created_at"
)


def record_sent(db: Database, sent: SentFile) -> None:
    values = [getattr(sent, name.strip()) for name in _SENT.split(",")]
    db.execute(
        f"INSERT INTO sync_sent ({_SENT}) VALUES ({', '.join('?' * len(values))})",
        [int(v) if isinstance(v, bool) else v for v in values],
    )


def last_sent(db: Database, kind: str, recipient: str) -> SentFile | None:
    found = sent_files(db, kind=kind, recipient=recipient, limit=1)
    return found[0] if found else None


def sent_files(
    db: Database, *, kind: str, recipient: str | None = None, limit: int = 200
) -> list[SentFile]:
    """Newest first."""
    where, params = "kind = ?", [kind]
    if recipient is not None:
        where += " AND recipient = ?"
        params.append(recipient)
    rows = db.execute(
        f"SELECT {_SENT} FROM sync_sent WHERE {where} ORDER BY id DESC LIMIT ?", [*params, limit]
    ).fetchall()
    return [_sent(row) for row in rows]


def _sent(row: tuple[Any, ...]) -> SentFile:
    values = dict(zip((n.strip() for n in _SENT.split(",")), row, strict=True))
    values["full"], values["encrypted"] = bool(values["full"]), bool(values["encrypted"])
    return SentFile(**values)


@dataclass(frozen=True)
class ReceivedFile:
    sha256: str
    kind: str
    sender: str
    number: int
    previous_sha256: str | None
    first_seq: int | None
    last_seq: int | None
    created: str
    encrypted: bool
    outcome: Mapping[str, int]
    file_name: str
    loaded_at: str


def record_received(db: Database, received: ReceivedFile) -> None:
    db.execute(
        "INSERT INTO sync_received (sha256, kind, sender, number, previous_sha256, first_seq,"
        " last_seq, created, encrypted, outcome, file_name, loaded_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            received.sha256,
            received.kind,
            received.sender,
            received.number,
            received.previous_sha256,
            received.first_seq,
            received.last_seq,
            received.created,
            int(received.encrypted),
            json.dumps(dict(received.outcome), ensure_ascii=False),
            received.file_name,
            received.loaded_at,
        ],
    )


def received_file(db: Database, sha256: str) -> ReceivedFile | None:
    row = db.execute(
        "SELECT sha256, kind, sender, number, previous_sha256, first_seq, last_seq, created,"
        " encrypted, outcome, file_name, loaded_at FROM sync_received WHERE sha256 = ?",
        [sha256],
    ).fetchone()
    if row is None:
        return None
    return ReceivedFile(*row[:8], bool(row[8]), json.loads(row[9]), *row[10:])


def received_numbered(db: Database, sender: str, kind: str, number: int) -> ReceivedFile | None:
    """The file of this kind and number loaded from `sender`, if any."""
    row = db.execute(
        "SELECT sha256 FROM sync_received WHERE sender = ? AND kind = ? AND number = ?"
        " ORDER BY loaded_at LIMIT 1",
        [sender, kind, number],
    ).fetchone()
    return received_file(db, row[0]) if row else None


def covered_ranges(db: Database, sender: str) -> list[tuple[int, int]]:
    """The event sequence ranges of the files loaded from `sender`, merged, in order."""
    merged: list[tuple[int, int]] = []
    for first, last in db.execute(
        "SELECT first_seq, last_seq FROM sync_received WHERE sender = ? AND first_seq IS NOT NULL"
        " ORDER BY first_seq, last_seq",
        [sender],
    ):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


@dataclass(frozen=True)
class SenderSummary:
    code: str
    files: int
    last_loaded_at: str | None
    last_number: int | None


def sender_summaries(db: Database) -> dict[str, SenderSummary]:
    return {
        code: SenderSummary(code, files, loaded, number)
        for code, files, loaded, number in db.execute(
            "SELECT sender, count(*), max(loaded_at), max(number) FROM sync_received"
            " GROUP BY sender"
        )
    }


@dataclass(frozen=True)
class StationCases:
    code: str
    name: str  # as its files name it ("" when none came yet)
    cases: int
    open: int
    overdue: int


def cases_by_station(db: Database, today: dt.date) -> list[StationCases]:
    """On a township: each station's cases here, how many are open and how many overdue."""
    return [
        StationCases(*row)
        for row in db.execute(
            "SELECT v.station_code, coalesce(max(o.station_name), ''), count(*),"
            " count(v.next_due), count(CASE WHEN v.next_due < ? THEN 1 END)"
            " FROM visits v LEFT JOIN sync_visit_origin o ON o.visit_id = v.id"
            " GROUP BY v.station_code ORDER BY v.station_code",
            [today.isoformat()],
        )
    ]
