"""Signals in through the API, a real Celery worker assigns, the learner sees why.

Runs on the broker the settings name: the embedded one on a laptop, Redis in CI."""

import pytest
from django.urls import reverse

from courses.models import Assignment
from tests.skills.helpers import course_with_modules, learner, qa, rule_for, token
from tests.waiting import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_posted_signals_become_an_assignment_the_learner_can_read(client, worker):
    built = course_with_modules()
    rule = rule_for(built.modules[0], name="Empathy refresher")
    person = learner("E1001")
    secret = token()

    response = client.post(
        "/api/v1/signals/",
        data={"signals": [qa("qa-1", "E1001", 62), qa("qa-2", "E1001", 58, days_ago=4)]},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {secret}",
    )
    assert response.status_code == 202

    assert wait_for(lambda: Assignment.objects.filter(user=person).exists()), "no assignment"
    client.force_login(person)
    dashboard = client.get(reverse("courses:dashboard")).content.decode()
    assert built.modules[0].title in dashboard
    assert rule.explanation in dashboard
    why = client.get(reverse("skills:why", args=[Assignment.objects.get(user=person).pk]))
    assert "The rule looks back 90 days and asks for 0.70." in why.content.decode()
