"""Putting a sealed file on the USB stick, and making sure it is really there.

The bytes go to a temporary name beside the target and are flushed; the temporary file is
read back from the stick, its signature and header checked and its SHA-256 compared with what
was sealed; the export is recorded in the database; only then does the file take its real
name (desk.atomic_file). So a file with a sync file's name is always complete, checked and
recorded: a killed export leaves at most a hidden temporary file (".name.xxxx.part"), which
`desk verify` never accepts and the next export into that folder removes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desk.atomic_file import replacing
from desk.store.sync_files import SentFile
from desk.sync.envelope import SyncHeader, check_signed, file_sha256
from desk.sync.errors import SyncFileRefused
from desk.sync.keys import Party
from desk.sync.naming import SYNC_SUFFIX, free_path

# desk.atomic_file's temporary names: ".<name>.<random>.part"
TEMPORARY_NAME = re.compile(r"\..+" + re.escape(SYNC_SUFFIX) + r"\.[^.]+\.part")


class ExportFailed(RuntimeError):
    """The file could not be written, or did not read back as written; nothing is recorded."""


class NothingToExport(RuntimeError):
    """Every record has been acknowledged already (or there is nothing to say)."""


@dataclass(frozen=True)
class Written:
    path: Path
    header: SyncHeader
    size: int


def is_temporary(path: Path) -> bool:
    return bool(TEMPORARY_NAME.fullmatch(Path(path).name))


def remove_leftovers(folder: Path) -> None:
    """Temporary files of earlier exports that were killed or lost their stick."""
    for leftover in Path(folder).glob(f".*{SYNC_SUFFIX}.*.part"):
        if is_temporary(leftover):
            leftover.unlink(missing_ok=True)


def write_checked(
    folder: Path, name: str, data: bytes, *, sender: Party, record: Callable[[Written], None]
) -> Written:
    """Write, read back, check, `record(written)` (the database), then rename."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportFailed(f"文件夹 {folder} 不存在（U盘是否已插好？）")
    try:
        remove_leftovers(folder)
        path = free_path(folder, name)
        with replacing(path) as temporary:
            temporary.write_bytes(data)
            with open(temporary, "rb+") as file:
                os.fsync(file.fileno())
            written = Written(path, _checked(temporary.read_bytes(), data, sender), len(data))
            record(written)
    except OSError as error:
        raise ExportFailed(
            f"无法写入 {folder}：{error.strerror or error}（U盘是否已拔出、写满或写保护？）"
        ) from error
    return written


def _checked(back: bytes, data: bytes, sender: Party) -> SyncHeader:
    own = sender.public_key_file()
    try:
        header = check_signed(back, senders=lambda code: own if code == own.code else None)
    except SyncFileRefused as error:
        raise ExportFailed(f"写入的文件读回检查不通过：{error}") from error
    if header.sha256 != file_sha256(data):  # check_signed hashed what was read back
        raise ExportFailed("写入U盘的文件读回后与生成的不一致：请换一个U盘再导出")
    return header


def sent_record(
    written: Written,
    *,
    recipient: str,
    events: Sequence[Mapping[str, Any]],
    visits: int,
    acknowledgements: int,
    full: bool,
) -> SentFile:
    """What the database keeps about a file this computer wrote."""
    header = written.header
    moments = [event["at"] for event in events]
    return SentFile(
        kind=header.kind,
        recipient=recipient,
        number=header.number,
        sha256=header.sha256,
        first_seq=header.sequence.first if header.sequence else None,
        last_seq=header.sequence.last if header.sequence else None,
        visits=visits,
        events=len(events),
        acknowledgements=acknowledgements,
        period_from=min(moments) if moments else None,
        period_to=max(moments) if moments else None,
        size=written.size,
        full=full,
        encrypted=header.encrypted,
        path=str(written.path),
        created_at=header.created,
    )


def local_now(now: dt.datetime) -> dt.datetime:
    """The moment with its UTC offset, as the file's `created` needs it."""
    return now.astimezone().replace(microsecond=0)
