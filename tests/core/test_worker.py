"""A real Celery worker, against the broker the settings name.

The embedded filesystem broker by default; Redis when CELERY_BROKER_URL points
at it, as in CI.
"""

import pytest
from django.core import mail

from config.celery import app as celery_app
from tests.waiting import wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_worker_answers_ping(worker):
    replies = celery_app.control.inspect(destination=[worker.hostname], timeout=5).ping()

    assert replies == {worker.hostname: {"ok": "pong"}}


def test_mail_sent_in_a_request_is_delivered_by_the_worker(worker, settings):
    settings.EMAIL_BACKEND = "core.mail.CeleryEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    mail.send_mail(
        "Welcome to Human Edge Academy",
        "Your account is ready.",
        "academy@example.com",
        ["new.learner@example.com"],
    )

    assert wait_for(lambda: len(mail.outbox) == 1), "the worker did not deliver the message"
    assert mail.outbox[0].to == ["new.learner@example.com"]
