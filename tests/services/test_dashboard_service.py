"""Dashboard figures against hand-computed ones: headline, change, cost of needs, rolling
windows, star ratings, open items per owner, cancellation."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import dashboard_service as svc
from advocacy_desktop.services import nps_analytics
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from tests.services.test_nps_service import add_items, add_need, add_source, hand_case


def test_headline_and_distribution_hand_computed(catalogue: Any) -> None:
    add_items(catalogue, hand_case())
    add_items(catalogue, [None, None], rating=4.0)  # star ratings only: not in NPS
    board = svc.load(catalogue)
    assert (board.overall.n, round(board.overall.nps, 1), round(board.overall.moe95, 1)) == (
        39, -35.9, 24.2)
    assert board.distribution[9] + board.distribution[10] == 8
    assert sum(board.distribution.values()) == 39
    assert board.previous is None and board.change is None  # no dates in the filter


def test_cost_of_needs_hand_computed(catalogue: Any) -> None:
    price, delivery, _unused = (add_need(catalogue, n) for n in ("Price", "Delivery", "Idle"))
    add_items(catalogue, [2, 5], needs=[price])          # two detractors with Price
    add_items(catalogue, [10], needs=[price])            # a promoter with Price
    add_items(catalogue, [0], needs=[delivery])          # one detractor with Delivery
    add_items(catalogue, [9, 9, 8, 7, 10, 9])            # untagged
    board = svc.load(catalogue)
    assert board.overall.n == 10 and board.overall.detractors == 3
    first, second = board.need_costs
    assert (first.path, second.path) == ("Price", "Delivery")
    assert first.gain == pytest.approx(20.0)               # 100 * 2 / 10
    assert first.detractor_share == pytest.approx(2 / 3)
    assert (first.group.n, first.group.detractors, round(first.group.nps, 1)) == (3, 2, -33.3)
    assert second.gain == pytest.approx(10.0)
    assert first.gain_low < 20 < first.gain_high
    # the definition: the overall NPS with Price's detractors as passives
    assert board.overall.nps + first.gain == pytest.approx(100 * (5 - 1) / 10)


def test_change_against_the_previous_period_and_its_significance(catalogue: Any) -> None:
    march, april = date(2025, 3, 15), date(2025, 4, 1)
    add_items(catalogue, [0] * 60 + [10] * 40, received_on=march.isoformat())
    add_items(catalogue, [10] * 70 + [0] * 30, received_on=april.isoformat())
    board = svc.load(catalogue, FeedbackFilter(date_from=april, date_to=date(2025, 4, 30)))
    assert board.previous is not None
    assert (board.previous.n, board.previous.nps) == (100, -20.0)  # March 2-31
    assert board.change.delta == pytest.approx(60.0) and board.change.significant
    assert [g.key for g in board.trend] == ["2025-04"]

    add_items(catalogue, [10] * 65 + [0] * 35, received_on=date(2025, 5, 10).isoformat())
    board = svc.load(catalogue, FeedbackFilter(date_from=date(2025, 5, 1),
                                               date_to=date(2025, 5, 31)))
    # 40 -> 30 with n = 100 each: the intervals (about ±18) overlap, so not significant
    assert board.change.delta == pytest.approx(-10.0) and not board.change.significant
    whole = svc.load(catalogue)
    assert [g.key for g in whole.trend] == ["2025-03", "2025-04", "2025-05"]
    assert [c.significant for c in whole.trend_changes] == [False, True, False]
    assert whole.trend_changes[0].delta is None


def test_rolling_windows_count_the_days_before(catalogue: Any) -> None:
    start = date(2025, 1, 1)
    for offset in range(120):
        add_items(catalogue, [10 if offset < 60 else 0], received_on=(
            start + timedelta(days=offset)).isoformat())
    daily = nps_analytics.daily_counts(catalogue)
    points = nps_analytics.rolling(daily, 30)
    last = points[-1]
    assert last.day == start + timedelta(days=119)
    assert (last.group.n, last.group.detractors) == (30, 30)
    assert all(p.group.n == 30 for p in points)
    middle = next(p for p in points if p.day == start + timedelta(days=77))  # days 48..77
    assert (middle.group.promoters, middle.group.detractors) == (12, 18)
    board = svc.load(catalogue, window=30)
    assert board.rolling == points and board.window == 30
    with pytest.raises(ValueError):
        svc.load(catalogue, window=45)


def test_star_ratings_per_source_kept_apart(catalogue: Any) -> None:
    shop = add_source(catalogue, "Shop")
    add_items(catalogue, [None, None, None, None], source_id=shop, rating=4.5)
    add_items(catalogue, [9], source_id=shop, rating=2.0)
    board = svc.load(catalogue)
    (shop_ratings,) = board.ratings
    assert (shop_ratings.source, shop_ratings.n) == ("Shop", 5)
    assert shop_ratings.mean == pytest.approx((4 * 4.5 + 2) / 5)
    assert shop_ratings.distribution == {2: 1, 5: 4}  # 4.5 rounds half up
    assert board.overall.n == 1


def test_open_items_per_owner(catalogue: Any) -> None:
    ids = add_items(catalogue, [1, 2, 3, 4, 5])
    with catalogue.write_connection() as conn:
        ana = conn.execute(text("INSERT INTO person (uuid, name, active) VALUES ('a', 'Ana', 1)"
                                " RETURNING id")).scalar_one()
        conn.execute(text(f"UPDATE feedback SET assignee_id = {ana} WHERE id IN"
                          f" ({ids[0]}, {ids[1]}, {ids[2]})"))
        conn.execute(text(f"UPDATE feedback SET status = 'closed' WHERE id = {ids[2]}"))
    owners = svc.load(catalogue).owners
    assert [(o.name, o.open_items) for o in owners] == [("Ana", 2), (None, 2)]


def test_cancel_stops_between_queries(catalogue: Any) -> None:
    add_items(catalogue, hand_case())
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(InterruptedError):
        svc.load(catalogue, cancelled=cancelled)
