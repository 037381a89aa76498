"""Browsing the catalogue's feedback: counts, keyset pages, positional rows and one item's detail.

Order: newest first — `received_on DESC, id DESC`, undated rows last — which the index
ix_feedback_received_on_id walks without sorting. Pages are found by *keyset* (the sort key
of the row before), never by OFFSET over large depths (DESIGN.md §3: OFFSET at depth 500k
takes 600 ms, a keyset page 1–3 ms).

Row N for any N (a table view jumping to its end or dragged to the middle) comes from
`Positions`: the row count and the sort key of every `stride`-th row, found in one pass over
the index. Row N is then a keyset seek from anchor N // stride plus a short OFFSET (< stride).
Without positions, rows near either end are still cheap (the end is read backwards).

On a team catalogue (PostgreSQL) the same functions run their own SQL (the planner picks the
index; no INDEXED BY there): pages and seeks read the dated rows, then the undated ones, each
phase a range of ix_feedback_received_on_id; positions number the matches with row_number().
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.dialect import is_postgres, run
from advocacy_desktop.domain.nps import Category, classify
from advocacy_desktop.services import feedback_search
from advocacy_desktop.services.feedback_filters import (
    CATEGORY_SCORES,
    FeedbackFilter,
    where_clause,
)

__all__ = [
    "CATEGORY_SCORES",
    "FeedbackDetail",
    "FeedbackFilter",
    "FeedbackRowView",
    "HistoryEntry",
    "Positions",
    "SortKey",
    "count",
    "detail",
    "page",
    "positions",
    "rows_at",
]

EXCERPT_CHARS = 200
ANCHOR_STRIDE = 200
#: the unfiltered order hops through the index alone: longer strides cost nothing there
INDEX_STRIDE = 1000


@dataclass(frozen=True)
class SortKey:
    """Where a row sits in the order: its date (ISO text, None last) and id."""

    received_on: str | None
    id: int


@dataclass(frozen=True)
class FeedbackRowView:
    id: int
    received_on: date | None
    source: str | None
    score: int | None
    category: Category | None
    rating: float | None
    rating_scale: int | None
    excerpt: str
    needs: str
    assignee: str | None
    status: str
    version: int = 0
    """The row's version when read: edits carry it back (services/concurrency.py)."""

    @property
    def key(self) -> SortKey:
        day = self.received_on
        return SortKey(None if day is None else day.isoformat(), self.id)


@dataclass(frozen=True)
class Positions:
    """The row count of a filter and the sort key of rows 0, stride, 2 * stride, …"""

    count: int
    stride: int
    anchors: tuple[SortKey, ...]
    walk: bool = True
    """whether pages walk the order's index (many matches) or sort the matches (few)"""


@dataclass(frozen=True)
class HistoryEntry:
    at: str | None
    actor: str | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass(frozen=True)
class FeedbackDetail:
    id: int
    uuid: str
    received_on: date | None
    source: str | None
    score: int | None
    category: Category | None
    rating: float | None
    rating_scale: int | None
    text: str
    language: str | None
    channel: str | None
    country: str | None
    product: str | None
    status: str
    assignee: str | None
    notes: str | None
    external_id: str | None
    customer_id: int | None
    customer_name: str | None
    customer_email: str | None
    needs: tuple[str, ...]
    batch_id: int | None
    batch_file: str | None
    extra: dict[str, Any]
    history: tuple[HistoryEntry, ...]
    version: int = 0
    """The item's version when read: edits carry it back (services/concurrency.py)."""
    due_on: date | None = None


_COLUMNS = (
    "feedback.id, feedback.received_on, source.name, feedback.score, feedback.rating,"
    " feedback.rating_scale, substr(feedback.text, 1, ?),"
    " (SELECT group_concat(need.name, ', ') FROM feedback_need"
    "  JOIN need ON need.id = feedback_need.need_id"
    "  WHERE feedback_need.feedback_id = feedback.id),"
    " person.name, feedback.status, feedback.version"
)
_JOINS = (
    " LEFT JOIN source ON source.id = feedback.source_id"
    " LEFT JOIN person ON person.id = feedback.assignee_id"
)
_COLUMNS_PG = _COLUMNS.replace("group_concat(", "string_agg(")


def _pg() -> Any:
    """The PostgreSQL half of these queries (imported on first use: it imports this module)."""
    from advocacy_desktop.services import feedback_query_pg

    return feedback_query_pg


@contextmanager
def _reading(catalogue: Catalogue) -> Iterator[sqlite3.Connection]:
    """The raw connection of a read session: one consistent snapshot, no ORM per row."""
    with catalogue.read() as session:
        yield session.connection().connection.driver_connection


def _category(score: int | None) -> Category | None:
    return None if score is None else classify(int(score))


def _view(row: tuple[Any, ...]) -> FeedbackRowView:
    ident, day, source, score, rating, scale, excerpt, needs, assignee, status, version = row
    return FeedbackRowView(
        id=ident,
        received_on=day if day is None or isinstance(day, date) else date.fromisoformat(day),
        source=source,
        score=score,
        category=_category(score),
        rating=rating,
        rating_scale=scale,
        excerpt=" ".join((excerpt or "").split()),  # one line in a table cell
        needs=needs or "",
        assignee=assignee,
        status=status,
        version=int(version or 0),
    )


def _only(flt: FeedbackFilter, *fields: str) -> bool:
    """True when no field of the filter but `fields` filters anything."""
    return replace(flt, **{name: getattr(FeedbackFilter(), name) for name in fields}).is_empty


def _count(conn: sqlite3.Connection, flt: FeedbackFilter) -> int:
    if is_postgres(conn):
        where, params = where_clause(flt, postgres=True)
        return int(run(conn, f"SELECT count(*) FROM feedback WHERE {where}", params)
                   .fetchone()[0])
    rowids = feedback_search.rowid_query(flt.text) if _only(flt, "text") else None
    if rowids is not None:  # straight from the index: no row of feedback is read
        sql, params = rowids
        return int(conn.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0])
    where, params = where_clause(flt)
    return int(conn.execute(f"SELECT count(*) FROM feedback WHERE {where}", params).fetchone()[0])


def count(catalogue: Catalogue, flt: FeedbackFilter) -> int:
    with _reading(catalogue) as conn:
        return _count(conn, flt)


def _walks_the_order(conn: sqlite3.Connection, flt: FeedbackFilter, limit: int) -> bool:
    """Whether a page should walk the (received_on, id) index and test each row (many
    matches: a page is found after a few thousand steps), or let SQLite fetch the matches by
    their own index and sort them (few matches). Left alone, SQLite sorts 40k detractors of
    one source for every page (60 ms) where walking takes 3 ms. The break-even number of
    matches is about sqrt(limit x rows)."""
    if _only(flt, "date_from", "date_to"):
        return True
    size = int(conn.execute("SELECT coalesce(max(id), 0) FROM feedback").fetchone()[0])
    threshold = math.isqrt(max(limit, 50) * size) + 1
    if _only(flt, "text") and feedback_search.rowid_query(flt.text) is not None:
        return _count(conn, flt) >= threshold
    where, params = where_clause(flt)
    probe = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM feedback WHERE {where} LIMIT ?)",
        [*params, threshold],
    ).fetchone()[0]
    return int(probe) >= threshold


def _seek(
    conn: sqlite3.Connection,
    flt: FeedbackFilter,
    *,
    after: SortKey | None,
    inclusive: bool,
    offset: int,
    limit: int,
    walk: bool,
    descending: bool = True,
    columns: str = _COLUMNS,
    column_params: tuple[object, ...] = (EXCERPT_CHARS,),
    joins: str = _JOINS,
) -> list[tuple[Any, ...]]:
    """Up to `limit` rows after `after` (or from the start), skipping `offset` of them first.

    Dated and undated rows are read in two phases (dated first when descending), each a range
    of the (received_on, id) index; the keyset condition applies to the phase `after` is in.
    """
    where, params = where_clause(flt)
    op = ("<" if descending else ">") + ("=" if inclusive else "")
    direction = "DESC" if descending else "ASC"
    dated = ("feedback.received_on IS NOT NULL", "(feedback.received_on, feedback.id) {op} (?, ?)")
    undated = ("feedback.received_on IS NULL", "feedback.id {op} ?")
    phases = [dated, undated] if descending else [undated, dated]
    if after is not None:
        phases = phases[phases.index(dated if after.received_on is not None else undated) :]
    table = "feedback INDEXED BY ix_feedback_received_on_id" if walk else "feedback"
    rows: list[tuple[Any, ...]] = []
    for phase in phases:
        zone, keyset = phase
        conditions = [zone, where]
        phase_params = list(params)
        if after is not None and phase is phases[0]:
            conditions.append(keyset.format(op=op))
            phase_params += [after.received_on, after.id] if phase is dated else [after.id]
        sql = f"WHERE {' AND '.join(conditions)}"
        found = conn.execute(
            f"SELECT {columns} FROM {table}{joins} {sql} ORDER BY feedback.received_on"
            f" {direction}, feedback.id {direction} LIMIT ? OFFSET ?",
            [*column_params, *phase_params, limit - len(rows), offset],
        ).fetchall()
        rows.extend(found)
        if len(rows) >= limit:
            break
        if offset:
            if found:
                offset = 0
            else:  # the whole phase was skipped: how many rows did it have? (< offset)
                skipped = conn.execute(
                    f"SELECT count(*) FROM (SELECT 1 FROM {table} {sql} LIMIT ?)",
                    [*phase_params, offset],
                ).fetchone()[0]
                offset -= int(skipped)
    return rows


def page(
    catalogue: Catalogue, flt: FeedbackFilter, *, after: SortKey | None = None, limit: int = 200
) -> list[FeedbackRowView]:
    """The `limit` rows that follow `after` in the order (the first rows when None)."""
    with _reading(catalogue) as conn:
        if is_postgres(conn):
            found = _pg().pg_page(conn, flt, after, limit)
        else:
            walk = _walks_the_order(conn, flt, limit)
            found = _seek(conn, flt, after=after, inclusive=False, offset=0, limit=limit,
                          walk=walk)
    return [_view(row) for row in found]


def positions(
    catalogue: Catalogue,
    flt: FeedbackFilter,
    *,
    stride: int | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Positions:
    """Count the rows and note the key of every `stride`-th one (1M rows: ~110 ms unfiltered,
    ~150 ms filtered, best done off the UI thread)."""
    anchors: list[SortKey] = []
    hops = _only(flt, "date_from", "date_to")
    stride = stride or (INDEX_STRIDE if hops else ANCHOR_STRIDE)
    keys_only = {"columns": "feedback.received_on, feedback.id", "column_params": (), "joins": ""}
    with _reading(catalogue) as conn:
        if is_postgres(conn):
            return _pg().pg_positions(conn, flt, stride, should_cancel)
        walk = _walks_the_order(conn, flt, 200)
        if hops:
            # The index alone answers: hop `stride` entries at a time, all inside SQLite, and
            # count what follows the last anchor. No second index is read for the count,
            # which keeps the page cache (the memory) small.
            after: SortKey | None = None
            while True:
                found = _seek(
                    conn,
                    flt,
                    after=after,
                    inclusive=after is None,
                    offset=0 if after is None else stride - 1,
                    limit=1,
                    walk=True,
                    **keys_only,
                )
                if not found or (should_cancel is not None and should_cancel()):
                    break
                after = SortKey(*found[0])
                anchors.append(after)
            tail = 0
            if anchors:
                tail = len(
                    _seek(
                        conn,
                        flt,
                        after=anchors[-1],
                        inclusive=True,
                        offset=0,
                        limit=stride,
                        walk=True,
                        **keys_only,
                    )
                )
            total = max(len(anchors) - 1, 0) * stride + tail
        else:  # a filter on other columns: one pass numbering the matches
            total = _count(conn, flt)
            where, params = where_clause(flt)
            cursor = conn.execute(
                "SELECT received_on, id FROM (SELECT feedback.received_on, feedback.id,"
                " row_number() OVER (ORDER BY feedback.received_on DESC, feedback.id DESC) - 1"
                f" AS n FROM feedback WHERE {where}) WHERE n % ? = 0",
                [*params, stride],
            )
            for day, ident in cursor:
                anchors.append(SortKey(day, ident))
                if should_cancel is not None and should_cancel():
                    break
        # The pass read a whole index into this connection's page cache (1M rows: ~25 MB)
        # that no page will need again: give it back.
        conn.execute("PRAGMA shrink_memory")
    return Positions(count=total, stride=stride, anchors=tuple(anchors), walk=walk)


def rows_at(
    catalogue: Catalogue,
    flt: FeedbackFilter,
    start: int,
    limit: int,
    *,
    known: Positions | None = None,
    total: int | None = None,
) -> list[FeedbackRowView]:
    """Rows start … start + limit - 1 of the order. With `known` positions any depth costs a
    keyset seek; without, rows near the start, or near the end when `total` is given, are
    cheap, and anything else falls back to OFFSET (slow at depth: avoid)."""
    with _reading(catalogue) as conn:
        if is_postgres(conn):
            return [_view(row) for row in _pg().pg_rows_at(conn, flt, start, limit, known)]
        walk = known.walk if known is not None else _walks_the_order(conn, flt, limit)
        if known is not None and known.anchors:
            k = min(start // known.stride, len(known.anchors) - 1)
            found = _seek(
                conn,
                flt,
                after=known.anchors[k],
                inclusive=True,
                offset=start - k * known.stride,
                limit=limit,
                walk=walk,
            )
        elif total is not None and start > total // 2:
            stop = min(total, start + limit)
            found = _seek(
                conn,
                flt,
                after=None,
                inclusive=False,
                offset=total - stop,
                limit=stop - start,
                walk=walk,
                descending=False,
            )[::-1]
        else:
            found = _seek(
                conn, flt, after=None, inclusive=False, offset=start, limit=limit, walk=walk
            )
    return [_view(row) for row in found]


def _json(value: Any) -> Any:
    """A JSON column's value: text on SQLite, already decoded by psycopg on PostgreSQL."""
    import json

    if not value:
        return None
    return json.loads(value) if isinstance(value, str | bytes) else value


def detail(catalogue: Catalogue, feedback_id: int) -> FeedbackDetail | None:
    """Everything about one item, or None when it is gone."""
    with _reading(catalogue) as conn:
        row = run(
            conn,
            "SELECT feedback.id, feedback.uuid, feedback.received_on, source.name,"
            " feedback.score, feedback.rating, feedback.rating_scale, feedback.text,"
            " feedback.language, feedback.channel, feedback.country, feedback.product,"
            " feedback.status, person.name, feedback.notes, feedback.external_id,"
            " customer.id, customer.name, customer.email, feedback.batch_id,"
            " import_batch.file_name, feedback.extra, feedback.version, feedback.due_on"
            f" FROM feedback{_JOINS} LEFT JOIN customer ON customer.id = feedback.customer_id"
            " LEFT JOIN import_batch ON import_batch.id = feedback.batch_id"
            " WHERE feedback.id = ?",
            (feedback_id,),
        ).fetchone()
        if row is None:
            return None
        needs = tuple(
            name
            for (name,) in run(
                conn,
                "SELECT need.name FROM feedback_need JOIN need ON need.id = feedback_need.need_id"
                " WHERE feedback_need.feedback_id = ? ORDER BY need.position, need.name",
                (feedback_id,),
            )
        )
        history = tuple(
            HistoryEntry(
                at=at if at is None or isinstance(at, str) else f"{at:%Y-%m-%d %H:%M:%S}",
                actor=actor,
                action=action,
                before=_json(before),
                after=_json(after),
            )
            for at, actor, action, before, after in run(
                conn,
                "SELECT at, actor, action, before, after FROM audit_log"
                " WHERE entity = 'feedback' AND entity_id = ? ORDER BY at, id",
                (str(feedback_id),),
            )
        )
    day = row[2]
    extra = _json(row[21]) or {}
    return FeedbackDetail(
        id=row[0],
        uuid=row[1],
        received_on=day if day is None or isinstance(day, date) else date.fromisoformat(day),
        source=row[3],
        score=row[4],
        category=_category(row[4]),
        rating=row[5],
        rating_scale=row[6],
        text=row[7] or "",
        language=row[8],
        channel=row[9],
        country=row[10],
        product=row[11],
        status=row[12],
        assignee=row[13],
        notes=row[14],
        external_id=row[15],
        customer_id=row[16],
        customer_name=row[17],
        customer_email=row[18],
        needs=needs,
        batch_id=row[19],
        batch_file=row[20],
        extra=extra if isinstance(extra, dict) else {"value": extra},
        history=history,
        version=int(row[22] or 0),
        due_on=None if row[23] is None else date.fromisoformat(str(row[23])[:10]),
    )
