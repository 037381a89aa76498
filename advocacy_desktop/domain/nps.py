"""Net Promoter Score: classification, the score, and its 95% margin of error.

Only answers to a 0-10 "how likely are you to recommend us" question count. Promoters answer
9-10, passives 7-8, detractors 0-6; NPS = %promoters - %detractors, from -100 to +100.

The margin of error uses the adjusted-Wald method (Sauro & Lewis): add 3 to n and 3/4 to the
promoter and detractor counts, then take the standard error of the difference of the two
proportions, var = (p + d - (p - d)^2) / n. It behaves well for small samples and for scores
near the ends of the scale, where the plain Wald interval collapses to zero width.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum

Z_95 = 1.959963984540054
SMALL_SAMPLE = 30


class Category(Enum):
    DETRACTOR = "detractor"
    PASSIVE = "passive"
    PROMOTER = "promoter"


def classify(score: int) -> Category:
    """The NPS category of one 0-10 answer. Anything else is not an NPS answer."""
    if isinstance(score, bool) or not isinstance(score, int):
        raise TypeError(f"an NPS answer is a whole number 0-10, not {score!r}")
    if not 0 <= score <= 10:
        raise ValueError(f"an NPS answer is between 0 and 10, not {score}")
    if score >= 9:
        return Category.PROMOTER
    if score >= 7:
        return Category.PASSIVE
    return Category.DETRACTOR


@dataclass(frozen=True)
class NpsResult:
    promoters: int
    passives: int
    detractors: int

    @property
    def n(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def nps(self) -> float | None:
        """NPS in points (-100..100); None when there is no answer at all."""
        if self.n == 0:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.n

    @property
    def moe95(self) -> float:
        return margin_of_error(self.promoters, self.passives, self.detractors)

    @property
    def interval95(self) -> tuple[float, float]:
        return confidence_interval(self.promoters, self.passives, self.detractors)

    def is_small_sample(self, threshold: int = SMALL_SAMPLE) -> bool:
        return self.n < threshold

    def as_dict(self) -> dict[str, float | int | None]:
        nps = self.nps
        return {
            "n": self.n,
            "promoters": self.promoters,
            "passives": self.passives,
            "detractors": self.detractors,
            "nps": None if nps is None else round(nps, 1),
            "moe95": round(self.moe95, 1),
        }


def nps_from_scores(scores: Iterable[int | None]) -> NpsResult:
    """Count the answers in `scores`; blanks (None) are not answers and do not count."""
    counts = {category: 0 for category in Category}
    for score in scores:
        if score is not None:
            counts[classify(score)] += 1
    return NpsResult(
        promoters=counts[Category.PROMOTER],
        passives=counts[Category.PASSIVE],
        detractors=counts[Category.DETRACTOR],
    )


def _adjusted(promoters: int, passives: int, detractors: int) -> tuple[float, float, float]:
    for count in (promoters, passives, detractors):
        if count < 0:
            raise ValueError("counts cannot be negative")
    n_adj = promoters + passives + detractors + 3
    p_adj = (promoters + 0.75) / n_adj
    d_adj = (detractors + 0.75) / n_adj
    return p_adj, d_adj, n_adj


def margin_of_error(
    promoters: int, passives: int, detractors: int, z: float = Z_95
) -> float:
    """Half-width of the adjusted-Wald interval, in NPS points."""
    p_adj, d_adj, n_adj = _adjusted(promoters, passives, detractors)
    variance = (p_adj + d_adj - (p_adj - d_adj) ** 2) / n_adj
    return 100.0 * z * math.sqrt(variance)


def confidence_interval(
    promoters: int, passives: int, detractors: int, z: float = Z_95
) -> tuple[float, float]:
    """The adjusted-Wald interval in NPS points, centred on the adjusted NPS, within ±100."""
    p_adj, d_adj, _ = _adjusted(promoters, passives, detractors)
    centre = 100.0 * (p_adj - d_adj)
    moe = margin_of_error(promoters, passives, detractors, z)
    return max(-100.0, centre - moe), min(100.0, centre + moe)


@dataclass(frozen=True)
class Gain:
    """NPS points gained if some detractors became passives, with its 95% interval."""

    points: float
    low: float
    high: float


def detractor_gain(detractors_moved: int, n: int, z: float = Z_95) -> Gain:
    """How many NPS points the score would gain if `detractors_moved` of its `n` answers turned
    from detractors into passives: NPS falls by 100/n per detractor, so the gain is
    100 * d / n exactly. Its interval is the adjusted-Wald (Agresti-Coull) interval of the
    proportion d / n, the same family as the NPS margin of error, clipped to 0..100.
    """
    if n < 0 or detractors_moved < 0 or detractors_moved > n:
        raise ValueError(f"need 0 <= detractors_moved <= n, not {detractors_moved} of {n}")
    if n == 0:
        return Gain(0.0, 0.0, 0.0)
    n_adj = n + z * z
    p_adj = (detractors_moved + z * z / 2) / n_adj
    moe = z * math.sqrt(p_adj * (1 - p_adj) / n_adj)
    return Gain(100.0 * detractors_moved / n, max(0.0, 100.0 * (p_adj - moe)),
                min(100.0, 100.0 * (p_adj + moe)))
