"""Scoring, tested by property: bounds, monotonic partial credit, order-free ids."""

import random

from hypothesis import given
from hypothesis import strategies as st

from assessments.scoring import (
    grade_paper,
    normalise_text,
    score_multiple,
    score_order,
    score_pick,
    score_question,
    score_short_answer,
)

ids = st.integers(min_value=1, max_value=10_000)


@st.composite
def multiple_select(draw):
    options = draw(st.lists(ids, min_size=2, max_size=8, unique=True))
    correct = draw(st.lists(st.sampled_from(options), min_size=1, unique=True))
    chosen = draw(st.lists(st.sampled_from(options), unique=True))
    return options, set(correct), set(chosen)


@given(multiple_select())
def test_multiple_select_stays_within_bounds(case):
    _options, correct, chosen = case
    assert 0.0 <= score_multiple(correct, chosen) <= 1.0


@given(multiple_select())
def test_partial_credit_is_monotonic(case):
    options, correct, chosen = case
    score = score_multiple(correct, chosen)
    for option in options:
        if option in chosen:
            continue
        more = score_multiple(correct, chosen | {option})
        if option in correct:
            assert more >= score  # a right choice never costs
        else:
            assert more <= score  # a wrong choice never helps


@given(multiple_select())
def test_all_and_only_the_right_options_score_full(case):
    _options, correct, _chosen = case
    assert score_multiple(correct, correct) == 1.0
    assert score_multiple(correct, set()) == 0.0


@given(st.lists(ids, min_size=1, max_size=7, unique=True), st.randoms())
def test_ordering_stays_within_bounds_and_is_full_only_when_right(order, rng):
    submitted = list(order)
    rng.shuffle(submitted)
    score = score_order(order, submitted)
    assert 0.0 <= score <= 1.0
    assert (score == 1.0) == (submitted == order)
    assert score_order(order, list(reversed(order))) == (0.0 if len(order) > 1 else 1.0)


@given(st.lists(ids, min_size=2, max_size=7, unique=True))
def test_ordering_refuses_anything_but_a_permutation(order):
    assert score_order(order, order[:-1]) == 0.0
    assert score_order(order, [*order, 999_999]) == 0.0


@given(
    st.dictionaries(ids, st.floats(min_value=0, max_value=1), min_size=1, max_size=6),
    st.data(),
)
def test_scenario_pick_scores_the_chosen_credit(credits, data):
    chosen = data.draw(st.sampled_from(sorted(credits)))
    as_json = {str(k): v for k, v in credits.items()}
    assert score_pick(as_json, chosen) == credits[chosen]
    assert 0.0 <= score_pick(as_json, chosen) <= 1.0


@given(
    st.text(max_size=40), st.text(alphabet=" \t\n", max_size=5), st.text(alphabet=" \t", max_size=3)
)
def test_short_answers_ignore_case_and_white_space(answer, before, after):
    if not normalise_text(answer):
        return
    assert score_short_answer([answer], f"{before}{answer.upper()}{after}") == 1.0
    assert score_short_answer([answer], f"{before}{answer.lower()}{after}") == 1.0


def test_short_answer_needs_the_words():
    assert score_short_answer(["knowledge cut-off"], "knowledge  CUT-OFF ") == 1.0
    assert score_short_answer(["knowledge cut-off"], "knowledge") == 0.0
    assert score_short_answer(["knowledge cut-off"], "") == 0.0


def _paper(shown_orders):
    """A paper with a choice, a multiple select and an ordering, options shown in
    the given orders."""
    return {
        "questions": [
            {
                "id": 1,
                "kind": "single_choice",
                "points": 1,
                "skills": ["a"],
                "options": [{"id": i, "text": str(i)} for i in shown_orders[0]],
                "key": {"correct": [11]},
            },
            {
                "id": 2,
                "kind": "multiple_select",
                "points": 2,
                "skills": ["a", "b"],
                "options": [{"id": i, "text": str(i)} for i in shown_orders[1]],
                "key": {"correct": [21, 22]},
            },
            {
                "id": 3,
                "kind": "ordering",
                "points": 1,
                "skills": ["b"],
                "options": [{"id": i, "text": str(i)} for i in shown_orders[2]],
                "key": {"order": [31, 32, 33, 34]},
            },
            {"id": 4, "kind": "likert", "points": 1, "skills": ["a"], "options": [], "key": {}},
        ]
    }


@given(st.randoms(use_true_random=False))
def test_shuffling_the_options_never_changes_a_score(rng: random.Random):
    answers = {
        1: {"choice": 11},
        2: {"choices": [21, 23]},
        3: {"order": [31, 33, 32, 34]},
        4: {"rating": 4},
    }
    base = grade_paper(_paper([[11, 12, 13], [21, 22, 23, 24], [31, 32, 33, 34]]), answers)
    shown = [[11, 12, 13], [21, 22, 23, 24], [31, 32, 33, 34]]
    for order in shown:
        rng.shuffle(order)
    shuffled = grade_paper(_paper(shown), answers)

    assert shuffled == base
    assert 0 <= base["score"] <= base["max_score"] == 4  # the self-rating is not scored
    assert base["per_question"]["4"]["fraction"] is None


def test_per_skill_scores_add_up():
    graded = grade_paper(
        _paper([[11, 12], [21, 22, 23], [31, 32, 33, 34]]),
        {1: {"choice": 11}, 2: {"choices": [21]}, 3: {"order": [31, 32, 33, 34]}},
    )
    assert graded["per_skill"]["a"] == {"earned": 2.0, "possible": 3.0}
    assert graded["per_skill"]["b"] == {"earned": 2.0, "possible": 3.0}
    assert graded["percent"] == 75.0


def test_unanswered_questions_score_nothing():
    paper = _paper([[11, 12], [21, 22, 23], [31, 32, 33, 34]])
    assert grade_paper(paper, {})["score"] == 0.0
    for item in paper["questions"][:3]:
        assert score_question(item, None) == 0.0
