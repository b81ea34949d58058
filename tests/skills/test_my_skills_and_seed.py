import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from courses import services as course_services
from courses.models import Assignment, Enrollment, ModuleProgress
from skills import engine
from skills.ingest import signals_ingest
from skills.models import ApiToken, AssignmentRule, Signal, TeamWellbeingSnapshot
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


@pytest.fixture
def no_broker(monkeypatch):
    """Tasks are not run eagerly, and anything sent towards a broker is recorded
    instead: what a worker would have to catch up on."""
    from celery.app.task import Task

    from config.celery import app

    sent = []
    app.conf.task_always_eager = False
    monkeypatch.setattr(
        Task, "apply_async", lambda self, args=None, kwargs=None, **options: sent.append(self.name)
    )
    return sent


# Transactional: what the seed queues is queued when its transactions commit.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_demo_leaves_nothing_for_the_worker_and_the_rule_has_assigned(no_broker):
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    call_command("seed_demo", stdout=io.StringIO())

    assert no_broker == []
    assert "API token for the demo QA integration (shown once): hea_" in out.getvalue()
    assert "Assignments made by the demo rule: 1." in out.getvalue()
    assert ApiToken.objects.count() == 1
    assert set(AssignmentRule.objects.values_list("mode", flat=True)) == {"active", "shadow"}
    assert Signal.objects.filter(external_id__startswith="demo-").count() == 12
    assert TeamWellbeingSnapshot.objects.count() == 1
    assert not Signal.objects.filter(processed_at__isnull=True).exists()
    assignment = Assignment.objects.get(user__email="learner@example.com", source="rule")
    assert assignment.module.slug == "why-engineered-empathy-fails"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_demo_leaves_stored_progress_as_a_recomputation_finds_it(no_broker):
    call_command("seed_demo", stdout=io.StringIO())

    def stored():
        return sorted(
            Enrollment.objects.values_list(
                "user_id", "course_id", "status", "progress_percent", "completed_at"
            )
        ) + sorted(
            ModuleProgress.objects.values_list(
                "enrollment_id", "module_id", "lessons_done", "lessons_total", "percent"
            )
        )

    before = stored()
    for course_id in set(Enrollment.objects.values_list("course_id", flat=True)):
        course_services.course_progress_recompute(course_id=course_id)

    assert before == stored()
    assert Enrollment.objects.filter(status="completed").exists()


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
