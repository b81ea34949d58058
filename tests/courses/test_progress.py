import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import (
    Assignment,
    Certificate,
    Enrollment,
    EnrollmentEvent,
    LessonCompletion,
    LessonPage,
    ModuleProgress,
)
from courses.services import LessonNotFound
from tests.courses.builders import build_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def done_url(course, lesson):
    return reverse("courses:lesson_done", args=[course.page.pk, lesson.pk])


def state(user, course):
    """Everything progress writes, to compare before and after."""
    return (
        list(Enrollment.objects.filter(user=user).values()),
        list(LessonCompletion.objects.filter(user=user).values_list("lesson_id", flat=True)),
        list(ModuleProgress.objects.filter(enrollment__user=user).values()),
        Certificate.objects.filter(user=user).count(),
    )


def test_enrol_then_progress_by_module_and_course(client):
    course = build_course(modules=2, lessons=2)
    learner = UserFactory()
    client.force_login(learner)

    response = client.post(reverse("courses:enrol", args=[course.page.pk]))
    assert response.status_code == 302
    enrollment = Enrollment.objects.get(user=learner, course=course.page)
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.source == Enrollment.Source.SELF
    assert (enrollment.lessons_done, enrollment.lessons_total) == (0, 4)

    response = client.post(done_url(course, course.lessons[0]))
    # Marking done moves the learner on to the next lesson.
    assert response.status_code == 302
    assert response.url == course.lessons[1].url

    enrollment.refresh_from_db()
    assert enrollment.progress_percent == 25
    assert enrollment.last_lesson_id == course.lessons[0].pk
    first, second = ModuleProgress.objects.filter(enrollment=enrollment).order_by("module__path")
    assert (first.lessons_done, first.lessons_total, first.percent) == (1, 2, 50)
    assert (second.lessons_done, second.percent) == (0, 0)


def test_marking_the_same_lesson_twice_gives_one_completion(client):
    course = build_course()
    learner = UserFactory()
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.page.pk]))

    client.post(done_url(course, course.lessons[0]))
    client.post(done_url(course, course.lessons[0]))

    assert LessonCompletion.objects.filter(user=learner).count() == 1
    assert Enrollment.objects.get(user=learner).lessons_done == 1


def test_completing_every_required_lesson_completes_the_course_once(client):
    course = build_course(modules=2, lessons=2, optional_last=True)
    learner = UserFactory(first_name="Zoë", last_name="Ng")
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.page.pk]))

    for lesson in course.lessons[:-1]:  # the last lesson is optional
        response = client.post(done_url(course, lesson))

    assert response.url == course.page.url
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.completed_at is not None
    assert enrollment.progress_percent == 100
    certificate = Certificate.objects.get(user=learner)
    assert certificate.learner_name == "Zoë Ng"
    assert certificate.course_title == course.page.title
    assert certificate.issued_at == enrollment.completed_at
    assert (
        EnrollmentEvent.objects.filter(
            enrollment=enrollment, kind=EnrollmentEvent.Kind.COMPLETED
        ).count()
        == 1
    )

    stamped = enrollment.completed_at
    client.post(done_url(course, course.lessons[-1]))  # the optional one, later
    enrollment.refresh_from_db()
    assert enrollment.completed_at == stamped
    assert Certificate.objects.filter(user=learner).count() == 1


def test_completion_threshold_below_100(client):
    course = build_course(modules=1, lessons=4, threshold=75)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)

    for lesson in course.lessons[:2]:
        services.lesson_complete(user=learner, course=course.page, lesson_id=lesson.pk)
    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.ACTIVE

    result = services.lesson_complete(
        user=learner, course=course.page, lesson_id=course.lessons[2].pk
    )
    assert result.course_completed
    assert Enrollment.objects.get(user=learner).status == Enrollment.Status.COMPLETED


def test_lesson_of_another_course_is_403_and_changes_nothing(client):
    # A write someone may not make is 403, whether the thing exists or not
    # (docs/access-matrix.md).
    course = build_course("Course A")
    other = build_course("Course B")
    learner = UserFactory()
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.page.pk]))
    before = state(learner, course)

    response = client.post(done_url(course, other.lessons[0]))

    assert response.status_code == 403
    assert state(learner, course) == before


def test_draft_lesson_is_403_and_changes_nothing(client):
    course = build_course()
    draft = course.lessons[1]
    draft.unpublish()
    learner = UserFactory()
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.page.pk]))
    before = state(learner, course)

    assert client.post(done_url(course, draft)).status_code == 403
    assert state(learner, course) == before
    # The draft neither counts towards the course nor shows in it.
    assert Enrollment.objects.get(user=learner).lessons_total == 3
    assert draft.title not in client.get(course.page.url).content.decode()


def test_lesson_under_a_draft_module_is_not_reachable(client):
    course = build_course()
    course.modules[1].unpublish()
    learner = UserFactory()
    client.force_login(learner)
    client.post(reverse("courses:enrol", args=[course.page.pk]))

    lesson = LessonPage.objects.get(pk=course.lessons[2].pk)
    assert lesson.live
    # 403 to write, 404 to read (docs/access-matrix.md).
    assert client.post(done_url(course, lesson)).status_code == 403
    assert client.get(lesson.url).status_code == 404


def test_unenrolled_learner_cannot_record_progress(client):
    course = build_course()
    learner = UserFactory()
    client.force_login(learner)

    response = client.post(done_url(course, course.lessons[0]))

    assert response.status_code == 403
    assert state(learner, course) == ([], [], [], 0)


def test_progress_endpoints_need_post_and_a_signed_in_user(client):
    course = build_course()
    # Visitors are sent to sign in for a page, refused (403) for a write
    # (docs/access-matrix.md).
    response = client.get(done_url(course, course.lessons[0]))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert client.post(done_url(course, course.lessons[0])).status_code == 403
    assert LessonCompletion.objects.count() == 0

    client.force_login(UserFactory())
    assert client.get(done_url(course, course.lessons[0])).status_code == 405


def test_enrolling_in_an_unknown_or_draft_course_is_403(client):
    # A write someone may not make is 403, whether the thing exists or not
    # (docs/access-matrix.md).
    course = build_course()
    course.page.unpublish()
    client.force_login(UserFactory())

    assert client.post(reverse("courses:enrol", args=[course.page.pk])).status_code == 403
    assert client.post(reverse("courses:enrol", args=[999_999])).status_code == 403
    assert Enrollment.objects.count() == 0


def test_withdrawing_keeps_history_and_enrolling_again_resumes():
    course = build_course()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    services.enrollment_withdraw(user=learner, course=course.page)
    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.status == Enrollment.Status.WITHDRAWN
    assert enrollment.withdrawn_at is not None
    assert LessonCompletion.objects.filter(user=learner).count() == 1
    with pytest.raises(PermissionDenied):
        services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[1].pk)

    services.enrollment_create(user=learner, course=course.page)
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    assert enrollment.lessons_done == 1
    assert list(enrollment.events.values_list("kind", flat=True)) == [
        "enrolled",
        "withdrawn",
        "reenrolled",
    ]


def test_a_completed_course_cannot_be_left():
    course = build_course(modules=1, lessons=1)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    with pytest.raises(ValidationError, match="stays on your record"):
        services.enrollment_withdraw(user=learner, course=course.page)


def test_prerequisites_must_be_completed_before_self_enrolment(client):
    basics = build_course("Basics", modules=1, lessons=1)
    advanced = build_course("Advanced")
    advanced.page.prerequisites.add(basics.page)
    advanced.page.save()
    learner = UserFactory()
    client.force_login(learner)

    response = client.post(reverse("courses:enrol", args=[advanced.page.pk]), follow=True)
    assert "Complete these courses first: Basics." in response.content.decode()
    assert not Enrollment.objects.filter(user=learner, course=advanced.page).exists()

    services.enrollment_create(user=learner, course=basics.page)
    services.lesson_complete(user=learner, course=basics.page, lesson_id=basics.lessons[0].pk)
    client.post(reverse("courses:enrol", args=[advanced.page.pk]))
    assert Enrollment.objects.filter(user=learner, course=advanced.page).exists()


def test_assigned_learner_may_start_without_enrolling():
    course = build_course()
    learner = UserFactory()
    Assignment.objects.create(
        user=learner,
        course=course.page,
        reason="Your QA review asked for it.",
        source=Assignment.Source.MANUAL,
        created_at=timezone.now(),
    )

    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    enrollment = Enrollment.objects.get(user=learner)
    assert enrollment.source == Enrollment.Source.ASSIGNED
    assert enrollment.lessons_done == 1


def test_new_lessons_refresh_stored_progress(django_capture_on_commit_callbacks):
    course = build_course(modules=1, lessons=2)
    learner = UserFactory()
    finisher = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    services.enrollment_create(user=finisher, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)
    for lesson in course.lessons:
        services.lesson_complete(user=finisher, course=course.page, lesson_id=lesson.pk)
    assert Enrollment.objects.get(user=learner).progress_percent == 50

    new_lesson = LessonPage(title="A new lesson", slug="new", body="[]")
    course.modules[0].add_child(instance=new_lesson)
    with django_capture_on_commit_callbacks(execute=True):
        new_lesson.save_revision().publish()

    learner_row = Enrollment.objects.get(user=learner)
    assert (learner_row.lessons_done, learner_row.lessons_total) == (1, 3)
    assert learner_row.progress_percent == 33
    # A completion already stamped stays: the finisher keeps their certificate.
    finisher_row = Enrollment.objects.get(user=finisher)
    assert finisher_row.status == Enrollment.Status.COMPLETED
    assert Certificate.objects.filter(user=finisher).exists()


def test_lesson_not_found_for_wrong_ids():
    course = build_course()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    with pytest.raises(LessonNotFound):
        services.lesson_complete(user=learner, course=course.page, lesson_id=course.modules[0].pk)
    with pytest.raises(LessonNotFound):
        services.lesson_complete(user=learner, course=course.page, lesson_id=123_456)
