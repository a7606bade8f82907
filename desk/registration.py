"""Registering visits: the operations the form and `desk add` share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from desk.domain.settings import COLLECTIVE_THRESHOLD
from desk.domain.station import Clerk, Station
from desk.domain.visit import VisitRecord, VisitRules, validate_visit
from desk.store.audit import Audited
from desk.store.audit import record as audit
from desk.store.drafts import delete_draft
from desk.store.station import active_categories, get_setting
from desk.store.timestamps import stamp
from desk.store.visits import insert_visit

if TYPE_CHECKING:
    from sqlite_utils import Database


def visit_rules(db: Database, now: dt.datetime) -> VisitRules:
    return VisitRules(
        categories=active_categories(db),
        now=now,
        collective_threshold=get_setting(db, COLLECTIVE_THRESHOLD),
    )


def register_from_form(
    db: Database, raw: Mapping[str, Any], *, station: Station, clerk: Clerk, now: dt.datetime
) -> VisitRecord:
    """Validate and save one visit; the clerk's draft goes in the same transaction, so after a
    crash there is either a saved visit or a draft to restore, never both and never neither."""
    visit = validate_visit(raw, visit_rules(db, now))
    with db.atomic():
        record = insert_visit(db, visit, station, clerk, stamp(now))
        delete_draft(db, clerk.id)
        audit(db, Audited.CREATE, clerk=clerk, now=now, target=record.serial)
    return record
