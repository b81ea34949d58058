"""Queueing work when the broker may be away.

Work is queued after its transaction commits, so what it needs is already
stored. If the broker does not take the message, the request that queued it
must not fail (its data is committed) and the work must not be lost: either a
sweeper finds it later (signals, exports) or, for small work, it is done in
this process at once (e-mail, progress refresh).
"""

import logging

logger = logging.getLogger(__name__)


def enqueue(task, *args, run_here_if_down: bool = False) -> bool:
    """Queue ``task(*args)``. True when the broker took it.

    When it does not, the failure is logged and, with ``run_here_if_down``,
    the task runs in this process instead (its own failure is logged too).
    """
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
