"""Everything the Dashboard page shows, for one filter, in one call that runs off the UI thread.

`load(catalogue, flt)` returns a `Dashboard`: the headline NPS with its interval and n, the
change against the previous period of the same length (significant only when the intervals do
not overlap), the trend per period and a rolling window, the 0-10 distribution, NPS by source,
needs ranked by their cost in NPS, star ratings per source (kept apart from NPS) and open items
per owner. Every figure follows the same `FeedbackFilter` as the Feedback page.

The cost of a need (documented in README, "Needs ranked by their cost in NPS"): for the answers
the filter keeps (n, D detractors), a need whose items hold d of those detractors costs
`100 * d / n` NPS points: the overall NPS would rise by exactly that much if those detractors
had been passives. Its interval is the adjusted-Wald interval of the proportion d / n
(`domain.nps.detractor_gain`). An item with two needs counts in both, so costs do not add up.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

from advocacy_desktop.db.catalogue import Catalogue
from advocacy_desktop.domain.nps import SMALL_SAMPLE, detractor_gain
from advocacy_desktop.services import nps_analytics, nps_service
from advocacy_desktop.services.feedback_filters import FeedbackFilter
from advocacy_desktop.services.nps_analytics import OwnerLoad, RatingSummary, RollingPoint
from advocacy_desktop.services.nps_service import Change, NpsGroup

__all__ = ["Dashboard", "NeedCost", "OwnerLoad", "RatingSummary", "RollingPoint", "load"]

ROLLING_WINDOWS = (30, 90)


@dataclass(frozen=True)
class NeedCost:
    """One need's cost in NPS over the filtered answers (see the module docstring)."""

    need_id: int
    path: str
    group: NpsGroup
    """NPS of the answers tagged with this need."""
    detractor_share: float
    """Share (0..1) of all filtered detractors that carry this need."""
    gain: float
    """NPS points the overall score would gain if this need's detractors were passives."""
    gain_low: float
    gain_high: float


@dataclass(frozen=True)
class Dashboard:
    overall: NpsGroup
    previous: NpsGroup | None
    """The period of the same length just before the filter's dates (None without dates)."""
    change: Change | None
    trend: list[NpsGroup]
    trend_changes: list[Change]
    """Change of each trend point against the one before it (the first has none: delta None)."""
    period: str
    rolling: list[RollingPoint]
    window: int
    distribution: dict[int, int]
    by_source: list[NpsGroup]
    need_costs: list[NeedCost]
    ratings: list[RatingSummary]
    owners: list[OwnerLoad]
    timings_ms: dict[str, float] = field(default_factory=dict)
    """Milliseconds per query, for the benchmark and the footer's tooltip."""


def need_costs(
    catalogue: Catalogue, flt: FeedbackFilter | None = None, *, overall: NpsGroup | None = None,
    small: int = SMALL_SAMPLE,
) -> list[NeedCost]:
    """Needs ranked by the NPS points their detractors cost, the costliest first."""
    overall = overall or nps_service.overall(catalogue, flt, small=small)
    return rank_costs(nps_analytics.grouped_needs(catalogue, flt, small=small), overall)


def rank_costs(groups: list[tuple[int, str, NpsGroup]], overall: NpsGroup) -> list[NeedCost]:
    """The cost of each need's (id, path, NPS) against the `overall` answers, costliest first."""
    costs = []
    for need_id, path, group in groups:
        gain = detractor_gain(group.detractors, overall.n) if overall.n else None
        costs.append(NeedCost(
            need_id, path, group,
            group.detractors / overall.detractors if overall.detractors else 0.0,
            gain.points if gain else 0.0, gain.low if gain else 0.0, gain.high if gain else 0.0,
        ))
    return sorted(costs, key=lambda c: (-c.gain, -c.group.n, c.path))


def _with_small(group: NpsGroup, small: int) -> NpsGroup:
    if small == SMALL_SAMPLE:
        return group
    return NpsGroup.from_counts(group.key, group.promoters, group.passives, group.detractors,
                                small=small)


def _run_queries(
    queries: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]],
    cancelled: Callable[[], bool],
) -> tuple[dict[str, Any], dict[str, float]]:
    """Run each query on a pool of two threads; {name: result}, {name: milliseconds}."""
    timings: dict[str, float] = {}

    def timed(name: str) -> Any:
        if cancelled():
            raise InterruptedError("dashboard refresh cancelled")
        fn, args = queries[name]
        start = time.perf_counter()
        result = fn(*args)
        timings[name] = (time.perf_counter() - start) * 1000
        return result

    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="dashboard") as pool:
        futures = {name: pool.submit(timed, name) for name in queries}
        try:
            results = {name: future.result() for name, future in futures.items()}
        except BaseException:
            for future in futures.values():
                future.cancel()
            raise
    if cancelled():
        raise InterruptedError("dashboard refresh cancelled")
    return results, timings


def previous_filter(flt: FeedbackFilter) -> FeedbackFilter | None:
    """The same filter over the equally long period just before it; None without both dates."""
    if flt.date_from is None or flt.date_to is None:
        return None
    days = (flt.date_to - flt.date_from).days + 1
    return replace(flt, date_from=flt.date_from - timedelta(days=days),
                   date_to=flt.date_from - timedelta(days=1))


def load(
    catalogue: Catalogue,
    flt: FeedbackFilter | None = None,
    *,
    period: str = "month",
    window: int = 90,
    top_needs: int = 10,
    small: int = SMALL_SAMPLE,
    cancelled: Callable[[], bool] = lambda: False,
) -> Dashboard:
    """All dashboard figures for `flt`. `cancelled` is polled between queries: when it turns
    true the load stops with `InterruptedError`.

    The queries run on two threads, each with its own read connection: SQLite releases the
    GIL while it counts, so a filter that must be counted from the items (text search, several
    needs, status) takes about half as long on two cores. Each query reads its own snapshot;
    a write landing in between can make them differ by that write until the next refresh."""
    flt = flt or FeedbackFilter()
    if period not in nps_service.PERIODS:
        raise ValueError(f"period must be one of {', '.join(nps_service.PERIODS)}")
    if window not in ROLLING_WINDOWS:
        raise ValueError(f"window must be one of {ROLLING_WINDOWS}")
    before = previous_filter(flt)
    queries: dict[str, tuple[Callable[..., Any], tuple[Any, ...]]] = {
        # the slowest first when the filter must be counted from the items
        "need_costs": (nps_analytics.grouped_needs, (catalogue, flt)),
        "owners": (nps_analytics.open_by_owner, (catalogue, flt)),
        "ratings": (nps_analytics.ratings_by_source, (catalogue, flt)),
        "daily": (nps_analytics.daily_counts, (catalogue, flt)),
        "by_source": (nps_service.grouped, (catalogue, "source", flt)),
        "distribution": (nps_analytics.distribution, (catalogue, flt)),
    }
    if before is not None:
        queries["previous"] = (nps_service.overall, (catalogue, before))
    results, timings = _run_queries(queries, cancelled)

    distribution = results["distribution"]
    overall = NpsGroup.from_counts(None, *nps_analytics.fold_scores(distribution), small=small)
    previous = results.get("previous")
    previous = _with_small(previous, small) if previous is not None else None
    daily = results["daily"]
    trend = nps_analytics.periods(daily, period, small=small)
    by_source = [_with_small(g, small) for g in results["by_source"]]
    costs = rank_costs([(i, p, _with_small(g, small)) for i, p, g in results["need_costs"]],
                       overall)
    ratings, owners = results["ratings"], results["owners"]
    return Dashboard(
        overall=overall,
        previous=previous,
        change=nps_service.change(previous, overall) if previous is not None else None,
        trend=trend,
        trend_changes=[Change(None, False)]
        + [nps_service.change(a, b) for a, b in itertools.pairwise(trend)],
        period=period,
        rolling=nps_analytics.rolling(daily, window, small=small),
        window=window,
        distribution=distribution,
        by_source=sorted(by_source, key=lambda g: (-g.n, g.key or "")),
        need_costs=costs[:top_needs],
        ratings=ratings,
        owners=owners,
        timings_ms=timings,
    )
