"""A course is complete when its criteria are met: every required lesson done
and, by default, every final assessment passed. A required knowledge check
cannot be skipped with "Mark as done". The certificate and HR's export say what
was met."""

import json

import pytest
from django.urls import reverse

from assessments import services as assessment_services
from courses import services
from courses.completion import Basis
from courses.models import Certificate, Enrollment, LessonCompletion
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def take(user, quiz, q, choice: str, lesson=None):
    attempt = assessment_services.attempt_start(user=user, assessment=quiz, lesson_id=lesson)
    assessment_services.responses_save(
        user=user, attempt_id=attempt.pk, answers={q.pk: {"choice": option_id(q, choice)}}
    )
    return assessment_services.attempt_submit(user=user, attempt_id=attempt.pk)


@pytest.fixture
def course_with_final():
    built = build_course(modules=1, lessons=2)
    q = question(prompt="Final?")
    final = assessment(built.page, questions=[q], kind="final", title="Final", pass_mark=70)
    return built, final, q


def mark_all_done(user, built):
    for lesson in built.lessons:
        services.lesson_complete(user=user, course=built.page, lesson_id=lesson.pk)


def test_a_failed_final_does_not_complete_the_course_nor_earn_a_certificate(course_with_final):
    built, final, q = course_with_final
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    mark_all_done(learner, built)

    result = take(learner, final, q, "Wrong")

    assert not result.passed
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.progress_percent == 100
    assert not Certificate.objects.filter(user=learner).exists()


def test_passing_the_final_after_the_lessons_completes_it_and_the_certificate_says_so(
    course_with_final,
):
    built, final, q = course_with_final
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    mark_all_done(learner, built)
    take(learner, final, q, "Wrong")

    take(learner, final, q, "Right")

    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.COMPLETED
    certificate = Certificate.objects.get(user=learner)
    assert certificate.basis == Basis.LESSONS_AND_FINALS
    assert certificate.criteria["lessons_done"] == certificate.criteria["lessons_total"] == 2
    assert certificate.criteria["finals"] == [
        {"title": "Final", "percent": 100.0, "pass_mark": 70, "passed": True}
    ]


def test_passing_the_final_before_the_lessons_completes_it_with_the_last_lesson(
    course_with_final,
):
    built, final, q = course_with_final
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    take(learner, final, q, "Right")
    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.ACTIVE

    mark_all_done(learner, built)

    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.COMPLETED


def test_an_author_may_make_the_lessons_alone_enough(course_with_final):
    built, _final, _q = course_with_final
    built.page.completion_requires_finals = False
    built.page.save()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)

    mark_all_done(learner, built)

    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.COMPLETED
    assert Certificate.objects.get(user=learner).basis == Basis.LESSONS


def test_a_required_knowledge_check_cannot_be_skipped_with_mark_as_done(client):
    built = build_course(modules=1, lessons=1)
    lesson = built.lessons[0]
    q = question(prompt="Check?")
    check = assessment(built.page, questions=[q], module=built.modules[0], title="Check")
    body = [dict(block) for block in lesson.body.raw_data]
    body.append({"type": "knowledge_check", "value": {"assessment": check.pk}})
    lesson.body = json.dumps(body)
    lesson.save()
    built.page.completion_requires_checks = True
    built.page.save()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    client.force_login(learner)

    page = client.get(lesson.url).content.decode()
    response = client.post(reverse("courses:lesson_done", args=[built.page.pk, lesson.pk]))

    assert "Pass the knowledge check above to finish this lesson." in page
    assert "Mark as done" not in page
    assert response.status_code == 302
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert "Pass this lesson" in client.get(response.url).content.decode()

    take(learner, check, q, "Right", lesson=lesson.pk)

    assert LessonCompletion.objects.get(user=learner).how == "knowledge_check"
    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.COMPLETED


def test_the_certificate_page_says_what_was_met(client, course_with_final):
    built, final, q = course_with_final
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    mark_all_done(learner, built)
    take(learner, final, q, "Right")
    code = Certificate.objects.get(user=learner).code

    html = client.get(reverse("courses:certificate_verify", args=[code])).content.decode()

    assert "2 of 2 required lessons done (100% needed)." in html
    assert "Final assessment “Final” passed (pass mark 70%)." in html
    assert "100%" not in html.replace("(100% needed)", "")  # the score stays private
