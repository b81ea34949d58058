"""Retention: each kind of data goes after its period, recent data stays, the task
works in batches and is safe to run twice, and the periods come from settings."""

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import timezone

from assessments.models import Attempt, AttemptResult, Response
from config.celery import app as celery_app
from people.models import AccessLog, UserSession
from privacy.tasks import enforce_retention_task
from reports.models import Format, ReportAudit
from skills.models import Signal, Skill
from tests.factories import UserFactory
from tests.people.builders import days_ago, rich_learner

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


def signal(user, ref: str, *, days: int, source: str = "qa_soft_skills") -> Signal:
    wellbeing = source in Signal.WELLBEING_SOURCES
    return Signal.objects.create(
        user=user,
        skill=None if wellbeing else Skill.objects.originals().get(code="empathy"),
        value=0.5,
        raw_value=0.5,
        source=source,
        observed_at=days_ago(days),
        external_id=ref,
    )


def access_entry(user, *, days: int, action=AccessLog.Action.VIEWED_SIGNALS) -> AccessLog:
    return AccessLog.objects.create(
        at=days_ago(days),
        actor=user,
        subject=user,
        action=action,
        place=AccessLog.Place.MY_SKILLS,
    )


def audit_entry(*, days: int) -> ReportAudit:
    entry = ReportAudit.objects.create(delivery="download", format=Format.CSV)
    ReportAudit.objects.filter(pk=entry.pk).update(at=days_ago(days))
    return entry


def stored_session(*, expires_in: timedelta) -> str:
    store = SessionStore()
    store["anything"] = 1
    store.create()
    Session.objects.filter(session_key=store.session_key).update(
        expire_date=timezone.now() + expires_in
    )
    return store.session_key


def remaining(model, objects) -> set:
    return set(model.objects.filter(pk__in=[o.pk for o in objects]).values_list("pk", flat=True))


def test_each_kind_goes_after_its_period_and_recent_data_stays():
    days = django_settings.RETENTION_DAYS
    person = UserFactory()
    old_wellbeing = signal(person, "w-old", days=days["wellbeing_signals"] + 1, source="workload")
    new_wellbeing = signal(
        person, "w-new", days=days["wellbeing_signals"] - 1, source="wellbeing_checkin"
    )
    # Skill evidence of the wellbeing signal's age stays: it has a longer period.
    mid_skill = signal(person, "s-mid", days=days["wellbeing_signals"] + 1)
    old_skill = signal(person, "s-old", days=days["signals"] + 1)
    old_log = access_entry(person, days=days["access_log"] + 1)
    old_erasure = access_entry(person, days=days["access_log"] + 1, action=AccessLog.Action.ERASED)
    new_log = access_entry(person, days=days["access_log"] - 1)
    old_audit, new_audit = (
        audit_entry(days=days["report_audit"] + 1),
        audit_entry(days=days["report_audit"] - 1),
    )
    old_record = UserSession.objects.create(user=person, session_key="old-record")
    UserSession.objects.filter(pk=old_record.pk).update(created_at=days_ago(days["sessions"] + 1))
    new_record = UserSession.objects.create(user=person, session_key="new-record")
    expired_key = stored_session(expires_in=-timedelta(minutes=1))
    live_key = stored_session(expires_in=timedelta(hours=1))

    deleted = enforce_retention_task()

    assert remaining(Signal, [old_wellbeing, new_wellbeing, mid_skill, old_skill]) == {
        new_wellbeing.pk,
        mid_skill.pk,
    }
    assert remaining(AccessLog, [old_log, old_erasure, new_log]) == {old_erasure.pk, new_log.pk}
    assert remaining(ReportAudit, [old_audit, new_audit]) == {new_audit.pk}
    assert remaining(UserSession, [old_record, new_record]) == {new_record.pk}
    assert set(
        Session.objects.filter(session_key__in=[expired_key, live_key]).values_list(
            "session_key", flat=True
        )
    ) == {live_key}
    assert deleted["wellbeing_signals"] == 1 and deleted["signals"] == 1
    assert deleted["access_log"] == 1 and deleted["report_audit"] == 1

    # Safe to run twice: nothing more goes.
    assert set(enforce_retention_task().values()) == {0}
    assert Signal.objects.count() == 2


def test_old_answers_go_and_their_scores_stay():
    days = django_settings.RETENTION_DAYS["attempt_answers"]
    old = rich_learner("E1")
    recent = rich_learner("E2")
    Attempt.objects.filter(user=old.user).update(submitted_at=days_ago(days + 1))
    Attempt.objects.filter(user=recent.user).update(submitted_at=days_ago(days - 1))

    enforce_retention_task()

    assert not Response.objects.filter(attempt__user=old.user).exists()
    assert Response.objects.filter(attempt__user=recent.user).count() == 2
    result = AttemptResult.objects.get(attempt__user=old.user)
    assert result.percent == 50.0 and result.passed


def test_the_task_works_in_batches_until_nothing_is_left(settings):
    settings.RETENTION_BATCH_SIZE = 2
    person = UserFactory()
    for n in range(5):
        signal(person, f"w{n}", days=400, source="workload")
    signal(person, "kept", days=1, source="workload")

    enforce_retention_task()  # queues itself again while a batch is full

    assert list(Signal.objects.values_list("external_id", flat=True)) == ["kept"]


def test_the_periods_are_settings(settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "wellbeing_signals": 7, "signals": 30}
    person = UserFactory()
    signal(person, "w8", days=8, source="customer_sentiment")
    signal(person, "w6", days=6, source="customer_sentiment")
    signal(person, "s31", days=31)
    signal(person, "s29", days=29)

    enforce_retention_task()

    assert sorted(Signal.objects.values_list("external_id", flat=True)) == ["s29", "w6"]


def test_the_task_runs_every_night():
    entry = django_settings.CELERY_BEAT_SCHEDULE["enforce-retention"]
    assert entry["task"] == "privacy.tasks.enforce_retention_task"
    assert entry["task"] in celery_app.tasks
    tasks = {e["task"] for e in django_settings.CELERY_BEAT_SCHEDULE.values()}
    assert "skills.tasks.expire_wellbeing_signals_task" not in tasks  # folded in


def test_my_skills_states_the_wellbeing_period_from_settings(client, settings):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "wellbeing_signals": 33}
    client.force_login(UserFactory())
    html = client.get(reverse("skills:my_skills")).content.decode()
    assert "deleted after 33 days" in html


def read_retention(**env_changes):
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETENTION_")}
    env.update(env_changes)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.RETENTION_DAYS['signals'], settings.RETENTION_DAYS['sessions'])",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_periods_come_from_the_environment():
    result = read_retention(RETENTION_DAYS_SIGNALS="365")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["365", "30"]

    result = read_retention(RETENTION_DAYS_SESSIONS="0")
    assert result.returncode != 0
    assert "RETENTION_DAYS['sessions'] must be at least 1 day" in result.stderr
