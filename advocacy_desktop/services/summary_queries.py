"""Fast paths of the NPS queries over the summary tables of `db/summaries.py`.

A summary table can answer a filter only when every field the filter uses is one of the
table's keys; `where(flt, table)` returns None otherwise and the caller counts the feedback
rows themselves. Sources, dates and score ranges are keys of the answers table; the need
table has no source, the rating and open-item tables no score.

On a team catalogue (PostgreSQL) the tables hold insert-only delta rows (revision 0010,
`db/summaries.py`): the same queries add them up (every one sums n and skips keys whose sum
is 0). A PostgreSQL database still at revision 0008 has no triggers keeping them, and every
function here answers None there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import fields, replace
from datetime import date
from typing import Any

from advocacy_desktop.db import summaries
from advocacy_desktop.db.dialect import is_postgres, run
from advocacy_desktop.services.feedback_filters import CATEGORY_SCORES, FeedbackFilter

NPS, NEEDS, NEEDS_BY_SOURCE, RATINGS, OPEN = (
    "summary_nps_day", "summary_need_day", "summary_need_source_day", "summary_rating_day",
    "summary_open_day",
)
#: the filter fields each table can answer (besides empty ones)
_SERVES = {
    NPS: {"sources", "categories", "score_min", "score_max", "date_from", "date_to"},
    NEEDS: {"categories", "score_min", "score_max", "date_from", "date_to"},
    NEEDS_BY_SOURCE: {"sources", "categories", "score_min", "score_max", "date_from", "date_to"},
    RATINGS: {"sources", "date_from", "date_to"},
    OPEN: {"sources", "date_from", "date_to"},
}
_EMPTY = FeedbackFilter()


def _used(flt: FeedbackFilter) -> set[str]:
    used = {f.name for f in fields(flt) if getattr(flt, f.name) != getattr(_EMPTY, f.name)}
    if "text" in used and not flt.text.strip():
        used.discard("text")
    return used


def where(flt: FeedbackFilter | None, table: str) -> tuple[str, list[object]] | None:
    """`(sql, params)` over `table` for `flt`, or None when the table cannot answer it."""
    flt = flt or _EMPTY
    if not _used(flt) <= _SERVES[table]:
        return None
    parts: list[str] = []
    params: list[object] = []
    if flt.sources:
        parts.append(f"source_id IN ({', '.join('?' for _ in flt.sources)})")
        params.extend(flt.sources)
    if flt.categories:
        ranges = sorted(CATEGORY_SCORES[c] for c in flt.categories)
        parts.append("(" + " OR ".join("score BETWEEN ? AND ?" for _ in ranges) + ")")
        params.extend(v for pair in ranges for v in pair)
    if flt.score_min is not None:
        parts.append("score >= ?")
        params.append(flt.score_min)
    if flt.score_max is not None:
        parts.append("score <= ?")
        params.append(flt.score_max)
    if flt.date_from is not None or flt.date_to is not None:
        parts.append("day != ''")  # undated items: the feedback query's NULL never compares
    if flt.date_from is not None:
        parts.append("day >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        parts.append("day <= ?")
        params.append(flt.date_to.isoformat())
    return " AND ".join(parts) or "1 = 1", params


def score_counts(
    conn: sqlite3.Connection, flt: FeedbackFilter | None, key: str | None = None
) -> list[tuple[Any, int, int]] | None:
    """(key, score, answers) rows from the answers table, key one of None, 'source', 'day';
    None when the tables cannot answer the filter. Source 0 and day '' come back as None.

    A filter on one need without needs below it is answered from the need-by-source table:
    each item holds that need at most once, so its rows there are exactly the items."""
    if not _kept(conn):
        return None
    table, need = NPS, None
    if flt is not None and flt.needs:
        need = _single_leaf(conn, flt.needs)
        if need is None:
            return None
        table, flt = NEEDS_BY_SOURCE, replace(flt, needs=())
    found = where(flt, table)
    if found is None:
        return None
    sql, params = found
    if need is not None:
        sql, params = f"need_id = ? AND {sql}", [need, *params]
    column = {None: "NULL", "source": "nullif(source_id, 0)", "day": "nullif(day, '')"}[key]
    return run(
        conn, f"SELECT {column} AS k, score, sum(n) FROM {table} WHERE {sql}"
        " GROUP BY k, score HAVING sum(n) > 0", params
    ).fetchall()


def _single_leaf(conn: sqlite3.Connection, needs: tuple[int, ...]) -> int | None:
    if len(needs) != 1:
        return None
    has_children = run(
        conn, "SELECT 1 FROM need WHERE parent_id = ? LIMIT 1", (needs[0],)
    ).fetchone()
    return None if has_children else needs[0]


def need_counts(
    conn: sqlite3.Connection, flt: FeedbackFilter | None
) -> list[tuple[int, int, int]] | None:
    """(need id, score, answers) rows, or None when the need tables cannot answer the filter.
    A source filter reads the table keyed by source first (a range per source); without one,
    the smaller table without sources."""
    if not _kept(conn):
        return None
    table = NEEDS_BY_SOURCE if flt is not None and flt.sources else NEEDS
    found = where(flt, table)
    if found is None:
        return None
    sql, params = found
    return run(
        conn, f"SELECT need_id, score, sum(n) FROM {table} WHERE {sql}"
        " GROUP BY need_id, score HAVING sum(n) > 0", params
    ).fetchall()


def rating_counts(
    conn: sqlite3.Connection, flt: FeedbackFilter | None
) -> list[tuple[Any, ...]] | None:
    """(source name, scale, stars, answers, sum of ratings) rows, or None."""
    if not _kept(conn):
        return None
    found = where(flt, RATINGS)
    if found is None:
        return None
    sql, params = found
    # the name is grouped too: PostgreSQL wants every selected column grouped
    return run(
        conn, "SELECT source.name, nullif(r.scale, 0), r.stars, sum(r.n), sum(r.total)"
        f" FROM (SELECT source_id, scale, stars, n, total FROM {RATINGS} WHERE {sql}) AS r"
        " LEFT JOIN source ON source.id = r.source_id"
        " GROUP BY r.source_id, r.scale, r.stars, source.name HAVING sum(r.n) > 0", params
    ).fetchall()


def open_counts(
    conn: sqlite3.Connection, flt: FeedbackFilter | None
) -> list[tuple[Any, ...]] | None:
    """(assignee id or None, name, open items) rows, or None."""
    if not _kept(conn):
        return None
    found = where(flt, OPEN)
    if found is None:
        return None
    sql, params = found
    return run(
        conn, "SELECT nullif(o.assignee_id, 0), person.name, sum(o.n)"
        f" FROM (SELECT assignee_id, n FROM {OPEN} WHERE {sql}) AS o"
        " LEFT JOIN person ON person.id = o.assignee_id"
        " GROUP BY o.assignee_id, person.name HAVING sum(o.n) > 0", params
    ).fetchall()


def _kept(conn: Any) -> bool:
    """Whether the summary tables are kept on this connection's database: always on SQLite,
    on PostgreSQL from revision 0010 on (a catalog lookup, well under a millisecond)."""
    return not is_postgres(conn) or summaries.pg_kept(conn)


def period_key(day: str | date | None, period: str) -> str | None:
    """The key `nps_service` gives a day in `period`: 'YYYY-Www' (ISO 8601), 'YYYY-MM',
    'YYYY-Qn' or 'YYYY'; None for an undated item."""
    if day is None or day == "":
        return None
    value = day if isinstance(day, date) else date.fromisoformat(str(day)[:10])
    if period == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return f"{value.year}-{value.month:02d}"
    if period == "quarter":
        return f"{value.year}-Q{(value.month + 2) // 3}"
    if period == "year":
        return f"{value.year}"
    raise ValueError(f"unknown period {period!r}")
