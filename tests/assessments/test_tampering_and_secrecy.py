"""Tampered input gets a clear 4xx and stores nothing; the key never leaves early."""

import json
import re

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt, AttemptResult, Response
from assessments.papers import build_paper
from courses import services as course_services
from tests.assessments.builders import CONFIRMED, assessment, field, option_id, question, ref, token
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client):
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    q1 = question("single_choice", prompt="First?")
    q2 = question("multiple_select", prompt="Second?")
    outsider = question("single_choice", prompt="Not in the quiz?")
    quiz = assessment(course.page, questions=[q1, q2])
    attempt = services.attempt_start(user=learner, assessment=quiz)
    client.force_login(learner)
    return {"attempt": attempt, "q1": q1, "q2": q2, "outsider": outsider, "learner": learner}


def save_one(client, attempt, question_ref, answer):
    return client.post(
        reverse("assessments:save_one", args=[attempt.pk, question_ref]),
        data=json.dumps({"answer": answer}),
        content_type="application/json",
    )


@pytest.mark.parametrize(
    "tamper",
    [
        "option_of_another_question",
        "question_not_in_attempt",
        "question_by_database_id",
        "option_by_database_id",
        "duplicate_choices",
        "wrong_shape",
        "not_json",
    ],
)
def test_tampered_autosave_is_refused_and_stores_nothing(client, setup, tamper):
    attempt, q1, q2, outsider = setup["attempt"], setup["q1"], setup["q2"], setup["outsider"]
    if tamper == "option_of_another_question":
        response = save_one(client, attempt, ref(attempt, q1), {"choice": token(attempt, q2, "A")})
    elif tamper == "question_not_in_attempt":
        response = save_one(client, attempt, outsider.pk, {"choice": option_id(outsider, "Right")})
    elif tamper == "question_by_database_id":
        response = save_one(client, attempt, q1.pk, {"choice": token(attempt, q1, "Right")})
    elif tamper == "option_by_database_id":
        right = option_id(q1, "Right")
        response = save_one(client, attempt, ref(attempt, q1), {"choice": right})
    elif tamper == "duplicate_choices":
        a = token(attempt, q2, "A")
        response = save_one(client, attempt, ref(attempt, q2), {"choices": [a, a]})
    elif tamper == "wrong_shape":
        response = save_one(client, attempt, ref(attempt, q1), "Right")
    else:
        response = client.post(
            reverse("assessments:save_one", args=[attempt.pk, ref(attempt, q1)]),
            data="{not json",
            content_type="application/json",
        )

    assert response.status_code == 400
    assert response.json()["error"]
    assert Response.objects.count() == 0


def test_tampered_form_is_refused_whole(client, setup):
    attempt, q1, q2 = setup["attempt"], setup["q1"], setup["q2"]

    response = client.post(
        reverse("assessments:submit", args=[attempt.pk]),
        {field(attempt, q1): token(attempt, q1, "Right"), field(attempt, q2): "0123456789ab"},
    )

    assert response.status_code == 400
    assert "not all part of this question" in response.content.decode()
    assert Response.objects.count() == 0
    assert not AttemptResult.objects.exists()
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.IN_PROGRESS


def test_another_learners_attempt_is_404_to_read_and_403_to_write(client, setup):
    # A read someone may not make is 404, a write 403 (docs/access-matrix.md).
    attempt, q1 = setup["attempt"], setup["q1"]
    client.force_login(UserFactory())

    assert client.get(reverse("assessments:attempt", args=[attempt.pk])).status_code == 404
    assert client.get(reverse("assessments:result", args=[attempt.pk])).status_code == 404
    right = token(attempt, q1, "Right")
    assert save_one(client, attempt, ref(attempt, q1), {"choice": right}).status_code == 403
    assert client.post(reverse("assessments:submit", args=[attempt.pk])).status_code == 403
    assert Response.objects.count() == 0
    assert not AttemptResult.objects.exists()


def test_answers_after_submission_are_refused(client, setup):
    attempt, q1 = setup["attempt"], setup["q1"]
    client.post(reverse("assessments:submit", args=[attempt.pk]), CONFIRMED)

    response = save_one(client, attempt, ref(attempt, q1), {"choice": token(attempt, q1, "Right")})

    assert response.status_code == 409
    assert Response.objects.count() == 0


def test_assessment_pages_need_a_signed_in_user(client, setup):
    client.logout()
    attempt = setup["attempt"]
    for url in (
        reverse("assessments:attempt", args=[attempt.pk]),
        reverse("assessments:result", args=[attempt.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_the_attempt_page_holds_no_answer_key(client):
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    secrets = {
        "single_choice": question(
            options=[("A", True, 0, "SECRET-FB-1"), ("B", False, 0, "SECRET-FB-2")]
        ),
        "short_answer": question("short_answer", options=[("SECRET-ACCEPTED", True, 0, "")]),
        "scenario": question(
            "scenario",
            options=[("Good", False, 1, "SECRET-FB-3"), ("Bad", False, 0, "SECRET-FB-4")],
        ),
        "ordering": question("ordering"),
    }
    for q in secrets.values():
        q.explanation = "SECRET-EXPLANATION"
        q.save()
    quiz = assessment(course.page, questions=list(secrets.values()), feedback_policy="after_each")
    client.force_login(learner)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get()

    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    saved = save_one(
        client,
        attempt,
        ref(attempt, secrets["single_choice"]),
        {"choice": token(attempt, secrets["single_choice"], "A")},
    )

    for leak in ("SECRET-", "is_correct", "credit", '"key"', "accepted"):
        assert leak not in html
        assert leak not in saved.content.decode()
    # The steps of an ordering question are never shown in their right order.
    pattern = rf'<label for="q-{ref(attempt, secrets["ordering"])}-[0-9a-f]+">([^<]+)</label>'
    steps = re.findall(pattern, html)
    assert sorted(steps) == ["First", "Second", "Third"]
    assert steps != ["First", "Second", "Third"]


def test_random_draws_take_active_questions_of_the_skill():
    course = build_course(modules=1, lessons=1)
    pool = [question(skills=["empathy"], prompt=f"Empathy {n}?") for n in range(5)]
    retired = question(skills=["empathy"], prompt="Retired?", active=False)
    question(skills=["ai-escalation"], prompt="Other skill?")
    fixed = question(skills=["empathy"], prompt="Always?")
    quiz = assessment(course.page, questions=[fixed])
    quiz.draws.create(skill=pool[0].skills.first(), count=3)

    for _ in range(10):
        paper = build_paper(quiz)
        prompts = [item["prompt"] for item in paper["questions"]]
        assert prompts[0] == "Always?"
        assert len(prompts) == 4 and len(set(prompts)) == 4
        assert all(p.startswith("Empathy") for p in prompts[1:])
        assert retired.prompt not in prompts
