"""Two tabs, one moment: concurrent submissions and starts, on both databases."""

import pytest

from assessments import services
from assessments.models import Attempt, AttemptResult
from courses import services as course_services
from skills.models import Signal
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import build_course
from tests.courses.test_concurrency import at_once
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def quiz_and_learner():
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    course_services.enrollment_create(user=learner, course=course.page)
    q1 = question(skills=["empathy"])
    return assessment(course.page, questions=[q1]), learner, q1


def test_two_submissions_at_the_same_moment_give_one_result(quiz_and_learner):
    quiz, learner, q1 = quiz_and_learner
    attempt = services.attempt_start(user=learner, assessment=quiz)
    services.responses_save(
        user=learner, attempt_id=attempt.pk, answers={q1.pk: {"choice": option_id(q1, "Right")}}
    )

    errors = at_once(4, lambda: services.attempt_submit(user=learner, attempt_id=attempt.pk))

    assert errors == []
    assert AttemptResult.objects.filter(attempt=attempt).count() == 1
    assert Signal.objects.filter(user=learner).count() == 1
    assert Attempt.objects.get(pk=attempt.pk).status == Attempt.Status.SUBMITTED


def test_two_starts_at_the_same_moment_give_one_attempt(quiz_and_learner):
    quiz, learner, _q1 = quiz_and_learner

    errors = at_once(4, lambda: services.attempt_start(user=learner, assessment=quiz))

    assert errors == []
    assert Attempt.objects.filter(user=learner, assessment=quiz).count() == 1
