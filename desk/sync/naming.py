"""File names a clerk can tell apart on a USB stick, and reading them back.

    export:    <station code>-<first seq>-<last seq>-<YYYYMMDD>.desk-sync
               410423203202-1-240-20261126.desk-sync
    feedback:  反馈-<township code>-<station code>-<n>-<YYYYMMDD>.desk-sync
               反馈-410423203000-410423203202-3-20261203.desk-sync
    key file:  公钥-<村级工作站|乡镇>-<code>-<name>.desk-key

An export that holds no events has 0-0 for its range. When the name is taken in the folder
already, -2, -3 ... follow the date. The name is only a label: what counts is the header
inside, which is signed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from desk.sync.keys import ROLE_LABELS

if TYPE_CHECKING:
    from desk.sync.envelope import SyncHeader
    from desk.sync.keys import PublicKeyFile

SYNC_SUFFIX = ".desk-sync"
KEY_SUFFIX = ".desk-key"
FEEDBACK_WORD = "反馈"
KEY_WORD = "公钥"
_DATE = "%Y%m%d"
_EXPORT = re.compile(
    r"(?P<station>[0-9]{12})-(?P<first>[0-9]+)-(?P<last>[0-9]+)-(?P<day>[0-9]{8})"
    r"(?:-(?P<copy>[0-9]+))?" + re.escape(SYNC_SUFFIX)
)
_FEEDBACK = re.compile(
    re.escape(FEEDBACK_WORD) + r"-(?P<township>[0-9]{12})-(?P<station>[0-9]{12})"
    r"-(?P<number>[0-9]+)-(?P<day>[0-9]{8})(?:-(?P<copy>[0-9]+))?" + re.escape(SYNC_SUFFIX)
)
_UNSAFE_IN_NAMES = set('\\/:*?"<>|') | {chr(c) for c in range(32)}


@dataclass(frozen=True)
class SyncFileName:
    kind: Literal["export", "feedback"]
    station: str
    day: dt.date
    first_seq: int = 0  # export: 0 and 0 when it holds no events
    last_seq: int = 0
    township: str = ""  # feedback only
    number: int = 0  # feedback only: its place in the township's chain to this station
    copy: int = 1  # 2, 3 ... when the name was taken in the folder

    def __str__(self) -> str:
        day = self.day.strftime(_DATE)
        copy = f"-{self.copy}" if self.copy > 1 else ""
        if self.kind == "export":
            stem = f"{self.station}-{self.first_seq}-{self.last_seq}-{day}"
        else:
            stem = f"{FEEDBACK_WORD}-{self.township}-{self.station}-{self.number}-{day}"
        return stem + copy + SYNC_SUFFIX


def export_file_name(station: str, first_seq: int, last_seq: int, day: dt.date) -> str:
    return str(SyncFileName("export", station, day, first_seq=first_seq, last_seq=last_seq))


def feedback_file_name(township: str, station: str, number: int, day: dt.date) -> str:
    return str(SyncFileName("feedback", station, day, township=township, number=number))


def file_name_for(header: SyncHeader) -> str:
    """The name for a file with this header (the day is the local date it was created)."""
    day = header.created_at.date()
    if header.kind == "export":
        first, last = (header.sequence.first, header.sequence.last) if header.sequence else (0, 0)
        return export_file_name(header.sender_code, first, last, day)
    return feedback_file_name(header.sender_code, header.recipient_code, header.number, day)


def parse_file_name(name: str) -> SyncFileName | None:
    """The parts of a name this module made, or None for any other name (a renamed file is
    still a sync file: callers read its header)."""
    if match := _EXPORT.fullmatch(name):
        parts = match.groupdict()
        day = _day(parts["day"])
        if day is None:
            return None
        return SyncFileName(
            "export",
            parts["station"],
            day,
            first_seq=int(parts["first"]),
            last_seq=int(parts["last"]),
            copy=int(parts["copy"] or 1),
        )
    if match := _FEEDBACK.fullmatch(name):
        parts = match.groupdict()
        day = _day(parts["day"])
        if day is None:
            return None
        return SyncFileName(
            "feedback",
            parts["station"],
            day,
            township=parts["township"],
            number=int(parts["number"]),
            copy=int(parts["copy"] or 1),
        )
    return None


def free_path(folder: Path, name: str) -> Path:
    """folder/name, or with -2, -3 ... before the suffix when that name is taken."""
    path = Path(folder) / name
    if not path.exists():
        return path
    stem, suffix = Path(name).stem, Path(name).suffix
    copy = 2
    while (Path(folder) / f"{stem}-{copy}{suffix}").exists():
        copy += 1
    return Path(folder) / f"{stem}-{copy}{suffix}"


def public_key_file_name(key_file: PublicKeyFile) -> str:
    """E.g. "公钥-乡镇-410423203000-马庄乡.desk-key"."""
    name = "".join(c for c in key_file.name if c not in _UNSAFE_IN_NAMES).strip(" .")
    return f"{KEY_WORD}-{ROLE_LABELS[key_file.role]}-{key_file.code}-{name}{KEY_SUFFIX}"


def _day(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text, _DATE).date()
    except ValueError:
        return None
