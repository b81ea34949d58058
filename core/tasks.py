from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.cache import cache
from django.core.mail import get_connection
from django.core.management import call_command

from core.mail import payload_to_message


@shared_task(
    autoretry_for=(SMTPException, OSError),
    retry_backoff=30,
    retry_backoff_max=30 * 60,
    max_retries=8,
    time_limit=120,
    soft_time_limit=100,
)
def send_email_task(payload: dict) -> None:
    """Deliver one queued message; a redelivered copy is sent only once."""
    sent_key = f"email-sent:{payload['id']}"
    if cache.get(sent_key):
        return
    connection = get_connection(settings.EMAIL_DELIVERY_BACKEND)
    connection.send_messages([payload_to_message(payload)])
    cache.set(sent_key, True, timeout=60 * 60 * 24)


@shared_task(time_limit=300, soft_time_limit=280)
def publish_scheduled_pages_task() -> None:
    """Publish pages and snippets whose go-live time has come, and unpublish expired ones."""
    call_command("publish_scheduled")
