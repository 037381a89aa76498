"""The NPS queries and search on a team catalogue give what they give on a file catalogue.

The same rows go into a SQLite catalogue (where the summary tables and FTS5 indexes answer)
and into a PostgreSQL one (summary tables kept by its own triggers from revision 0010, searched
through the full-text and trigram indexes of revision 0004); every figure must be equal on both.
"""

from __future__ import annotations

import contextlib
import os
import random
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from advocacy_desktop.db.dialect import is_postgres, to_pyformat
from advocacy_desktop.db.models import Base
from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import (
    catalogue_service,
    dashboard_service,
    feedback_query,
    feedback_query_pg,
    nps_analytics,
    nps_service,
    summary_queries,
)
from advocacy_desktop.services.feedback_filters import FeedbackFilter, where_clause

pytest.importorskip("psycopg", reason="the 'team' extra (psycopg) is not installed")

from advocacy_desktop.db.team import TeamCatalogue, open_team_catalogue

ITEMS = 640
SOURCES = {101: "Händler DE", 102: "Müşteri hattı", 103: "Survey 2024"}
NEEDS = [  # id, parent, name
    (201, None, "Delivery"), (202, 201, "Late"), (203, None, "Price"), (204, None, "Service"),
]
PEOPLE = {301: "Ayşe Yılmaz", 302: "Jonas Berg"}
TEXTS = [
    "Die Lieferung kam zu spät", "Verpackung beschädigt, Ware kaputt", "Lieferungen immer "
    "pünktlich", "Beschwerde über den Kundendienst", "Ware beschädigt angekommen",
    "IŞIK çok güzel", "ışık bozuk geldi", "Kargo hızlı, ürün harika", "İade işlemi yavaş",
    "고객서비스도 좋아요", "배송이 너무 늦어요", "택배송장 번호가 없어요", "서비스 최고",
    "제품 품질이 좋아요", "La consegna è arrivata in ritardo", "Servizio clienti eccellente",
    "prodotto difettoso, consegnato tardi", "Pengiriman cepat sekali", "Pelayanan sangat baik",
    "barang rusak saat pengiriman", None,
]
#: ISO-week edges: 2021-01-03 is 2020-W53, 2024-12-30 is 2025-W01
EDGE_DAYS = [date(2021, 1, 3), date(2021, 1, 4), date(2024, 12, 30), date(2024, 12, 29),
             date(2023, 1, 1), date(2022, 1, 2)]
START = date(2021, 1, 1)


def _rows() -> dict[str, list[dict[str, Any]]]:
    rng = random.Random(8)
    feedback, tags = [], []
    for ident in range(1, ITEMS + 1):
        if ident <= len(EDGE_DAYS) * 4:
            day: date | None = EDGE_DAYS[ident % len(EDGE_DAYS)]
        else:
            day = None if rng.random() < 0.06 else START + timedelta(days=rng.randrange(1461))
        rated = rng.random() < 0.25
        feedback.append({
            "id": ident,
            "uuid": f"{ident:032x}",
            "source_id": rng.choice([101, 101, 102, 103, None]),
            "received_on": day,
            "score": None if rng.random() < 0.15 else rng.randrange(11),
            "rating": rng.choice([1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0]) if rated else None,
            "rating_scale": rng.choice([5, 5, 10]) if rated else None,
            "text": rng.choice(TEXTS),
            "country": rng.choice(["DE", "TR", "KR", "IT", "ID", None]),
            "product": rng.choice(["Lamp", "Chair", None]),
            "channel": rng.choice(["web", "app", None]),
            "status": rng.choice(["new", "triaged", "in_progress", "resolved", "closed",
                                  "wont_fix"]),
            "assignee_id": rng.choice([301, 302, None]),
            "extra": rng.choice([None, {"store": "Berlin", "tier": 1}, {"store": "Roma"},
                                 {"store": "Seoul", "tier": 2}, {"tier": 3}]),
        })
        for need_id in rng.sample([201, 202, 203, 204], rng.choice([0, 0, 1, 1, 2])):
            tags.append({"feedback_id": ident, "need_id": need_id, "origin": "manual"})
    return {
        "person": [{"id": i, "uuid": f"p{i}", "name": n} for i, n in PEOPLE.items()],
        "source": [{"id": i, "uuid": f"s{i}", "name": n} for i, n in SOURCES.items()],
        "need": [{"id": i, "uuid": f"n{i}", "parent_id": p, "name": n, "position": i}
                 for i, p, n in NEEDS],
        "feedback": feedback,
        "feedback_need": tags,
    }


def _fill(catalogue: Any, rows: dict[str, list[dict[str, Any]]]) -> None:
    with catalogue.write_connection() as conn:
        for name, table_rows in rows.items():
            conn.execute(Base.metadata.tables[name].insert(), table_rows)


@pytest.fixture(scope="module")
def pair(pg_server, tmp_path_factory) -> Iterator[tuple[Any, TeamCatalogue]]:
    """(file catalogue, team catalogue) holding the same rows."""
    name = f"advocacy_queries_{os.getpid()}"
    with pg_server.admin() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    rows = _rows()
    file_catalogue = catalogue_service.create(Path(tmp_path_factory.mktemp("q")) / "q.advocacy")
    team = open_team_catalogue(pg_server.url(name), create=True)
    try:
        _fill(file_catalogue, rows)
        _fill(team, rows)
        yield file_catalogue, team
    finally:
        file_catalogue.close()
        team.close()
        with contextlib.suppress(Exception), pg_server.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


FILTERS = {
    "none": FeedbackFilter(),
    "dates": FeedbackFilter(date_from=date(2022, 1, 1), date_to=date(2023, 6, 30)),
    "iso-edges": FeedbackFilter(date_from=date(2021, 1, 3), date_to=date(2021, 1, 4)),
    "sources": FeedbackFilter(sources=(101, 102)),
    "detractors": FeedbackFilter(categories=frozenset({Category.DETRACTOR})),
    "need-tree": FeedbackFilter(needs=(201,)),
    "need-leaf": FeedbackFilter(needs=(202,)),
    "needs": FeedbackFilter(needs=(203, 204)),
    "status": FeedbackFilter(statuses=("new", "triaged")),
    "Lieferung": FeedbackFilter(text="Lieferung"),
    "beschä": FeedbackFilter(text="beschä"),
    "IŞIK": FeedbackFilter(text="IŞIK"),
    "서비스": FeedbackFilter(text="서비스"),
    "배송": FeedbackFilter(text="배송"),
    "품질": FeedbackFilter(text="품질"),
    "consegna": FeedbackFilter(text="consegna"),
    "pengiriman": FeedbackFilter(text="Pengiriman"),
    "two words": FeedbackFilter(text="ware beschädigt"),
    "source+text": FeedbackFilter(sources=(101,), text="ışık"),
    "dates+need": FeedbackFilter(needs=(201,), date_from=date(2022, 3, 1),
                                 date_to=date(2024, 12, 31)),
}
BYS = [*nps_service.BY_CHOICES, "store", "tier"]


def _both(pair: tuple[Any, TeamCatalogue], fn, *args: Any, **kwargs: Any) -> tuple[Any, Any]:
    file_catalogue, team = pair
    return fn(file_catalogue, *args, **kwargs), fn(team, *args, **kwargs)


def test_both_sides_answer_from_their_summaries(pair) -> None:
    file_catalogue, team = pair
    assert is_postgres(team) and not is_postgres(file_catalogue)
    with team.read() as session:
        conn = session.connection().connection.driver_connection
        assert is_postgres(conn)
        assert summary_queries.score_counts(conn, None)
        assert summary_queries.need_counts(conn, None)
        assert summary_queries.rating_counts(conn, None)
        assert summary_queries.open_counts(conn, None)
    with file_catalogue.read() as session:  # the file answers from its summaries
        conn = session.connection().connection.driver_connection
        assert summary_queries.score_counts(conn, None)


@pytest.mark.parametrize("name", list(FILTERS))
def test_nps_figures_equal_sqlite(pair, name: str) -> None:
    flt = FILTERS[name]
    lite, pg = _both(pair, nps_service.overall, flt)
    assert lite == pg
    for by in BYS:
        lite_groups, pg_groups = _both(pair, nps_service.grouped, by, flt)
        assert lite_groups == pg_groups, by
    for fn in (nps_analytics.distribution, nps_analytics.daily_counts,
               nps_analytics.open_by_owner):
        lite, pg = _both(pair, fn, flt)
        assert lite == pg, fn.__name__
    lite, pg = _both(pair, nps_analytics.grouped_needs, flt)
    assert sorted(lite) == sorted(pg)
    lite, pg = _both(pair, nps_analytics.ratings_by_source, flt)
    assert _ratings(lite) == _ratings(pg)


def _ratings(summaries: list) -> list:
    return sorted(summaries, key=lambda r: (r.source or "", r.scale or 0))


def test_the_figures_are_not_trivial(pair) -> None:
    """The comparisons above compare something: groups on both ISO-week edges, several
    searches with matches, ratings rounded half up."""
    _file, team = pair
    weeks = {g.key for g in nps_service.grouped(team, "week")}
    assert {"2020-W53", "2025-W01", "2021-W01"} <= weeks
    assert {g.key for g in nps_service.grouped(team, "quarter")} >= {"2021-Q1", "2024-Q4"}
    assert {g.key for g in nps_service.grouped(team, "tier")} >= {"1", "2", "3"}
    for name in ("Lieferung", "beschä", "IŞIK", "서비스", "배송", "품질", "consegna"):
        assert nps_service.overall(team, FILTERS[name]).n > 0, name
    assert feedback_query.count(team, FeedbackFilter(text="서비스")) == feedback_query.count(
        team, FeedbackFilter(text="고객서비스도")) + feedback_query.count(
        team, FeedbackFilter(text="서비스 최고"))
    stars = {s for r in nps_analytics.ratings_by_source(team) for s in r.distribution}
    assert stars == {1, 2, 3, 4, 5}  # 1.5 → 2, 4.5 → 5 (rounded half up, never to even)


@pytest.mark.parametrize("name", ["none", "dates", "sources", "need-tree", "서비스", "IŞIK"])
def test_dashboard_equals_sqlite(pair, name: str) -> None:
    lite, pg = _both(pair, dashboard_service.load, FILTERS[name], period="week")

    def comparable(board: dashboard_service.Dashboard) -> dashboard_service.Dashboard:
        return replace(board, timings_ms={}, ratings=_ratings(board.ratings))

    assert comparable(lite) == comparable(pg)


@pytest.mark.parametrize("name", list(FILTERS))
def test_count_and_first_pages_equal_sqlite(pair, name: str) -> None:
    flt = FILTERS[name]
    lite, pg = _both(pair, feedback_query.count, flt)
    assert lite == pg
    after = None
    for _ in range(3):  # the keyset crosses from the dated rows into the undated ones
        lite_page, pg_page = _both(pair, feedback_query.page, flt, after=after, limit=150)

        def comparable(rows: list) -> list:
            return [replace(r, needs=sorted(r.needs.split(", "))) for r in rows]

        assert comparable(lite_page) == comparable(pg_page)
        if not pg_page:
            break
        after = pg_page[-1].key


def _plan(team: TeamCatalogue, flt: FeedbackFilter) -> str:
    where, params = where_clause(flt, counting=True, postgres=True)
    with team.read() as session:
        conn = session.connection().connection.driver_connection
        conn.execute("SET LOCAL enable_seqscan = off")
        rows = conn.execute(to_pyformat(f"EXPLAIN SELECT count(*) FROM feedback WHERE {where}"),
                            params).fetchall()
    return "\n".join(row[0] for row in rows)


def test_searches_use_the_gin_indexes(pair) -> None:
    _file, team = pair
    assert "feedback_fts_word" in _plan(team, FeedbackFilter(text="Lieferung"))
    assert "feedback_fts_tri" in _plan(team, FeedbackFilter(text="서비스"))


SEARCHES = ["Lieferung", "two words", "서비스", "배송", "source+text", "pengiriman", "consegna"]


@pytest.mark.parametrize("way", ["walk", "hits"])
@pytest.mark.parametrize("name", SEARCHES)
def test_search_pages_both_ways_equal_sqlite(pair, name: str, way: str, monkeypatch) -> None:
    """Both ways of a search's pages on PostgreSQL give SQLite's rows: the walk of the date
    index (budget made unlimited) and the matches read from the indexes and sorted (budget
    made 0: every walk stops at once). Pages cross from the dated into the undated rows."""
    budget = 10**9 if way == "walk" else 0
    monkeypatch.setattr(feedback_query_pg, "walk_budget", lambda conn, wanted: budget)
    flt = FILTERS[name]
    assert feedback_query.page(pair[1], flt, limit=150)
    after = None
    for _ in range(4):
        lite_page, pg_page = _both(pair, feedback_query.page, flt, after=after, limit=25)
        assert [r.id for r in lite_page] == [r.id for r in pg_page]
        if not pg_page:
            break
        after = pg_page[-1].key
    known = _both(pair, feedback_query.positions, flt, stride=7)
    assert known[0].count == known[1].count
    for start in (0, 3, 20, known[1].count - 5):
        rows = [feedback_query.rows_at(cat, flt, start, 9, known=k)
                for cat, k in zip(pair, known, strict=True)]
        assert [r.id for r in rows[0]] == [r.id for r in rows[1]], start
    rows = _both(pair, feedback_query.rows_at, flt, 4, 30)
    assert [r.id for r in rows[0]] == [r.id for r in rows[1]]


def _recorded(monkeypatch, call) -> tuple[Any, list[tuple[str, list[object]]]]:
    statements: list[tuple[str, list[object]]] = []
    real_run = feedback_query.run

    def recording(conn: Any, sql: str, params: Any = ()) -> Any:
        statements.append((sql, list(params)))
        return real_run(conn, sql, params)

    for module in (feedback_query, feedback_query_pg):  # the PostgreSQL half lives apart
        monkeypatch.setattr(module, "run", recording)
    try:
        return call(), statements
    finally:
        for module in (feedback_query, feedback_query_pg):
            monkeypatch.setattr(module, "run", real_run)


def _tested_rows(team: TeamCatalogue, statements: list[tuple[str, list[object]]]) -> list[int]:
    """How many rows each statement tested against the stored words and threw away
    (EXPLAIN ANALYZE's "Rows Removed by Filter" under a filter on fts_words)."""
    removed = []
    with team.read() as session:
        conn = session.connection().connection.driver_connection
        for sql, params in statements:
            plan = [row[0] for row in conn.execute(
                to_pyformat(f"EXPLAIN (ANALYZE, COSTS OFF) {sql}"), params).fetchall()]
            for number, line in enumerate(plan):
                if "Filter:" in line and "fts_words" in line and "Recheck" not in line:
                    following = plan[number + 1] if number + 1 < len(plan) else ""
                    removed.append(int(following.split(":")[1])
                                   if "Rows Removed by Filter" in following else 0)
    return removed


def test_a_rare_word_never_walks_more_than_the_budget(pair, monkeypatch) -> None:
    """A word found in few rows: the walk tests at most `walk_budget` rows and then the page
    reads the matches through feedback_fts_word — never the walk over every row (1M rows:
    3.8 s) that the planner chose for any prefix query (it guesses 2% of the rows match)."""
    _file, team = pair
    monkeypatch.setattr(feedback_query_pg, "walk_budget", lambda conn, wanted: 40)
    flt = FeedbackFilter(text="Kundendienst")
    rows, statements = _recorded(monkeypatch, lambda: feedback_query.page(team, flt))
    assert rows and all("Kundendienst" in r.excerpt for r in rows)
    assert [r.id for r in rows] == [r.id for r in feedback_query.page(pair[0], flt)]
    walks = [(sql, params) for sql, params in statements if "MATERIALIZED" not in sql]
    tested = _tested_rows(team, walks)  # the read of the matches is planned apart (below)
    assert tested and max(tested) <= 40
    with team.read() as session:
        conn = session.connection().connection.driver_connection
        conn.execute("SET LOCAL enable_seqscan = off")
        plans = ["\n".join(row[0] for row in conn.execute(
            to_pyformat(f"EXPLAIN {sql}"), params).fetchall()) for sql, params in statements]
    assert any("feedback_fts_word" in plan for plan in plans), plans


def test_a_common_word_page_is_a_short_walk(pair, monkeypatch) -> None:
    """A word in every few rows: the first page comes from walking the date index and
    testing the stored words, without reading every match through the index."""
    _file, team = pair
    flt = FeedbackFilter(text="Lieferung")
    rows, statements = _recorded(monkeypatch, lambda: feedback_query.page(team, flt, limit=8))
    assert len(rows) == 8
    assert not any("MATERIALIZED" in sql for sql, _params in statements)
    tested = _tested_rows(team, statements)
    assert tested and sum(tested) < ITEMS // 2
