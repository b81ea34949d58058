import math

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from assessments import services
from assessments.models import AttemptResult
from assessments.selectors import _point_biserial, assessment_analytics
from courses import services as course_services
from people.roles import Role
from people.services import role_grant
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def take(user, quiz, answers):
    attempt = services.attempt_start(user=user, assessment=quiz)
    services.responses_save(user=user, attempt_id=attempt.pk, answers=answers)
    return services.attempt_submit(user=user, attempt_id=attempt.pk)


@pytest.fixture
def course():
    return build_course(modules=1, lessons=1)


def learners(course, count):
    people = [UserFactory() for _ in range(count)]
    for person in people:
        course_services.enrollment_create(user=person, course=course.page)
    return people


def test_point_biserial_matches_the_formula():
    item = [1, 1, 1, 0, 0]
    totals = [0.9, 0.8, 0.6, 0.4, 0.2]
    n = len(totals)
    mean_all = sum(totals) / n
    sd = math.sqrt(sum((t - mean_all) ** 2 for t in totals) / n)
    p = 3 / 5
    expected = ((0.9 + 0.8 + 0.6) / 3 - (0.4 + 0.2) / 2) / sd * math.sqrt(p * (1 - p))

    assert _point_biserial(item, totals) == pytest.approx(expected)
    assert _point_biserial([1, 1], [0.5, 0.6]) is None  # too few
    assert _point_biserial([1, 1, 1], [0.1, 0.5, 0.9]) is None  # everyone right


def test_item_analysis_facility_discrimination_and_options(course):
    easy, telling, helper, other = (
        question(prompt=p) for p in ("Easy?", "Telling?", "Helper?", "Other?")
    )
    quiz = assessment(course.page, questions=[easy, telling, helper, other], pass_mark=60)
    strong, medium, weak, weakest = learners(course, 4)

    def answers(*rights):
        return {
            q.pk: {"choice": option_id(q, "Right" if ok else "Wrong")}
            for q, ok in zip((easy, telling, helper, other), rights, strict=True)
        }

    take(strong, quiz, answers(True, True, True, True))  # 100%
    take(medium, quiz, answers(True, True, True, False))  # 75%
    take(weak, quiz, answers(True, False, False, True))  # 50%
    take(weakest, quiz, answers(True, False, False, False))  # 25%

    stats = assessment_analytics(assessment=quiz)
    items = {item.prompt: item for item in stats.items}

    assert stats.attempts == 4 and stats.learners == 4
    assert stats.pass_rate == 0.5
    assert stats.mean_percent == 62.5
    assert items["Easy?"].facility == 1.0
    assert items["Easy?"].discrimination is None  # everyone right: it tells nothing
    assert items["Telling?"].facility == 0.5
    # Those who got it right did better on the rest of the paper.
    assert items["Telling?"].discrimination > 0.5
    assert items["Other?"].discrimination < items["Telling?"].discrimination
    assert dict(items["Other?"].options) == {"Right": 2, "Wrong": 2}


def test_pre_to_post_gain(course):
    q = question()
    pre = assessment(course.page, questions=[q], kind="pre_test", title="Pre")
    post = assessment(course.page, questions=[q], kind="post_test", title="Post", pre_test=pre)
    first, second, pre_only = learners(course, 3)
    for person in (first, second, pre_only):
        take(person, pre, {q.pk: {"choice": option_id(q, "Wrong")}})
    take(first, post, {q.pk: {"choice": option_id(q, "Right")}})
    take(second, post, {q.pk: {"choice": option_id(q, "Wrong")}})
    take(second, post, {q.pk: {"choice": option_id(q, "Right")}})  # best post counts

    gain = assessment_analytics(assessment=post).gain

    assert gain["learners"] == 2
    assert gain["pre_mean"] == 0.0
    assert gain["post_mean"] == 100.0
    assert gain["gain"] == 100.0
    assert assessment_analytics(assessment=pre).gain["gain"] == 100.0


def test_analytics_queries_do_not_grow_with_attempts(course):
    q1, q2 = question(), question("multiple_select")
    quiz = assessment(course.page, questions=[q1, q2])
    people = learners(course, 6)
    take(people[0], quiz, {q1.pk: {"choice": option_id(q1, "Right")}})
    with CaptureQueriesContext(connection) as few:
        assessment_analytics(assessment=quiz)
    for person in people[1:]:
        take(person, quiz, {q1.pk: {"choice": option_id(q1, "Wrong")}, q2.pk: {"choices": []}})
    with CaptureQueriesContext(connection) as many:
        assessment_analytics(assessment=quiz)

    assert AttemptResult.objects.count() == 6
    assert len(many) == len(few)


def test_analytics_screen_is_for_authors(client, course):
    quiz = assessment(course.page, questions=[question()])
    url = reverse("assessments_analytics", args=[quiz.pk])

    client.force_login(UserFactory())
    assert client.get(url).status_code == 404  # docs/access-matrix.md

    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    response = client.get(url)
    assert response.status_code == 200
    assert "Facility is the share of the points" in response.content.decode()
