"""A station's export (导出同步文件): what the township has not acknowledged, sealed for it.

Incremental by default: every visit whose version the township does not have and every event
it has not acknowledged, so a lost file costs nothing (the next one carries its records
again). `full` sends the station's whole history (a new township computer, a lost stick).
Without the township's public key the export refuses, unless an unencrypted file is asked
for explicitly (`plain`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.station import Clerk
from desk.domain.workflow import Level
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.sync_files import SentFile, last_sent, record_sent
from desk.store.sync_records import event_entries, station_selection, visit_records
from desk.sync.envelope import PlainRecipient, SequenceRange, seal
from desk.sync.errors import RecipientKeyMissing
from desk.sync.naming import export_file_name
from desk.sync.payload import make_payload
from desk.syncing.bulk import without_gc_pauses
from desk.syncing.parties import me, this_station, township_code_of, township_key
from desk.syncing.writing import (
    NothingToExport,
    Written,
    local_now,
    sent_record,
    write_checked,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

Progress = Callable[[int, str], None]  # percent done, what is happening
STEPS = {"read": (10, "正在读取记录…"), "seal": (45, "正在加密、签名…"),
         "write": (70, "正在写入U盘…"), "check": (90, "正在读回检查…")}  # fmt: skip


def export_station(
    db: Database,
    folder: Path,
    *,
    clerk: Clerk | None,
    now: dt.datetime,
    full: bool = False,
    plain: bool = False,
    progress: Progress | None = None,
) -> SentFile:
    """Write the export into `folder`; returns what was recorded. Raises RecipientKeyMissing,
    NothingToExport, ExportFailed (nothing recorded then)."""
    with without_gc_pauses():
        return _export_station(db, folder, clerk=clerk, now=now, full=full, plain=plain,
                               progress=progress)  # fmt: skip


def _export_station(
    db: Database,
    folder: Path,
    *,
    clerk: Clerk | None,
    now: dt.datetime,
    full: bool,
    plain: bool,
    progress: Progress | None,
) -> SentFile:
    tell = _teller(progress)
    station = this_station(db)
    if station.is_township:
        raise NothingToExport("本机是乡镇：乡镇导出的是给各工作站的反馈文件")
    party = me(db)
    key = township_key(db)
    if key is None and not plain:
        raise RecipientKeyMissing(
            "还没有导入乡镇的公钥文件，不能加密同步文件。请先在“同步”页导入乡镇的公钥文件；"
            "确需导出不加密的文件时，请明确选择“不加密导出”"
        )
    recipient = PlainRecipient(township_code_of(station.code), station.township) if plain else key
    assert recipient is not None
    tell("read")
    selection = station_selection(station.code, full=full)
    records = list(visit_records(db, selection))
    visits = [entry for entry, _ in records]
    events = list(event_entries(db, selection))
    if not visits and all(event["level"] != Level.STATION for event in events):
        # Only the township's own steps to echo back: they can wait for the next real export.
        raise NothingToExport("没有新的或未确认的记录需要导出：乡镇已确认收到本站的全部记录")
    payload = make_payload(
        visits=visits,
        events=events,
        station={"code": station.code, "name": station.name, "township": station.township,
                 "phone": station.phone},
    )  # fmt: skip
    previous = last_sent(db, "export", recipient.code)
    number = previous.number + 1 if previous else 1
    seqs = (events[0]["seq"], events[-1]["seq"]) if events else None
    created = local_now(now)
    tell("seal")
    data = seal(
        payload,
        kind="export",
        sender=party,
        recipient=recipient,
        number=number,
        sequence=SequenceRange(*seqs) if seqs else None,
        created=created,
        previous_sha256=previous.sha256 if previous else None,
        visits_json=[text for _, text in records],  # as hashed: not written a second time
    )
    del payload, records  # the sealed bytes are what is needed now
    tell("write")
    name = export_file_name(station.code, *(seqs or (0, 0)), created.date())
    done: list[SentFile] = []

    def record(written: Written) -> None:  # before the file takes its name
        tell("check")
        sent = sent_record(written, recipient=recipient.code, events=events,
                           visits=len(visits), acknowledgements=0, full=full)  # fmt: skip
        with db.atomic():
            record_sent(db, sent)
            audit(db, Audited.EXPORT, clerk=clerk, now=now, target=written.path.name,
                  detail=describe_sent(sent))  # fmt: skip
        done.append(sent)

    write_checked(folder, name, data, sender=party, record=record)
    return done[0]


def describe_sent(sent: SentFile) -> str:
    """E.g. "第3号文件：来访12件，事件40条（第101–140号），未加密，全量"."""
    seq = f"（第{sent.first_seq}–{sent.last_seq}号）" if sent.first_seq is not None else ""
    notes = ("" if sent.encrypted else "，未加密") + ("，全量" if sent.full else "")
    return f"第{sent.number}号文件：来访{sent.visits}件，事件{sent.events}条{seq}{notes}"


def _teller(progress: Progress | None) -> Callable[[str], None]:
    def tell(step: str) -> None:
        if progress is not None:
            progress(*STEPS[step])

    return tell
