"""The deadline rules a database works by: a province's file installed in it, or the default."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import TYPE_CHECKING

from desk.domain.deadlines import (
    Deadline,
    DeadlineRules,
    bundled_rules_document,
    deadlines_of,
    next_deadline,
    parse_deadline_rules,
)
from desk.domain.settings import DEADLINE_RULES, REPORT_DAYS
from desk.domain.workflow import Action, CaseEvent, Level
from desk.store.station import get_setting, set_setting

if TYPE_CHECKING:
    from sqlite_utils import Database


def deadline_rules(db: Database) -> DeadlineRules:
    """The province's rules installed in this database, or the bundled default."""
    rows = db.execute("SELECT value FROM settings WHERE key = ?", [DEADLINE_RULES]).fetchall()
    return _parsed_rules(rows[0][0] if rows else None)


@lru_cache(maxsize=4)
def _parsed_rules(stored: str | None) -> DeadlineRules:
    # Checking a rules file against its schema takes milliseconds; every save asks for it.
    return parse_deadline_rules(json.loads(stored) if stored else bundled_rules_document())


def registration_summary(db: Database, received_at: str) -> Deadline:
    """The first deadline of a newly registered case: reporting it to the township."""
    register = CaseEvent(Action.REGISTER, Level.STATION, dt.datetime.fromisoformat(received_at), {})
    due = next_deadline(
        deadlines_of(
            [register], deadline_rules(db), station_report_days=get_setting(db, REPORT_DAYS)
        )
    )
    assert due is not None
    return due


def install_deadline_rules(db: Database, rules: DeadlineRules) -> None:
    set_setting(db, DEADLINE_RULES, dict(rules.document))
