from celery import shared_task

from assessments import services

BATCH = 100


@shared_task(time_limit=300, soft_time_limit=280)
def expire_attempts_task() -> int:
    """Submit, as they stand, attempts whose time ran out; re-queue until none is left."""
    done = services.attempts_expire(batch_size=BATCH)
    if done == BATCH:
        expire_attempts_task.delay()
    return done
