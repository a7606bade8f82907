"""What the sync tests share: parties with keys, realistic payloads, and re-signing a changed
envelope the way docs/sync-format.md describes (as a careless or hostile sender would)."""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from uuid6 import uuid7

from desk.demo import SAMPLE_STATION, DemoVisits
from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.visit import VisitRecord, VisitRules, validate_visit
from desk.sync.envelope import FORMAT_VERSION, PlainRecipient, SequenceRange, seal
from desk.sync.keys import Party, PrivateKeys, PublicKeyFile
from desk.sync.payload import make_payload, visit_entry
from desk.sync.schemas import first_schema_error

NOW = dt.datetime(2026, 11, 26, 10, 0)
CREATED = dt.datetime(2026, 11, 26, 10, 5, 7, tzinfo=dt.timezone(dt.timedelta(hours=8)))
CATEGORIES = parse_category_list(bundled_default_document())

STATION = Party("410423203202", "东风村群众工作站", "station", PrivateKeys.generate())
OTHER_STATION = Party("410423203203", "西河村群众工作站", "station", PrivateKeys.generate())
TOWNSHIP = Party("410423203000", "马庄乡", "township", PrivateKeys.generate())
OTHER_TOWNSHIP = Party("410423204000", "城关镇", "township", PrivateKeys.generate())


def senders(*parties: Party) -> Callable[[str], PublicKeyFile | None]:
    """The registry of public keys a party has: code -> key file."""
    known = {party.code: party.public_key_file() for party in parties}
    return known.get


def sample_visits(count: int, *, seed: int = 7) -> list[dict[str, Any]]:
    """Payload visits: synthetic visitors validated by the form's own rules, shown as
    `desk show --json` shows them."""
    demo = DemoVisits(station_code=STATION.code, now=NOW, seed=seed)
    rules = VisitRules(categories=CATEGORIES, now=NOW)
    visits = []
    for number in range(1, count + 1):
        visit = validate_visit(demo.visit(CATEGORIES, demo.received_at()), rules)
        record = VisitRecord(
            serial=f"{STATION.code}-{visit.received_year}-{number:05d}",
            station_code=STATION.code,
            station_name=STATION.name,
            clerk="wangfang",
            clerk_name="王芳",
            registered_at="2026-11-26T10:02:11+08:00",
            visit=visit,
            query_code=f"{number:08d}",
        )
        visits.append(visit_entry(record.to_json(), uid=str(uuid7()), version=1))
    return visits


def registration_events(visits: list[dict[str, Any]], *, first_seq: int = 1) -> list[dict]:
    return [
        {
            "uid": str(uuid7()),
            "seq": first_seq + index,
            "visit_uid": visit["uid"],
            "action": "登记",
            "level": "station",
            "at": visit["registered_at"],
            "clerk_name": visit["clerk_name"],
            "data": {"serial": visit["serial"], "version": 1, "received_at": visit["received_at"]},
        }
        for index, visit in enumerate(visits)
    ]


def sample_payload(count: int = 3, *, seed: int = 7) -> dict[str, Any]:
    visits = sample_visits(count, seed=seed)
    events = registration_events(visits)
    events.append(
        {
            "uid": str(uuid7()),
            "seq": len(events) + 1,
            "visit_uid": visits[0]["uid"],
            "action": "上报乡镇",
            "level": "station",
            "at": "2026-11-26T10:04:00+08:00",
            "clerk_name": "王芳",
            "data": {"note": "涉及多户，报乡镇协调"},
        }
    )
    station = {key: SAMPLE_STATION[key] for key in ("code", "name", "township", "phone")}
    return make_payload(visits=visits, events=events, station=station)


def seal_export(
    payload: dict[str, Any],
    *,
    sender: Party = STATION,
    recipient: PublicKeyFile | PlainRecipient | None = None,
    number: int = 1,
    previous_sha256: str | None = None,
    format_version: int = FORMAT_VERSION,
) -> bytes:
    seqs = [event["seq"] for event in payload["events"]]
    return seal(
        payload,
        kind="export",
        sender=sender,
        recipient=recipient or TOWNSHIP.public_key_file(),
        number=number,
        sequence=SequenceRange(min(seqs), max(seqs)) if seqs else None,
        created=CREATED,
        previous_sha256=previous_sha256,
        format_version=format_version,
    )


def resign(data: bytes, signer: Party, change: Callable[[dict[str, Any]], None]) -> bytes:
    """The file changed by `change`, signed again by `signer` following the documented
    procedure: Ed25519 over the canonical JSON of the envelope without "signature"."""
    envelope = json.loads(data)
    change(envelope)
    unsigned = {key: value for key, value in envelope.items() if key != "signature"}
    canonical = json.dumps(
        unsigned, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")
    signature = signer.keys.signing.sign(canonical)
    envelope["signature"] = {
        "algorithm": "Ed25519",
        "value": base64.b64encode(signature).decode("ascii"),
    }
    return json.dumps(envelope, ensure_ascii=False, indent=2).encode("utf-8")


def test_the_sample_payload_satisfies_the_payload_schema() -> None:
    assert first_schema_error("payload", sample_payload(5)) is None


def test_the_sample_visits_have_what_the_sync_format_needs_from_real_visits() -> None:
    visits = sample_visits(30, seed=3)
    assert any(visit["representatives"] for visit in visits)
    assert len({visit["uid"] for visit in visits}) == 30


PLAIN_SEALED_FOR_SCHEMA = seal_export(
    sample_payload(2), recipient=PlainRecipient(TOWNSHIP.code, TOWNSHIP.name)
)
