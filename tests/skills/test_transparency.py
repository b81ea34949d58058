"""Why was this assigned to me? Snooze, contest, and L&D's logged decision."""

import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import Assessment
from assessments.papers import model_answers
from core.i18n import originals_only
from courses import services as course_services
from courses.models import Assignment, AssignmentEvent
from people.roles import Role
from people.services import role_grant
from skills import engine
from skills.ingest import signals_ingest
from skills.models import Contest
from skills.notifications import digests_send
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned():
    built = course_with_modules()
    rule = rule_for(built.modules[0], name="Empathy refresher")
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50, note="Billing call"), qa("b", "E1", 60)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    return person, Assignment.objects.get(user=person), rule


def author():
    user = UserFactory()
    role_grant(user=user, role=Role.LD_AUTHOR)
    return user


def test_the_learner_reads_why(client, assigned):
    person, assignment, rule = assigned
    client.force_login(person)

    html = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()

    assert "Why was this assigned to me?" in html
    assert rule.explanation in html
    assert "by the rule “Empathy refresher” (version 1)" in html
    assert "The rule looks back 90 days and asks for 0.70." in html
    assert "Billing call" in html
    assert "What done looks like" in html and "Finish every required lesson" in html
    # No pre-test exists for this module: test-out is not offered.
    assert "Test out" not in html and "pre-test" not in html
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert reverse("skills:why", args=[assignment.pk]) in dashboard


@pytest.mark.parametrize("who", ["colleague", "manager", "anonymous"])
def test_nobody_else_reads_why(client, assigned, who):
    person, assignment, _rule = assigned
    if who == "manager":
        boss = UserFactory()
        role_grant(user=boss, role=Role.MANAGER)
        person.profile.manager = boss
        person.profile.save()
        client.force_login(boss)
    elif who == "colleague":
        client.force_login(UserFactory())
    # A read: sign in, or 404; a write: 403 for everyone (docs/access-matrix.md).
    response = client.get(reverse("skills:why", args=[assignment.pk]))
    assert response.status_code == (302 if who == "anonymous" else 404)
    for action in ("skills:snooze", "skills:contest"):
        response = client.post(reverse(action, args=[assignment.pk]), {"comment": "x"})
        assert response.status_code == 403
    assert not Contest.objects.exists()
    assert not Assignment.objects.get(pk=assignment.pk).snooze_used


def test_snooze_once(client, assigned):
    person, assignment, _rule = assigned
    due = assignment.due_at
    client.force_login(person)

    client.post(reverse("skills:snooze", args=[assignment.pk]))
    response = client.post(reverse("skills:snooze", args=[assignment.pk]), follow=True)

    assignment.refresh_from_db()
    assert assignment.snooze_used
    assert (assignment.due_at - due).days == 7
    assert "already snoozed this assignment once" in response.content.decode()
    assert assignment.events.filter(kind=AssignmentEvent.Kind.SNOOZED).count() == 1


def test_contest_upheld_withdraws_the_assignment_and_the_learner_sees_why(client, assigned):
    person, assignment, _rule = assigned
    client.force_login(person)
    client.post(
        reverse("skills:contest", args=[assignment.pk]),
        {"comment": "Those calls were a colleague's, logged under my id during the outage."},
    )
    contest = Contest.objects.get()
    assert contest.status == Contest.Status.PENDING

    reviewer = author()
    client.force_login(reviewer)
    assert "logged under my id" in client.get(reverse("skills_contests:index")).content.decode()
    client.post(
        reverse("skills_contests:decide", args=[contest.pk]),
        {"decision": "uphold", "note": "Confirmed with QA: the calls were misattributed."},
    )

    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.CANCELLED
    assert assignment.closed_reason == Assignment.ClosedReason.CONTEST_UPHELD
    kinds = list(assignment.events.values_list("kind", flat=True))
    assert kinds[-3:] == ["contested", "contest_upheld", "closed"]
    client.force_login(person)
    html = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()
    assert "Confirmed with QA: the calls were misattributed." in html
    # The same rule version does not assign it again on the same evidence.
    engine.learner_reevaluate(user_id=person.pk)
    assert not Assignment.objects.filter(user=person, status__in=["open", "held"]).exists()


def test_contest_not_upheld_keeps_the_assignment(client, assigned):
    person, assignment, _rule = assigned
    client.force_login(person)
    client.post(reverse("skills:contest", args=[assignment.pk]), {"comment": "I am too busy."})
    client.force_login(author())
    client.post(
        reverse("skills_contests:decide", args=[Contest.objects.get().pk]),
        {"decision": "reject", "note": "Your team lead can move your due date instead."},
    )

    assignment.refresh_from_db()
    assert assignment.status == Assignment.Status.OPEN
    assert Contest.objects.get().status == Contest.Status.REJECTED


def test_contest_needs_a_comment_and_happens_once(client, assigned):
    person, assignment, _rule = assigned
    client.force_login(person)

    response = client.post(
        reverse("skills:contest", args=[assignment.pk]), {"comment": "  "}, follow=True
    )
    assert "Say why you disagree" in response.content.decode()
    client.post(reverse("skills:contest", args=[assignment.pk]), {"comment": "Wrong person."})
    response = client.post(
        reverse("skills:contest", args=[assignment.pk]), {"comment": "Again."}, follow=True
    )
    assert "already contested" in response.content.decode()
    assert Contest.objects.count() == 1


def test_decisions_need_a_reply_and_an_l_and_d_reviewer(client, assigned):
    person, assignment, _rule = assigned
    client.force_login(person)
    client.post(reverse("skills:contest", args=[assignment.pk]), {"comment": "Wrong person."})
    contest = Contest.objects.get()

    client.force_login(UserFactory())
    response = client.post(
        reverse("skills_contests:decide", args=[contest.pk]), {"decision": "uphold", "note": "ok"}
    )
    assert response.status_code in (302, 403)
    client.force_login(author())
    client.post(
        reverse("skills_contests:decide", args=[contest.pk]), {"decision": "uphold", "note": ""}
    )

    contest.refresh_from_db()
    assert contest.status == Contest.Status.PENDING
    assert Assignment.objects.get(pk=assignment.pk).is_active


def test_completed_module_is_not_reassigned_until_new_evidence(assigned):
    person, assignment, _rule = assigned
    course_services.assignment_close(
        assignment=assignment, reason=Assignment.ClosedReason.COMPLETED
    )

    engine.learner_reevaluate(user_id=person.pk)
    assert not Assignment.objects.filter(user=person, status="open").exists()

    signals_ingest([qa("c", "E1", 40, days_ago=0)], queue=False)  # observed after the closing
    engine.learner_reevaluate(user_id=person.pk)
    assert Assignment.objects.filter(user=person, status="open").count() == 1


# --- Notifications ----------------------------------------------------------------------


def test_one_digest_a_day_about_new_and_due_assignments(assigned):
    person, assignment, _rule = assigned

    assert digests_send() == 1
    (message,) = mail.outbox
    assert message.to == [person.email]
    assert assignment.module.title in message.body
    assert reverse("skills:why", args=[assignment.pk]) in message.body
    assert digests_send() == 0  # nothing new, and one a day at most

    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=timezone.now() + timezone.timedelta(days=2)
    )
    assert digests_send() == 0  # still the same day
    assert digests_send(now=timezone.now() + timezone.timedelta(days=1)) == 1
    assert "Due soon" in mail.outbox[-1].body


def test_learners_can_turn_the_digest_off(client, assigned):
    person, _assignment, _rule = assigned
    client.force_login(person)

    client.post(reverse("skills:preferences"), {})  # the box unticked

    person.profile.refresh_from_db()
    assert person.profile.learning_emails is False
    assert digests_send() == 0
    assert mail.outbox == []


def test_csv_upload_by_l_and_d(client):
    learner("E1")
    client.force_login(author())
    csv_text = (
        "external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at,note\n"
        "up-1,E1,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,Call 1\n"
        "up-2,E404,empathy,70,0,100,qa_soft_skills,2026-11-01T10:00:00Z,\n"
        "up-3,E1,,0.9,0,1,workload,2026-11-01T10:00:00Z,\n"
    )
    upload = io.BytesIO(csv_text.encode())
    upload.name = "qa.csv"

    response = client.post(reverse("skills_upload:index"), {"file": upload})

    html = response.content.decode()
    assert "1 accepted, 0 duplicates, 2 rejected." in html
    assert "<td>3</td>" in html and "No active learner" in html
    assert "may not send workload" in html  # wellbeing data never comes in by upload


def test_every_demo_assignment_offers_a_test_out_that_works(client):
    """seed_demo gives each demo module a pre-test; the why-page offers it, and
    passing it closes the assignment."""
    call_command("seed_demo", stdout=io.StringIO())
    person = Assignment.objects.filter(user__email="learner@example.com").first().user
    client.force_login(person)
    open_ones = list(Assignment.objects.filter(user=person, status="open"))
    assert open_ones
    for assignment in open_ones:
        html = client.get(reverse("skills:why", args=[assignment.pk])).content.decode()
        assert "Already know this? Test out" in html, assignment.module

    assignment = open_ones[0]
    pre_test = Assessment.objects.get(originals_only(), module=assignment.module, kind="pre_test")
    attempt = assessment_services.attempt_start(user=person, assessment=pre_test)
    assessment_services.responses_save(
        user=person, attempt_id=attempt.pk, answers=model_answers(attempt.paper)
    )
    assessment_services.attempt_submit(user=person, attempt_id=attempt.pk)

    assignment.refresh_from_db()
    assert assignment.closed_reason == Assignment.ClosedReason.TESTED_OUT
