"""What the statistics' rates need to know of one case, read from its events and deadlines.

The store writes these beside the case's state whenever a step is recorded, so a report sums
columns instead of reading every case's events (docs/metrics.md says what each rate counts and
why these dates). Dates are effective dates: the document's date when the step has one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desk.domain.deadlines import Deadline, DeadlineKind
from desk.domain.workflow import Action, CaseEvent, effective_date

DECISIONS = (Action.ACCEPT, Action.NOT_ACCEPT, Action.NO_LONGER_ACCEPT)
REVIEW_REQUESTS = (Action.REQUEST_REVIEW, Action.REQUEST_RECHECK)


@dataclass(frozen=True)
class RateFacts:
    decision: Action | None = None  # 受理, 不予受理 or 不再受理
    decided_on: dt.date | None = None
    # The acceptance window in force when the decision came (or still running): it starts at
    # 上报乡镇 and again at a 转送交办 before the decision. None: never reported.
    acceptance_due: dt.date | None = None
    accepted_on: dt.date | None = None
    handling_due: dt.date | None = None  # the last day to answer, the extension included
    answered_on: dt.date | None = None  # the 信访处理意见书
    review_requested: bool = False  # 复查 or 复核 asked for
    follow_up: str = ""  # the latest 回访's view (满意, 基本满意, 不满意)


NONE = RateFacts()  # a case only registered


def rate_facts(events: Sequence[CaseEvent], deadlines: Iterable[Deadline]) -> RateFacts:
    """The facts of a case from its events and its deadlines (desk.domain.deadlines
    .deadlines_of over the same events, as the case page shows them)."""
    if len(events) < 2:
        return NONE
    decision = _last(events, *DECISIONS)
    accepted = _last(events, Action.ACCEPT)
    answered = _last(events, Action.ANSWER)
    follow_up = _last(events, Action.FOLLOW_UP)
    acceptance = handling = None
    for deadline in deadlines:  # in the order they arose: the last of each kind counts
        if deadline.kind is DeadlineKind.ACCEPTANCE:
            acceptance = deadline.due
        elif deadline.kind is DeadlineKind.HANDLING:
            handling = deadline.due
    return RateFacts(
        decision=decision.action if decision else None,
        decided_on=effective_date(decision) if decision else None,
        acceptance_due=acceptance,
        accepted_on=effective_date(accepted) if accepted else None,
        handling_due=handling,
        answered_on=effective_date(answered) if answered else None,
        review_requested=any(e.action in REVIEW_REQUESTS for e in events),
        follow_up=str(follow_up.data.get("satisfaction", "")) if follow_up else "",
    )


def _last(events: Sequence[CaseEvent], *actions: Action) -> CaseEvent | None:
    return next((e for e in reversed(events) if e.action in actions), None)
