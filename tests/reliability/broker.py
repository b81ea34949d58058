"""A broker that does not answer, for the tests that queue work while it is down."""

import os
from contextlib import contextmanager

from config.celery import app as celery_app

#: A real Redis address where nothing listens.
DEAD_BROKER = "redis://127.0.0.1:1/0"


def _forget_connections():
    """Celery keeps a producer pool per broker address; drop it so the next
    message goes wherever the broker address now points."""
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def broker_down():
    """Publishing fails as it does when the broker is down; tasks are queued, not
    run in place, while it lasts."""
    previous = os.environ.get("CELERY_BROKER_WRITE_URL")
    previous_timeout = celery_app.conf.broker_connection_timeout
    os.environ["CELERY_BROKER_WRITE_URL"] = DEAD_BROKER
    # Give up connecting at once: in production a publish tries for about six
    # seconds (broker_connection_timeout) before it fails.
    celery_app.conf.broker_connection_timeout = 0.1
    _forget_connections()
    celery_app.conf.task_always_eager = False
    try:
        yield
    finally:
        celery_app.conf.task_always_eager = True
        celery_app.conf.broker_connection_timeout = previous_timeout
        if previous is None:
            os.environ.pop("CELERY_BROKER_WRITE_URL", None)
        else:
            os.environ["CELERY_BROKER_WRITE_URL"] = previous
        _forget_connections()
