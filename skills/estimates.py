"""How a learner's standing on a skill is estimated from the evidence.

Each signal is already on a 0-1 scale. The estimate is a weighted mean:

    weight = source weight × 0.5 ** (age in days / half-life)

so evidence loses half its say every ``half-life`` days (30 by default, set in
the engine settings), and sources differ in how much they say:

    assessment 1.0, QA soft-skill score 1.0, manager's rating 0.75, self-assessment 0.5.

The same evidence always gives the same estimate. Both sums are taken with
``math.fsum``, which returns the correctly rounded total whatever the order, so
the order the evidence arrives in makes no difference; the mean is kept between
the smallest and the largest value, as a mean is; and the score is rounded to
four decimal places (SCORE_DECIMALS) before anything reads it. Evidence all at
0.60 is therefore exactly 0.6, never 0.5999999999999999, and a rule's
two-decimal threshold ("below 0.60") gives one answer however often it is asked.

Wellbeing signals (workload, check-ins, customer sentiment) are never skill
evidence. The level is read off the rounded score: below 0.50 level 1, from 0.50
level 2, from 0.70 level 3, from 0.85 level 4. The learner's "My skills" page
says the same in plain words.
"""

from dataclasses import dataclass
from datetime import datetime
from math import fsum

SOURCE_WEIGHTS = {
    "assessment": 1.0,
    "qa_soft_skills": 1.0,
    "manager": 0.75,
    "self_assessment": 0.5,
}
LEVEL_FLOORS = [(0.85, 4), (0.70, 3), (0.50, 2), (0.0, 1)]
SECONDS_PER_DAY = 86_400
#: Decimal places the score is kept to: finer than any threshold (two places).
SCORE_DECIMALS = 4


@dataclass(frozen=True)
class Evidence:
    value: float
    source: str
    observed_at: datetime


@dataclass(frozen=True)
class Estimate:
    score: float
    level: int
    count: int
    latest: datetime


def level_for(score: float) -> int:
    return next(level for floor, level in LEVEL_FLOORS if score >= floor)


def _weight(item: Evidence, *, now: datetime, half_life_days: float) -> float:
    age_days = max(0.0, (now - item.observed_at).total_seconds() / SECONDS_PER_DAY)
    return SOURCE_WEIGHTS[item.source] * 0.5 ** (age_days / half_life_days)


def estimate(evidence: list[Evidence], *, now: datetime, half_life_days: float) -> Estimate | None:
    """The recency-weighted estimate, or None when there is no skill evidence."""
    counted = [item for item in evidence if item.source in SOURCE_WEIGHTS]
    if not counted:
        return None
    values = [item.value for item in counted]
    weights = [_weight(item, now=now, half_life_days=half_life_days) for item in counted]
    total = fsum(weights)
    if total:
        mean = fsum(w * v for w, v in zip(weights, values, strict=True)) / total
    else:
        mean = fsum(values) / len(values)
    mean = min(max(values), max(min(values), mean))
    score = round(min(1.0, max(0.0, mean)), SCORE_DECIMALS)
    return Estimate(
        score=score,
        level=level_for(score),
        count=len(counted),
        latest=max(item.observed_at for item in counted),
    )
