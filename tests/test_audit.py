"""The audit trail: what goes into it, and `desk audit verify` naming the entry someone edited,
deleted or moved directly in the database file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from desk.backups import back_up, restore_backup
from desk.domain.search_query import parse_query
from desk.domain.workflow import Action, Level
from desk.ledger_export import ExportFormat, export_ledger
from desk.receipting import hand_out, make_slip
from desk.registration import register_from_form
from desk.store import open_database
from desk.store.accounts import LoginRefused, log_in
from desk.store.audit import entries, verify
from desk.store.cases import record_step
from desk.store.ledger import Search
from desk.store.station import load_station
from tests.conftest import CLERK, NOW, VALID_VISIT
from tests.test_cli import desk

MINUTE = dt.timedelta(minutes=1)


@pytest.fixture
def audited_file(station_file, tmp_path):
    """A station file whose trail holds a morning's work: logins, saves, a step, a print, an
    export and a backup."""
    db = open_database(station_file)
    station = load_station(db)
    clerk = log_in(db, "wangfang", CLERK["password"], now=NOW)
    with pytest.raises(LoginRefused):
        log_in(db, "wangfang", "wrong", now=NOW + MINUTE)
    serials = [
        register_from_form(
            db, {**VALID_VISIT, "subject": f"反映第{n}件事"}, station=station, clerk=clerk,
            now=NOW + n * MINUTE,
        ).serial
        for n in range(1, 4)
    ]  # fmt: skip
    record_step(db, serials[0], action=Action.REPORT, level=Level.STATION,
                data={}, clerk=clerk, now=NOW + 5 * MINUTE)  # fmt: skip
    slip = make_slip(db, serials[0], now=NOW + 6 * MINUTE)
    hand_out(db, slip, clerk=clerk, destination="PDF", now=NOW + 6 * MINUTE)
    everything = Search(parse_query(""))
    export_ledger(db, everything, tmp_path / "台账.csv", ExportFormat.CSV, viewer=clerk,
                  now=NOW + 7 * MINUTE)  # fmt: skip
    back_up(db, station_file, clerk=clerk, now=NOW + 8 * MINUTE, reason="手动备份")
    db.close()
    return station_file


def trail(path):
    db = open_database(path)
    try:
        return list(reversed(entries(db)))
    finally:
        db.close()


def test_the_trail_says_who_did_what_to_which_record(audited_file) -> None:
    actions = [(e.clerk, e.action, e.target) for e in trail(audited_file)]
    serial = "410423203202-2026-00001"
    assert actions[:3] == [
        ("wangfang", "登录", ""),
        ("wangfang", "登录失败", ""),
        ("wangfang", "登记", serial),
    ]
    assert ("wangfang", "办理", serial) in actions
    assert ("wangfang", "打印", serial) in actions
    assert [a for _, a, _ in actions[-2:]] == ["导出", "备份"]
    assert all(e.at.startswith("2026-11-26T10:0") for e in trail(audited_file))


def test_an_intact_trail_passes(audited_file) -> None:
    result = desk("audit", "verify", db=audited_file)
    assert result.returncode == 0, result.stderr
    assert "审计记录完整" in result.stdout and "共 9 条" in result.stdout


def tamper(path, *statements: str) -> None:
    """What someone with the file and an SQLite tool could do."""
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


@pytest.mark.parametrize(
    ("statements", "named", "why"),
    [
        (["UPDATE audit_log SET clerk = 'liming' WHERE id = 4"], 4, "内容被改动"),
        (["UPDATE audit_log SET at = '2026-11-25T10:00:00' WHERE id = 2"], 2, "内容被改动"),
        (["UPDATE audit_log SET detail = '' WHERE id = 8"], 8, "内容被改动"),
        (["DELETE FROM audit_log WHERE id = 5"], 5, "不见了"),
        (["DELETE FROM audit_log WHERE id = 9"], 9, "不见了"),  # the newest one
        (["DELETE FROM audit_log WHERE id >= 7"], 7, "不见了"),
        (["DELETE FROM audit_log"], 1, "不见了"),
        (
            # Two entries swap places: ids stay in sequence, contents and hashes move.
            [
                "UPDATE audit_log SET id = -3 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = 4",
                "UPDATE audit_log SET id = 4 WHERE id = -3",
            ],
            3,
            "",
        ),
    ],
)
def test_verify_names_the_first_entry_that_was_touched(
    audited_file, statements: list[str], named: int, why: str
) -> None:
    tamper(audited_file, *statements)
    result = desk("audit", "verify", db=audited_file)
    assert result.returncode == 1
    assert f"第 {named} 条" in result.stderr and why in result.stderr


def test_a_forged_entry_whose_hash_is_recomputed_is_caught_by_the_next(audited_file) -> None:
    """Rewriting an entry and its own hash correctly, by the published formula, still leaves
    the next entry pointing at the old hash."""
    from desk.store.audit import _hash

    db = open_database(audited_file)
    entry = next(e for e in trail(audited_file) if e.id == 4)
    forged = _hash(entry.id, entry.at, "liming", entry.action, entry.target, entry.detail,
                   entry.previous_hash)  # fmt: skip
    db.execute("UPDATE audit_log SET clerk = 'liming', hash = ? WHERE id = 4", [forged])
    db.conn.commit()
    assert verify(db).broken_at == 5
    db.close()
    result = desk("audit", "verify", db=audited_file)
    assert result.returncode == 1 and "第 5 条" in result.stderr


def test_new_entries_after_a_restore_continue_a_valid_chain(audited_file, tmp_path) -> None:
    backup = next((tmp_path / "backups").glob("desk-backup-*.sqlite3"))
    restore_backup(backup, audited_file, now=NOW + 10 * MINUTE)
    last = trail(audited_file)[-1]
    assert last.action == "恢复" and backup.name in last.detail
    result = desk("audit", "verify", db=audited_file)
    assert result.returncode == 0, result.stderr
