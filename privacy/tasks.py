from celery import shared_task
from django.conf import settings

from privacy import retention


@shared_task(time_limit=30 * 60, soft_time_limit=29 * 60)
def enforce_retention_task() -> dict:
    """Nightly: delete what is past its retention period, one batch per kind, and
    queue another run while any kind filled its batch. Safe to run twice: what
    is already gone is not looked for again."""
    deleted = retention.retention_enforce()
    if any(count >= settings.RETENTION_BATCH_SIZE for count in deleted.values()):
        enforce_retention_task.delay()
    return deleted
