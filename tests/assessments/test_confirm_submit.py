"""Submitting with questions unanswered asks first. Without JavaScript the
server answers the submit with a page that asks; going back from it uses up
nothing, and only "Submit anyway" (the confirm field) grades the attempt. The
attempt page shows how many questions are answered."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, AttemptResult, Response
from courses import services as course_services
from tests.assessments.builders import CONFIRMED, assessment, field, question, ref, token
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ASKS = "Submit with questions unanswered?"


@pytest.fixture
def taking(client):
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    questions = [question("single_choice", prompt=f"Question {n}?") for n in range(3)]
    quiz = assessment(course.page, questions=questions, kind="final", max_attempts=2)
    client.force_login(learner)
    client.post(reverse("assessments:start", args=[quiz.pk]))
    attempt = Attempt.objects.get(assessment=quiz)
    return attempt, questions


def submit(client, attempt, data):
    return client.post(reverse("assessments:submit", args=[attempt.pk]), data)


def test_an_empty_submit_asks_first_and_uses_nothing(client, taking):
    attempt, _questions = taking

    response = submit(client, attempt, {})

    assert response.status_code == 200
    html = response.content.decode()
    assert ASKS in html
    assert "You have not answered 3 of 3 questions." in html
    assert 'name="confirm" value="1"' in html
    assert f'href="{reverse("assessments:attempt", args=[attempt.pk])}"' in html  # go back
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not AttemptResult.objects.exists()


def test_the_answers_given_are_kept_and_the_unanswered_are_listed(client, taking):
    attempt, (first, second, third) = taking

    response = submit(client, attempt, {field(attempt, first): token(attempt, first, "Right")})

    html = response.content.decode()
    assert "You have not answered 2 of 3 questions." in html
    assert f"#question-{ref(attempt, second)}" in html
    assert f"#question-{ref(attempt, third)}" in html
    assert f"#question-{ref(attempt, first)}" not in html
    assert Response.objects.filter(attempt=attempt).count() == 1  # saved, not lost
    # Going back: the page shows the saved answer and the count.
    page = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()
    assert "1 of 3 answered" in page
    assert f'value="{token(attempt, first, "Right")}" checked' in page
    assert not AttemptResult.objects.exists()


def test_submit_anyway_grades_the_attempt(client, taking):
    attempt, (first, _second, _third) = taking
    submit(client, attempt, {field(attempt, first): token(attempt, first, "Right")})

    response = submit(client, attempt, CONFIRMED)

    assert response.status_code == 302
    assert response.url == reverse("assessments:result", args=[attempt.pk])
    result = AttemptResult.objects.get(attempt=attempt)
    assert (result.score, result.max_score) == (1.0, 3.0)


@pytest.mark.parametrize("confirm", ["", " ", "0", "yes", "11"])
def test_an_empty_confirm_field_is_not_a_confirmation(client, taking, confirm):
    attempt, _questions = taking
    response = submit(client, attempt, {"confirm": confirm})
    assert ASKS in response.content.decode()
    assert not AttemptResult.objects.exists()


def test_every_question_answered_submits_without_asking(client, taking):
    attempt, questions = taking

    response = submit(
        client, attempt, {field(attempt, q): token(attempt, q, "Wrong") for q in questions}
    )

    assert response.status_code == 302
    assert AttemptResult.objects.get(attempt=attempt).score == 0.0


def test_when_time_is_up_it_submits_without_asking(client, taking):
    attempt, _questions = taking
    Attempt.objects.filter(pk=attempt.pk).update(deadline_at=timezone.now() - timedelta(minutes=1))

    response = submit(client, attempt, {})

    assert response.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.SUBMITTED
    assert attempt.expired


def test_the_attempt_page_counts_and_carries_the_dialog(client, taking):
    attempt, _questions = taking
    html = client.get(reverse("assessments:attempt", args=[attempt.pk])).content.decode()

    assert "0 of 3 answered" in html
    assert 'aria-live="polite" data-answered-counter' in html
    assert '<dialog class="confirm-dialog" id="confirm-submit"' in html
    assert 'name="confirm" value=""' in html  # empty until the learner confirms
    assert "<script>" not in html  # no inline script: the policy allows none


def test_someone_else_cannot_reach_the_confirmation(client, taking):
    attempt, _questions = taking
    client.force_login(UserFactory())
    # A write to what is not theirs is refused (docs/access-matrix.md).
    assert submit(client, attempt, {}).status_code == 403
    assert submit(client, attempt, CONFIRMED).status_code == 403
    assert not AttemptResult.objects.exists()
