"""What a sync file carries (sync-payload.schema.json): visits, events, acknowledgements and the
sending station's particulars; building its records and checking a received one.

A visit is the document `desk show --json` prints, with its stable `uid`, its `version` and the
`sha256` of its content: the same (uid, version) with another sha256 is a conflict, never an
update. Events never change, so they have no version.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from desk.sync.canonical import NotCanonicalizable, canonical_bytes
from desk.sync.errors import InvalidSyncPayload
from desk.sync.schemas import first_schema_error

PARTS = ("visits", "events", "acknowledgements")
AckStatus = Literal["accepted", "already_had", "conflict", "refused"]
ACK_STATUSES: tuple[AckStatus, ...] = ("accepted", "already_had", "conflict", "refused")
ACK_LABELS = {"accepted": "已接收", "already_had": "已有", "conflict": "冲突", "refused": "被拒"}


_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode


def record_sha256(record: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of a record without its own "sha256" key."""
    content = dict(record)  # a copy in C: five times quicker than a comprehension
    content.pop("sha256", None)
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def hash_entry(entry: dict[str, Any]) -> bytes:
    """Give a visit entry (without "sha256" yet) its sha256, and return its JSON for the
    payload: the canonical JSON that was hashed, with the sha256 member added at the end. So
    sealing need not write the record again (compact_json's `visits_json`)."""
    if not entry or "sha256" in entry:
        raise ValueError("hash_entry takes a record without its sha256")
    content = canonical_bytes(entry)
    entry["sha256"] = hashlib.sha256(content).hexdigest()
    return b"".join((content[:-1], b',"sha256":"', entry["sha256"].encode("ascii"), b'"}'))


def compact_json(payload: Mapping[str, Any], visits_json: Sequence[bytes] | None = None) -> bytes:
    """The payload as compact UTF-8 JSON, keys in the order given: what an encrypted file
    carries (only the ciphertext is signed, so this needs no canonical form). `visits_json`,
    when given, is the JSON of each of the payload's visits from hash_entry, put in as it is
    instead of writing the visits again (the larger part of an export's payload)."""
    if visits_json is None:
        return _COMPACT(payload).encode("utf-8")
    if len(visits_json) != len(payload["visits"]):
        raise ValueError("visits_json must hold the JSON of each of the payload's visits")
    rest = _COMPACT({key: value for key, value in payload.items() if key != "visits"})
    tail = b"}" if rest == "{}" else b"," + rest[1:].encode("utf-8")
    return b"".join((b'{"visits":[', b",".join(visits_json), b"]", tail))


def visit_entry(
    shown: Mapping[str, Any], *, uid: str, version: int, base_version: int | None = None
) -> dict[str, Any]:
    """A payload visit from the document `desk show --json` prints (VisitRecord.to_json())."""
    entry: dict[str, Any] = {"uid": uid, "version": version}
    if base_version is not None:
        entry["base_version"] = base_version
    entry.update(shown)
    entry["sha256"] = record_sha256(entry)
    return entry


@dataclass(frozen=True)
class Acknowledgement:
    record: Literal["visit", "event"]
    uid: str
    version: int | None  # None for an event
    status: AckStatus
    reason: str = ""
    sha256: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "record": self.record,
            "uid": self.uid,
            "version": self.version,
            "status": self.status,
            "reason": self.reason,
        }
        if self.sha256 is not None:
            data["sha256"] = self.sha256
        return data


def make_payload(
    *,
    visits: Iterable[Mapping[str, Any]] = (),
    events: Iterable[Mapping[str, Any]] = (),
    acknowledgements: Iterable[Acknowledgement | Mapping[str, Any]] = (),
    station: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "visits": list(visits),
        "events": list(events),
        "acknowledgements": [
            ack.to_json() if isinstance(ack, Acknowledgement) else dict(ack)
            for ack in acknowledgements
        ],
    }
    if station is not None:
        payload["station"] = dict(station)
    return payload


def counts_of(payload: Mapping[str, Any]) -> dict[str, int]:
    return {part: len(payload.get(part) or ()) for part in PARTS}


def event_sequence_range(payload: Mapping[str, Any]) -> tuple[int, int] | None:
    seqs = [event["seq"] for event in payload.get("events") or ()]
    return (min(seqs), max(seqs)) if seqs else None


def check_payload(payload: object) -> None:
    """Raise InvalidSyncPayload unless the payload satisfies its schema, every visit's sha256
    is its content's, and no uid (nor event seq) appears twice."""
    problem = first_schema_error("payload", payload)
    if problem:
        raise InvalidSyncPayload(f"同步文件的内容不符合格式：{problem}")
    assert isinstance(payload, Mapping)
    for index, visit in enumerate(payload["visits"]):
        try:
            actual = record_sha256(visit)
        except NotCanonicalizable as error:  # a lone surrogate, from a sender's bug
            raise InvalidSyncPayload(f"同步文件中第{index + 1}条来访含有无效的字符") from error
        if actual != visit["sha256"]:
            raise InvalidSyncPayload(
                f"同步文件中第{index + 1}条来访（{visit['serial']}）的校验值与内容不符"
            )
    _refuse_repeats("来访", (visit["uid"] for visit in payload["visits"]))
    _refuse_repeats("事件", (event["uid"] for event in payload["events"]))
    _refuse_repeats("事件序号", (str(event["seq"]) for event in payload["events"]))
    _refuse_repeats(
        "确认",
        (f"{ack['record']} {ack['uid']} {ack['version']}" for ack in payload["acknowledgements"]),
    )


def _refuse_repeats(what: str, keys: Iterable[str]) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise InvalidSyncPayload(f"同步文件中{what}“{key}”出现了两次")
        seen.add(key)
