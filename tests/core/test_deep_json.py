"""JSON nested too deeply is refused before parsing, on every endpoint that reads
JSON (the signals API's own test is in tests/skills/test_api_abuse.py)."""

import json

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Response
from core import jsonbody
from courses import services as course_services
from tests.assessments.builders import assessment, question, ref
from tests.courses.builders import build_course
from tests.factories import UserFactory


@pytest.mark.parametrize(
    ("text", "deepest"),
    [
        ('{"a": [1, {"b": []}]}', 4),
        ('["[[[[", "{{{{", "\\"[[["]', 1),  # brackets inside text do not nest
        ("[" * 40 + "]" * 40, 40),
    ],
)
def test_nesting_is_measured_outside_strings(text, deepest):
    assert not jsonbody.depth_exceeds(text, deepest)
    assert jsonbody.depth_exceeds(text, deepest - 1)
    assert jsonbody.loads(text.encode(), max_depth=deepest) == json.loads(text)


@pytest.mark.parametrize("depth", [33, 3_000, 100_000])
def test_too_deep_is_a_value_error_with_a_message(depth):
    with pytest.raises(ValueError, match="nested more than 32 levels"):
        jsonbody.loads(b"[" * depth + b"]" * depth)


@pytest.mark.django_db
@pytest.mark.parametrize("depth", [3_000, 100_000])
def test_an_autosaved_answer_nested_too_deeply_is_refused_as_json(client, depth):
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    single = question("single_choice", prompt="First?")
    attempt = services.attempt_start(
        user=learner, assessment=assessment(course.page, questions=[single])
    )
    client.force_login(learner)

    response = client.post(
        reverse("assessments:save_one", args=[attempt.pk, ref(attempt, single)]),
        data='{"answer": ' + "[" * depth + "]" * depth + "}",
        content_type="application/json",
    )

    assert response.status_code == 400
    assert "error" in response.json()
    assert not Response.objects.filter(attempt=attempt).exists()


@pytest.mark.parametrize(
    "text",
    ['\\"' * 200_000 + "\\", '"\\' * 200_000, '"' + "[" * 400_000],
    ids=["escaped-quotes", "open-escape", "open-string"],
)
def test_no_body_makes_the_measure_start_over_at_every_quote(text):
    """Quadratic scanning would take minutes here; the measure is one pass."""
    assert not jsonbody.depth_exceeds(text, 32)
