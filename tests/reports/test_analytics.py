import re

import pytest
from django.urls import reverse

from people.roles import Role
from people.services import role_grant
from reports import analytics
from skills import engine
from skills.ingest import signals_ingest
from tests.factories import UserFactory
from tests.reports.builders import organisation
from tests.skills.helpers import qa

pytestmark = pytest.mark.django_db


def test_l_and_d_see_the_analytics_with_numbers_beside_each_chart(client):
    organisation(learners=20)
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)

    response = client.get(reverse("reports_analytics"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<svg" in html
    assert "Course completions per week: the numbers" in html
    assert "Pass rate by assessment (%): the numbers" in html
    assert "Skill gaps by team" in html and "Assignments by rule" in html


def test_others_do_not(client):
    # A read someone may not make is 404 (docs/access-matrix.md).
    client.force_login(UserFactory())
    assert client.get(reverse("reports_analytics")).status_code == 404
    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    client.force_login(hr)
    assert client.get(reverse("reports_analytics")).status_code == 404


def test_completions_and_pass_rates():
    organisation(learners=20)

    completions = analytics.completions_over_time()
    assert sum(row[1] for row in completions.rows) == 4  # learners 0, 5, 10, 15
    rates = analytics.pass_rates()
    (course, title, attempts, rate, mean) = rates.rows[0]
    assert title == "Final" and attempts == 4 and rate == 50.0


def test_completions_axis_counts_in_whole_numbers():
    organisation(learners=5)  # one completion: a scale of tenths without whole ticks

    completions = analytics.completions_over_time()
    assert sum(row[1] for row in completions.rows) == 1

    ticks = re.findall(r'<g class="axis y[^"]*".*?</g>\s*</g>', completions.svg, re.S)
    labels = re.findall(r"<text[^>]*>([^<]+)</text>", ticks[0] if ticks else completions.svg)
    numbers = [label for label in labels if re.fullmatch(r"[\d.,]+", label)]
    assert numbers, labels
    assert all(re.fullmatch(r"\d+", label) for label in numbers), numbers


def test_heatmap_hides_groups_under_five():
    org = organisation(learners=12)
    items = []
    for person in org["people"]:
        items += [
            qa(f"h-{person.pk}-{n}", person.profile.employee_id, 60, skill="consultative")
            for n in (1, 2)
        ]
    signals_ingest(items, queue=False)
    for person in org["people"]:
        engine.learner_reevaluate(user_id=person.pk)

    heatmap = analytics.skill_gap_heatmap()
    column = heatmap.skills.index("Consultative skills")

    cells = {team: cells[column] for team, cells in heatmap.rows}
    assert cells["Customer Care / Billing"]["people"] == 6
    assert cells["Customer Care / Billing"]["mean"] == pytest.approx(0.6)
    # Remove some: a team of four hides its mean.
    for person in org["people"][:4]:
        person.is_active = False
        person.save()
    cells = {team: cells[column] for team, cells in analytics.skill_gap_heatmap().rows}
    assert cells["Customer Care / Billing"]["people"] == 4
    assert cells["Customer Care / Billing"]["mean"] is None


def test_engagement_counts_active_assigned_learners():
    organisation(learners=20)
    result = analytics.engagement()
    assert result["assigned"] == 8  # learners 2, 3, 7, 8, 12, 13, 17, 18
    assert result["active"] == 0
