"""The database goes away in the middle of a request: PostgreSQL terminates the
request's own connection between two of its writes (what a restart or a
failover does). The learner sees the error page, nothing half-written is kept,
and doing the same again succeeds with exactly one row.
"""

import json

import pytest
from django.db import close_old_connections
from django.test import Client
from django.urls import reverse

from assessments.models import Attempt, AttemptResult, Response
from courses import services as course_services
from courses.models import Enrollment, LessonCompletion, ModuleProgress
from skills.models import Signal
from tests.assessments.builders import assessment, field, option_id, question, ref
from tests.assessments.builders import token as option_token
from tests.courses.builders import build_course
from tests.factories import UserFactory
from tests.reliability.faults import (
    current_backend_pid,
    database_dies_after,
    needs_postgresql,
    terminate_backend,
)
from tests.skills.helpers import learner, qa, token

pytestmark = [
    needs_postgresql,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def send(client, method, url, **kwargs):
    """One request as a WSGI server runs it: afterwards, a broken database
    connection is dropped (Django's request_finished does this; the test client
    leaves it out), so the next request opens a fresh one."""
    try:
        return getattr(client, method)(url, **kwargs)
    finally:
        close_old_connections()


@pytest.fixture
def browser():
    """A browser: an error comes back as the 500 page, as it would to a learner."""
    return Client(raise_request_exception=False)


# --- Lesson completion ------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        'INSERT INTO "courses_lessoncompletion"',  # the first write
        'UPDATE "courses_enrollment"',  # between the completion and the progress
        'INSERT INTO "courses_moduleprogress"',  # the progress, the last writes
    ],
)
def test_lesson_completion_is_all_or_nothing_when_the_database_goes_away(browser, statement):
    built = build_course(modules=1, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    browser.force_login(person)
    url = reverse("courses:lesson_done", args=[built.page.pk, built.lessons[0].pk])

    with database_dies_after(statement) as killed:
        response = send(browser, "post", url)

    assert killed, f"the request never ran {statement}"
    assert response.status_code == 500
    assert b"Please try again" in response.content
    assert not LessonCompletion.objects.exists()
    enrollment = Enrollment.objects.get(user=person)
    assert (enrollment.lessons_done, enrollment.last_lesson_id) == (0, None)

    response = send(browser, "post", url)

    assert response.status_code == 302
    assert LessonCompletion.objects.filter(user=person).count() == 1
    enrollment.refresh_from_db()
    assert (enrollment.lessons_done, enrollment.progress_percent) == (1, 50)
    assert ModuleProgress.objects.get(enrollment=enrollment).lessons_done == 1


def test_lesson_completed_just_before_the_database_went_away_is_kept_once(browser, monkeypatch):
    """The completion committed, then the connection died while the page was
    built: the learner sees an error, presses again, and has one completion."""
    built = build_course(modules=1, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    browser.force_login(person)
    url = reverse("courses:lesson_done", args=[built.page.pk, built.lessons[0].pk])
    original = course_services.lesson_complete

    def complete_then_lose_the_database(**kwargs):
        done = original(**kwargs)
        terminate_backend(current_backend_pid())
        return done

    monkeypatch.setattr(course_services, "lesson_complete", complete_then_lose_the_database)
    assert send(browser, "post", url).status_code == 500
    monkeypatch.undo()

    assert send(browser, "post", url).status_code == 302
    assert LessonCompletion.objects.filter(user=person).count() == 1
    assert Enrollment.objects.get(user=person).lessons_done == 1


# --- Quiz answers and submission --------------------------------------------------


@pytest.fixture
def quiz_attempt(browser):
    built = build_course(modules=1, lessons=1)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    single = question("single_choice", skills=["empathy"])
    multiple = question("multiple_select", skills=["qa-active-listening"])
    quiz = assessment(built.page, questions=[single, multiple], kind="final", pass_mark=50)
    browser.force_login(person)
    response = send(browser, "post", reverse("assessments:start", args=[quiz.pk]))
    assert response.status_code == 302
    attempt = Attempt.objects.get(user=person)
    form = {
        field(attempt, single): option_token(attempt, single, "Right"),
        field(attempt, multiple): [
            option_token(attempt, multiple, "A"),
            option_token(attempt, multiple, "B"),
        ],
    }
    return attempt, single, form


def test_saved_answers_are_all_or_nothing_when_the_database_goes_away(browser, quiz_attempt):
    attempt, _single, form = quiz_attempt
    url = reverse("assessments:save", args=[attempt.pk])

    with database_dies_after('INSERT INTO "assessments_response"') as killed:
        response = send(browser, "post", url, data=form)

    assert killed
    assert response.status_code == 500
    assert not Response.objects.filter(attempt=attempt).exists()  # not one of the two

    response = send(browser, "post", url, data=form)

    assert response.status_code == 302
    assert Response.objects.filter(attempt=attempt).count() == 2


def test_an_autosaved_answer_survives_the_database_going_away(browser, quiz_attempt):
    attempt, single, _form = quiz_attempt
    url = reverse("assessments:save_one", args=[attempt.pk, ref(attempt, single)])
    body = json.dumps({"answer": {"choice": option_token(attempt, single, "Right")}})

    with database_dies_after('INSERT INTO "assessments_response"') as killed:
        response = send(browser, "post", url, data=body, content_type="application/json")

    assert killed and response.status_code == 500
    assert not Response.objects.exists()

    response = send(browser, "post", url, data=body, content_type="application/json")

    assert response.json() == {"saved": True}
    assert Response.objects.get(attempt=attempt).answer == {"choice": option_id(single, "Right")}


@pytest.mark.parametrize(
    "statement",
    [
        'INSERT INTO "assessments_attemptresult"',  # the grade
        'INSERT INTO "skills_signal"',  # the evidence, written after the grade
    ],
)
def test_submission_is_graded_once_when_the_database_goes_away(browser, quiz_attempt, statement):
    attempt, _single, form = quiz_attempt
    url = reverse("assessments:submit", args=[attempt.pk])

    with database_dies_after(statement) as killed:
        response = send(browser, "post", url, data=form)

    assert killed and response.status_code == 500
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not AttemptResult.objects.exists()
    assert not Signal.objects.exists()
    # The answers were saved, in their own transaction, before the grading began.
    assert Response.objects.filter(attempt=attempt).count() == 2

    response = send(browser, "post", url, data=form)

    assert response.status_code == 302
    assert response.url == reverse("assessments:result", args=[attempt.pk])
    result = AttemptResult.objects.get(attempt=attempt)
    assert result.percent == 100
    assert Response.objects.filter(attempt=attempt).count() == 2
    assert sorted(Signal.objects.values_list("external_id", flat=True)) == [
        f"attempt-{attempt.pk}-empathy",
        f"attempt-{attempt.pk}-qa-active-listening",
    ]
    assert send(browser, "post", url, data=form).status_code == 302
    assert AttemptResult.objects.count() == 1


# --- The signals API --------------------------------------------------------------


def post_batch(client, secret, items):
    return send(
        client,
        "post",
        "/api/v1/signals/",
        data=json.dumps({"signals": items}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )


@pytest.mark.parametrize("size", [3, 600])  # 600: written in two INSERTs of 500
def test_a_signals_batch_is_stored_whole_or_not_at_all_when_the_database_goes_away(browser, size):
    learner("E1")
    secret = token()
    items = [qa(f"qa-{n}", "E1", 40 + n % 50) for n in range(size)]
    items.append(qa("bad", "E404", 50))  # rejected: no such learner

    with database_dies_after('INSERT INTO "skills_signal"') as killed:
        response = post_batch(browser, secret, items)

    assert killed and response.status_code == 500
    assert not Signal.objects.exists()

    response = post_batch(browser, secret, items)

    assert response.status_code == 202
    answer = response.json()
    assert len(answer["accepted"]) == size
    assert [r["external_id"] for r in answer["rejected"]] == ["bad"]
    assert Signal.objects.count() == size
    assert Signal.objects.filter(processed_at__isnull=False).count() == size

    response = post_batch(browser, secret, items)  # sent a third time: all duplicates

    assert response.json()["accepted"] == []
    assert len(response.json()["duplicates"]) == size
    assert Signal.objects.count() == size
