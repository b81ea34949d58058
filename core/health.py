"""Checks that /healthz/ runs against the real services."""

import logging

from celery import current_app as celery_app
from django.db import connections

logger = logging.getLogger(__name__)


def database_ok(alias: str = "default") -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:
        logger.exception("Health check: database %s does not answer", alias)
        return False


def broker_ok(timeout: float = 3.0) -> bool:
    try:
        with celery_app.connection_for_write() as connection:
            connection.ensure_connection(max_retries=1, timeout=timeout)
            # Opening a channel makes the transport talk to the server.
            connection.default_channel  # noqa: B018
        return True
    except Exception:
        logger.exception("Health check: the Celery broker does not answer")
        return False
