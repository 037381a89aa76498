"""The follow-up workflow of one feedback item: statuses, legal moves, due dates.

    new -> triaged -> in_progress -> resolved -> closed
    any open state (new, triaged, in_progress, resolved) -> wont_fix
    resolved -> in_progress           (the fix did not hold)
    closed or wont_fix -> triaged     (reopened: it goes back through triage, so someone
                                       looks at it again before work restarts)

"Open" means not closed and not wont_fix: a resolved item still waits to be closed.
"""

from __future__ import annotations

from datetime import date, timedelta

STATUSES: tuple[str, ...] = ("new", "triaged", "in_progress", "resolved", "closed", "wont_fix")
FINAL_STATUSES: frozenset[str] = frozenset({"closed", "wont_fix"})
OPEN_STATUSES: tuple[str, ...] = tuple(s for s in STATUSES if s not in FINAL_STATUSES)
DETRACTOR_MAX = 6
"""Scores 0-6 are detractors (DESIGN.md section 1)."""

TRANSITIONS: dict[str, frozenset[str]] = {
    "new": frozenset({"triaged", "wont_fix"}),
    "triaged": frozenset({"in_progress", "wont_fix"}),
    "in_progress": frozenset({"resolved", "wont_fix"}),
    "resolved": frozenset({"closed", "in_progress", "wont_fix"}),
    "closed": frozenset({"triaged"}),
    "wont_fix": frozenset({"triaged"}),
}


def can_move(current: str, target: str) -> bool:
    """Whether `current -> target` is a legal move (staying put is always allowed)."""
    if target not in TRANSITIONS:
        return False
    return current == target or target in TRANSITIONS.get(current, frozenset())


def is_open(status: str) -> bool:
    return status not in FINAL_STATUSES


def follow_up_due(feedback_date: date, working_days: int = 2) -> date:
    """The day a detractor must have been contacted: `working_days` Monday-to-Friday days
    after the feedback date (Friday + 2 = Tuesday; Saturday + 2 = Tuesday as well)."""
    if working_days < 0:
        raise ValueError("working_days must be 0 or more")
    day = feedback_date
    left = working_days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    while day.weekday() >= 5:  # 0 working days on a weekend: the next Monday
        day += timedelta(days=1)
    return day


def is_overdue(due: date | None, today: date) -> bool:
    """Past its due day (an item due today is not overdue yet)."""
    return due is not None and due < today
