"""导入: loading sync files, one or many, or only saying what loading would do (preview).

Each file is verified, decrypted and checked (desk.sync.envelope.open_sealed) before any
transaction starts, so a refused file writes nothing but the audit line that says why. Then
it loads in one transaction: a killed process leaves the database as before or as after.
The same file twice changes nothing and says so. A township loads stations' exports; a station
loads its township's feedback. The database is backed up once before the first file loads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desk.backups import back_up
from desk.domain.station import Clerk
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.sync_files import (
    ReceivedFile,
    covered_ranges,
    received_file,
    received_numbered,
    record_received,
)
from desk.store.timestamps import stamp
from desk.sync.envelope import (
    Opened,
    describe_sender,
    file_sha256,
    open_sealed,
    read_header,
)
from desk.sync.errors import SyncFileRefused, UnknownSender
from desk.sync.naming import parse_file_name
from desk.syncing.bulk import without_gc_pauses
from desk.syncing.feedback import load_feedback
from desk.syncing.outcome import FileOutcome, Loaded, broken_link_text
from desk.syncing.overview import missing_ranges
from desk.syncing.parties import me, senders, this_station
from desk.syncing.township import load_station_file
from desk.syncing.writing import is_temporary

if TYPE_CHECKING:
    from sqlite_utils import Database

BACKUP_REASON = "导入前自动备份"
Progress = Callable[[int, int, str], None]  # files done, files in all, the file now


class _Preview(Exception):
    """Raised inside the transaction to roll a preview back."""

    def __init__(self, loaded: Loaded) -> None:
        self.loaded = loaded


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    db_path: Path,
    clerk: Clerk | None,
    now: dt.datetime,
    preview: bool = False,
    progress: Progress | None = None,
) -> list[FileOutcome]:
    """Load (or preview) each file; files of one sender load in the order of their numbers."""
    files = sorted((Path(p) for p in paths), key=_order)
    outcomes: list[FileOutcome] = []
    backed_up = preview

    def before_loading() -> None:
        nonlocal backed_up
        if not backed_up:  # once, after the first file passed its checks
            back_up(db, db_path, clerk=clerk, now=now, reason=BACKUP_REASON)
            backed_up = True

    for done, path in enumerate(files):
        if progress is not None:
            progress(done, len(files), path.name)
        with without_gc_pauses():  # one file's records at a time
            outcome = _one(
                db, path, clerk=clerk, now=now, preview=preview, before_loading=before_loading
            )
        outcomes.append(outcome)
    if progress is not None:
        progress(len(files), len(files), "")
    return outcomes


def sync_files_in(folder: Path) -> list[Path]:
    """The sync files in a folder (a USB stick), not the temporary ones."""
    return sorted(
        p for p in Path(folder).glob("*.desk-sync") if p.is_file() and not is_temporary(p)
    )


def _order(path: Path) -> tuple[str, int, str]:
    """Each station's files by their numbers or sequence ranges, as their names say (only the
    order of loading: the end is the same in any order)."""
    name = parse_file_name(path.name)
    if name is None:
        return ("~", 0, path.name)
    return (name.station, name.number or name.first_seq, path.name)


def _one(
    db: Database,
    path: Path,
    *,
    clerk: Clerk | None,
    now: dt.datetime,
    preview: bool,
    before_loading: Callable[[], None],
) -> FileOutcome:
    name = path.name
    if is_temporary(path):
        problem = "这是导出中断时留下的临时文件，不是完整的同步文件"
        return _refused(db, name, problem, "temporary", clerk, now, preview)
    try:
        data = path.read_bytes()
    except OSError as error:
        problem = f"无法读取：{error.strerror or error}"
        return _refused(db, name, problem, "unreadable", clerk, now, preview)
    before = received_file(db, file_sha256(data))
    if before is not None:
        return FileOutcome(
            name,
            "already_loaded",
            f"这份文件已于 {before.loaded_at[:16].replace('T', ' ')} 导入过，没有任何改动",
            sender=before.sender,
            sender_code=before.sender,
        )
    station = this_station(db)
    try:
        opened = open_sealed(data, senders=senders(db), me=me(db))
    except UnknownSender as error:
        if read_header(data).sender_code == station.code:
            return FileOutcome(name, "own", "这是本机导出的文件，不需要在本机导入（已跳过）")
        return _refused(db, name, str(error), error.reason, clerk, now, preview)
    except SyncFileRefused as error:
        return _refused(db, name, str(error), error.reason, clerk, now, preview)
    expected = "export" if station.is_township else "feedback"
    if opened.header.kind != expected:
        problem = (
            "这是乡镇发给工作站的反馈文件，应在工作站导入"
            if station.is_township
            else "这是工作站报送乡镇的同步文件，应在乡镇导入"
        )
        return _refused(db, name, problem, "wrong_kind", clerk, now, preview)
    before_loading()
    try:
        loaded = _load(db, opened, name=name, clerk=clerk, now=now, preview=preview)
    except _Preview as rolled_back:
        loaded = rolled_back.loaded
    gaps = _gaps(db, opened) if station.is_township else ()
    verb = "预览" if preview else "已导入"
    broken_links = _broken_links(db, opened)
    return FileOutcome(
        name,
        "previewed" if preview else "loaded",
        f"{verb}：{loaded.summary()}",
        sender=describe_sender(opened.header),
        sender_code=opened.header.sender_code,
        loaded=loaded,
        gaps=gaps,
        broken_links=broken_links,
    )


def _broken_links(db: Database, opened: Opened) -> tuple[str, ...]:
    """Each file names the SHA-256 of the one its sender wrote before it: where this file's
    neighbours by number are here, they must be the files it chains to and from."""
    header = opened.header
    found = []
    earlier = received_numbered(db, header.sender_code, header.kind, header.number - 1)
    if earlier is not None and header.previous_sha256 != earlier.sha256:
        found.append(broken_link_text(header.number, header.number - 1))
    later = received_numbered(db, header.sender_code, header.kind, header.number + 1)
    if later is not None and later.previous_sha256 != header.sha256:
        found.append(broken_link_text(header.number + 1, header.number))
    return tuple(found)


def _load(
    db: Database, opened: Opened, *, name: str, clerk: Clerk | None, now: dt.datetime,
    preview: bool,
) -> Loaded:  # fmt: skip
    header = opened.header
    with db.atomic():
        if header.kind == "export":
            loaded = load_station_file(db, opened, now=now)
        else:
            loaded = load_feedback(db, opened, now=now)
        sequence = header.sequence
        record_received(
            db,
            ReceivedFile(
                sha256=header.sha256,
                kind=header.kind,
                sender=header.sender_code,
                number=header.number,
                previous_sha256=header.previous_sha256,
                first_seq=sequence.first if sequence else None,
                last_seq=sequence.last if sequence else None,
                created=header.created,
                encrypted=header.encrypted,
                outcome=loaded.counts(),
                file_name=name,
                loaded_at=stamp(now),
            ),
        )
        if preview:
            raise _Preview(loaded)
        detail = f"{describe_sender(header)} 第{header.number}号文件：{loaded.summary()}"
        audit(db, Audited.IMPORT, clerk=clerk, now=now, target=name, detail=detail)
    return loaded


def _gaps(db: Database, opened: Opened) -> tuple[tuple[int, int], ...]:
    """Event ranges of this station no loaded file covers (this one counted, in a preview
    too)."""
    ranges = covered_ranges(db, opened.header.sender_code)
    sequence = opened.header.sequence
    if sequence is not None and (sequence.first, sequence.last) not in ranges:
        ranges = sorted([*ranges, (sequence.first, sequence.last)])
    return missing_ranges(ranges)


def _refused(
    db: Database, name: str, problem: str, reason: str, clerk: Clerk | None, now: dt.datetime,
    preview: bool,
) -> FileOutcome:  # fmt: skip
    if not preview:  # a preview writes nothing, not even this
        audit(db, Audited.IMPORT, clerk=clerk, now=now, target=name,
              detail=f"拒绝导入（{reason}）：{problem}")  # fmt: skip
    return FileOutcome(name, "refused", f"未导入：{problem}", reason=reason)
