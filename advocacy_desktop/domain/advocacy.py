"""Brand advocates and customers at risk: the rules, over one customer's score history.

A *score history* is a customer's 0-10 recommend answers as (day, score) pairs in time order,
oldest first. An answer's day is the day it was received (`feedback.received_on`), else the day
it was imported (`date(feedback.created_at)`); answers on the same day are ordered by feedback
id, so the later id is the newer answer (`order_answers`). Items without a score are not
answers and do not count here.

- Latest score: the newest answer. Trend: the newest minus the one before (None with one).
- Brand advocate: the latest score is 9-10 (a promoter who has not since fallen).
  `advocate_since` is the day of the first answer of the current unbroken run of 9-10 answers:
  [3, 9, 10] became an advocate on the day of the 9.
- At risk, two kinds (a customer can be both):
  `fallen_promoter`: an earlier answer was 9-10 and the newest is lower; reported from the
  newest 9-10 answer before the fall to the newest answer.
  `repeat_detractor`: two or more detractor answers (0-6) on or after today - window_days
  (365 by default), and the newest answer is a detractor.
- Care: an advocate is *due attention* when the days since the last care-log entry (or since
  `advocate_since` when never cared for) reach `care_days` (a catalogue setting, 90 by
  default): due at exactly care_days, not the day before.
- Order of the advocates list and of the reminders: advocates with an overdue open item first
  (their reported problem not fixed promptly: mutual respect comes before the rest), then
  those due attention, most days without attention first, then the rest; ties by name.
- Sources where they speak for us: per source, their 9-10 answers and all their answers, the
  most 9-10 answers first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from advocacy_desktop.domain.workflow import DETRACTOR_MAX, follow_up_due

PROMOTER_MIN = 9
"""Scores 9-10 are promoters: candidate brand advocates."""
DEFAULT_CARE_DAYS = 90
DEFAULT_WINDOW_DAYS = 365
FALLEN_PROMOTER = "fallen_promoter"
REPEAT_DETRACTOR = "repeat_detractor"
RISK_KINDS = (FALLEN_PROMOTER, REPEAT_DETRACTOR)

History = Sequence[tuple[date, int]]
"""(day, score) answers, oldest first."""


@dataclass(frozen=True)
class Answer:
    """One recommend answer as stored: `day` is received_on, else the import day."""

    feedback_id: int
    score: int
    received_on: date | None
    imported_on: date

    @property
    def day(self) -> date:
        return self.received_on or self.imported_on


@dataclass(frozen=True)
class Fall:
    """A fallen promoter: from their newest 9-10 answer before the fall to the newest answer."""

    from_score: int
    from_day: date
    to_score: int
    to_day: date


class SourceCount(NamedTuple):
    """Where a customer answered: the source's name (None: no source), 9-10 answers, all."""

    source: str | None
    promoter_answers: int
    answers: int


def is_promoter(score: int) -> bool:
    return score >= PROMOTER_MIN


def is_detractor(score: int) -> bool:
    return score <= DETRACTOR_MAX


def order_answers(answers: Iterable[Answer]) -> list[tuple[date, int]]:
    """The score history of `answers`: by day, then by feedback id (the later id is newer)."""
    ordered = sorted(answers, key=lambda a: (a.day, a.feedback_id))
    return [(a.day, a.score) for a in ordered]


def latest_score(history: History) -> int | None:
    return history[-1][1] if history else None


def trend(history: History) -> int | None:
    """The newest score minus the one before; None with fewer than two answers."""
    if len(history) < 2:
        return None
    return history[-1][1] - history[-2][1]


def is_advocate(history: History) -> bool:
    return bool(history) and is_promoter(history[-1][1])


def advocate_since(history: History) -> date | None:
    """The day of the first answer of the current unbroken run of 9-10 answers, or None."""
    since = None
    for day, score in reversed(history):
        if not is_promoter(score):
            break
        since = day
    return since


def fallen_promoter(history: History) -> Fall | None:
    """The fall when an earlier answer was 9-10 and the newest is lower, else None."""
    if len(history) < 2 or is_promoter(history[-1][1]):
        return None
    for day, score in reversed(history[:-1]):
        if is_promoter(score):
            return Fall(score, day, history[-1][1], history[-1][0])
    return None


def window_start(today: date, window_days: int = DEFAULT_WINDOW_DAYS) -> date:
    """The first day of the last `window_days` days (answers on that day count)."""
    return today - timedelta(days=window_days)


def detractor_answers(history: History, today: date,
                      window_days: int = DEFAULT_WINDOW_DAYS) -> int:
    """Detractor answers (0-6) on or after today - window_days."""
    start = window_start(today, window_days)
    return sum(1 for day, score in history if day >= start and is_detractor(score))


def repeat_detractor(history: History, today: date,
                     window_days: int = DEFAULT_WINDOW_DAYS) -> bool:
    """Two or more detractor answers in the window, and the newest answer is a detractor."""
    if not history or not is_detractor(history[-1][1]):
        return False
    return detractor_answers(history, today, window_days) >= 2


def risk_kinds(history: History, today: date,
               window_days: int = DEFAULT_WINDOW_DAYS) -> tuple[str, ...]:
    """The kinds of risk of a customer, in RISK_KINDS order; () when not at risk."""
    kinds = []
    if fallen_promoter(history) is not None:
        kinds.append(FALLEN_PROMOTER)
    if repeat_detractor(history, today, window_days):
        kinds.append(REPEAT_DETRACTOR)
    return tuple(kinds)


def days_without_attention(today: date, since: date, last_care: date | None) -> int:
    """Days since the last care entry, else since the customer became an advocate (never < 0)."""
    return max(0, (today - (last_care or since)).days)


def is_due_attention(days: int, care_days: int = DEFAULT_CARE_DAYS) -> bool:
    return days >= care_days


def attention_key(overdue_items: int, due: bool, days: int, name: str,
                  customer_id: int) -> tuple[int, int, str, int]:
    """Sort key of the advocates list: overdue open item, then due by days descending, rest."""
    rank = 0 if overdue_items > 0 else 1 if due else 2
    return (rank, -days, name.casefold(), customer_id)


def follow_up_cutoff(today: date, working_days: int = 2) -> date:
    """The newest feedback day whose detractor follow-up is overdue on `today`.

    `follow_up_due` never decreases with the feedback day, so "follow-up overdue" is the same
    as "feedback day <= this cutoff": one comparison in SQL instead of a Python loop."""
    day = today - timedelta(days=1)
    while follow_up_due(day, working_days) >= today:
        day -= timedelta(days=1)
    return day


def source_counts(answers: Iterable[tuple[str | None, int]]) -> list[SourceCount]:
    """(source, score) answers -> per source, the most 9-10 answers first, then most answers."""
    counts: dict[str | None, list[int]] = {}
    for source, score in answers:
        pair = counts.setdefault(source, [0, 0])
        pair[0] += is_promoter(score)
        pair[1] += 1
    return source_counts_from((s, p, n) for s, (p, n) in counts.items())


def source_counts_from(counts: Iterable[tuple[str | None, int, int]]) -> list[SourceCount]:
    """(source, 9-10 answers, answers) -> SourceCounts, the most 9-10 answers first."""
    found = [SourceCount(s, p, n) for s, p, n in counts]
    found.sort(key=lambda c: (-c.promoter_answers, -c.answers, c.source is None,
                              (c.source or "").casefold()))
    return found
