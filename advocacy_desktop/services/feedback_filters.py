"""What the Feedback page filters by, and the SQL WHERE clause it becomes.

Filters combine with AND; the values inside one filter (several sources, several statuses)
combine with OR. The clause is written over `feedback AS feedback`, so the indexes on
feedback (source_id, score), (received_on, id), batch_id, assignee_id serve it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import feedback_search

#: score range of each NPS category (DESIGN.md §1)
CATEGORY_SCORES = {
    Category.PROMOTER: (9, 10),
    Category.PASSIVE: (7, 8),
    Category.DETRACTOR: (0, 6),
}


@dataclass(frozen=True)
class FeedbackFilter:
    """Empty fields do not filter. `needs` match a need or any of its descendants."""

    sources: tuple[int, ...] = ()
    needs: tuple[int, ...] = ()
    categories: frozenset[Category] = frozenset()
    score_min: int | None = None
    score_max: int | None = None
    rating_min: float | None = None
    rating_max: float | None = None
    date_from: date | None = None
    date_to: date | None = None
    statuses: tuple[str, ...] = ()
    assignees: tuple[int, ...] = ()
    batch_id: int | None = None
    no_need: bool = False
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return replace(self, text=self.text.strip()) == FeedbackFilter()


def _placeholders(values: Iterable[object]) -> str:
    return ", ".join("?" for _ in values)


#: the needs given and every need below them
NEED_TREE = ("WITH RECURSIVE tree(id) AS (SELECT id FROM need WHERE id IN ({0})"
             " UNION SELECT need.id FROM need JOIN tree ON need.parent_id = tree.id)"
             " SELECT id FROM tree")


def need_items(needs: tuple[int, ...]) -> tuple[str, list[object]]:
    """`SELECT feedback_id ...` of the items tagged with any of `needs` or a need below them
    (an item can appear once per such need)."""
    return (f"SELECT feedback_need.feedback_id FROM feedback_need WHERE feedback_need.need_id"
            f" IN ({NEED_TREE.format(_placeholders(needs))})"), list(needs)


def where_clause(
    flt: FeedbackFilter, *, counting: bool = False, postgres: bool = False
) -> tuple[str, list[object]]:
    """`(sql, params)` for `WHERE sql` over `feedback`; "1" when nothing filters.

    `postgres`: the clause for a team catalogue — "TRUE" when nothing filters, dates bound as
    dates (received_on is a DATE there, ISO text on SQLite), the search through PostgreSQL's
    own indexes (`feedback_search`). The placeholders stay `?` (see db/dialect.run).

    `counting`: for aggregates (no ORDER BY ... LIMIT), a need filter becomes
    `id IN (items with the need)`, which SQLite drives from the need's index (600k of 1M
    items: 300 ms instead of 830 ms; 100k: 92 vs 760 ms). A page of the browser keeps the
    correlated EXISTS, so the walk in date order can stop after one page."""
    parts: list[str] = []
    params: list[object] = []
    if flt.sources:
        parts.append(f"feedback.source_id IN ({_placeholders(flt.sources)})")
        params.extend(flt.sources)
    if flt.categories:
        ranges = sorted(CATEGORY_SCORES[c] for c in flt.categories)
        parts.append("(" + " OR ".join("feedback.score BETWEEN ? AND ?" for _ in ranges) + ")")
        params.extend(v for pair in ranges for v in pair)
    for column, low, high in (
        ("score", flt.score_min, flt.score_max),
        ("rating", flt.rating_min, flt.rating_max),
    ):
        if low is not None:
            parts.append(f"feedback.{column} >= ?")
            params.append(low)
        if high is not None:
            parts.append(f"feedback.{column} <= ?")
            params.append(high)
    if flt.date_from is not None:
        parts.append("feedback.received_on >= ?")
        params.append(flt.date_from if postgres else flt.date_from.isoformat())
    if flt.date_to is not None:
        parts.append("feedback.received_on <= ?")
        params.append(flt.date_to if postgres else flt.date_to.isoformat())
    if flt.statuses:
        parts.append(f"feedback.status IN ({_placeholders(flt.statuses)})")
        params.extend(flt.statuses)
    if flt.assignees:
        parts.append(f"feedback.assignee_id IN ({_placeholders(flt.assignees)})")
        params.extend(flt.assignees)
    if flt.batch_id is not None:
        parts.append("feedback.batch_id = ?")
        params.append(flt.batch_id)
    if flt.needs:
        items, need_params = need_items(flt.needs)
        parts.append(
            f"feedback.id IN ({items})" if counting else
            "EXISTS (SELECT 1 FROM feedback_need WHERE feedback_need.feedback_id = feedback.id"
            f" AND feedback_need.need_id IN ({NEED_TREE.format(_placeholders(flt.needs))}))"
        )
        params.extend(need_params)
    if flt.no_need:
        parts.append(
            "NOT EXISTS (SELECT 1 FROM feedback_need WHERE feedback_need.feedback_id = feedback.id)"
        )
    text = feedback_search.text_condition(flt.text, postgres=postgres)
    if text is not None:
        parts.append(text[0])
        params.extend(text[1])
    return (" AND ".join(parts) or ("TRUE" if postgres else "1")), params
