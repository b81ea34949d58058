"""Nothing is lost: a broker that is down delays work and loses none."""

from datetime import timedelta

import pytest

from config.celery import app as celery_app
from courses.models import Assignment
from skills.models import Signal
from skills.tasks import sweep_unprocessed_signals_task
from tests.skills.helpers import course_with_modules, learner, qa, rule_for, token

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_signals_arriving_while_the_broker_is_down_are_processed_later(client, monkeypatch):
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    secret = token()
    # A real broker that does not answer: nothing listens on port 1.
    monkeypatch.setenv("CELERY_BROKER_WRITE_URL", "redis://127.0.0.1:1/0")
    celery_app.conf.task_always_eager = False
    try:
        response = client.post(
            "/api/v1/signals/",
            data={"signals": [qa("a", "E1", 50), qa("b", "E1", 55)]},
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {secret}",
        )
    finally:
        celery_app.conf.task_always_eager = True
        monkeypatch.delenv("CELERY_BROKER_WRITE_URL")

    assert response.status_code == 202
    assert response.json()["accepted"] == ["a", "b"]
    assert Signal.objects.filter(processed_at__isnull=True).count() == 2
    assert not Assignment.objects.exists()

    # The broker is back; the sweeper finds what was never processed.
    Signal.objects.update(received_at=Signal.objects.first().received_at - timedelta(minutes=5))
    assert sweep_unprocessed_signals_task() == 1

    assert not Signal.objects.filter(processed_at__isnull=True).exists()
    assert Assignment.objects.get(user=person).module == built.modules[0]
