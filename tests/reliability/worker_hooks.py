"""Loaded only into the worker subprocesses of test_worker_lost.py, with
``celery -A config worker --include tests.reliability.worker_hooks``; never imported
by the test process itself.

Marks go to Redis under the key the test names in RELIABILITY_MARKS (at the
RELIABILITY_MARKS_URL server), so the test can follow what the worker does.
"""

import os
import signal
import time

import redis
from celery import current_task, shared_task


def _marks():
    return redis.Redis.from_url(os.environ["RELIABILITY_MARKS_URL"])


def _key(name: str) -> str:
    return f"{os.environ['RELIABILITY_MARKS']}:{name}"


@shared_task(name="tests.reliability.die_task", acks_late=True)
def die_task() -> None:
    """A task that kills the process running it, every time: the poison message
    the redelivery cap exists for."""
    _marks().incr(_key("die-runs"))
    os.kill(os.getpid(), signal.SIGKILL)


if os.environ.get("RELIABILITY_SLOW_ENGINE"):
    # The real engine task, slowed by a hook: on its first delivery it stops
    # inside the learner's transaction, after the assignment is written and
    # before the transaction commits, until the test kills the worker or
    # releases it.
    from skills import engine

    _record_matches = engine._record_matches

    def _slow_record_matches(*args, **kwargs):
        marks = _marks()
        delivery = current_task.request.delivery_info or {}
        marks.rpush(_key("redelivered"), int(bool(delivery.get("redelivered"))))
        if marks.incr(_key("calls")) == 1:
            marks.set(_key("blocked"), os.getpid())
            # Until the test says so (set "release"), or until it kills the worker.
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and not _marks().exists(_key("release")):
                time.sleep(0.1)
        return _record_matches(*args, **kwargs)

    engine._record_matches = _slow_record_matches
