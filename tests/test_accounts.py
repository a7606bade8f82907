"""Clerks' accounts as a station uses them: logging in, the lockout after five wrong passwords
and its expiry, the head managing accounts, and who sees what of a case."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desk.domain.access import HIDDEN, LOCKOUT, MAX_FAILED_LOGINS, LoginLock, visible_record
from desk.domain.search_query import parse_query
from desk.domain.station import ROLE_CLERK, validate_new_clerk
from desk.ledger_export import ExportFormat, export_ledger
from desk.registration import register_from_form
from desk.store.accounts import LoginRefused, clerks, create_clerk, log_in, set_active, set_password
from desk.store.audit import entries
from desk.store.ledger import Search
from desk.store.visits import visit_by_serial
from tests.conftest import CLERK, NOW, VALID_VISIT

RIGHT = CLERK["password"]


def new_clerk(db, head, login="liming", password="liming2026"):
    raw = {"clerk_name": "李明", "login": login, "password": password, "password_again": password}
    return create_clerk(db, validate_new_clerk(raw, role=ROLE_CLERK), by=head, now=NOW)


def test_five_wrong_passwords_lock_the_login_for_five_minutes(db, clerk) -> None:
    for attempt in range(4):
        with pytest.raises(LoginRefused, match=f"再错{4 - attempt}次"):
            log_in(db, "wangfang", "wrong", now=NOW + dt.timedelta(seconds=attempt))
    with pytest.raises(LoginRefused, match="已锁定5分钟"):
        log_in(db, "wangfang", "wrong", now=NOW + dt.timedelta(seconds=5))
    # While locked, even the right password is refused, and says how long to wait.
    with pytest.raises(LoginRefused, match="请5分钟后再试"):
        log_in(db, "wangfang", RIGHT, now=NOW + dt.timedelta(seconds=10))
    with pytest.raises(LoginRefused, match="请1分钟后再试"):
        log_in(db, "wangfang", RIGHT, now=NOW + dt.timedelta(minutes=4, seconds=30))
    # Five minutes after the fifth failure the lock has expired.
    assert log_in(db, "wangfang", RIGHT, now=NOW + dt.timedelta(minutes=5, seconds=6)) == clerk


def test_a_successful_login_starts_the_count_again(db, clerk) -> None:
    for _ in range(4):
        with pytest.raises(LoginRefused):
            log_in(db, "wangfang", "wrong", now=NOW)
    log_in(db, "wangfang", RIGHT, now=NOW)
    for _ in range(4):
        with pytest.raises(LoginRefused, match="再错"):
            log_in(db, "wangfang", "wrong", now=NOW)
    assert log_in(db, "wangfang", RIGHT, now=NOW) == clerk


def test_logins_and_failed_logins_are_in_the_audit_trail(db, clerk) -> None:
    log_in(db, "WangFang", RIGHT, now=NOW)
    with pytest.raises(LoginRefused):
        log_in(db, "wangfang", "wrong", now=NOW)
    with pytest.raises(LoginRefused, match="登录名或密码不对"):
        log_in(db, "nobody", "whatever", now=NOW)  # the same words: no hint which was wrong
    latest = [(e.clerk, e.action, e.detail) for e in entries(db, limit=3)]
    assert latest == [
        ("nobody", "登录失败", "无此登录名"),
        ("wangfang", "登录失败", "密码错误"),
        ("wangfang", "登录", ""),
    ]
    assert all(RIGHT not in e.detail and "wrong" not in e.detail for e in entries(db))


def test_the_head_adds_disables_and_re_enables_a_clerk(db, clerk) -> None:
    added = new_clerk(db, clerk)
    assert log_in(db, "liming", "liming2026", now=NOW) == added
    set_active(db, added.id, False, by=clerk, now=NOW)
    with pytest.raises(LoginRefused):
        log_in(db, "liming", "liming2026", now=NOW)
    assert (added, False) in clerks(db)
    set_active(db, added.id, True, by=clerk, now=NOW)
    assert log_in(db, "liming", "liming2026", now=NOW) == added
    accounts = [(e.clerk, e.target, e.detail) for e in entries(db) if e.action == "账号管理"]
    assert accounts == [
        ("wangfang", "liming", "启用账号"),
        ("wangfang", "liming", "停用账号"),
        ("wangfang", "liming", "新增账号"),
    ]


def test_a_reset_password_works_and_lifts_a_lockout(db, clerk) -> None:
    added = new_clerk(db, clerk)
    for _ in range(5):
        with pytest.raises(LoginRefused):
            log_in(db, "liming", "guess-guess", now=NOW)
    set_password(db, added.id, "new-password-1", by=clerk, now=NOW)
    with pytest.raises(LoginRefused):
        log_in(db, "liming", "liming2026", now=NOW)
    assert log_in(db, "liming", "new-password-1", now=NOW) == added
    stored = db.execute("SELECT password_hash FROM clerks WHERE login = 'liming'").fetchone()[0]
    assert stored.startswith("$argon2id$") and "new-password-1" not in stored


@given(gaps=st.lists(st.integers(min_value=0, max_value=600), max_size=30))
def test_the_lock_rule(gaps: list[int]) -> None:
    """Wrong passwords `gaps` seconds apart: every fifth counted failure locks for exactly
    five minutes; attempts while locked are refused unchecked and not counted."""
    lock, moment, counted, locked_at = LoginLock(0, None), NOW, 0, None
    for gap in gaps:
        moment += dt.timedelta(seconds=gap)
        if lock.is_locked(moment):
            assert locked_at is not None and moment - locked_at < LOCKOUT
            continue
        assert locked_at is None or moment - locked_at >= LOCKOUT
        lock, counted = lock.after_failure(moment), counted + 1
        if counted % MAX_FAILED_LOGINS == 0:
            locked_at = moment
            assert lock.is_locked(moment + LOCKOUT - dt.timedelta(seconds=1))
            assert not lock.is_locked(moment + LOCKOUT)
        else:
            assert not lock.is_locked(moment)


def test_who_sees_what_of_an_accusation(db, station, clerk) -> None:
    colleague = new_clerk(db, clerk)
    other = new_clerk(db, clerk, login="zhaoyun", password="zhaoyun2026")
    accusation = {**VALID_VISIT, "kind": "检举控告类", "subject": "反映村主任李某截留补偿款"}
    serial = register_from_form(db, accusation, station=station, clerk=colleague, now=NOW).serial
    record = visit_by_serial(db, serial)
    assert record is not None

    as_head = visible_record(record, clerk)
    assert as_head["subject"] == accusation["subject"]
    assert as_head["id_number"] == VALID_VISIT["id_number"]

    as_receiver = visible_record(record, colleague)  # received it, but is not the head
    assert as_receiver["subject"] == HIDDEN and as_receiver["request"] == HIDDEN
    assert as_receiver["id_number"] == VALID_VISIT["id_number"]

    as_other = visible_record(record, other)
    assert as_other["subject"] == HIDDEN and as_other["request"] == HIDDEN
    assert as_other["id_number"] != VALID_VISIT["id_number"] and "*" in as_other["id_number"]
    # That the case exists, with its serial and dates, is not hidden.
    assert as_other["serial"] == serial and as_other["received_at"] == as_head["received_at"]


@pytest.mark.parametrize("viewer", ["head", "clerk"])
def test_the_ledger_export_masks_ids_for_all_and_hides_accusations_from_clerks(
    db, station, clerk, tmp_path, viewer
) -> None:
    colleague = new_clerk(db, clerk)
    accusation = {**VALID_VISIT, "kind": "检举控告类", "subject": "反映村主任李某截留补偿款"}
    register_from_form(db, accusation, station=station, clerk=colleague, now=NOW)
    register_from_form(db, {**VALID_VISIT, "subject": "反映修路占地补偿"}, station=station,
                       clerk=colleague, now=NOW)  # fmt: skip
    path = tmp_path / "台账.csv"
    who = clerk if viewer == "head" else colleague
    assert export_ledger(db, Search(parse_query("")), path, ExportFormat.CSV, viewer=who) == 2
    text = path.read_text(encoding="utf-8-sig")
    assert VALID_VISIT["id_number"] not in text and VALID_VISIT["phone"] not in text
    assert "修路占地" in text
    assert ("李某" in text) == (viewer == "head")
    assert (HIDDEN in text) == (viewer == "clerk")
    assert "410423203202-2026-00001" in text  # the accusation's row is there for both
    exported = [e for e in entries(db) if e.action == "导出"]
    assert len(exported) == 1 and exported[0].clerk == who.login
