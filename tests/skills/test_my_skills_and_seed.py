import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from courses.models import Assignment
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApiToken, AssignmentRule, Signal
from tests.skills.helpers import learner, qa

pytestmark = pytest.mark.django_db


def test_my_skills_shows_the_estimate_and_how_it_is_made(client):
    person = learner("E1")
    signals_ingest([qa("a", "E1", 60), qa("b", "E1", 80, days_ago=10)], queue=False)
    engine.learner_reevaluate(user_id=person.pk)
    client.force_login(person)

    html = client.get(reverse("skills:my_skills")).content.decode()

    assert "Empathy and authentic connection" in html
    assert "2 pieces" in html
    assert "counts half as much after 30 days" in html


def test_seed_demo_makes_the_engine_assign_after_the_worker_runs():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=io.StringIO())

    assert "API token for the demo QA integration (shown once): hea_" in out.getvalue()
    assert ApiToken.objects.count() == 1
    assert set(AssignmentRule.objects.values_list("mode", flat=True)) == {"active", "shadow"}
    assert Signal.objects.filter(external_id__startswith="demo-").count() == 6
    # What the worker would do with the queued learners:
    for user_id in set(Signal.objects.values_list("user_id", flat=True)):
        engine.learner_reevaluate(user_id=user_id)
    assignment = Assignment.objects.get(user__email="learner@example.com", source="rule")
    assert assignment.module.slug == "why-engineered-empathy-fails"


def test_recompute_skills_command_processes_everyone():
    from tests.skills.helpers import course_with_modules, rule_for

    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 40), qa("b", "E1", 45)], queue=False)
    out = io.StringIO()

    call_command("recompute_skills", stdout=out)

    assert "Recomputed" in out.getvalue()
    assert Assignment.objects.filter(user=person).count() == 1
    assert not Signal.objects.filter(processed_at__isnull=True).exists()
