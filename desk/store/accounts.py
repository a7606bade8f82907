"""Logging in, with the lockout after repeated wrong passwords, and managing clerks' accounts.
Every login, failed login and change of an account goes into the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desk.domain.access import LoginLock
from desk.domain.passwords import hash_password, verify_password
from desk.domain.station import Clerk, NewClerk
from desk.store.audit import Audited, record
from desk.store.station import add_clerk
from desk.store.timestamps import stamp

if TYPE_CHECKING:
    from sqlite_utils import Database


class LoginRefused(PermissionError):
    """Wrong login name or password, or the login is locked for a while; says which."""


def log_in(db: Database, login: str, password: str, *, now: dt.datetime) -> Clerk:
    name = login.strip().lower()
    rows = db.execute(
        "SELECT id, login, name, role, password_hash, failed_logins, locked_until FROM clerks"
        " WHERE login = ? AND active = 1",
        [name],
    ).fetchall()
    if not rows:
        record(db, Audited.FAILED_LOGIN, clerk=name, now=now, detail="无此登录名")
        raise LoginRefused("登录名或密码不对，请重新输入")
    clerk_id, login, clerk_name, role, password_hash, failed, locked_until = rows[0]
    lock = LoginLock(failed, dt.datetime.fromisoformat(locked_until) if locked_until else None)
    moment = now.astimezone()
    if lock.is_locked(moment):
        minutes = max(1, round((lock.locked_until - moment).total_seconds() / 60))
        raise LoginRefused(f"密码连续输错5次，登录已锁定，请{minutes}分钟后再试")
    if not verify_password(password_hash, password):
        lock = lock.after_failure(moment)
        with db.atomic():
            _store_lock(db, clerk_id, lock)
            record(db, Audited.FAILED_LOGIN, clerk=login, now=now, detail="密码错误")
        if lock.is_locked(moment):
            raise LoginRefused("密码连续输错5次，登录已锁定5分钟")
        left = 5 - lock.failed
        raise LoginRefused(f"登录名或密码不对，请重新输入（再错{left}次将锁定5分钟）")
    clerk = Clerk(id=clerk_id, login=login, name=clerk_name, role=role)
    with db.atomic():
        _store_lock(db, clerk_id, LoginLock.after_success())
        record(db, Audited.LOGIN, clerk=clerk, now=now)
    return clerk


def _store_lock(db: Database, clerk_id: int, lock: LoginLock) -> None:
    db.execute(
        "UPDATE clerks SET failed_logins = ?, locked_until = ? WHERE id = ?",
        [lock.failed, stamp(lock.locked_until) if lock.locked_until else None, clerk_id],
    )


def check_password(db: Database, clerk: Clerk, password: str) -> bool:
    """For unlocking an idle window: the same clerk's password, no lockout bookkeeping."""
    row = db.execute("SELECT password_hash FROM clerks WHERE id = ?", [clerk.id]).fetchone()
    return bool(row) and verify_password(row[0], password)


def clerks(db: Database) -> list[tuple[Clerk, bool]]:
    """Every account, with whether it is active."""
    return [
        (Clerk(id=row[0], login=row[1], name=row[2], role=row[3]), bool(row[4]))
        for row in db.execute("SELECT id, login, name, role, active FROM clerks ORDER BY id")
    ]


def create_clerk(db: Database, new: NewClerk, *, by: Clerk, now: dt.datetime) -> Clerk:
    with db.atomic():
        clerk = add_clerk(db, new, now)
        record(db, Audited.ACCOUNT, clerk=by, now=now, target=clerk.login, detail="新增账号")
    return clerk


def set_active(db: Database, clerk_id: int, active: bool, *, by: Clerk, now: dt.datetime) -> None:
    with db.atomic():
        login = db.execute("SELECT login FROM clerks WHERE id = ?", [clerk_id]).fetchone()[0]
        db.execute("UPDATE clerks SET active = ? WHERE id = ?", [int(active), clerk_id])
        detail = "启用账号" if active else "停用账号"
        record(db, Audited.ACCOUNT, clerk=by, now=now, target=login, detail=detail)


def set_password(
    db: Database, clerk_id: int, password: str, *, by: Clerk, now: dt.datetime
) -> None:
    """A new password (the head resetting one, or a clerk changing their own); it also lifts
    a lockout."""
    password_hash = hash_password(password)  # slow on purpose; outside the transaction
    with db.atomic():
        login = db.execute("SELECT login FROM clerks WHERE id = ?", [clerk_id]).fetchone()[0]
        db.execute(
            "UPDATE clerks SET password_hash = ?, failed_logins = 0, locked_until = NULL"
            " WHERE id = ?",
            [password_hash, clerk_id],
        )
        detail = "修改本人密码" if by.id == clerk_id else "重置密码"
        record(db, Audited.ACCOUNT, clerk=by, now=now, target=login, detail=detail)
