"""Dashboard queries beside `nps_service`: score distribution, daily counts and rolling windows,
NPS per need, star ratings per source, open items per owner.

Each is one SQL query over the filtered items; Python only folds the (at most a few thousand)
grouped rows. On a team catalogue (PostgreSQL) the same queries run, from the summary tables
when its schema keeps them (revision 0010) and the filter allows, with PostgreSQL's GROUP BY
rules and rounding spelt out where they differ.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.dialect import is_postgres, run
from advocacy_desktop.domain.nps import SMALL_SAMPLE
from advocacy_desktop.domain.workflow import OPEN_STATUSES
from advocacy_desktop.services import nps_service, summary_queries
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.nps_service import NpsGroup

#: (promoters, passives, detractors)
Counts = tuple[int, int, int]


@dataclass(frozen=True)
class RollingPoint:
    day: date
    group: NpsGroup
    """NPS over the window of days ending on `day` (its key is the day, ISO format)."""


@dataclass(frozen=True)
class RatingSummary:
    """Star ratings of one source on its own scale: never mixed into NPS."""

    source: str | None
    scale: int | None
    n: int
    mean: float
    distribution: dict[int, int]
    """{whole stars (rounded half up): answers}."""


@dataclass(frozen=True)
class OwnerLoad:
    person_id: int | None
    name: str | None
    """None: unassigned."""
    open_items: int


def fold_scores(counts_by_score: dict[int, int]) -> Counts:
    """(promoters, passives, detractors) of a {score: count} distribution."""
    promoters = sum(v for s, v in counts_by_score.items() if s >= 9)
    passives = sum(v for s, v in counts_by_score.items() if 7 <= s <= 8)
    return promoters, passives, sum(counts_by_score.values()) - promoters - passives


def _filtered(
    flt: FeedbackFilter | None, postgres: bool = False
) -> tuple[str, list[object]]:
    sql, params = where_clause(flt or FeedbackFilter(), counting=True, postgres=postgres)
    return sql, params


def _rows(
    catalogue: Catalogue, sql: str, params: Sequence[object],
    summary: Callable[[sqlite3.Connection], list[tuple[Any, ...]] | None] | None = None,
) -> list[tuple[Any, ...]]:
    """The rows of `summary(conn)` when it can answer (not None), else of `sql`."""
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        rows = summary(conn) if summary is not None else None
        return rows if rows is not None else run(conn, sql, list(params)).fetchall()


def distribution(catalogue: Catalogue, flt: FeedbackFilter | None = None) -> dict[int, int]:
    """{score: answers} for 0..10, zeros included, over the 0-10 answers the filter keeps."""
    where, params = _filtered(flt, is_postgres(catalogue))
    rows = _rows(catalogue, "SELECT NULL, feedback.score AS s, count(*) FROM feedback"
                 f" WHERE feedback.score IS NOT NULL AND ({where}) GROUP BY s", params,
                 lambda conn: summary_queries.score_counts(conn, flt))
    counts = dict.fromkeys(range(11), 0)
    counts.update({int(s): int(n) for _key, s, n in rows})
    return counts


def daily_counts(catalogue: Catalogue, flt: FeedbackFilter | None = None) -> dict[date, Counts]:
    """{day: (promoters, passives, detractors)} for each day with an answer (undated left out)."""
    where, params = _filtered(flt, is_postgres(catalogue))
    rows = _rows(catalogue, "SELECT feedback.received_on AS d, feedback.score AS s, count(*)"
                 " FROM feedback WHERE feedback.score IS NOT NULL"
                 f" AND feedback.received_on IS NOT NULL AND ({where}) GROUP BY d, s", params,
                 lambda conn: summary_queries.score_counts(conn, flt, "day"))
    days: dict[date, list[int]] = {}
    for day, score, number in rows:
        if day is None:
            continue
        slot = days.setdefault(date.fromisoformat(str(day)[:10]), [0, 0, 0])
        slot[0 if score >= 9 else 1 if score >= 7 else 2] += number
    return {day: (c[0], c[1], c[2]) for day, c in sorted(days.items())}


def periods(
    daily: dict[date, Counts], period: str, *, small: int = SMALL_SAMPLE
) -> list[NpsGroup]:
    """NPS per week, month, quarter or year from daily counts: the keys and figures of
    `nps_service.grouped(catalogue, period, flt)` without its undated group, with no query."""
    counts: dict[str, list[int]] = {}
    for day, day_counts in daily.items():
        slot = counts.setdefault(str(summary_queries.period_key(day, period)), [0, 0, 0])
        for index in range(3):
            slot[index] += day_counts[index]
    return [NpsGroup.from_counts(key, *c, small=small) for key, c in sorted(counts.items())]


def rolling(
    daily: dict[date, Counts], window: int, *, step: int = 7, small: int = SMALL_SAMPLE
) -> list[RollingPoint]:
    """NPS over the `window` days ending on each `step`-th day, from the first answered day
    (+ window - 1) to the last one; windows without answers are left out."""
    if not daily:
        return []
    first, last = min(daily), max(daily)
    # cumulative sums per day make every window O(1)
    totals: list[tuple[int, int, int]] = []
    running = [0, 0, 0]
    span = (last - first).days + 1
    for offset in range(span):
        counts = daily.get(first + timedelta(days=offset))
        if counts:
            running = [running[i] + counts[i] for i in range(3)]
        totals.append((running[0], running[1], running[2]))
    points = []
    end = min(span - 1, window - 1)
    ends = list(range(span - 1, end - 1, -step))[::-1] or [span - 1]
    for index in ends:
        start = totals[index - window] if index >= window else (0, 0, 0)
        counts = tuple(totals[index][i] - start[i] for i in range(3))
        if sum(counts) == 0:
            continue
        group = NpsGroup.from_counts(None, *counts, small=small)
        day = first + timedelta(days=index)
        points.append(RollingPoint(day, replace(group, key=day.isoformat())))
    return points


def grouped_needs(
    catalogue: Catalogue, flt: FeedbackFilter | None = None, *, small: int = SMALL_SAMPLE
) -> list[tuple[int, str, NpsGroup]]:
    """(need id, path, NPS of the answers tagged with it) for every need with an answer."""
    where, params = _filtered(flt, is_postgres(catalogue))
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        rows = summary_queries.need_counts(conn, flt)
        if rows is None:
            rows = run(
                conn,
                "SELECT feedback_need.need_id AS k, feedback.score AS s, count(*)"
                " FROM feedback JOIN feedback_need ON feedback_need.feedback_id = feedback.id"
                f" WHERE feedback.score IS NOT NULL AND ({where}) GROUP BY k, s", params,
            ).fetchall()
        names = nps_service.group_labels(conn, "need") or {}
    counts = nps_service.fold_counts(rows)
    return [(need_id, names.get(need_id, str(need_id)),
             NpsGroup.from_counts(names.get(need_id), *c, small=small))
            for need_id, c in counts.items() if sum(c)]


def ratings_by_source(
    catalogue: Catalogue, flt: FeedbackFilter | None = None
) -> list[RatingSummary]:
    """Star ratings per source and scale, the most rated first; never part of NPS."""
    postgres = is_postgres(catalogue)
    where, params = _filtered(flt, postgres)
    # whole stars, half up: SQLite's CAST truncates, PostgreSQL's rounds (floor it there);
    # PostgreSQL groups by the selected name too, as it is not a key of the grouped rows
    stars, name = (("floor(feedback.rating + 0.5)::integer", ", source.name") if postgres
                   else ("CAST(feedback.rating + 0.5 AS INTEGER)", ""))
    rows = _rows(
        catalogue,
        f"SELECT source.name, feedback.rating_scale, {stars},"
        " count(*), sum(feedback.rating) FROM feedback"
        " LEFT JOIN source ON source.id = feedback.source_id"
        f" WHERE feedback.rating IS NOT NULL AND ({where})"
        f" GROUP BY feedback.source_id, feedback.rating_scale, 3{name}", params,
        lambda conn: summary_queries.rating_counts(conn, flt),
    )
    summaries: dict[tuple[Any, Any], list[Any]] = {}
    for name, scale, stars, number, total in rows:
        slot = summaries.setdefault((name, scale), [0, 0.0, {}])
        slot[0] += number
        slot[1] += total
        slot[2][int(stars)] = slot[2].get(int(stars), 0) + number
    out = [RatingSummary(name, scale, n, total / n, dict(sorted(dist.items())))
           for (name, scale), (n, total, dist) in summaries.items()]
    return sorted(out, key=lambda r: (-r.n, r.source or ""))


def open_by_owner(catalogue: Catalogue, flt: FeedbackFilter | None = None) -> list[OwnerLoad]:
    """Open items per assignee (None: unassigned), the busiest first."""
    postgres = is_postgres(catalogue)
    where, params = _filtered(flt, postgres)
    marks = ", ".join("?" for _ in OPEN_STATUSES)
    name = ", person.name" if postgres else ""  # PostgreSQL: every selected column grouped
    rows = _rows(
        catalogue,
        "SELECT feedback.assignee_id, person.name, count(*) FROM feedback"
        " LEFT JOIN person ON person.id = feedback.assignee_id"
        f" WHERE feedback.status IN ({marks}) AND ({where})"
        f" GROUP BY feedback.assignee_id{name}",
        [*OPEN_STATUSES, *params],
        lambda conn: summary_queries.open_counts(conn, flt),
    )
    loads = [OwnerLoad(pid, name, n) for pid, name, n in rows]
    return sorted(loads, key=lambda o: (-o.open_items, o.name is None, o.name or ""))
