import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.db import transaction

from core.mail import message_to_payload
from core.tasks import send_email_task


@pytest.fixture
def celery_mail(settings):
    """Send through the Celery backend; the worker delivers to Django's outbox."""
    settings.EMAIL_BACKEND = "core.mail.CeleryEmailBackend"
    settings.EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def a_message():
    message = EmailMultiAlternatives(
        subject="Your course starts Monday",
        body="Plain text body",
        from_email="academy@example.com",
        to=["léa@example.com"],
        reply_to=["help@example.com"],
        headers={"X-Academy": "1"},
    )
    message.attach_alternative("<p>HTML body</p>", "text/html")
    message.attach("notes.txt", "Bring headphones.", "text/plain")
    return message


def test_payload_is_plain_json_and_rebuilds_the_same_message(celery_mail):
    payload = message_to_payload(a_message())

    send_email_task.apply(args=[payload]).get()

    (sent,) = mail.outbox
    assert sent.subject == "Your course starts Monday"
    assert sent.to == ["léa@example.com"]
    assert sent.reply_to == ["help@example.com"]
    assert sent.extra_headers["X-Academy"] == "1"
    assert sent.alternatives[0][0] == "<p>HTML body</p>"
    assert sent.attachments[0][0] == "notes.txt"
    assert sent.attachments[0][1] in (b"Bring headphones.", "Bring headphones.")


def test_a_redelivered_task_sends_once(celery_mail):
    payload = message_to_payload(a_message())

    send_email_task.apply(args=[payload]).get()
    send_email_task.apply(args=[payload]).get()

    assert len(mail.outbox) == 1


def test_two_identical_messages_are_both_sent(celery_mail):
    send_email_task.apply(args=[message_to_payload(a_message())]).get()
    send_email_task.apply(args=[message_to_payload(a_message())]).get()

    assert len(mail.outbox) == 2


@pytest.mark.django_db
def test_mail_is_queued_only_when_the_transaction_commits(
    celery_mail, django_capture_on_commit_callbacks, monkeypatch
):
    queued = []
    monkeypatch.setattr(
        send_email_task, "apply_async", lambda args, **options: queued.append(args[0])
    )

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        a_message().send()
        assert queued == []  # not while the transaction is open
    assert len(callbacks) == 1
    assert queued[0]["subject"] == "Your course starts Monday"

    with pytest.raises(RuntimeError), transaction.atomic():
        a_message().send()
        raise RuntimeError("roll back")
    assert len(queued) == 1  # the rolled-back message never left
