"""Cases in the store: steps recorded under the rules, state and deadlines kept in step."""

from __future__ import annotations

import datetime as dt

import pytest

from desk.domain.errors import InvalidInput
from desk.domain.workflow import Action, CaseState, Level, TransitionRefused
from desk.registration import register_from_form
from desk.store.cases import due_counts, load_case, record_step, refresh_all_summaries
from tests.conftest import NOW, VALID_VISIT

DAY = dt.timedelta(days=1)


@pytest.fixture
def serial(db, station, clerk) -> str:
    visit = {**VALID_VISIT, "received_at": "2026-11-02 09:30"}
    return register_from_form(db, visit, station=station, clerk=clerk, now=NOW).serial


def summary(db, serial: str) -> tuple[str, str | None, str]:
    return db.execute(
        "SELECT state, next_due, next_due_what FROM visits WHERE serial = ?", [serial]
    ).fetchone()


def step(db, serial, clerk, action, level, data=None, at=NOW):
    return record_step(db, serial, action=action, level=level, data=data or {}, clerk=clerk, now=at)


def test_a_registered_case_must_be_reported_within_the_stations_days(db, serial) -> None:
    assert summary(db, serial) == ("已登记", "2026-11-09", "报送乡镇")
    case = load_case(db, serial)
    assert case.state is CaseState.REGISTERED
    assert [e.action for e in case.timeline] == ["登记"]


def test_steps_move_the_case_and_its_next_deadline(db, serial, clerk) -> None:
    step(db, serial, clerk, Action.REPORT, Level.STATION, {}, at=dt.datetime(2026, 11, 3, 10))
    assert summary(db, serial) == ("已上报乡镇", "2026-11-18", "书面告知是否受理")
    step(db, serial, clerk, Action.ACCEPT, Level.TOWNSHIP, {"notice_on": "2026-11-10"},
         at=dt.datetime(2026, 11, 10, 9))  # fmt: skip
    state, due, _what = summary(db, serial)
    assert (state, due) == ("已受理", "2027-01-09")  # 60 days from 10 November
    case = load_case(db, serial)
    assert [e.action for e in case.timeline] == ["受理", "上报乡镇", "登记"]  # newest first
    assert [e.level for e in case.timeline] == ["township", "station", "station"]


def test_a_refused_step_writes_nothing(db, serial, clerk) -> None:
    before = db.execute("SELECT count(*) FROM events").fetchone()[0]
    with pytest.raises(TransitionRefused, match="受理"):
        step(db, serial, clerk, Action.ACCEPT, Level.TOWNSHIP, {"notice_on": "2026-11-10"})
    with pytest.raises(InvalidInput):
        step(db, serial, clerk, Action.SETTLE, Level.STATION, {})
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == before
    assert summary(db, serial)[0] == "已登记"


def test_a_settled_case_leaves_the_todo_list(db, serial, clerk) -> None:
    assert due_counts(db, dt.date(2026, 11, 26)).overdue == 1
    step(db, serial, clerk, Action.SETTLE, Level.STATION,
         {"means": "调解", "visitor_view": "满意"})  # fmt: skip
    assert summary(db, serial) == ("已就地化解", None, "")
    assert due_counts(db, dt.date(2026, 11, 26)).open == 0


def test_summaries_can_be_rebuilt_from_the_events(db, serial, clerk) -> None:
    step(db, serial, clerk, Action.REPORT, Level.STATION, {}, at=dt.datetime(2026, 11, 3, 10))
    db.execute("UPDATE visits SET state = 'x', next_due = NULL")
    refresh_all_summaries(db)
    assert summary(db, serial) == ("已上报乡镇", "2026-11-18", "书面告知是否受理")
