"""Authoring in Wagtail: the L&D review workflow, scheduled publishing, assigning."""

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, TaskState, Workflow

from core.tasks import publish_scheduled_pages_task
from courses.models import Assignment, CoursePage, Enrollment, SecondAuthorApprovalTask
from people.roles import Role
from people.services import role_grant
from tests.courses.builders import build_course, catalog
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def author(**kwargs):
    user = UserFactory(**kwargs)
    role_grant(user=user, role=Role.LD_AUTHOR)
    return user


def draft_course(title="Draft for review"):
    course = CoursePage(
        title=title,
        slug="draft-for-review",
        summary="Waiting for a second pair of eyes.",
        level="foundation",
        estimated_minutes=20,
        live=False,
    )
    catalog().add_child(instance=course)
    course.save_revision()
    return course


def test_l_and_d_review_workflow_guards_the_site():
    workflow = Workflow.objects.get(name="L&D review")
    (task,) = [t.specific for t in workflow.tasks.all()]

    assert isinstance(task, SecondAuthorApprovalTask)
    assert list(task.groups.values_list("name", flat=True)) == [Role.LD_AUTHOR]
    assert catalog().get_workflow() == workflow


def test_a_second_author_approves_and_the_course_goes_live(client):
    writer, reviewer = author(), author()
    course = draft_course()
    workflow = course.get_workflow()
    workflow.start(course, writer)
    course.refresh_from_db()
    task_state = TaskState.objects.get(workflow_state__object_id=str(course.pk))
    task = task_state.task.specific

    assert task.get_actions(course, writer) == []
    assert [name for name, _label, _modal in task.get_actions(course, reviewer)] == [
        "reject",
        "approve",
        "approve",
    ]

    url = reverse("wagtailadmin_pages:workflow_action", args=[course.pk, "approve", task_state.pk])
    client.force_login(writer)
    response = client.post(url)
    # Wagtail turns the refusal into a redirect with a message.
    assert response.status_code in (302, 403)
    assert not Page.objects.get(pk=course.pk).live
    assert TaskState.objects.get(pk=task_state.pk).status == TaskState.STATUS_IN_PROGRESS

    client.force_login(reviewer)
    response = client.post(url)
    assert response.status_code in (200, 302)
    assert Page.objects.get(pk=course.pk).live


def test_authors_cannot_publish_alone(client):
    writer = author()
    course = draft_course()

    assert not course.permissions_for_user(writer).can_publish()
    assert course.permissions_for_user(writer).can_edit()


def test_approved_course_with_a_go_live_date_waits_for_it():
    writer, reviewer = author(), author()
    course = draft_course()
    course.go_live_at = timezone.now() + timedelta(seconds=3)
    course.save_revision(user=writer)
    course.get_workflow().start(course, writer)
    task_state = TaskState.objects.get(workflow_state__object_id=str(course.pk))
    task_state.task.specific.on_action(task_state, reviewer, "approve")

    course.refresh_from_db()
    assert not course.live
    assert course.scheduled_revision is not None

    publish_scheduled_pages_task()  # too early: nothing happens
    assert not Page.objects.get(pk=course.pk).live

    time.sleep(max(0.0, (course.go_live_at - timezone.now()).total_seconds()) + 0.5)
    publish_scheduled_pages_task()  # what beat runs every minute

    assert Page.objects.get(pk=course.pk).live


def test_skills_taxonomy_is_in_the_editing_area_for_authors(client):
    client.force_login(author())
    response = client.get(reverse("wagtailsnippets_skills_skill:list"))
    assert response.status_code == 200
    assert "Empathy and authentic connection" in response.content.decode()

    # The editing area does not exist for learners (docs/access-matrix.md).
    client.force_login(UserFactory())
    assert client.get(reverse("wagtailsnippets_skills_skill:list")).status_code == 404


# --- Assigning --------------------------------------------------------------


def test_assign_learning_screen_needs_the_permission(client):
    client.force_login(UserFactory())
    assert client.get(reverse("courses_assign_learning")).status_code == 404

    client.force_login(author())
    assert client.get(reverse("courses_assign_learning")).status_code == 200


def test_assigning_to_a_team_and_people(client):
    course = build_course()
    team = TeamFactory()
    members = [UserFactory() for _ in range(3)]
    for member in members:
        member.profile.team = team
        member.profile.department = team.department
        member.profile.save()
    outsider = UserFactory(email="single@example.com")
    lead = author()
    client.force_login(lead)
    due = (timezone.now() + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")

    response = client.post(
        reverse("courses_assign_learning"),
        {
            "course": course.page.pk,
            "teams": [team.pk],
            "emails": "SINGLE@example.com",
            "due_at": due,
            "reason": "Our QA review found handovers losing context.",
        },
        follow=True,
    )

    assert "Assigned to 4 people." in response.content.decode()
    assert Assignment.objects.filter(course=course.page, status="open").count() == 4
    assignment = Assignment.objects.get(user=outsider)
    assert assignment.assigned_by == lead
    assert assignment.reason == "Our QA review found handovers losing context."
    assert Enrollment.objects.get(user=outsider).source == Enrollment.Source.ASSIGNED

    # Assigning again keeps the open assignment rather than doubling it.
    response = client.post(
        reverse("courses_assign_learning"),
        {"course": course.page.pk, "emails": "single@example.com", "reason": "Again."},
        follow=True,
    )
    assert "1 person already had it open" in response.content.decode()
    assert Assignment.objects.filter(user=outsider).count() == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"emails": "nobody@example.com", "reason": "x"},
            "No active account for: nobody@example.com.",
        ),
        ({"reason": "x"}, "Choose at least one person, team or department."),
        ({"emails": "single@example.com", "reason": ""}, "This field is required."),
        (
            {"emails": "single@example.com", "reason": "x", "due_at": "2001-01-01T10:00"},
            "The due date must be in the future.",
        ),
        (
            {"emails": "single@example.com", "reason": "x", "module": "OTHER"},
            "not part of the chosen course",
        ),
    ],
)
def test_assigning_bad_input_changes_nothing(client, data, message):
    course = build_course("Chosen")
    other = build_course("Other")
    UserFactory(email="single@example.com")
    client.force_login(author())
    if data.get("module") == "OTHER":
        data = {**data, "module": other.modules[0].pk}

    response = client.post(reverse("courses_assign_learning"), {"course": course.page.pk, **data})

    assert response.status_code == 200
    assert message in response.content.decode()
    assert Assignment.objects.count() == 0
    assert Enrollment.objects.count() == 0


def test_cancelling_an_assignment(client):
    course = build_course()
    learner = UserFactory()
    client.force_login(author())
    client.post(
        reverse("courses_assign_learning"),
        {"course": course.page.pk, "emails": learner.email, "reason": "Practice."},
    )
    assignment = Assignment.objects.get(user=learner)

    client.post(reverse("courses_cancel_assignment", args=[assignment.pk]))

    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.CANCELLED
    assert assignment.cancelled_at is not None

    client.force_login(UserFactory())
    response = client.post(reverse("courses_cancel_assignment", args=[assignment.pk]))
    assert response.status_code in (302, 403)


def test_completing_a_module_closes_its_assignment():
    from courses import services

    course = build_course(modules=2, lessons=1)
    learner = UserFactory()
    assignment, _ = services.assignment_create(
        user=learner, course=course.page, module=course.modules[0], reason="Practise it."
    )

    services.lesson_complete(user=learner, course=course.page, lesson_id=course.lessons[0].pk)

    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.COMPLETED
    assert assignment.completed_at is not None


@pytest.mark.parametrize("which", ["page", "modules", "lessons"])
def test_authors_open_every_page_type_in_the_editor(client, which):
    course = build_course(reflection=True)
    target = {"page": course.page, "modules": course.modules[0], "lessons": course.lessons[0]}[
        which
    ]
    client.force_login(author())

    edit = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
    target.save_revision()
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[target.pk]))

    assert edit.status_code == 200
    assert preview.status_code == 200
    assert target.title in preview.content.decode()


def test_authors_translate_a_course_and_a_second_author_reviews_it(client):
    from wagtail.models import Locale

    built = build_course("Handling refunds", modules=1, lessons=1)
    translator = author()
    client.force_login(translator)
    spanish = Locale.objects.get(language_code="es")

    response = client.post(
        reverse("simple_translation:submit_page_translation", args=[built.page.pk]),
        {"locales": [spanish.pk], "include_subtree": "on"},
    )

    assert response.status_code == 302
    copy = CoursePage.objects.get(translation_key=built.page.translation_key, locale=spanish)
    assert not copy.live  # a draft, for the translator to rewrite
    assert copy.get_descendants().count() == 2  # the module and its lesson came along
    assert copy.get_workflow() == Workflow.objects.get(name="L&D review")
    assert copy.permissions_for_user(translator).can_edit()
    assert not copy.permissions_for_user(translator).can_publish()


def test_people_without_the_author_role_cannot_translate(client):
    built = build_course("Handling refunds", modules=1, lessons=1)
    client.force_login(UserFactory(is_staff=True))

    response = client.get(
        reverse("simple_translation:submit_page_translation", args=[built.page.pk])
    )

    assert response.status_code == 404  # not in the editing area (docs/access-matrix.md)
    assert CoursePage.objects.filter(translation_key=built.page.translation_key).count() == 1
