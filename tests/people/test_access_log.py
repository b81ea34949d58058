"""Every page that shows a person's individual signals records who looked, in one
insert per page view; superusers read the log in the editing area."""

import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.models import AccessLog
from people.roles import Role
from privacy import services as privacy
from skills import engine
from skills.ingest import signals_ingest
from tests.factories import UserFactory
from tests.people.builders import person_with, rich_learner, superuser
from tests.skills.helpers import course_with_modules, learner, qa, rule_for

pytestmark = pytest.mark.django_db


def rows(response) -> str:
    """The listing's rows, without the filter form (which names every action and place)."""
    html = response.content.decode()
    listing = html[html.index('id="listing-results"') :]
    return listing[: listing.index("</table>")] if "</table>" in listing else ""


def log_inserts(context) -> int:
    return sum(
        1 for query in context.captured_queries if 'INSERT INTO "people_accesslog"' in query["sql"]
    )


def test_my_skills_records_the_learner_seeing_their_own_signals(client):
    rich = rich_learner("E100")
    client.force_login(rich.user)

    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("skills:my_skills"))

    assert response.status_code == 200
    assert log_inserts(context) == 1
    entry = AccessLog.objects.get()
    assert (entry.actor_id, entry.subject_id) == (rich.user.pk, rich.user.pk)
    assert (entry.action, entry.place) == (
        AccessLog.Action.VIEWED_SIGNALS,
        AccessLog.Place.MY_SKILLS,
    )
    assert entry.count == rich.user.signals.count()
    assert entry.path == reverse("skills:my_skills")


def test_a_page_without_signals_records_nothing(client):
    client.force_login(UserFactory())
    assert client.get(reverse("skills:my_skills")).status_code == 200
    assert not AccessLog.objects.exists()


def test_the_why_page_records_the_evidence_shown(client):
    rich = rich_learner("E100")
    client.force_login(rich.user)

    client.get(reverse("skills:why", args=[rich.assignment.pk]))

    entry = AccessLog.objects.get()
    assert entry.place == AccessLog.Place.WHY_ASSIGNED
    assert entry.subject_id == rich.user.pk
    assert entry.count == len(rich.assignment.basis["evidence"])


def test_a_rule_page_shows_no_one_and_records_nothing(client):
    """A rule's page shows L&D totals over at least five people, no learner's
    estimate or evidence (docs/access-matrix.md): there is no view to log."""
    built = course_with_modules()
    rule = rule_for(built.modules[0], mode="shadow")
    people = [learner(f"E{n}") for n in range(5)]
    signals_ingest([qa(f"s{n}-{i}", f"E{n}", 50) for n in range(5) for i in range(2)], queue=False)
    for person in people:
        engine.learner_reevaluate(user_id=person.pk)
    author = person_with(Role.LD_AUTHOR)
    client.force_login(author)

    with CaptureQueriesContext(connection) as context:
        response = client.get(reverse("skills_rules:detail", args=[rule.pk]))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Would assign (shadow): 5" in html
    assert all(person.get_full_name() not in html for person in people)
    assert log_inserts(context) == 0
    assert not AccessLog.objects.filter(place=AccessLog.Place.RULE_DETAIL).exists()


def test_the_contest_review_records_whose_evidence_was_shown(client):
    first = rich_learner("E100")
    second = rich_learner("E200")
    author = person_with(Role.LD_AUTHOR)
    client.force_login(author)

    with CaptureQueriesContext(connection) as context:
        client.get(reverse("skills_contests:index"))

    assert log_inserts(context) == 1
    entries = AccessLog.objects.filter(place=AccessLog.Place.CONTESTS)
    assert {e.subject_id for e in entries} == {first.user.pk, second.user.pk}


def test_a_signal_upload_records_whose_signals_came_in(client):
    people = [learner("E1"), learner("E2")]
    author = person_with(Role.LD_AUTHOR)
    client.force_login(author)
    csv = (
        "external_id,employee_id,skill,value,scale_min,scale_max,source,observed_at\n"
        "u1,E1,empathy,60,0,100,qa_soft_skills,2026-01-05T10:00:00Z\n"
        "u2,E2,empathy,70,0,100,qa_soft_skills,2026-01-05T10:00:00Z\n"
        "u3,E9,empathy,70,0,100,qa_soft_skills,2026-01-05T10:00:00Z\n"
    )
    upload = io.BytesIO(csv.encode())
    upload.name = "signals.csv"

    with CaptureQueriesContext(connection) as context:
        response = client.post(reverse("skills_upload:index"), {"file": upload})

    assert response.status_code == 200
    assert log_inserts(context) == 1
    entries = AccessLog.objects.filter(action=AccessLog.Action.UPLOADED_SIGNALS)
    assert {e.subject_id for e in entries} == {p.pk for p in people}
    assert {e.place for e in entries} == {AccessLog.Place.SIGNAL_UPLOAD}


def test_the_team_page_shows_no_individual_signals_and_records_nothing(client):
    rich = rich_learner("E100")
    client.force_login(rich.manager)

    html = client.get(reverse("skills:team")).content.decode()

    assert "PRIVATE-" not in html
    assert not AccessLog.objects.exists()


def test_superusers_read_the_access_log(client):
    rich = rich_learner("E100")
    other = rich_learner("E200")
    client.force_login(rich.user)
    client.get(reverse("skills:my_skills"))
    client.force_login(other.user)
    client.get(reverse("skills:my_skills"))
    admin = superuser()
    privacy.person_erase(actor=admin, user=other.user)
    client.force_login(admin)
    url = reverse("people_access_log:index")

    html = rows(client.get(url))
    assert "Viewed individual signals" in html and "Erased a person&#x27;s data" in html
    assert rich.user.email in html
    assert f"Person {other.user.pk}" in html  # erased: by id only

    html = rows(client.get(url, {"person": rich.user.email}))
    assert html.count("My skills page") == 1 and "Erased a person" not in html
    html = client.get(url, {"person": "nobody@example.com"}).content.decode()
    assert "Nobody has this e-mail address, employee id or id." in html


@pytest.mark.parametrize("role", [None, Role.MANAGER, Role.HR_REPORTER, Role.LD_AUTHOR])
def test_nobody_else_reads_the_access_log(client, role):
    client.force_login(person_with(role) if role else UserFactory())
    assert client.get(reverse("people_access_log:index")).status_code == 404
