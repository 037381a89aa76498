"""The NPS engine over real catalogue rows: counts, margins, groups, filters, significance."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from advocacy_desktop.services import nps_service as svc
from advocacy_desktop.services.feedback_filters import FeedbackFilter


def add_source(catalogue: Any, name: str) -> int:
    with catalogue.write_connection() as conn:
        return int(conn.execute(text("INSERT INTO source (uuid, name, kind, collect)"
                                     " VALUES (:u, :n, 'other', 1) RETURNING id"),
                                {"u": f"u-{name}", "n": name}).scalar_one())


def add_need(catalogue: Any, name: str, parent_id: int | None = None) -> int:
    with catalogue.write_connection() as conn:
        return int(conn.execute(text("INSERT INTO need (uuid, name, parent_id, position)"
                                     " VALUES (:u, :n, :p, 0) RETURNING id"),
                                {"u": f"n-{name}", "n": name, "p": parent_id}).scalar_one())


def add_items(catalogue: Any, scores: list[int | None], **fields: Any) -> list[int]:
    """Insert one item per score; `needs` (list of need ids) tags every one of them."""
    needs = fields.pop("needs", [])
    extra = fields.pop("extra", None)
    ids = []
    with catalogue.write_connection() as conn:
        for score in scores:
            row = {"uuid": None, "score": score, "rating": None, "received_on": None,
                   "source_id": None, "country": None, "extra": None, **fields}
            row["extra"] = None if extra is None else json.dumps(extra)
            row["uuid"] = f"f{id(row)}-{len(ids)}-{score}-{fields}"
            new_id = conn.execute(text(
                "INSERT INTO feedback (uuid, score, rating, received_on, source_id, country,"
                " extra, status) VALUES (:uuid, :score, :rating, :received_on, :source_id,"
                " :country, :extra, 'new') RETURNING id"), row).scalar_one()
            ids.append(int(new_id))
            for need_id in needs:
                conn.execute(text("INSERT INTO feedback_need (feedback_id, need_id)"
                                  " VALUES (:f, :n)"), {"f": new_id, "n": need_id})
    return ids


def hand_case() -> list[int | None]:
    """8 promoters, 9 passives, 22 detractors (README): NPS -35.9 ± 24.2."""
    return [9, 10] * 4 + [7, 8, 7, 8, 7, 8, 7, 8, 7] + [0, 3, 6, 5] * 5 + [6, 1]


def test_overall_hand_computed(catalogue: Any) -> None:
    add_items(catalogue, hand_case())
    got = svc.overall(catalogue)
    assert (got.promoters, got.passives, got.detractors, got.n) == (8, 9, 22, 39)
    assert got.as_dict() == {"n": 39, "promoters": 8, "passives": 9, "detractors": 22,
                             "nps": -35.9, "moe95": 24.2}
    assert got.low < -35.9 < got.high
    assert not got.small_sample and svc.overall(catalogue, small=40).small_sample


def test_blanks_and_ratings_never_count(catalogue: Any) -> None:
    add_items(catalogue, [10, 0])
    add_items(catalogue, [None, None])
    add_items(catalogue, [None], rating=5.0)  # a 5-star rating is not an NPS answer
    got = svc.overall(catalogue)
    assert (got.n, got.nps) == (2, 0.0)
    assert got.small_sample
    empty = svc.overall(catalogue, FeedbackFilter(date_from=date(2030, 1, 1)))
    assert (empty.n, empty.nps) == (0, None)


def test_grouped_by_source_and_filter(catalogue: Any) -> None:
    shop, app = add_source(catalogue, "Shop"), add_source(catalogue, "App")
    add_items(catalogue, [10, 9, 3], source_id=shop)
    add_items(catalogue, [0, 0, None], source_id=app)
    add_items(catalogue, [8])
    groups = {g.key: g for g in svc.grouped(catalogue, "source")}
    assert [g.key for g in svc.grouped(catalogue, "source")] == ["App", "Shop", None]
    assert (groups["Shop"].n, round(groups["Shop"].nps, 1)) == (3, 33.3)
    assert (groups["App"].n, groups["App"].nps) == (2, -100.0)
    assert groups[None].passives == 1
    only = svc.grouped(catalogue, "source", FeedbackFilter(sources=(shop,)))
    assert [g.key for g in only] == ["Shop"]


def test_grouped_by_periods(catalogue: Any) -> None:
    add_items(catalogue, [10], received_on="2024-12-30")  # ISO week 2025-W01
    add_items(catalogue, [0, 9], received_on="2025-01-05")  # Sunday, still 2025-W01
    add_items(catalogue, [7], received_on="2025-04-01")
    add_items(catalogue, [3])  # undated
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "week")] == [
        ("2025-W01", 3), ("2025-W14", 1), (None, 1)]
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "month")] == [
        ("2024-12", 1), ("2025-01", 2), ("2025-04", 1), (None, 1)]
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "quarter")] == [
        ("2024-Q4", 1), ("2025-Q1", 2), ("2025-Q2", 1), (None, 1)]
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "year")] == [
        ("2024", 1), ("2025", 3), (None, 1)]
    since = FeedbackFilter(date_from=date(2025, 1, 1), date_to=date(2025, 3, 31))
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "quarter", since)] == [("2025-Q1", 2)]


def test_grouped_by_need_counts_at_the_need_itself(catalogue: Any) -> None:
    price = add_need(catalogue, "Price")
    discounts = add_need(catalogue, "Discounts", price)
    delivery = add_need(catalogue, "Delivery")
    add_items(catalogue, [0, 2], needs=[discounts, delivery])
    add_items(catalogue, [10], needs=[price])
    add_items(catalogue, [9])  # no need: in no group
    groups = {g.key: (g.n, g.nps) for g in svc.grouped(catalogue, "need")}
    assert groups == {"Delivery": (2, -100.0), "Price": (1, 100.0),
                      "Price › Discounts": (2, -100.0)}
    # the filter by need includes children, as on the Feedback page
    assert svc.overall(catalogue, FeedbackFilter(needs=(price,))).n == 3


def test_grouped_by_column_and_extra_key(catalogue: Any) -> None:
    add_items(catalogue, [10, 9], country="DE", extra={"Plan": "Gold", "Seats": 5})
    add_items(catalogue, [1], country="TR", extra={"Plan": "Free"})
    add_items(catalogue, [8], extra={"Other": "x"})
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "country")] == [
        ("DE", 2), ("TR", 1), (None, 1)]
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "Plan")] == [
        ("Free", 1), ("Gold", 2), (None, 1)]
    assert [(g.key, g.n) for g in svc.grouped(catalogue, "Seats")] == [("5", 2), (None, 2)]
    with pytest.raises(ValueError):
        svc.grouped(catalogue, 'Plan") --')


def test_change_significant_both_ways() -> None:
    bad = svc.NpsGroup.from_counts("2025-01", 10, 20, 70)
    good = svc.NpsGroup.from_counts("2025-02", 70, 20, 10)
    up = svc.change(bad, good)
    assert up.delta == pytest.approx(120.0) and up.significant
    down = svc.change(good, bad)
    assert down.delta == pytest.approx(-120.0) and down.significant
    small_a = svc.NpsGroup.from_counts("a", 3, 2, 3)
    small_b = svc.NpsGroup.from_counts("b", 5, 1, 2)
    noisy = svc.change(small_a, small_b)
    assert noisy.delta == pytest.approx(37.5) and not noisy.significant
    assert svc.change(svc.NpsGroup.from_counts("x", 0, 0, 0), good) == svc.Change(None, False)
