"""Feedback (反馈): what the township sends one station back, and the station loading it.

The file carries the township's answers for every record it received from the station since
the last feedback (accepted, already had, conflict, refused with why), and the township's own
steps on that station's cases with each case at the township's version. Steps are sent again
in every feedback until the station's next export echoes them, so a lost feedback file costs
nothing and an older one loaded after a newer changes nothing.

At the station, a case the station has not changed since the version the township built on
simply takes the township's version; a case changed on both sides keeps both and is marked
并发修改 (its version then goes above both, so the next export carries it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk.domain.station import Clerk
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.sync_files import SentFile, last_sent, record_sent
from desk.store.sync_keys import registered_key
from desk.store.sync_load import (
    Ack,
    clear_acks,
    known_versions,
    log_versions,
    mark_conflicts,
    queued_acks,
    record_acks,
    set_have_versions,
    set_versions,
    visit_states,
)
from desk.store.sync_records import event_entries, feedback_selection, visit_entries
from desk.sync.envelope import Opened, PlainRecipient, SequenceRange, seal
from desk.sync.errors import RecipientKeyMissing
from desk.sync.naming import feedback_file_name
from desk.sync.payload import Acknowledgement, make_payload
from desk.syncing.export import describe_sent
from desk.syncing.merging import merge_events, summarise
from desk.syncing.outcome import Loaded, Refusal
from desk.syncing.parties import me, this_station
from desk.syncing.writing import (
    NothingToExport,
    Written,
    local_now,
    sent_record,
    write_checked,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BOTH_CHANGED = "本站和乡镇都在同一版本之后改动了此案件：双方的记录都已保留，已标为并发修改，请核对"


def export_feedback(
    db: Database,
    folder: Path,
    station_code: str,
    *,
    clerk: Clerk | None,
    now: dt.datetime,
    full: bool = False,
    plain: bool = False,
) -> SentFile:
    """Write the feedback file for one station into `folder`."""
    township = this_station(db)
    if not township.is_township:
        raise NothingToExport("本机是村级工作站：反馈文件由乡镇导出")
    party = me(db)
    key = registered_key(db, station_code)
    if key is None and not plain:
        raise RecipientKeyMissing(
            f"还没有登记工作站（代码 {station_code}）的公钥，不能为它加密反馈文件："
            "请先登记其公钥文件"
        )
    recipient = key if key is not None else PlainRecipient(station_code, "")
    selection = feedback_selection(station_code, full=full)
    visits = list(visit_entries(db, selection, base="o.received_version"))
    events = list(event_entries(db, selection))
    acks = queued_acks(db, station_code)
    if not visits and not events and not acks:
        raise NothingToExport(f"没有要反馈给工作站（代码 {station_code}）的内容")
    payload = make_payload(
        visits=visits,
        events=events,
        acknowledgements=[
            Acknowledgement(a.record, a.uid, a.version, a.status, a.reason, a.sha256)  # type: ignore[arg-type]
            for a in acks
        ],
    )
    previous = last_sent(db, "feedback", station_code)
    number = previous.number + 1 if previous else 1
    seqs = (events[0]["seq"], events[-1]["seq"]) if events else None
    created = local_now(now)
    data = seal(
        payload,
        kind="feedback",
        sender=party,
        recipient=recipient,
        number=number,
        sequence=SequenceRange(*seqs) if seqs else None,
        created=created,
        previous_sha256=previous.sha256 if previous else None,
    )
    name = feedback_file_name(township.code, station_code, number, created.date())
    done: list[SentFile] = []

    def record(written: Written) -> None:  # before the file takes its name
        sent = sent_record(written, recipient=station_code, events=events, visits=len(visits),
                           acknowledgements=len(acks), full=full)  # fmt: skip
        with db.atomic():
            record_sent(db, sent)
            clear_acks(db, station_code)  # a lost file: records repeat, answers come again
            audit(db, Audited.EXPORT, clerk=clerk, now=now, target=written.path.name,
                  detail="反馈" + describe_sent(sent) + f"，确认{len(acks)}条")  # fmt: skip
        done.append(sent)

    write_checked(folder, name, data, sender=party, record=record)
    return done[0]


def stations_with_feedback(db: Database) -> list[str]:
    """Registered stations that something would be sent to now."""
    from desk.store.sync_keys import registered_keys

    codes = []
    for entry in registered_keys(db, role="station"):
        selection = feedback_selection(entry.key_file.code, full=False)
        if queued_acks(db, entry.key_file.code) or next(event_entries(db, selection), None):
            codes.append(entry.key_file.code)
    return codes


def load_feedback(db: Database, opened: Opened, *, now: dt.datetime) -> Loaded:
    """Load the township's feedback (the caller holds the transaction and checked the file)."""
    township = opened.header.sender_code
    station = this_station(db)
    visits: list[dict[str, Any]] = opened.payload["visits"]
    loaded = Loaded()
    states = visit_states(db, {v["uid"] for v in visits} | _event_visits(opened) | _acked(opened))
    versions = known_versions(db, (v["uid"] for v in visits))
    logged, taken_over, conflicts, new_versions = [], [], [], []
    for visit in visits:
        uid, version, serial = visit["uid"], visit["version"], visit["serial"]
        state = states.get(uid)
        seen = versions.get((uid, version))
        if visit["station_code"] != station.code or state is None:
            loaded.refused.append(Refusal("visit", serial, "本站没有这条登记"))
            continue
        if seen is not None:
            if seen == visit["sha256"]:
                loaded.already += 1
            else:
                loaded.refused.append(Refusal("visit", serial, "同一版本的内容与此前收到的不同"))
            continue
        logged.append((uid, version, visit["sha256"]))
        base = visit.get("base_version")
        if base is not None and state.version <= base:
            if version > state.version:  # the station has not changed it: take the township's
                new_versions.append((state.id, version, None))
                taken_over.append((uid, version))
                loaded.updated_visits += 1
            else:
                loaded.already += 1
            continue
        mine = max(state.version, version) + 1
        new_versions.append((state.id, mine, None))
        conflicts.append((state.id, BOTH_CHANGED))
        loaded.conflicts.append(Refusal("visit", serial, BOTH_CHANGED))
    set_versions(db, new_versions)
    ids = {uid: state.id for uid, state in states.items()}
    _, merged = merge_events(
        db, opened.payload["events"], visit_ids=ids, new_visits=set(), sender=township,
        loaded=loaded,
    )  # fmt: skip
    summarise(db, merged)
    answers = opened.payload["acknowledgements"]
    record_acks(db, (_ack(a) for a in answers), now)
    loaded.acknowledged = len(answers)
    conflicts += [  # what the township found changed on both sides is marked here too
        (states[a["uid"]].id, a["reason"])
        for a in answers
        if a["record"] == "visit" and a["status"] == "conflict" and a["uid"] in states
    ]
    set_have_versions(db, taken_over, now)
    log_versions(db, logged, sender=township)
    mark_conflicts(db, conflicts, now)
    loaded.acks = []  # a station answers by its next export, not record by record
    return loaded


def _acked(opened: Opened) -> set[str]:
    return {a["uid"] for a in opened.payload["acknowledgements"] if a["record"] == "visit"}


def _event_visits(opened: Opened) -> set[str]:
    return {event["visit_uid"] for event in opened.payload["events"]}


def _ack(document: Mapping[str, Any]) -> Ack:
    return Ack(
        document["record"],
        document["uid"],
        document["version"],
        document["status"],
        document["reason"],
        document.get("sha256"),
    )
