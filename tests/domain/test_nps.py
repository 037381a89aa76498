from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from advocacy_desktop.domain.nps import (
    Category,
    Gain,
    NpsResult,
    classify,
    confidence_interval,
    detractor_gain,
    margin_of_error,
    nps_from_scores,
)


@pytest.mark.parametrize(
    ("score", "category"),
    [(0, Category.DETRACTOR), (6, Category.DETRACTOR), (7, Category.PASSIVE),
     (8, Category.PASSIVE), (9, Category.PROMOTER), (10, Category.PROMOTER)],
)
def test_classify_boundaries(score: int, category: Category) -> None:
    assert classify(score) is category


@pytest.mark.parametrize("bad", [-1, 11, 100])
def test_classify_rejects_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError):
        classify(bad)


@pytest.mark.parametrize("bad", [7.5, "9", True, None])
def test_classify_rejects_non_integers(bad: object) -> None:
    with pytest.raises(TypeError):
        classify(bad)  # type: ignore[arg-type]


def test_hand_computed_example_from_the_issue() -> None:
    result = NpsResult(promoters=8, passives=9, detractors=22)
    assert result.n == 39
    assert round(result.nps, 1) == -35.9
    # adjusted Wald: n'=42, p'=8.75/42, d'=22.75/42, var=(p'+d'-(p'-d')^2)/n'
    p, d = 8.75 / 42, 22.75 / 42
    expected = 100 * 1.959963984540054 * math.sqrt((p + d - (p - d) ** 2) / 42)
    assert result.moe95 == pytest.approx(expected)
    assert round(result.moe95, 1) == 24.2
    assert result.as_dict() == {
        "n": 39, "promoters": 8, "passives": 9, "detractors": 22, "nps": -35.9, "moe95": 24.2,
    }


def test_more_hand_computed_cases() -> None:
    assert nps_from_scores([10, 9, 8, 7, 6, 0]).nps == pytest.approx(0.0)
    assert nps_from_scores([10] * 5).nps == 100.0
    assert nps_from_scores([3] * 4).nps == -100.0
    assert nps_from_scores([9, 9, 9, 0]).nps == 50.0


def test_blanks_are_not_answers() -> None:
    result = nps_from_scores([10, None, 0, None])
    assert result.n == 2
    assert result.nps == 0.0


def test_no_answers_gives_no_score_but_a_wide_interval() -> None:
    result = nps_from_scores([])
    assert result.n == 0
    assert result.nps is None
    assert result.moe95 > 50
    assert result.is_small_sample()


def test_all_promoters_still_has_uncertainty() -> None:
    """The plain Wald interval would be zero-width here; adjusted Wald is not."""
    low, high = confidence_interval(10, 0, 0)
    assert high == 100.0  # clipped to the scale
    assert 40.0 < low < 60.0  # centre 76.9 (10.75/13 - 0.75/13), half-width 29.4
    assert margin_of_error(10, 0, 0) == pytest.approx(29.4, abs=0.05)


scores = st.lists(st.integers(min_value=0, max_value=10), min_size=1, max_size=500)


@given(scores)
def test_nps_is_the_mean_of_plus_one_zero_minus_one(values: list[int]) -> None:
    weights = [1 if v >= 9 else (0 if v >= 7 else -1) for v in values]
    assert nps_from_scores(values).nps == pytest.approx(100 * sum(weights) / len(weights))


@given(scores)
def test_nps_and_interval_stay_within_bounds(values: list[int]) -> None:
    result = nps_from_scores(values)
    assert -100.0 <= result.nps <= 100.0
    low, high = result.interval95
    assert -100.0 <= low <= high <= 100.0
    assert result.moe95 > 0


@given(
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
    st.integers(min_value=0, max_value=50),
)
def test_margin_shrinks_when_the_same_mix_is_ten_times_larger(p: int, pa: int, d: int) -> None:
    assume(p + pa + d > 0)
    assert margin_of_error(10 * p, 10 * pa, 10 * d) < margin_of_error(p, pa, d)


def test_detractor_gain_hand_computed() -> None:
    gain = detractor_gain(60, 1000)  # the README's example
    assert gain.points == pytest.approx(6.0)
    assert (round(gain.low, 1), round(gain.high, 1)) == (4.7, 7.7)
    # moving those 60 detractors to passives raises NPS by exactly that much
    before = NpsResult(500, 200, 300).nps
    after = NpsResult(500, 260, 240).nps
    assert after - before == pytest.approx(gain.points)


def test_detractor_gain_edges() -> None:
    assert detractor_gain(0, 0) == Gain(0.0, 0.0, 0.0)
    none = detractor_gain(0, 50)
    assert none.points == 0 and none.low == 0 and 0 < none.high < 10
    every = detractor_gain(50, 50)
    assert every.points == 100 and every.high == 100 and 90 < every.low < 100
    with pytest.raises(ValueError):
        detractor_gain(5, 4)
    with pytest.raises(ValueError):
        detractor_gain(-1, 4)


@given(st.integers(0, 500), st.integers(0, 500))
def test_detractor_gain_interval_holds_the_gain(moved: int, rest: int) -> None:
    gain = detractor_gain(moved, moved + rest)
    assert 0 <= gain.low <= gain.points <= gain.high <= 100
