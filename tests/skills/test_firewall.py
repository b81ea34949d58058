"""Wellbeing data protects people; it never watches them."""

import re

import pytest
from django.urls import reverse

from people.roles import Role
from people.services import role_grant
from skills.ingest import signals_ingest
from skills.tasks import publish_team_wellbeing_task
from tests.factories import UserFactory
from tests.skills.helpers import learner, qa

pytestmark = pytest.mark.django_db

SECRET_NOTE = "Told the check-in bot I am not sleeping"


def wellbeing(ref, employee_id, value, source="wellbeing_checkin", note=""):
    return {**qa(ref, employee_id, value, source=source, skill=None, scale_max=1), "note": note}


@pytest.fixture
def team():
    boss = UserFactory(email="boss@example.com")
    role_grant(user=boss, role=Role.MANAGER)
    members = []
    for n in range(4):
        member = learner(f"E{n}", manager=boss)
        members.append(member)
    signals_ingest(
        [wellbeing(f"w{n}", f"E{n}", 0.2 + n / 10, note=SECRET_NOTE) for n in range(4)]
        + [wellbeing(f"load{n}", f"E{n}", 0.9, source="workload") for n in range(4)]
        + [qa("q0", "E0", 80)],
        queue=False,
    )
    return boss, members


def test_the_learner_sees_their_own_wellbeing_data(client, team):
    _boss, members = team
    client.force_login(members[0])

    html = client.get(reverse("skills:my_skills")).content.decode()

    assert SECRET_NOTE in html
    assert "Wellbeing check-in" in html and "only you" in html


def test_a_manager_sees_no_individual_wellbeing_anywhere(client, team):
    boss, members = team
    client.force_login(boss)
    pages = [
        reverse("skills:team"),
        reverse("skills:my_skills"),
        reverse("courses:dashboard"),
        "/",
    ]
    for url in pages:
        html = client.get(url).content.decode()
        assert SECRET_NOTE not in html, url
        assert "0.90" not in html and "0.20" not in html, url
    team_page = client.get(reverse("skills:team")).content.decode()
    assert members[0].get_full_name() in team_page
    assert "Nothing is published for your team yet." in team_page
    assert "as an average over at least 5 people" in team_page
    # The signals API answers writes only; there is no way to read signals back.
    assert client.get("/api/v1/signals/").status_code in (401, 405)


def test_team_wellbeing_appears_only_as_an_average_of_five_or_more(client, team):
    boss, _members = team
    fifth = learner("E9", manager=boss)
    signals_ingest([wellbeing("w9", "E9", 0.7, note=SECRET_NOTE)], queue=False)
    client.force_login(boss)

    # Nothing shows until the weekly publication runs.
    html = client.get(reverse("skills:team")).content.decode()
    assert fifth.get_full_name() in html
    assert "Team average" not in html
    publish_team_wellbeing_task()
    html = client.get(reverse("skills:team")).content.decode()

    assert "Nothing is published" not in html
    assert "Team average" in html
    # (0.2 + 0.3 + 0.4 + 0.5 + 0.7) / 5 = 0.42, shown to one decimal.
    assert re.search(r"<td[^>]*>0\.4</td>", html) and "0.42" not in html
    assert SECRET_NOTE not in html


def test_only_managers_and_superusers_open_the_team_page(client, team):
    _boss, members = team
    # Everyone else gets 404, as if the page did not exist (docs/access-matrix.md).
    client.force_login(members[0])
    assert client.get(reverse("skills:team")).status_code == 404

    # A superuser sees their own direct reports: none, and no one else's.
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get(reverse("skills:team"))
    assert response.status_code == 200
    assert members[0].get_full_name() not in response.content.decode()


def test_the_data_access_page_is_public(client):
    response = client.get(reverse("skills:data_access"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Never individually" in html
    assert "EU AI Act" in html
