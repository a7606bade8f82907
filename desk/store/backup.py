"""Backups that restore: made with SQLite's online backup API (consistent while the program
runs), written under a temporary name and renamed, checked, and pruned to the last N.

A restore checks the backup first and keeps a backup of the file it replaces.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from desk.atomic_file import replacing

PREFIX = "desk-backup-"
SUFFIX = ".sqlite3"
_NAME = re.compile(rf"{PREFIX}(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}")
DEFAULT_KEEP = 10
ABANDONED_AFTER_SECONDS = 3600


class BackupFailed(RuntimeError):
    """A backup could not be made or a file cannot be restored; the message says why."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime


def default_folder(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def _sidecar(db_path: Path) -> Path:
    # The folder is also written beside the database, so a damaged database's backups can
    # still be found when its own settings cannot be read.
    return Path(f"{db_path}.backup-folder")


def remember_folder(db_path: Path, folder: Path) -> None:
    _sidecar(db_path).write_text(str(folder), encoding="utf-8")


def folder_without_database(db_path: Path) -> Path:
    """Where this database's backups are, read without opening it."""
    sidecar = _sidecar(db_path)
    if sidecar.exists():
        return Path(sidecar.read_text(encoding="utf-8").strip())
    return default_folder(db_path)


def backups_in(folder: Path) -> list[Backup]:
    """The backups in a folder, newest first."""
    found = []
    for path in Path(folder).glob(f"{PREFIX}*{SUFFIX}"):
        match = _NAME.fullmatch(path.name)
        if match:
            found.append(Backup(path, dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(
    source: sqlite3.Connection, folder: Path, *, now: dt.datetime, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the open database into `folder` and keep only the newest `keep` backups. A process
    killed half way leaves only a temporary file, never one named like a backup."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_copies(folder)
        target = _free_name(folder, now)
        with replacing(target) as temporary:
            copy = sqlite3.connect(temporary)
            try:
                source.backup(copy)
                problem = copy.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                copy.close()
            if problem != "ok":
                raise BackupFailed(f"备份副本检查未通过：{problem}")
    except OSError as error:
        raise BackupFailed(f"无法在 {folder} 中备份：{error.strerror or error}") from error
    for old in backups_in(folder)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return target


def _remove_abandoned_copies(folder: Path) -> None:
    """A backup killed half way leaves its temporary file (never named like a backup); one not
    written to for an hour belongs to a dead process and only fills the stick."""
    cutoff = time.time() - ABANDONED_AFTER_SECONDS
    for partial in folder.glob(f".{PREFIX}*.part"):
        try:
            if partial.stat().st_mtime < cutoff:
                partial.unlink()
        except OSError:
            pass  # another process's file, or already gone: not this backup's business


def _free_name(folder: Path, now: dt.datetime) -> Path:
    base = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
    path, number = folder / f"{base}{SUFFIX}", 1
    while path.exists():
        path, number = folder / f"{base}-{number}{SUFFIX}", number + 1
    return path


def check_file(path: Path) -> str:
    """'ok', or what SQLite found wrong with the file."""
    if not Path(path).is_file():
        return "文件不存在"
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()[0]
            if result == "ok":
                connection.execute("SELECT count(*) FROM visits").fetchone()
            return result
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)


def newest_good_backup(folder: Path) -> Backup | None:
    return next((b for b in backups_in(folder) if check_file(b.path) == "ok"), None)


def restore(backup: Path, db_path: Path, *, safety_folder: Path, now: dt.datetime) -> Path | None:
    """Replace the database file by a checked backup; the file it replaces is backed up first
    (when it can still be read). Returns that safety copy. The database must not be open."""
    problem = check_file(backup)
    if problem != "ok":
        raise BackupFailed(f"备份文件 {backup} 不能用：{problem}")
    safety = None
    if Path(db_path).exists() and check_file(db_path) == "ok":
        current = sqlite3.connect(db_path)
        try:
            safety = make_backup(current, safety_folder, now=now, keep=10_000)
            # Fold the write-ahead log into the file, so removing it below loses nothing.
            current.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            current.close()
    for log in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        # A log left beside the new file would be replayed onto it.
        log.unlink(missing_ok=True)
    with replacing(Path(db_path)) as temporary:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    return safety
