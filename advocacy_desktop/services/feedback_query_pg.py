"""The browser's queries on a PostgreSQL team catalogue, called by `feedback_query`: keyset
pages, positions and rows at a position in PostgreSQL's spelling.

A search needs care, because the planner cannot tell a common word from a rare one: it
estimates a fixed 2% of the rows for any prefix query. Left alone it walked the date index
testing every row for a word found once (3.8 s on 1M items), or sorted 100k matches for the
first page of a common one. So a search's page is found in two ways, the cheap one first:

1. walk ix_feedback_received_on_id in the order, testing each row's stored words (revision
   0012: about 1.5 us a row): first 20 rows per row wanted (a word in every tenth row: a page
   of 200 after ~2,000 rows, 3-5 ms; a rare word: 4,000 rows, ~6 ms); if that stretch found
   some matches but not enough, on up to `walk_budget` rows when the rate seen promises a
   page within it;
2. else (no match in the first stretch, or too few) the matches are read through the GIN
   index and sorted (`_from_hits`): few matches cost little, and no search costs more than
   reading its matches once (100k matches: ~80 ms).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
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

_ORDER = "ORDER BY feedback.received_on DESC, feedback.id DESC"
#: the first stretch a search walks, in rows per row wanted: a page of a word in every 20th
#: row is found there; none found in it means a rare word (its matches are read at once)
FIRST_WALK = 20


def walk_budget(conn: Any, wanted: int) -> int:
    """How many rows a search's walk may test before the matches are read from the index:
    the break-even sqrt(wanted x rows) of the two ways (each costs about 1 us a row)."""
    size = int(run(conn, "SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0])
    return math.isqrt(max(wanted, 50) * size) + 1


def _phases(
    after: SortKey | None, inclusive: bool
) -> list[tuple[str, list[object]]]:
    """The dated rows newest first, then the undated ones: each phase a range of
    ix_feedback_received_on_id read backwards (a DESC NULLS LAST order could not), with the
    keyset condition on the phase `after` is in."""
    op = "<=" if inclusive else "<"
    phases: list[tuple[str, list[object]]] = []
    for dated in (True, False):
        if after is not None and dated and after.received_on is None:
            continue  # `after` is undated: the dated rows are all before it
        condition = f"feedback.received_on IS {'NOT ' if dated else ''}NULL"
        params: list[object] = []
        if after is not None and (after.received_on is not None) == dated:
            if dated:
                condition += f" AND (feedback.received_on, feedback.id) {op} (?, ?)"
                params += [date.fromisoformat(str(after.received_on)[:10]), after.id]
            else:
                condition += f" AND feedback.id {op} ?"
                params.append(after.id)
        phases.append((condition, params))
    return phases


def _planned(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, *, inclusive: bool, offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Rows of a filter without a search: each phase as the planner reads it."""
    where, params = where_clause(flt, postgres=True)
    rows: list[tuple[Any, ...]] = []
    for zone, zone_params in _phases(after, inclusive):
        condition = f"{zone} AND {where}"
        phase = [*zone_params, *params]
        found = run(
            conn,
            f"SELECT {_COLUMNS_PG} FROM feedback{_JOINS} WHERE {condition} {_ORDER}"
            " LIMIT ? OFFSET ?",
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


def _walked(
    conn: Any, flt: FeedbackFilter, text: tuple[str, list[object]], after: SortKey | None, *,
    inclusive: bool, offset: int, limit: int, budget: int,
) -> tuple[list[tuple[Any, ...]], bool]:
    """Rows of a search found by walking the order, testing at most `budget` rows a phase,
    and whether they are all the rows asked for (False: the walk stopped at its budget)."""
    where, params = where_clause(replace(flt, text=""), postgres=True)
    text_sql, text_params = text
    rows: list[tuple[Any, ...]] = []
    for zone, zone_params in _phases(after, inclusive):
        walk = f"FROM feedback WHERE {zone} AND {where} {_ORDER} LIMIT ?"
        walk_params = [*zone_params, *params, budget]
        # The subquery is the walk (its LIMIT keeps the text test out of it); naming it
        # `feedback` lets the search's SQL and the joins read its columns.
        found = run(
            conn,
            f"SELECT {_COLUMNS_PG} FROM (SELECT feedback.* {walk}) AS feedback{_JOINS}"
            f" WHERE {text_sql} {_ORDER} LIMIT ? OFFSET ?",
            [EXCERPT_CHARS, *walk_params, *text_params, limit - len(rows), offset],
        ).fetchall()
        rows += found
        if len(rows) >= limit:
            return rows, True
        walked = run(conn, f"SELECT count(*) FROM (SELECT 1 {walk}) AS walked",
                     walk_params).fetchone()[0]
        if walked >= budget or (offset and not found):
            return rows, False  # stopped at the budget, or the offset's rows were not counted
        offset = 0
    return rows, True


def _from_hits(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, *, inclusive: bool, offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Rows of a search from its matches, read through the search indexes (a bitmap of
    every match, materialised so the planner cannot turn it back into a walk), then sorted:
    both phases in one statement, undated rows last."""
    where, params = where_clause(flt, postgres=True)
    keyset, keyset_params = "TRUE", []
    if after is not None:
        op = "<=" if inclusive else "<"
        if after.received_on is None:
            keyset = f"hits.received_on IS NULL AND hits.id {op} ?"
            keyset_params = [after.id]
        else:
            keyset = f"((hits.received_on, hits.id) {op} (?, ?) OR hits.received_on IS NULL)"
            keyset_params = [date.fromisoformat(str(after.received_on)[:10]), after.id]
    return run(
        conn,
        "WITH hits AS MATERIALIZED (SELECT feedback.id, feedback.received_on FROM feedback"
        f" WHERE {where}) SELECT {_COLUMNS_PG} FROM (SELECT hits.id FROM hits WHERE {keyset}"
        " ORDER BY hits.received_on DESC NULLS LAST, hits.id DESC LIMIT ? OFFSET ?) AS page"
        f" JOIN feedback ON feedback.id = page.id{_JOINS}"
        " ORDER BY feedback.received_on DESC NULLS LAST, feedback.id DESC",
        [*params, EXCERPT_CHARS, *keyset_params, limit, offset],
    ).fetchall()


def pg_rows(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, *, inclusive: bool, offset: int,
    limit: int,
) -> list[tuple[Any, ...]]:
    """Up to `limit` rows from `after` on (itself too when `inclusive`; all when None),
    skipping `offset` first: dated rows newest first, then undated ones."""
    text = feedback_search.text_condition(flt.text, postgres=True)
    if text is None:
        return _planned(conn, flt, after, inclusive=inclusive, offset=offset, limit=limit)
    wanted = offset + limit
    budget = walk_budget(conn, wanted)
    first = min(budget, FIRST_WALK * wanted)
    found, complete = _walked(conn, flt, text, after, inclusive=inclusive, offset=offset,
                              limit=limit, budget=first)
    if not complete and found and first < budget and wanted * first <= budget * len(found):
        # the first stretch had matches: at that rate the whole budget finds the page
        found, complete = _walked(conn, flt, text, after, inclusive=inclusive, offset=offset,
                                  limit=limit, budget=budget)
    if complete:
        return found
    return _from_hits(conn, flt, after, inclusive=inclusive, offset=offset, limit=limit)


def pg_page(
    conn: Any, flt: FeedbackFilter, after: SortKey | None, limit: int
) -> list[tuple[Any, ...]]:
    """`page` on PostgreSQL."""
    return pg_rows(conn, flt, after, inclusive=False, offset=0, limit=limit)


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
        return pg_rows(conn, flt, known.anchors[k], inclusive=True,
                       offset=start - k * known.stride, limit=limit)
    return pg_rows(conn, flt, None, inclusive=False, offset=start, limit=limit)
