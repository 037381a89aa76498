"""The NPS engine: NPS overall and grouped, one SQL GROUP BY query each, never a loop over rows.

The denominator is explicit: only 0-10 recommend answers (`feedback.score`) count. Blank scores
and items with only a star rating (`feedback.rating`) are never part of n. The margin of error
is the adjusted-Wald one of `domain.nps` (DESIGN.md §1).

Grouping `by`:
- `source`: the source's name (None for items without a source);
- `need`: the need's path; an item counts once in each need it carries, *at the need itself*
  (an item tagged "Price > Discounts" counts under that need, not under "Price");
- `week` ('YYYY-Www', ISO 8601), `month` ('YYYY-MM'), `quarter` ('YYYY-Qn'), `year` ('YYYY'),
  from `received_on` (None for undated items);
- `country`, `product`, `channel`: the column's value;
- any other name: that key of the `extra` JSON (the original spreadsheet columns).

On a team catalogue (PostgreSQL) the same queries run with PostgreSQL's spelling of the
period keys (`to_char`) and of the JSON key (`extra->>'key'`); from revision 0010 the summary
tables are kept there too (insert-only deltas, `db/summaries.py`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.db.dialect import is_postgres, run
from advocacy_desktop.domain.nps import SMALL_SAMPLE, NpsResult
from advocacy_desktop.services import summary_queries
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause
from advocacy_desktop.services.needs_service import PATH_SEPARATOR

PERIODS = ("week", "month", "quarter", "year")
COLUMNS = ("country", "product", "channel")
BY_CHOICES = ("source", "need", *PERIODS, *COLUMNS)

# Counting per (key, score) and folding the <= 11 scores of a key into the three categories
# afterwards is twice as fast as SUM(CASE ...) per row: the covering index (source_id, score)
# is walked in order and SQLite evaluates no expression per row (42 vs 82 ms on 1M rows).
_COUNTS = "feedback.score AS s, count(*)"


def fold_counts(rows: list[tuple[Any, int, int]]) -> dict[Any, list[int]]:
    """{key: [promoters, passives, detractors]} from (key, score, count) rows."""
    counts: dict[Any, list[int]] = {}
    for key, score, number in rows:
        slot = counts.setdefault(key, [0, 0, 0])
        slot[0 if score >= 9 else 1 if score >= 7 else 2] += number
    return counts


# The Thursday of an ISO week decides its year and number.
_THURSDAY = "date(feedback.received_on, '-3 days', 'weekday 4')"
_PERIOD_SQL = {
    "week": (
        f"strftime('%Y', {_THURSDAY}) || '-W' || "
        f"printf('%02d', (CAST(strftime('%j', {_THURSDAY}) AS INTEGER) - 1) / 7 + 1)"
    ),
    "month": "strftime('%Y-%m', feedback.received_on)",
    "quarter": (
        "strftime('%Y', feedback.received_on) || '-Q' || "
        "((CAST(strftime('%m', feedback.received_on) AS INTEGER) + 2) / 3)"
    ),
    "year": "strftime('%Y', feedback.received_on)",
}
#: the same keys on PostgreSQL, where received_on is a DATE (IYYY/IW: the ISO week's year)
_PERIOD_SQL_PG = {
    "week": "to_char(feedback.received_on, 'IYYY-\"W\"IW')",
    "month": "to_char(feedback.received_on, 'YYYY-MM')",
    "quarter": "to_char(feedback.received_on, 'YYYY-\"Q\"Q')",
    "year": "to_char(feedback.received_on, 'YYYY')",
}


@dataclass(frozen=True)
class NpsGroup:
    """NPS of one group. `low`/`high` bound the 95% adjusted-Wald interval."""

    key: str | None
    promoters: int
    passives: int
    detractors: int
    n: int
    nps: float | None
    moe95: float
    low: float
    high: float
    small_sample: bool

    @classmethod
    def from_counts(
        cls, key: str | None, promoters: int, passives: int, detractors: int,
        *, small: int = SMALL_SAMPLE,
    ) -> NpsGroup:
        result = NpsResult(promoters, passives, detractors)
        low, high = result.interval95
        return cls(key, promoters, passives, detractors, result.n, result.nps, result.moe95,
                   low, high, result.is_small_sample(small))

    def as_dict(self) -> dict[str, Any]:
        """The shape of `advocacy nps --json`: counts, NPS and moe95 rounded to 0.1."""
        return {
            "n": self.n,
            "promoters": self.promoters,
            "passives": self.passives,
            "detractors": self.detractors,
            "nps": None if self.nps is None else round(self.nps, 1),
            "moe95": round(self.moe95, 1),
        }


@dataclass(frozen=True)
class Change:
    delta: float | None
    """b.nps - a.nps in points; None when either has no answer."""
    significant: bool


def change(a: NpsGroup, b: NpsGroup) -> Change:
    """From period `a` to period `b`. Significant only when the two 95% intervals do not
    overlap: conservative (some real changes are not flagged), but never flags noise that the
    intervals themselves cannot tell apart."""
    if a.nps is None or b.nps is None:
        return Change(None, False)
    return Change(b.nps - a.nps, b.low > a.high or b.high < a.low)


@contextmanager
def _reading(catalogue: Catalogue) -> Iterator[sqlite3.Connection]:
    with catalogue.read() as session:
        yield session.connection().connection.driver_connection


def _where(flt: FeedbackFilter | None, postgres: bool = False) -> tuple[str, list[object]]:
    sql, params = where_clause(flt or FeedbackFilter(), counting=True, postgres=postgres)
    return f"feedback.score IS NOT NULL AND ({sql})", params


def overall(
    catalogue: Catalogue, flt: FeedbackFilter | None = None, *, small: int = SMALL_SAMPLE
) -> NpsGroup:
    """NPS over every item the filter keeps (key None)."""
    with _reading(catalogue) as conn:
        rows = summary_queries.score_counts(conn, flt)
        if rows is None:
            where, params = _where(flt, is_postgres(conn))
            rows = run(
                conn, f"SELECT NULL, {_COUNTS} FROM feedback WHERE {where} GROUP BY s", params
            ).fetchall()
    counts = fold_counts(rows).get(None, [0, 0, 0])
    return NpsGroup.from_counts(None, *counts, small=small)


def _extra_path(key: str) -> str:
    if not key or '"' in key or "\\" in key:
        raise ValueError(f"cannot group by {key!r}: give a column name without quotes")
    return f'$."{key}"'


def grouped(
    catalogue: Catalogue, by: str, flt: FeedbackFilter | None = None, *,
    small: int = SMALL_SAMPLE,
) -> list[NpsGroup]:
    """NPS per group, in key order (None last); groups without any 0-10 answer are left out.
    Source, need and period groups are counted from the summary tables when they can answer
    the filter (`summary_queries`), from the feedback rows otherwise."""
    with _reading(catalogue) as conn:
        rows = _summary_rows(conn, by, flt)
        if rows is None:
            rows = _feedback_rows(conn, by, flt)
        counts = fold_counts(rows)
        names = group_labels(conn, by)
    groups = []
    for key, (promoters, passives, detractors) in counts.items():
        if promoters + passives + detractors == 0:
            continue
        label = names.get(key) if names is not None else (None if key is None else str(key))
        groups.append(NpsGroup.from_counts(label, promoters, passives, detractors, small=small))
    return sorted(groups, key=lambda g: (g.key is None, g.key or ""))


def _summary_rows(
    conn: sqlite3.Connection, by: str, flt: FeedbackFilter | None
) -> list[tuple[Any, int, int]] | None:
    if by == "source":
        return summary_queries.score_counts(conn, flt, "source")
    if by == "need":
        return summary_queries.need_counts(conn, flt)
    if by in _PERIOD_SQL:
        days = summary_queries.score_counts(conn, flt, "day")
        if days is None:
            return None
        return [(summary_queries.period_key(day, by), score, n) for day, score, n in days]
    return None


def _feedback_rows(
    conn: sqlite3.Connection, by: str, flt: FeedbackFilter | None
) -> list[tuple[Any, int, int]]:
    postgres = is_postgres(conn)
    where, params = _where(flt, postgres)
    key_params: list[object] = []
    join = ""
    if by == "source":
        key_sql = "feedback.source_id"
    elif by == "need":
        key_sql = "feedback_need.need_id"
        join = " JOIN feedback_need ON feedback_need.feedback_id = feedback.id"
    elif by in _PERIOD_SQL:
        key_sql = (_PERIOD_SQL_PG if postgres else _PERIOD_SQL)[by]
    elif by in COLUMNS:
        key_sql = f"feedback.{by}"
    elif postgres:  # extra is JSON (not JSONB) there: ->> gives the value as text
        _extra_path(by)  # the same names are refused on both
        key_sql = "feedback.extra ->> ?"
        key_params.append(by)
    else:
        key_sql = "json_extract(feedback.extra, ?)"
        key_params.append(_extra_path(by))
    sql = (f"SELECT {key_sql} AS k, {_COUNTS} FROM feedback{join} WHERE {where}"
           " GROUP BY k, s")
    return run(conn, sql, [*key_params, *params]).fetchall()


def group_labels(conn: sqlite3.Connection, by: str) -> dict[Any, str] | None:
    """Labels for source and need ids: the source's name, the need's full path."""
    if by == "source":
        return dict(run(conn, "SELECT id, name FROM source").fetchall())
    if by == "need":
        # PostgreSQL wants one type for the path in both terms: name is a VARCHAR(n)
        name = "CAST(name AS TEXT)" if is_postgres(conn) else "name"
        rows = run(
            conn,
            "WITH RECURSIVE tree(id, path) AS ("
            f" SELECT id, {name} FROM need WHERE parent_id IS NULL"
            " UNION ALL SELECT need.id, tree.path || ? || need.name"
            " FROM need JOIN tree ON need.parent_id = tree.id)"
            " SELECT id, path FROM tree", (PATH_SEPARATOR,)
        ).fetchall()
        return dict(rows)
    return None
