import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import Enrollment, LessonPage, ModulePage
from skills.models import Skill
from tests.courses.builders import build_course, catalog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def queries(client, url):
    client.get(url)  # warm Wagtail's cached site root paths
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


# --- Access ---------------------------------------------------------------


@pytest.mark.parametrize("which", ["module", "lesson"])
def test_learning_pages_ask_visitors_to_sign_in(client, which):
    course = build_course()
    url = {"module": course.modules[0].url, "lesson": course.lessons[0].url}[which]

    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/?next=")


def test_visitors_see_the_catalog_and_a_course_outline_and_are_asked_to_sign_in_to_enrol(client):
    course = build_course("Handling refunds")

    catalog_page = client.get(catalog().url)
    course_page = client.get(course.page.url)

    assert catalog_page.status_code == 200
    assert "Handling refunds" in catalog_page.content.decode()
    assert course_page.status_code == 200
    html = course_page.content.decode()
    assert "Sign in to enrol" in html
    assert f"/accounts/login/?next={course.page.url}" in html.replace("%2F", "/")
    assert "csrfmiddlewaretoken" not in html  # the same page for every visitor


def test_only_enrolled_or_assigned_learners_open_lessons(client):
    course = build_course()
    learner = UserFactory()
    client.force_login(learner)

    response = client.get(course.lessons[0].url)
    assert response.status_code == 404  # a locked lesson reads as absent (docs/access-matrix.md)
    assert "Enrol in the course to open it." in response.content.decode()
    assert Enrollment.objects.count() == 0  # looking changes nothing

    services.enrollment_create(user=learner, course=course.page)
    response = client.get(course.lessons[0].url)
    assert response.status_code == 200
    assert course.lessons[0].title in response.content.decode()


def test_assigned_learner_opens_lessons(client):
    course = build_course()
    learner = UserFactory()
    services.assignment_create(user=learner, course=course.page, reason="Coaching plan.")
    client.force_login(learner)

    assert client.get(course.lessons[0].url).status_code == 200


def test_draft_pages_are_never_shown(client):
    course = build_course()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)
    lesson = course.lessons[0]
    lesson.title = "A draft title"
    lesson.save_revision()  # a draft revision on a live page
    course.lessons[1].unpublish()

    page = client.get(course.page.url).content.decode()
    assert "A draft title" not in page
    assert course.lessons[1].title not in page
    assert client.get(course.lessons[1].url).status_code == 404
    assert "A draft title" not in client.get(lesson.url).content.decode()


def test_opening_a_lesson_remembers_it_for_continue(client):
    course = build_course()
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)

    client.get(course.lessons[2].url)

    assert Enrollment.objects.get(user=learner).last_lesson_id == course.lessons[2].pk
    response = client.get(reverse("courses:resume", args=[course.page.pk]))
    # Continue goes to the first lesson not yet done.
    assert response.url == course.lessons[0].url
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)
    response = client.get(reverse("courses:resume", args=[course.page.pk]))
    assert response.url == course.lessons[1].url


def test_lesson_page_shows_position_and_navigation(client):
    course = build_course(modules=2, lessons=2)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=course.page)
    client.force_login(learner)

    html = client.get(course.lessons[1].url).content.decode()

    assert f'href="{course.lessons[0].url}" rel="prev"' in html
    assert f'href="{course.lessons[2].url}" rel="next"' in html
    assert reverse("courses:lesson_done", args=[course.page.pk, course.lessons[1].pk]) in html
    assert 'aria-label="Breadcrumb"' in html


def test_course_page_shows_enrolment_state(client):
    course = build_course()
    learner = UserFactory()
    client.force_login(learner)

    html = client.get(course.page.url).content.decode()
    assert "Enrol in this course" in html
    assert "To complete the course, finish every required lesson." in html

    services.enrollment_create(user=learner, course=course.page)
    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)
    html = client.get(course.page.url).content.decode()
    assert "25% complete" in html
    assert "Continue where you left off" in html
    assert "Leave this course" in html


# --- Catalog ----------------------------------------------------------------


def test_catalog_search_and_filters(client):
    empathy = Skill.objects.originals().get(code="empathy")
    escalation = Skill.objects.originals().get(code="ai-escalation")
    build_course(
        "Calm conversations",
        summary="Staying steady with upset customers.",
        level="intermediate",
        minutes=45,
        skills=[empathy],
    )
    build_course(
        "When bots hand over",
        summary="Taking over from the virtual assistant.",
        level="foundation",
        minutes=20,
        skills=[escalation],
    )
    build_course("Advanced coaching", level="advanced", minutes=120)
    client.force_login(UserFactory())
    url = catalog().url

    def titles(**params):
        response = client.get(url, params)
        return [entry.course.title for entry in response.context["courses"]]

    assert titles() == ["Calm conversations", "When bots hand over", "Advanced coaching"]
    assert titles(q="virtual assistant") == ["When bots hand over"]
    assert titles(q="upset") == ["Calm conversations"]
    assert titles(skill="empathy") == ["Calm conversations"]
    assert titles(level="advanced") == ["Advanced coaching"]
    assert titles(duration="short") == ["When bots hand over"]
    assert titles(duration="medium") == ["Calm conversations"]
    assert titles(duration="long") == ["Advanced coaching"]
    assert titles(q="nothing like this exists") == []


def test_catalog_refuses_unknown_filter_values_clearly(client):
    build_course()
    client.force_login(UserFactory())

    response = client.get(catalog().url, {"skill": "no-such-skill", "level": "expert"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice." in html
    assert len(response.context["courses"]) == 1


def test_catalog_hides_draft_courses(client):
    build_course("Published course")
    draft = build_course("Draft course")
    draft.page.unpublish()
    client.force_login(UserFactory())

    html = client.get(catalog().url).content.decode()

    assert "Published course" in html
    assert "Draft course" not in html


def _enrol_everywhere(learner, courses):
    for built in courses:
        services.enrollment_create(user=learner, course=built.page)
        services.lesson_complete(user=learner, course=built.page, lesson_id=built.lessons[0].pk)


def test_catalog_queries_do_not_grow_with_courses(client):
    skills = list(Skill.objects.originals()[:3])
    learner = UserFactory()
    client.force_login(learner)
    _enrol_everywhere(learner, [build_course("Course 1", skills=skills)])
    small = queries(client, catalog().url)

    _enrol_everywhere(
        learner, [build_course(f"Course {n}", skills=skills, modules=3) for n in range(2, 7)]
    )
    large = queries(client, catalog().url)

    assert large == small


def test_course_page_queries_do_not_grow_with_modules_or_lessons(client):
    learner = UserFactory()
    client.force_login(learner)
    small_course = build_course("Small", modules=1, lessons=1)
    big_course = build_course("Big", modules=4, lessons=4)
    _enrol_everywhere(learner, [small_course, big_course])

    assert queries(client, big_course.page.url) == queries(client, small_course.page.url)


def test_lesson_page_queries_do_not_grow_with_course_size(client):
    learner = UserFactory()
    client.force_login(learner)
    small_course = build_course("Small", modules=1, lessons=2)
    big_course = build_course("Big", modules=4, lessons=5)
    _enrol_everywhere(learner, [small_course, big_course])
    # Warm "last lesson" so neither request writes.
    client.get(small_course.lessons[1].url)
    client.get(big_course.lessons[7].url)

    small = queries(client, small_course.lessons[1].url)
    large = queries(client, big_course.lessons[7].url)

    assert large == small


def test_module_page_lists_objectives_skills_and_lessons(client):
    course = build_course()
    module = ModulePage.objects.get(pk=course.modules[0].pk)
    module.objectives = '[{"type": "objective", "value": "Explain why the bot looped."}]'
    module.module_skills.create(skill=Skill.objects.originals().get(code="empathy"), target_level=3)
    module.save()
    client.force_login(UserFactory())

    html = client.get(module.url).content.decode()

    assert "Explain why the bot looped." in html
    assert "Empathy and authentic connection, to level 3" in html
    assert course.lessons[0].title in html


# --- Dashboard --------------------------------------------------------------


def test_dashboard_shows_assigned_in_progress_and_completed(client):
    learner = UserFactory()
    client.force_login(learner)
    assigned = build_course("Assigned course")
    going = build_course("Going course")
    finished = build_course("Finished course", modules=1, lessons=1)
    services.assignment_create(
        user=learner,
        course=assigned.page,
        reason="Your team lead asked for this after the QA review.",
        due_at=timezone.now() + timezone.timedelta(days=3),
    )
    overdue, _ = services.assignment_create(
        user=learner, course=going.page, module=going.modules[0], reason="Practise this module."
    )
    overdue.due_at = timezone.now() - timezone.timedelta(days=1)
    overdue.save(update_fields=["due_at"])
    services.enrollment_create(user=learner, course=going.page)
    services.lesson_complete(user=learner, course=going.page, lesson_id=going.lessons[0].pk)
    services.enrollment_create(user=learner, course=finished.page)
    services.lesson_complete(user=learner, course=finished.page, lesson_id=finished.lessons[0].pk)

    response = client.get(reverse("courses:dashboard"))
    html = response.content.decode()
    board = response.context["dashboard"]

    assert [a.course.title for a in board.assigned] == ["Going course", "Assigned course"]
    assert "Your team lead asked for this after the QA review." in html
    assert html.count("Overdue") == 1
    assert "Going course" in [e.course.title for e in board.in_progress]
    assert [e.course.title for e in board.completed] == ["Finished course"]
    assert "25% complete" in html
    assert (
        reverse("courses:certificate_download", args=[finished.page.certificates.get().code])
        in html
    )


def test_dashboard_queries_do_not_grow_with_enrolments(client):
    learner = UserFactory()
    client.force_login(learner)
    first = build_course("First", modules=1, lessons=2)
    _enrol_everywhere(learner, [first])
    services.assignment_create(user=learner, course=first.page, reason="Because.")
    small = queries(client, reverse("courses:dashboard"))

    more = [build_course(f"More {n}", modules=1, lessons=1) for n in range(4)]
    _enrol_everywhere(learner, more)  # these complete: certificates too
    for built in more[:2]:
        services.assignment_create(
            user=learner, course=build_course(f"Extra {built.page.pk}").page, reason="Because."
        )
    large = queries(client, reverse("courses:dashboard"))

    assert large == small


def test_dashboard_needs_a_signed_in_user(client):
    response = client.get(reverse("courses:dashboard"))
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


def test_lesson_page_types_are_constrained():
    assert LessonPage.parent_page_types == ["courses.ModulePage"]
    assert ModulePage.subpage_types == ["courses.LessonPage"]


def test_the_support_note_shows_when_any_waiting_assignment_is_held_for_workload(client):
    from courses.models import Assignment
    from skills.models import EngineSettings

    engine = EngineSettings.load()
    engine.support_message = "<p>Talk to your team lead about this week.</p>"
    engine.save()
    learner = UserFactory()
    first, second = build_course("Held for the limit"), build_course("Held for workload")
    services.assignment_create(
        user=learner, course=first.page, reason="Practice.",
        hold_reason=Assignment.HoldReason.CAP,
    )  # fmt: skip
    client.force_login(learner)
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Support for a heavy week" not in page

    services.assignment_create(
        user=learner, course=second.page, reason="Practice.",
        hold_reason=Assignment.HoldReason.WORKLOAD,
    )  # fmt: skip
    page = client.get(reverse("courses:dashboard")).content.decode()
    assert "Support for a heavy week" in page
    assert "Talk to your team lead" in page
