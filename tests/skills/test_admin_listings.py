"""The engine's screens as Wagtail viewsets: approvals and contests are report
listings with filters, and every URL keeps its access rule."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import Assignment
from people.roles import Role
from people.services import role_grant
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApiToken, ApprovalBatch, Contest
from skills.services import api_token_create, contest_create
from tests.factories import UserFactory
from tests.skills.helpers import course_with_modules, learner, qa, rule_for
from tests.spreadsheets import csv_rows, listing_rows

pytestmark = pytest.mark.django_db


def author():
    user = UserFactory()
    role_grant(user=user, role=Role.LD_AUTHOR)
    return user


def superuser():
    return UserFactory(is_superuser=True, is_staff=True)


@pytest.fixture
def batches():
    first = rule_for(course_with_modules("Refunds").modules[0], name="Refund care")
    second = rule_for(course_with_modules("Billing").modules[0], name="Billing clarity")
    now = timezone.now()
    return (
        ApprovalBatch.objects.create(rule=first, rule_version=1, size=4, created_at=now),
        ApprovalBatch.objects.create(
            rule=second, rule_version=2, size=7, created_at=now - timedelta(days=40)
        ),
    )


@pytest.fixture
def contests():
    refunds = course_with_modules("Refunds with care")
    billing = course_with_modules("Billing in plain words")
    rule_for(refunds.modules[0], name="Refund care")
    rule_for(billing.modules[0], name="Billing clarity")
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 60)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    for assignment in Assignment.objects.filter(user=person):
        contest_create(
            user=person,
            assignment_id=assignment.pk,
            comment=f"Not me: {assignment.course.title}.",
        )
    return refunds, billing


def test_the_screens_keep_their_addresses():
    assert reverse("skills_rules:detail", args=[3]) == "/cms/rules/3/"
    assert reverse("skills_rules:mode", args=[3]) == "/cms/rules/3/mode/"
    assert reverse("skills_approvals:index") == "/cms/approvals/"
    assert reverse("skills_approvals:decide", args=[3]) == "/cms/approvals/3/"
    assert reverse("skills_contests:index") == "/cms/contests/"
    assert reverse("skills_contests:decide", args=[3]) == "/cms/contests/3/"
    assert reverse("skills_upload:index") == "/cms/signals/upload/"
    assert reverse("skills_tokens:index") == "/cms/api-tokens/"
    assert reverse("skills_tokens:revoke", args=[3]) == "/cms/api-tokens/3/revoke/"


def test_the_rule_filter_narrows_the_approvals(client, batches):
    first, second = batches
    client.force_login(author())
    html = listing_rows(client.get(reverse("skills_approvals:index")))
    assert "Refund care" in html and "Billing clarity" in html

    html = listing_rows(client.get(reverse("skills_approvals:index"), {"rule": second.rule_id}))
    assert "Billing clarity" in html and "Refund care" not in html
    assert reverse("skills_approvals:decide", args=[second.pk]) in html

    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    html = listing_rows(client.get(reverse("skills_approvals:results"), {"created_at_from": since}))
    assert "Refund care" in html and "Billing clarity" not in html


def test_the_approvals_download_has_the_filtered_batches(client, batches):
    _first, second = batches
    client.force_login(author())
    rows = csv_rows(
        client.get(reverse("skills_approvals:index"), {"export": "csv", "rule": second.rule_id})
    )
    assert rows[0] == ["Rule", "Version", "Learners", "Since"]
    assert [row[:3] for row in rows[1:]] == [["Billing clarity", "2", "7"]]


def test_the_course_filter_narrows_the_contests(client, contests):
    refunds, billing = contests
    assert Contest.objects.count() == 2
    client.force_login(author())
    html = client.get(reverse("skills_contests:index")).content.decode()
    assert "Not me: Refunds with care." in html and "Not me: Billing in plain words." in html

    html = client.get(
        reverse("skills_contests:index"), {"course": billing.page.pk}
    ).content.decode()
    assert "Not me: Billing in plain words." in html and "Not me: Refunds with care." not in html


def test_the_contests_have_no_download(client, contests):
    # The evidence is individual signal data: no spreadsheet of it.
    client.force_login(author())
    response = client.get(reverse("skills_contests:index"), {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "Download CSV" not in response.content.decode()


READS = {
    "skills_approvals:index": ("skills.change_assignmentrule", []),
    "skills_approvals:results": ("skills.change_assignmentrule", []),
    "skills_contests:index": ("skills.change_contest", []),
    "skills_contests:results": ("skills.change_contest", []),
    "skills_upload:index": ("skills.add_signal", []),
}


@pytest.mark.parametrize("name", sorted(READS))
@pytest.mark.parametrize("query", [{}, {"export": "csv"}, {"export": "xlsx"}])
def test_engine_listings_are_for_l_and_d(client, name, query):
    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse(name), query).status_code == 404  # docs/access-matrix.md
    client.force_login(author())
    assert client.get(reverse(name), query).status_code == 200


def test_engine_actions_refuse_people_without_the_permission(client, batches, contests):
    batch, _second = batches
    contest = Contest.objects.first()
    token, _secret = api_token_create(name="QA", sources=["qa_soft_skills"], created_by=superuser())
    learner_user = UserFactory()
    client.force_login(learner_user)
    for url, data in [
        (reverse("skills_rules:mode", args=[batch.rule_id]), {"mode": "off"}),
        (reverse("skills_approvals:decide", args=[batch.pk]), {"decision": "approve"}),
        (reverse("skills_contests:decide", args=[contest.pk]), {"decision": "uphold", "note": "x"}),
        (reverse("skills_tokens:revoke", args=[token.pk]), {}),
    ]:
        assert client.post(url, data).status_code == 403
    assert client.get(reverse("skills_rules:detail", args=[batch.rule_id])).status_code == 404

    # An author decides, but may not revoke a token (superusers only).
    client.force_login(author())
    assert client.post(reverse("skills_tokens:revoke", args=[token.pk])).status_code == 403
    assert client.get(reverse("skills_tokens:index")).status_code == 404
    response = client.post(reverse("skills_approvals:decide", args=[batch.pk]), {"decision": "x"})
    assert response.status_code == 302
    assert response["Location"] == reverse("skills_approvals:index")

    batch.refresh_from_db()
    contest.refresh_from_db()
    token.refresh_from_db()
    assert batch.status == "pending" and contest.status == "pending"
    assert ApiToken.objects.get().revoked_at is None


def test_the_menu_shows_each_screen_to_those_who_may_use_it(client):
    urls = ["/cms/approvals/", "/cms/contests/", "/cms/signals/upload/"]
    client.force_login(author())
    home = client.get("/cms/").content.decode()
    assert all(f'"{url}"' in home for url in urls)
    assert '"/cms/api-tokens/"' not in home
    client.force_login(superuser())
    assert '"/cms/api-tokens/"' in client.get("/cms/").content.decode()


def test_the_approval_buttons_carry_a_csrf_token(batches):
    # The decision form is drawn inside a table cell: its token must be there.
    first, _second = batches
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(author())
    html = browser.get(reverse("skills_approvals:index")).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = browser.post(
        reverse("skills_approvals:decide", args=[first.pk]),
        {"decision": "reject", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.status == "rejected"


def test_the_approvals_read_in_as_many_queries_for_more_batches(client, batches):
    client.force_login(author())
    client.get(reverse("skills_approvals:index"))  # Wagtail's first-request caches
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("skills_approvals:index"))
    rule = rule_for(course_with_modules("Returns").modules[0], name="Returns")
    for size in range(1, 6):
        ApprovalBatch.objects.create(
            rule=rule, rule_version=1, size=size, created_at=timezone.now()
        )
    with CaptureQueriesContext(connection) as more:
        client.get(reverse("skills_approvals:index"))
    assert len(more) == len(few)
