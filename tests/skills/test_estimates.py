"""The same evidence always gives the same estimate, and the same answer from a
rule: whatever order it arrives in, whenever it is evaluated. A learner whose
evidence is all exactly at a rule's threshold is never below it."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from skills.engine import evaluate
from skills.estimates import SECONDS_PER_DAY, SOURCE_WEIGHTS, Evidence, estimate, level_for
from skills.models import AssignmentRule, Skill

#: Fixed seed, bounded examples, no deadline: the same run in CI every time.
PROPERTY = settings(max_examples=300, deadline=None, derandomize=True, database=None)

sources = st.sampled_from(sorted(SOURCE_WEIGHTS))
nows = st.datetimes(
    min_value=datetime(2020, 1, 1),  # noqa: DTZ001 - naive bounds, aware values
    max_value=datetime(2035, 1, 1),  # noqa: DTZ001
    timezones=st.just(UTC),
)
#: Seconds before ``now``; a little in the future too, as clocks disagree.
ages = st.integers(min_value=-SECONDS_PER_DAY, max_value=730 * SECONDS_PER_DAY)
half_lives = st.integers(min_value=1, max_value=730)
#: Values a rule's threshold can take (0.00 to 1.00), and any value at all.
hundredths = st.integers(min_value=0, max_value=100).map(lambda k: k / 100)
values = st.one_of(hundredths, st.floats(min_value=0, max_value=1))


@st.composite
def evidence_lists(draw, value=values, min_size=1, max_size=12):
    now = draw(nows)
    pieces = draw(st.lists(st.tuples(value, sources, ages), min_size=min_size, max_size=max_size))
    return now, [Evidence(v, source, now - timedelta(seconds=age)) for v, source, age in pieces]


@st.composite
def equal_evidence(draw, value=values):
    v = draw(value)
    now, items = draw(evidence_lists(value=st.just(v)))
    return v, now, items


def exact_mean(items, *, now, half_life_days) -> Fraction:
    """The weighted mean in exact arithmetic, from the same (float) weights."""
    weighted = total = Fraction(0)
    for item in items:
        age_days = max(0.0, (now - item.observed_at).total_seconds() / SECONDS_PER_DAY)
        weight = Fraction(SOURCE_WEIGHTS[item.source] * 0.5 ** (age_days / half_life_days))
        weighted += weight * Fraction(item.value)
        total += weight
    return weighted / total


@PROPERTY
@given(evidence_lists(), half_lives, st.randoms(use_true_random=False))
def test_order_of_evidence_does_not_change_the_estimate(drawn, half_life, random):
    now, items = drawn
    shuffled = list(items)
    random.shuffle(shuffled)

    first = estimate(items, now=now, half_life_days=half_life)
    assert estimate(shuffled, now=now, half_life_days=half_life) == first
    assert estimate(list(reversed(items)), now=now, half_life_days=half_life) == first


@PROPERTY
@given(equal_evidence(), half_lives)
def test_evidence_all_at_one_value_is_estimated_at_that_value(drawn, half_life):
    v, now, items = drawn

    result = estimate(items, now=now, half_life_days=half_life)

    assert result.score == round(v, 4)
    assert result.level == level_for(round(v, 4))


@PROPERTY
@given(evidence_lists(), half_lives)
def test_estimate_is_the_weighted_mean_to_four_decimals(drawn, half_life):
    now, items = drawn
    found = [item.value for item in items]

    result = estimate(items, now=now, half_life_days=half_life)

    assert round(min(found), 4) <= result.score <= round(max(found), 4)
    assert result.score == round(result.score, 4)
    exact = exact_mean(items, now=now, half_life_days=half_life)
    assert abs(Fraction(result.score) - exact) <= Fraction(1, 20_000) + Fraction(1, 10**12)
    assert result.level == level_for(result.score)


def rule_at(threshold: Decimal, min_evidence: int) -> AssignmentRule:
    return AssignmentRule(
        name="Empathy at target",
        threshold=threshold,
        min_evidence=min_evidence,
        window_days=730,
        skill=Skill(name="Empathy"),
    )


@PROPERTY
@given(
    st.integers(min_value=0, max_value=100),
    st.integers(min_value=1, max_value=5),
    st.data(),
    half_lives,
)
def test_evidence_at_the_threshold_never_matches_a_rule(hundredth, min_evidence, data, half_life):
    threshold = Decimal(hundredth).scaleb(-2)  # as stored: 0.60
    rule = rule_at(threshold, min_evidence)
    now, items = data.draw(evidence_lists(value=st.just(hundredth / 100)))

    evaluation = evaluate(rule, items, now=now, half_life=half_life)

    assert not evaluation.matched
    assert evaluation.recovered == (len(items) >= min_evidence)
    assert evaluation.score == float(threshold)


def test_a_learner_at_the_threshold_gets_one_answer_every_time():
    """The report: evidence all 0.60, evaluated again and again, was 'below 0.60'
    about one time in seven."""
    rule = rule_at(Decimal("0.60"), 3)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    answers = set()
    for run in range(600):
        now = start + timedelta(seconds=run * 7_919)
        items = [
            Evidence(
                0.6,
                source,
                now - timedelta(seconds=(run * 104_729 + n * 15_485_863) % (90 * SECONDS_PER_DAY)),
            )
            for n, source in enumerate(sorted(SOURCE_WEIGHTS) * 2)
        ]
        evaluation = evaluate(rule, items, now=now, half_life=30)
        answers.add((evaluation.matched, evaluation.recovered, evaluation.score))

    assert answers == {(False, True, 0.6)}
