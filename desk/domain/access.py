"""Who may see and do what: the one set of rules the window, the command line and the exports
all ask. No Qt, no SQL.

- The station head (站长) manages clerks, reads the audit trail, and sees everything.
- A clerk (接待员) sees full ID numbers and phones only in the detail of a case they received;
  lists, the 台账 and its exports show them masked for everyone.
- An accusation (检举控告类) is seen in full by the head only: the 信访工作条例 forbids passing
  it to the people accused, and a clerk may be a neighbour of them. Others see that such a case
  exists, with its serial and dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desk.domain.idnumber import mask
from desk.domain.receipt import ACCUSATION, mask_phone
from desk.domain.station import ROLE_HEAD, Clerk
from desk.domain.visit import VisitRecord

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=5)
DEFAULT_IDLE_MINUTES = 10
HIDDEN = "（检举控告类，仅站长可见）"


def is_head(clerk: Clerk | None) -> bool:
    return clerk is not None and clerk.role == ROLE_HEAD


def can_manage_clerks(clerk: Clerk | None) -> bool:
    return is_head(clerk)


def can_read_audit(clerk: Clerk | None) -> bool:
    return is_head(clerk)


def sees_confidential(clerk: Clerk | None) -> bool:
    """Whether `clerk` may read what an accusation says."""
    return is_head(clerk)


def sees_full_identity(clerk: Clerk | None, received_by: int | None) -> bool:
    """Full ID number and phone in a case's detail: its own clerk and the head."""
    return is_head(clerk) or (clerk is not None and clerk.id == received_by)


def is_confidential(kind: str) -> bool:
    return kind == ACCUSATION


def shown_identity(id_number: str, phone: str, *, full: bool) -> tuple[str, str]:
    return (id_number, phone) if full else (mask(id_number), mask_phone(phone))


def shown_text(value: str, *, kind: str, clerk: Clerk | None) -> str:
    """A field of an accusation's content as `clerk` may see it."""
    if value and is_confidential(kind) and not sees_confidential(clerk):
        return HIDDEN
    return value


@dataclass(frozen=True)
class LoginLock:
    failed: int
    locked_until: dt.datetime | None

    def is_locked(self, now: dt.datetime) -> bool:
        return self.locked_until is not None and now < self.locked_until

    def after_failure(self, now: dt.datetime) -> LoginLock:
        """Five wrong passwords in a row lock the login for five minutes."""
        failed = self.failed + 1
        if failed >= MAX_FAILED_LOGINS:
            return LoginLock(0, now + LOCKOUT)
        return LoginLock(failed, None)

    @staticmethod
    def after_success() -> LoginLock:
        return LoginLock(0, None)


CONTENT_FIELDS = ("subject", "request", "facts", "involved", "category1", "category2")


def visible_record(record: VisitRecord, viewer: Clerk | None) -> dict[str, Any]:
    """A visit's document (as `desk show --json` prints it) as `viewer` may see it: ID numbers
    and phones masked unless the viewer received the visit or is the head; an accusation's
    content hidden unless the viewer is the head."""
    document = record.to_json()
    full = is_head(viewer) or (viewer is not None and viewer.login == record.clerk)
    if not full:
        document["id_number"], document["phone"] = shown_identity(
            document["id_number"], document["phone"], full=False
        )
        document["representatives"] = [
            {**person, "id_number": mask(person["id_number"]), "phone": mask_phone(person["phone"])}
            for person in document["representatives"]
        ]
    if is_confidential(record.visit.kind) and not sees_confidential(viewer):
        for name in CONTENT_FIELDS:
            if document.get(name):
                document[name] = HIDDEN
    return document
