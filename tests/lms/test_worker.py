"""A real Celery worker, against the broker the settings name.

The embedded filesystem broker by default; Redis when CELERY_BROKER_URL points
at it, as in CI.
"""

import time
import uuid

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from lms.celery import app as celery_app

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def worker(settings):
    # A queue of this test's own, so a development worker on the same broker
    # cannot take its messages.
    queue = f"test-{uuid.uuid4().hex[:8]}"
    settings.CELERY_TASK_DEFAULT_QUEUE = queue
    previous = celery_app.conf.task_default_queue
    celery_app.conf.task_default_queue = queue
    celery_app.conf.task_always_eager = False
    hostname = f"test-{queue}@localhost"
    try:
        with start_worker(
            celery_app,
            pool="solo",
            perform_ping_check=False,
            queues=[queue],
            hostname=hostname,
            shutdown_timeout=30,
        ) as worker:
            yield worker
    finally:
        celery_app.conf.task_default_queue = previous


def wait_for(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_worker_answers_ping(worker):
    replies = celery_app.control.inspect(destination=[worker.hostname], timeout=5).ping()

    assert replies == {worker.hostname: {"ok": "pong"}}


def test_mail_sent_in_a_request_is_delivered_by_the_worker(worker, settings):
    settings.EMAIL_BACKEND = "lms.mail.CeleryEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    mail.send_mail(
        "Welcome to Human Edge Academy",
        "Your account is ready.",
        "academy@example.com",
        ["new.learner@example.com"],
    )

    assert wait_for(lambda: len(mail.outbox) == 1), "the worker did not deliver the message"
    assert mail.outbox[0].to == ["new.learner@example.com"]
