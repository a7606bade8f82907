"""Backups as the station uses them: where they go, when they are made, and restoring one.
The window, the command line and the start-up all come through here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desk.domain.settings import BACKUP_FOLDER, BACKUPS_KEPT, LAST_DAILY_BACKUP
from desk.domain.station import Clerk
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.backup import (
    Backup,
    check_file,
    default_folder,
    folder_without_database,
    make_backup,
    newest_good_backup,
    remember_folder,
    restore,
)
from desk.store.station import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database

RESTORING = "用备份恢复"


def backup_folder(db: Database, db_path: Path) -> Path:
    chosen = get_setting(db, BACKUP_FOLDER)
    return Path(chosen) if chosen else default_folder(db_path)


def choose_folder(db: Database, db_path: Path, folder: Path) -> None:
    set_setting(db, BACKUP_FOLDER, str(folder))
    remember_folder(db_path, folder)


def back_up(
    db: Database,
    db_path: Path,
    *,
    clerk: Clerk | None,
    now: dt.datetime,
    reason: str,
    folder: Path | None = None,
) -> Path:
    path = make_backup(
        db.conn,
        folder or backup_folder(db, db_path),
        now=now,
        keep=get_setting(db, BACKUPS_KEPT),
    )
    audit(db, Audited.BACKUP, clerk=clerk, now=now, target=str(path), detail=reason)
    return path


def daily_backup(
    db: Database, db_path: Path, *, clerk: Clerk | None, now: dt.datetime
) -> Path | None:
    """At the first start of a day; None when today's is already made."""
    if get_setting(db, LAST_DAILY_BACKUP) == now.date().isoformat():
        return None
    path = back_up(db, db_path, clerk=clerk, now=now, reason="每日自动备份")
    set_setting(db, LAST_DAILY_BACKUP, now.date().isoformat())
    return path


def restore_backup(backup: Path, db_path: Path, *, now: dt.datetime) -> Path | None:
    """Restore a checked backup over the (closed) database; the replaced file is backed up
    into the backup folder first. The restore is written into the restored file's audit."""
    safety = restore(backup, db_path, safety_folder=folder_without_database(db_path), now=now)
    from desk.store import open_database  # after the file is in place

    db = open_database(db_path)
    try:
        detail = f"从 {backup} 恢复" + (f"；原文件已备份为 {safety}" if safety else "")
        audit(db, Audited.RESTORE, clerk=None, now=now, target=str(db_path), detail=detail)
    finally:
        db.close()
    return safety


def refuse_losing_unacknowledged(db_path: Path) -> None:
    """A restore replaces the station's records, and those the township has not acknowledged
    exist nowhere else: raise UnacknowledgedRecords. A damaged file cannot be read for them and
    is not held back."""
    from desk.store import open_database
    from desk.syncing.guard import refuse_discarding

    if not Path(db_path).exists() or check_file(db_path) != "ok":
        return
    db = open_database(db_path)
    try:
        refuse_discarding(db, RESTORING)
    finally:
        db.close()


def good_backup_for_damaged(db_path: Path) -> Backup | None:
    return newest_good_backup(folder_without_database(db_path))
