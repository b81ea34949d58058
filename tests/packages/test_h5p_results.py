"""What the H5P player frame reports, checked before it is kept: the saved state,
and the result of the content."""

import json

import pytest

from packages.h5p.results import (
    STATE_MAX_BYTES,
    Outcome,
    StatementRefused,
    StateRefused,
    h5p_result,
    h5p_state_clean,
)


def test_state_is_kept_as_compact_json_text():
    assert h5p_state_clean('{ "answer": 0,\n "visits": 2 }') == '{"answer":0,"visits":2}'
    assert h5p_state_clean({"answers": ["é", None]}) == '{"answers":["é",null]}'
    assert h5p_state_clean("null") == "null"


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "{not json",
        "[" * 40 + "]" * 40,
        {"too": "x" * STATE_MAX_BYTES},
        "x" * (STATE_MAX_BYTES * 3),
        float("nan"),
        {"set": {1, 2}},
    ],
)
def test_state_that_is_not_json_or_too_big_is_refused(data):
    with pytest.raises(StateRefused):
        h5p_state_clean(data)


def test_a_state_just_under_the_limit_is_kept():
    text = json.dumps({"notes": "x" * (STATE_MAX_BYTES - 20)}, separators=(",", ":"))
    assert h5p_state_clean(text) == text


@pytest.mark.parametrize(
    ("statement", "outcome"),
    [
        (
            {"verb": "answered", "score": {"raw": 3, "max": 4, "scaled": 0.75}, "success": True},
            Outcome(completed=True, passed=True, score=0.75),
        ),
        (
            {"verb": "completed", "score": {"raw": 1, "max": 4}, "success": False},
            Outcome(completed=True, passed=False, score=0.25),
        ),
        (
            {"verb": "answered", "score": {"raw": 2, "max": 3, "scaled": 0.6667}},
            Outcome(completed=True, passed=None, score=2 / 3),
        ),
        ({"verb": "passed"}, Outcome(completed=True, passed=True, score=None)),
        ({"verb": "failed", "success": False}, Outcome(completed=True, passed=False, score=None)),
        (
            {"verb": "answered", "score": {"raw": 0, "max": 0}, "completion": True},
            Outcome(completed=True, passed=None, score=None),
        ),
        (
            {"verb": "answered", "score": {"scaled": 0.5}, "completion": False},
            Outcome(completed=False, passed=None, score=0.5),
        ),
        (
            {"verb": "answered", "score": {"raw": 1, "scaled": 0.5}, "success": None},
            Outcome(completed=True, passed=None, score=0.5),
        ),
    ],
)
def test_the_outcome_a_statement_reports(statement, outcome):
    assert h5p_result(statement) == outcome


def test_the_pass_mark_decides_when_the_content_does_not():
    four_of_five = {"verb": "answered", "score": {"raw": 4, "max": 5}}
    assert h5p_result(four_of_five, pass_mark=80).passed is True
    assert h5p_result(four_of_five, pass_mark=81).passed is False
    said_failed = {**four_of_five, "success": False}
    assert h5p_result(said_failed, pass_mark=50).passed is False
    assert h5p_result({"verb": "completed"}, pass_mark=80).passed is None


@pytest.mark.parametrize(
    "statement",
    [
        None,
        [],
        {},
        {"verb": "experienced", "score": {"raw": 1, "max": 1}},
        {"verb": "http://adlnet.gov/expapi/verbs/answered"},
        {"verb": "answered", "score": {"raw": 5, "max": 4}},
        {"verb": "answered", "score": {"raw": -1, "max": 4}},
        {"verb": "answered", "score": {"raw": 1, "max": -4}},
        {"verb": "answered", "score": {"raw": "3", "max": 4}},
        {"verb": "answered", "score": {"raw": True, "max": 1}},
        {"verb": "answered", "score": {"raw": 1e400, "max": 1e400}},
        {"verb": "answered", "score": {"raw": 1, "max": 4, "scaled": 0.9}},
        {"verb": "answered", "score": {"scaled": 1.5}},
        {"verb": "answered", "score": {"scaled": -0.1}},
        {"verb": "answered", "score": {"max": 4}},
        {"verb": "answered", "score": {"raw": 3}},
        {"verb": "answered", "score": 3},
        {"verb": "answered", "success": "yes"},
        {"verb": "answered", "completion": 1},
        {"verb": "passed", "success": False},
        {"verb": "failed", "success": True},
    ],
)
def test_nonsense_is_refused_not_made_plausible(statement):
    with pytest.raises(StatementRefused):
        h5p_result(statement)
