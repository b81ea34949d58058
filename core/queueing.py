"""Queueing work when the broker may be away.

Work is queued after its transaction commits, so what it needs is already
stored. If the broker does not take the message, the request that queued it
must not fail (its data is committed) and the work must not be lost: either a
sweeper finds it later (signals, exports) or, for small work, it is done in
this process at once (e-mail, progress refresh).
"""

import json
import logging
from contextlib import contextmanager
from contextvars import ContextVar

logger = logging.getLogger(__name__)

#: Work queued while ``run_in_this_process`` is active, by task name and arguments.
_held: ContextVar[dict | None] = ContextVar("queueing_held", default=None)


@contextmanager
def run_in_this_process():
    """Work queued inside the block is not sent to the broker: when the block
    ends without an error, each distinct task and arguments runs here, once,
    and so does whatever that work queues in turn. For commands that must
    leave nothing for a worker to catch up on (``seed_demo``)."""
    held: dict = {}
    done: set = set()
    token = _held.set(held)
    try:
        yield
        while held:
            key = next(iter(held))
            task, args = held.pop(key)
            if key in done:
                continue
            done.add(key)
            result = task.apply(args=list(args))
            if result.failed():
                raise RuntimeError(f"{task.name}{tuple(args)!r} failed: {result.result}")
    finally:
        _held.reset(token)


def enqueue(task, *args, run_here_if_down: bool = False) -> bool:
    """Queue ``task(*args)``. True when the broker took it.

    When it does not, the failure is logged and, with ``run_here_if_down``,
    the task runs in this process instead (its own failure is logged too).
    """
    held = _held.get()
    if held is not None:
        held.setdefault((task.name, json.dumps(args, sort_keys=True, default=str)), (task, args))
        return True
    try:
        task.apply_async(args=list(args), retry=False)
    except Exception:
        if not run_here_if_down:
            logger.warning(
                "The broker did not take %s%r; a sweeper will queue it again",
                task.name,
                args,
                exc_info=True,
            )
            return False
        logger.warning(
            "The broker did not take %s%r; running it here", task.name, args, exc_info=True
        )
        result = task.apply(args=list(args))
        if result.failed():
            logger.error("%s%r failed: %s", task.name, args, result.result)
        return False
    return True
