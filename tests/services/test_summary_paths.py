"""The dashboard's queries give the same figures from the summary tables as from the feedback
rows, for every filter the summaries can answer, and fall back to the rows for the others."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.domain.nps import Category
from advocacy_desktop.services import dashboard_service, nps_analytics, nps_service, summary_queries
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from tests.services.test_nps_service import add_need, add_source


@pytest.fixture
def filled(catalogue: Any) -> Any:
    rng = random.Random(7)
    sources = [add_source(catalogue, name) for name in ("Shop", "App", "Kiosk")]
    needs = [add_need(catalogue, name) for name in ("Price", "Lieferung", "고객서비스")]
    with catalogue.write_connection() as conn:
        person = conn.execute(text("INSERT INTO person (uuid, name, active) VALUES"
                                   " ('p1', 'Ana', 1) RETURNING id")).scalar_one()
        for i in range(900):
            day = None if i % 17 == 0 else date(2024, 1 + i % 12, 1 + i % 28).isoformat()
            rating = None if i % 3 else rng.choice([1, 2, 2.5, 3, 4, 4.5, 5])
            row_id = conn.execute(text(
                "INSERT INTO feedback (uuid, score, rating, rating_scale, received_on, source_id,"
                " status, assignee_id) VALUES (:u, :s, :r, :sc, :d, :src, :st, :a) RETURNING id"
            ), {"u": f"f{i}", "s": None if i % 10 == 0 else rng.randint(0, 10), "r": rating,
                "sc": None if rating is None else 5, "d": day,
                "src": None if i % 11 == 0 else rng.choice(sources),
                "st": rng.choice(["new", "triaged", "closed", "wont_fix"]),
                "a": person if i % 4 == 0 else None}).scalar_one()
            for need in rng.sample(needs, rng.randint(0, 2)):
                conn.execute(text("INSERT INTO feedback_need (feedback_id, need_id)"
                                  " VALUES (:f, :n)"), {"f": row_id, "n": need})
    return catalogue, sources, needs


FILTERS = [
    FeedbackFilter(),
    FeedbackFilter(date_from=date(2024, 3, 1), date_to=date(2024, 8, 31)),
    FeedbackFilter(date_to=date(2024, 5, 15)),
    FeedbackFilter(categories=frozenset({Category.DETRACTOR})),
    FeedbackFilter(score_min=5, score_max=9, date_from=date(2024, 2, 1)),
    FeedbackFilter(text="   "),
    "need",  # one need without needs below it: from the need-by-source table
    "parent need",  # a need with a child: counted from the items
]


def both_ways(monkeypatch: pytest.MonkeyPatch, fn: Any) -> tuple[Any, Any]:
    fast = fn()
    with monkeypatch.context() as patch:
        patch.setattr(summary_queries, "where", lambda flt, table: None)
        slow = fn()
    return fast, slow


@pytest.mark.parametrize("index", range(len(FILTERS)))
def test_summaries_and_rows_agree(
    filled: Any, monkeypatch: pytest.MonkeyPatch, index: int
) -> None:
    catalogue, sources, needs = filled
    base = FILTERS[index]
    if base == "need":
        base = FeedbackFilter(needs=(needs[1],), date_from=date(2024, 2, 1))
    elif base == "parent need":
        add_need(catalogue, "Lieferzeit", parent_id=needs[1])
        base = FeedbackFilter(needs=(needs[1],))
    for flt in (base, FeedbackFilter(**{**base.__dict__, "sources": tuple(sources[:2])})):
        for fn in (
            lambda f=flt: nps_service.overall(catalogue, f),
            lambda f=flt: nps_analytics.distribution(catalogue, f),
            lambda f=flt: nps_analytics.daily_counts(catalogue, f),
            lambda f=flt: nps_analytics.grouped_needs(catalogue, f),
            lambda f=flt: nps_analytics.ratings_by_source(catalogue, f),
            lambda f=flt: nps_analytics.open_by_owner(catalogue, f),
            *[lambda f=flt, by=by: nps_service.grouped(catalogue, by, f)
              for by in ("source", "need", "week", "month", "quarter", "year")],
        ):
            fast, slow = both_ways(monkeypatch, fn)
            if isinstance(fast, list):
                fast, slow = sorted(fast, key=repr), sorted(slow, key=repr)
            assert fast == slow
            assert fast or fn.__defaults__[0] != FeedbackFilter()  # the data is not empty


def test_which_filters_the_summaries_answer(filled: Any) -> None:
    _catalogue, sources, needs = filled
    assert summary_queries.where(FeedbackFilter(sources=(sources[0],)), summary_queries.NPS)
    assert summary_queries.where(FeedbackFilter(sources=(sources[0],)),
                                 summary_queries.NEEDS) is None
    assert summary_queries.where(FeedbackFilter(sources=(sources[0],)),
                                 summary_queries.NEEDS_BY_SOURCE)
    for flt in (FeedbackFilter(needs=(needs[0],)), FeedbackFilter(text="Preis"),
                FeedbackFilter(statuses=("new",)), FeedbackFilter(batch_id=1),
                FeedbackFilter(no_need=True), FeedbackFilter(rating_min=3)):
        assert summary_queries.where(flt, summary_queries.NPS) is None
    assert summary_queries.where(FeedbackFilter(categories=frozenset({Category.PROMOTER})),
                                 summary_queries.OPEN) is None


def test_filters_the_summaries_cannot_answer_still_count_right(filled: Any) -> None:
    catalogue, _sources, needs = filled
    flt = FeedbackFilter(needs=(needs[1],), statuses=("new", "triaged"))
    with catalogue.read() as session:
        scores = [r[0] for r in session.execute(text(
            "SELECT f.score FROM feedback f JOIN feedback_need fn ON fn.feedback_id = f.id"
            " WHERE fn.need_id = :n AND f.status IN ('new', 'triaged')"
            " AND f.score IS NOT NULL"), {"n": needs[1]})]
    with catalogue.read() as session:  # per need, among the chosen items: by hand
        pairs = session.execute(text(
            "SELECT other.need_id, f.score FROM feedback f"
            " JOIN feedback_need fn ON fn.feedback_id = f.id AND fn.need_id = :n"
            " JOIN feedback_need other ON other.feedback_id = f.id"
            " WHERE f.status IN ('new', 'triaged') AND f.score IS NOT NULL"), {"n": needs[1]}
        ).all()
    board = dashboard_service.load(catalogue, flt)
    by_need = {c.need_id: (c.group.n, c.group.detractors) for c in board.need_costs}
    assert by_need == {
        need: (sum(1 for n, _s in pairs if n == need),
               sum(1 for n, s in pairs if n == need and s <= 6))
        for need in {n for n, _s in pairs}
    }
    assert board.overall.n == len(scores)
    assert board.overall.detractors == sum(1 for s in scores if s <= 6)
    assert sum(board.distribution.values()) == len(scores)


def test_period_keys_match_the_sql_ones() -> None:
    assert summary_queries.period_key("2021-01-03", "week") == "2020-W53"
    assert summary_queries.period_key("2024-12-30", "week") == "2025-W01"
    assert summary_queries.period_key(date(2024, 11, 5), "quarter") == "2024-Q4"
    assert summary_queries.period_key("", "month") is None


def test_trend_from_daily_counts_equals_the_period_query(filled: Any) -> None:
    catalogue, sources, _needs = filled
    for flt in (FeedbackFilter(), FeedbackFilter(sources=(sources[1],))):
        daily = nps_analytics.daily_counts(catalogue, flt)
        for period in nps_service.PERIODS:
            dated = [g for g in nps_service.grouped(catalogue, period, flt) if g.key is not None]
            assert nps_analytics.periods(daily, period) == dated


def test_one_leaf_need_is_answered_by_the_summaries_and_a_parent_is_not(filled: Any) -> None:
    catalogue, _sources, needs = filled
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        leaf = summary_queries.score_counts(conn, FeedbackFilter(needs=(needs[0],)))
        assert leaf and sum(n for _k, _s, n in leaf) > 100
        assert summary_queries.score_counts(conn, FeedbackFilter(needs=needs[:2])) is None
    add_need(catalogue, "Rabatt", parent_id=needs[0])
    with catalogue.read() as session:
        conn = session.connection().connection.driver_connection
        assert summary_queries.score_counts(conn, FeedbackFilter(needs=(needs[0],))) is None
