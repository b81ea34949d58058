"""The Celery application: ``celery -A config worker`` and ``celery -A config beat``.

Tasks are acknowledged late and handed back when their worker is lost
(settings: ``CELERY_TASK_ACKS_LATE``, ``CELERY_TASK_REJECT_ON_WORKER_LOST``), so
a worker killed mid-task loses nothing: another one runs the task again, which
is safe because every task is written to run twice. The flip side is a task that
itself kills its worker (it runs out of memory, say): it would be handed back
and kill the next worker, for ever. Redis does not count deliveries (RabbitMQ's
quorum queues do, with ``x-delivery-limit``), so ``Task`` below counts them in
the cache and drops a message handed back more than
``CELERY_TASK_MAX_REDELIVERIES`` times, with an error in the log.
"""

import logging
import os
from pathlib import Path

from celery import Celery
from celery import Task as BaseTask
from celery.exceptions import Reject

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

logger = logging.getLogger(__name__)

#: How long a delivery count is kept: well beyond any visibility timeout.
REDELIVERY_COUNT_SECONDS = 7 * 24 * 60 * 60


def redelivery_count(task_id: str, retries: int) -> int:
    """Count one more redelivery of this message; returns the count so far.

    A retry is a new message with the same task id, so the key includes the
    retry number. The count lives in the cache, shared by every worker when
    CACHE_URL points at Redis.
    """
    from django.core.cache import cache

    key = f"celery-redelivered:{task_id}:{retries}"
    cache.add(key, 0, timeout=REDELIVERY_COUNT_SECONDS)
    return cache.incr(key)


class Task(BaseTask):
    """The base of every task of the project (``shared_task`` uses it)."""

    def before_start(self, task_id, args, kwargs):
        request = self.request
        if request.is_eager or not (request.delivery_info or {}).get("redelivered"):
            return
        from django.conf import settings

        limit = settings.CELERY_TASK_MAX_REDELIVERIES
        try:
            count = redelivery_count(task_id, request.retries or 0)
        except Exception:
            # Without the cache the count is unknown; running again is the safe side.
            logger.warning("Could not count the redeliveries of task %s", task_id, exc_info=True)
            return
        if count > limit:
            logger.error(
                "Task %s[%s] was handed back %s times, each time its worker was lost; "
                "dropping it. Its arguments were %r %r.",
                self.name,
                task_id,
                count,
                args,
                kwargs,
            )
            raise Reject(f"handed back {count} times", requeue=False)


app = Celery("config", task_cls=Task)
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def ensure_broker_folders() -> None:
    """Create the embedded broker's folders; a no-op for a real broker."""
    options = app.conf.broker_transport_options or {}
    if not str(app.conf.broker_url).startswith("filesystem://"):
        return
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)


@app.on_after_configure.connect
def _prepare_broker(sender, **kwargs):
    ensure_broker_folders()
