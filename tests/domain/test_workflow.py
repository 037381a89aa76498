"""Statuses, legal moves and the follow-up due date in working days."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from advocacy_desktop.domain import workflow

FRIDAY = date(2026, 11, 27)


def test_friday_plus_two_working_days_is_tuesday() -> None:
    assert FRIDAY.weekday() == 4
    assert workflow.follow_up_due(FRIDAY) == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 11, 28), date(2026, 12, 1)),  # Saturday -> Tuesday
        (date(2026, 11, 29), date(2026, 12, 1)),  # Sunday -> Tuesday
        (date(2026, 11, 23), date(2026, 11, 25)),  # Monday -> Wednesday
        (date(2026, 11, 26), date(2026, 11, 30)),  # Thursday -> Monday
    ],
)
def test_follow_up_due_skips_weekends(received: date, due: date) -> None:
    assert workflow.follow_up_due(received) == due


def test_zero_working_days_on_a_weekend_is_monday_and_negative_is_refused() -> None:
    assert workflow.follow_up_due(date(2026, 11, 28), 0) == date(2026, 11, 30)
    assert workflow.follow_up_due(FRIDAY, 0) == FRIDAY
    assert workflow.follow_up_due(FRIDAY, 5) == date(2026, 12, 4)
    with pytest.raises(ValueError):
        workflow.follow_up_due(FRIDAY, -1)


def test_overdue_only_after_the_due_day() -> None:
    due = date(2026, 12, 1)
    assert not workflow.is_overdue(due, due)
    assert workflow.is_overdue(due, date(2026, 12, 2))
    assert not workflow.is_overdue(None, date(2030, 1, 1))


def test_transitions() -> None:
    chain = ["new", "triaged", "in_progress", "resolved", "closed"]
    for current, target in pairwise(chain):
        assert workflow.can_move(current, target)
        assert not workflow.can_move(target, current) or (current, target) == (
            "in_progress", "resolved")
    for status in ("new", "triaged", "in_progress", "resolved"):
        assert workflow.can_move(status, "wont_fix")
    assert workflow.can_move("resolved", "in_progress")
    assert workflow.can_move("closed", "triaged")
    assert workflow.can_move("wont_fix", "triaged")
    assert not workflow.can_move("new", "closed")
    assert not workflow.can_move("closed", "wont_fix")
    assert not workflow.can_move("new", "done")
    assert workflow.can_move("triaged", "triaged")
    assert workflow.OPEN_STATUSES == ("new", "triaged", "in_progress", "resolved")
