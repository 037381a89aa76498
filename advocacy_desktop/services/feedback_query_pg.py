"""The browser's queries on a PostgreSQL team catalogue, called by `feedback_query`: keyset
pages, positions and rows at a position in PostgreSQL's spelling. One planner trap is avoided
here: a prefix search is estimated at a fixed share of the rows whatever the word, so for a
rare word the planner walked the date index testing every row (4.5 s on 1M items); the few
matching ids are read through the GIN indexes first and passed as an array (`pg_hits`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from typing import Any

from advocacy_desktop.db.dialect import run
from advocacy_desktop.services import feedback_search
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.feedback_query import (
    _COLUMNS_PG,
    _JOINS,
    EXCERPT_CHARS,
    Positions,
    SortKey,
    _count,
)


def pg_hits(conn: Any, flt: FeedbackFilter, limit: int) -> list[int] | None:
    """The ids of a search's matches on PostgreSQL when they are few (a page then sorts them),
    None when a page should walk ix_feedback_received_on_id and test each row (many). The
    planner cannot tell: it guesses a fixed share of the rows for any prefix query, so a word
    found once made it walk and test all 1M rows (3.8 s). The ids come from the GIN indexes,
    at most the break-even number of `_walks_the_order`; no probe for terms of 1-2 letters
    that the trigram index cannot serve (a page walks, as before)."""
    if not feedback_search.pg_indexed(flt.text):
        return None
    where, params = where_clause(flt, postgres=True)
    size = int(run(conn, "SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0])
    threshold = math.isqrt(max(limit, 50) * size) + 1
    ids = [row[0] for row in run(
        conn,  # materialised: the planner cannot turn it into the walk
        f"WITH hits AS MATERIALIZED (SELECT feedback.id FROM feedback WHERE {where})"
        " SELECT id FROM hits LIMIT ?",
        [*params, threshold],
    )]
    return ids if len(ids) < threshold else None


def pg_where(conn: Any, flt: FeedbackFilter, limit: int) -> tuple[str, list[object]]:
    """The filter's condition on PostgreSQL, or — a search with few matches — their ids (read
    by the primary key; the array's length is the planner's estimate, and pages sort them)."""
    hits = pg_hits(conn, flt, limit)
    if hits is not None:
        return "feedback.id = ANY(?)", [hits]
    where, params = where_clause(flt, postgres=True)
    return where, list(params)


def pg_page(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, limit: int
) -> list[tuple[Any, ...]]:
    """`page` on PostgreSQL: the dated rows newest first, then the undated ones, each phase a
    range of ix_feedback_received_on_id read backwards (a DESC NULLS LAST order could not),
    or the few matches of a search sorted (`pg_hits`)."""
    where, params = pg_where(conn, flt, limit)
    rows: list[tuple[Any, ...]] = []
    for dated in (True, False):
        if after is not None and dated and after.received_on is None:
            continue  # `after` is undated: the dated rows are all before it
        conditions = [f"feedback.received_on IS {'NOT ' if dated else ''}NULL", where]
        phase_params = list(params)
        if after is not None and (after.received_on is not None) == dated:
            if dated:
                conditions.append("(feedback.received_on, feedback.id) < (?, ?)")
                phase_params += [date.fromisoformat(str(after.received_on)), after.id]
            else:
                conditions.append("feedback.id < ?")
                phase_params.append(after.id)
        rows += run(
            conn,
            f"SELECT {_COLUMNS_PG} FROM feedback{_JOINS} WHERE {' AND '.join(conditions)}"
            " ORDER BY feedback.received_on DESC, feedback.id DESC LIMIT ?",
            [EXCERPT_CHARS, *phase_params, limit - len(rows)],
        ).fetchall()
        if len(rows) >= limit:
            break
    return rows


def pg_seek(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, *, inclusive: bool, offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """`_seek` on PostgreSQL: the rows from `after` on (itself too when `inclusive`), skipping
    `offset`; dated rows newest first, then undated ones, each phase an index range."""
    where, params = pg_where(conn, flt, limit)
    rows: list[tuple[Any, ...]] = []
    op = "<=" if inclusive else "<"
    for dated in (True, False):
        if after is not None and dated and after.received_on is None:
            continue  # `after` is undated: the dated rows are all before it
        conditions = [f"feedback.received_on IS {'NOT ' if dated else ''}NULL", where]
        phase = list(params)
        if after is not None and (after.received_on is not None) == dated:
            if dated:
                conditions.append(f"(feedback.received_on, feedback.id) {op} (?, ?)")
                phase += [date.fromisoformat(str(after.received_on)[:10]), after.id]
            else:
                conditions.append(f"feedback.id {op} ?")
                phase.append(after.id)
        condition = " AND ".join(conditions)
        found = run(
            conn,
            f"SELECT {_COLUMNS_PG} FROM feedback{_JOINS} WHERE {condition}"
            " ORDER BY feedback.received_on DESC, feedback.id DESC LIMIT ? OFFSET ?",
            [EXCERPT_CHARS, *phase, limit - len(rows), offset],
        ).fetchall()
        if not found and offset:  # the offset reaches past this phase: count what it skipped
            skipped = run(conn, f"SELECT count(*) FROM feedback WHERE {condition}",
                          phase).fetchone()[0]
            offset = max(0, offset - int(skipped))
        else:
            offset = 0
        rows += found
        if len(rows) >= limit:
            break
    return rows


def pg_positions(
    conn: Any, flt: FeedbackFilter, stride: int, should_cancel: Callable[[], bool] | None
) -> Positions:
    """`positions` on PostgreSQL: the count, and every `stride`-th key numbered in one pass."""
    total = _count(conn, flt)
    where, params = where_clause(flt, postgres=True)
    anchors: list[SortKey] = []
    cursor = run(
        conn,
        "SELECT received_on, id FROM (SELECT feedback.received_on, feedback.id, row_number()"
        " OVER (ORDER BY feedback.received_on DESC NULLS LAST, feedback.id DESC) - 1 AS n"
        f" FROM feedback WHERE {where}) AS numbered WHERE n % ? = 0 ORDER BY n",
        [*params, stride],
    )
    for day, ident in cursor:
        anchors.append(SortKey(None if day is None else day.isoformat(), ident))
        if should_cancel is not None and should_cancel():
            break
    return Positions(count=total, stride=stride, anchors=tuple(anchors), walk=False)


def pg_rows_at(
    conn: Any, flt: FeedbackFilter, start: int, limit: int, known: Positions | None
) -> list[tuple[Any, ...]]:
    if known is not None and known.anchors:
        k = min(start // known.stride, len(known.anchors) - 1)
        return pg_seek(conn, flt, known.anchors[k], inclusive=True,
                        offset=start - k * known.stride, limit=limit)
    return pg_seek(conn, flt, None, inclusive=False, offset=start, limit=limit)
