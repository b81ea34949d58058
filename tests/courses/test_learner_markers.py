"""What tells a learner where they stand: status chips on their own assignments
("due in 3 days", overdue, snoozed, contested, waiting), "Lesson 3 of 9" on a
lesson, and a way into the catalog from the home page for a visitor."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses import services
from courses.models import Assignment
from courses.selectors import assignment_chips
from skills.services import contest_create
from tests.courses.builders import build_course, catalog
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def chips_of(html: str, title: str) -> list[str]:
    card = html[html.index(f">{title}</a>") :].split("</li>\n", 1)[0]
    if '<ul class="chips"' not in card:
        return []
    listed = card.split('<ul class="chips"', 1)[1].split("</ul>", 1)[0]
    return [part.split("</li>", 1)[0] for part in listed.split('">')[2:]]


def assign(learner, title, **fields):
    built = build_course(title, modules=1, lessons=1)
    assignment, _created = services.assignment_create(
        user=learner, course=built.page, reason="Because the QA review said so.", **fields
    )
    return assignment


def test_the_dashboard_marks_each_assignment(client):
    learner = UserFactory()
    now = timezone.now()
    assign(learner, "Soon", due_at=now + timedelta(days=3))
    late = assign(learner, "Late", due_at=now + timedelta(days=1))
    Assignment.objects.filter(pk=late.pk).update(due_at=now - timedelta(days=1))
    assign(learner, "Far", due_at=now + timedelta(days=30))
    snoozed = assign(learner, "Put off", due_at=now + timedelta(days=2))
    services.assignment_snooze(user=learner, assignment_id=snoozed.pk)
    contested = assign(learner, "Disputed")
    contest_create(user=learner, assignment_id=contested.pk, comment="I passed this last month.")
    held = assign(learner, "Held")
    Assignment.objects.filter(pk=held.pk).update(status="held", hold_reason="workload")
    client.force_login(learner)

    html = client.get(reverse("courses:dashboard")).content.decode()

    assert chips_of(html, "Soon") == ["Due in 3 days"]
    assert chips_of(html, "Late") == ["Overdue"]
    assert chips_of(html, "Far") == []
    assert chips_of(html, "Put off") == ["Snoozed"]
    assert chips_of(html, "Disputed") == ["Contested: waiting for review"]
    assert chips_of(html, "Held") == ["Waiting"]
    assert 'aria-label="Status"' in html


def test_due_chips_count_whole_days_ahead():
    now = timezone.now()

    def due_in(delta):
        return assignment_chips(Assignment(status="open", due_at=now + delta), now=now)

    assert due_in(timedelta(hours=2)) == [("due-soon", "Due in 1 day")]
    assert due_in(timedelta(days=2, hours=1)) == [("due-soon", "Due in 3 days")]
    assert due_in(timedelta(days=7)) == [("due-soon", "Due in 7 days")]
    assert due_in(timedelta(days=7, seconds=1)) == []
    assert due_in(-timedelta(seconds=1)) == [("overdue", "Overdue")]
    assert assignment_chips(Assignment(status="open"), now=now) == []


def test_no_one_else_sees_the_learners_chips(client):
    """The dashboard is only ever the signed-in person's own: another person
    sees their own (empty) list, never a held assignment's "Waiting"."""
    learner = UserFactory()
    held = assign(learner, "Held")
    Assignment.objects.filter(pk=held.pk).update(status="held", hold_reason="workload")
    client.force_login(UserFactory())

    html = client.get(reverse("courses:dashboard"), {"user": learner.pk}).content.decode()

    assert "Held" not in html
    assert "chip--waiting" not in html


def test_a_lesson_says_where_it_is_in_the_course(client):
    built = build_course("Nine steps", modules=3, lessons=3)
    learner = UserFactory()
    services.enrollment_create(user=learner, course=built.page)
    client.force_login(learner)

    third = client.get(built.lessons[2].url).content.decode()
    fourth = client.get(built.lessons[3].url).content.decode()
    last = client.get(built.lessons[8].url).content.decode()

    assert '<p class="lesson-position">Lesson 3 of 9</p>' in third
    assert "Lesson 4 of 9" in fourth  # counted through the course, not the module
    assert "Lesson 9 of 9" in last


def test_the_visitors_home_page_leads_to_the_catalog(client):
    html = client.get("/").content.decode()
    assert f'href="{catalog().url}"' in html
    assert "Browse the courses" in html
