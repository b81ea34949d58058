"""Two tabs, one moment: real concurrent transactions, on PostgreSQL (row locks)
and on SQLite (one writer at a time, each transaction taking the lock as it begins)."""

import threading

import pytest
from django.db import connections

from courses import services
from courses.models import Certificate, Enrollment, LessonCompletion
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def at_once(count, work):
    """Run ``work`` in ``count`` threads released together; return their errors."""
    barrier = threading.Barrier(count)
    errors = []

    def run():
        try:
            barrier.wait(timeout=10)
            work()
        except Exception as exc:  # noqa: BLE001 - reported to the test
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_the_same_lesson_marked_done_in_two_tabs_gives_one_completion():
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)

    errors = at_once(
        4,
        lambda: services.lesson_complete(
            user=learner, course=course.page, lesson_id=course.lessons[0].pk
        ),
    )

    assert errors == []
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert Certificate.objects.filter(user=learner).count() == 1
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.events.filter(kind="completed").count() == 1


def test_enrolling_twice_at_once_gives_one_enrolment():
    course = build_course()
    learner = UserFactory()

    errors = at_once(4, lambda: services.enrollment_create(user=learner, course=course.page))

    assert errors == []
    assert Enrollment.objects.filter(user=learner).count() == 1
    assert Enrollment.objects.get(user=learner).events.count() == 1
