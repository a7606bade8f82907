"""The local store: serials, transactions, events, rare characters, migrations."""

from __future__ import annotations

import dataclasses
import sqlite3

import pytest
from sqlite_utils import Database

from desk.domain.categories import bundled_default_document, parse_category_list
from desk.domain.station import Clerk, Station
from desk.domain.visit import VisitInput, VisitRules, validate_visit
from desk.registration import register_from_form
from desk.store import DatabaseTooNew, open_database
from desk.store.accounts import LoginRefused, log_in
from desk.store.drafts import load_draft, save_draft
from desk.store.migrations import KNOWN, migrations
from desk.store.station import load_station
from desk.store.visits import (
    events_of,
    person_history,
    register_visit,
    register_visits,
    visit_by_serial,
)
from tests.conftest import NOW, VALID_VISIT

RULES = VisitRules(categories=parse_category_list(bundled_default_document()), now=NOW)


def visit(**changes: object) -> VisitInput:
    return validate_visit({**VALID_VISIT, **changes}, RULES)


def register(db: Database, station: Station, clerk: Clerk, **changes: object) -> str:
    return register_visit(db, visit(**changes), station=station, clerk=clerk, now=NOW).serial


def test_serials_count_up_within_a_year_and_restart_at_the_next(db, station, clerk) -> None:
    serials = [
        register(db, station, clerk, received_at="2025-12-31 23:58"),
        register(db, station, clerk, received_at="2025-12-31 23:59"),
        register(db, station, clerk, received_at="2026-01-01 00:00"),
        register(db, station, clerk, received_at="2026-01-01 00:01"),
        register(db, station, clerk, received_at="2025-12-30 16:00"),  # a late backlog entry
    ]
    assert serials == [
        "410423203202-2025-00001",
        "410423203202-2025-00002",
        "410423203202-2026-00001",
        "410423203202-2026-00002",
        "410423203202-2025-00003",
    ]


def test_a_failed_save_gives_its_number_back(db, station, clerk) -> None:
    register(db, station, clerk)
    broken = dataclasses.replace(visit(), address=None)  # violates NOT NULL in the insert
    with pytest.raises(sqlite3.IntegrityError):
        register_visits(db, [visit(), broken], station=station, clerk=clerk, now=NOW)
    assert db.execute("SELECT count(*) FROM visits").fetchone()[0] == 1
    assert register(db, station, clerk) == "410423203202-2026-00002"  # no gap


def test_serials_never_repeat_or_skip_over_many_saves(db, station, clerk) -> None:
    serials = [register(db, station, clerk) for _ in range(120)]
    assert serials == [f"410423203202-2026-{n:05d}" for n in range(1, 121)]


def test_rare_characters_round_trip_exactly(db, station, clerk) -> None:
    name, text = "𡈼𠇔䶮堃", "土地𠇔 mixed ASCII، عربي и кириллица 🙂\n第二行\t制表"
    serial = register(db, station, clerk, visitor_name=name, request=text, subject="𡈼的事")
    record = visit_by_serial(db, serial)
    assert record is not None
    assert record.visit.visitor_name == name
    assert record.visit.request == text
    assert record.visit.subject == "𡈼的事"


def test_a_saved_visit_reads_back_equal(db, station, clerk) -> None:
    saved = register_visit(
        db,
        visit(headcount=7, representatives=[{"name": "李四", "phone": "0375-7654321"}]),
        station=station,
        clerk=clerk,
        now=NOW,
    )
    assert visit_by_serial(db, saved.serial) == saved
    assert saved.visit.collective is True


def test_every_registration_appends_an_event_that_cannot_be_changed(db, station, clerk) -> None:
    first = register(db, station, clerk)
    second = register(db, station, clerk)
    events = list(events_of(db, first)) + list(events_of(db, second))
    assert [e["seq"] for e in events] == [1, 2]
    assert all(e["action"] == "登记" and e["level"] == "station" for e in events)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE events SET action = 'x'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM events")


def test_a_serial_cannot_be_rewritten(db, station, clerk) -> None:
    serial = register(db, station, clerk)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE visits SET serial = 'x' WHERE serial = ?", [serial])


def test_person_history_lists_earlier_visits_newest_first(db, station, clerk) -> None:
    assert person_history(db, "11010519491231002X") is None
    register(db, station, clerk, received_at="2026-03-01 09:00", subject="第一次")
    register(db, station, clerk, received_at="2026-06-01 09:00", subject="第二次")
    register(db, station, clerk, id_number="440524188001010014", visitor_sex="男")
    history = person_history(db, "11010519491231002X")
    assert history is not None
    assert history.count == 2
    assert history.last_received_at == "2026-06-01 09:00"
    assert [v.subject for v in history.recent] == ["第二次", "第一次"]


def test_saving_from_the_form_removes_the_draft_in_the_same_transaction(db, station, clerk) -> None:
    save_draft(db, clerk.id, {"visitor_name": "张𠇔"}, NOW)
    record = register_from_form(db, VALID_VISIT, station=station, clerk=clerk, now=NOW)
    assert record.serial.endswith("-2026-00001")
    assert load_draft(db, clerk.id) is None


def test_the_station_and_its_first_clerk(db, station, clerk) -> None:
    assert load_station(db) == station
    assert log_in(db, "WangFang", "dongfeng2026", now=NOW) == clerk
    with pytest.raises(LoginRefused):
        log_in(db, "wangfang", "wrong password", now=NOW)
    stored = db.execute("SELECT password_hash FROM clerks").fetchone()[0]
    assert "dongfeng2026" not in stored and stored.startswith("$argon2id$")


def test_a_file_opens_again_with_its_data_and_settings(tmp_path, station) -> None:
    from desk.domain.station import validate_new_clerk
    from desk.store.station import set_up_station
    from tests.conftest import CLERK

    path = tmp_path / "a.sqlite3"
    first = open_database(path)
    clerk = set_up_station(first, station, validate_new_clerk(CLERK), NOW)
    serial = register(first, station, clerk)
    first.close()
    again = open_database(path)
    assert again.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL: durable commits
    assert visit_by_serial(again, serial) is not None
    assert [m.name for m in migrations().applied(again)] == KNOWN  # all of them, in order


def test_a_file_from_a_newer_release_is_refused_untouched(tmp_path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_database(path).close()
    raw = sqlite3.connect(path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('desk', '0099_from_the_future', '2030-01-01')"
    )
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseTooNew, match="0099_from_the_future"):
        open_database(path)
