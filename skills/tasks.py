"""Celery tasks of the skills engine. Each takes ids, re-reads what it needs, and
is safe to run twice (see skills/engine.py)."""

from datetime import timedelta

from celery import shared_task
from django.db.models import Min
from django.utils import timezone

from skills import engine, notifications, services
from skills.ingest import queue_learners
from skills.models import ApprovalBatch, AssignmentRule, Signal

SWEEP_AFTER = timedelta(minutes=2)
SWEEP_LIMIT = 5000


@shared_task(acks_late=True, time_limit=15 * 60, soft_time_limit=14 * 60)
def process_learners_task(user_ids: list[int], only_pending: bool = False) -> int:
    """Re-evaluate learners whose evidence changed, together; with
    ``only_pending``, those whose new signals no other task processed yet."""
    return len(engine.learners_reevaluate(user_ids=user_ids, only_pending=only_pending))


@shared_task(time_limit=5 * 60)
def sweep_unprocessed_signals_task() -> int:
    """Queue learners whose signals are still unprocessed a while after arriving
    (the broker was down, or a worker died): nothing is lost, only delayed."""
    cutoff = timezone.now() - SWEEP_AFTER
    user_ids = list(
        Signal.objects.filter(processed_at__isnull=True, received_at__lt=cutoff)
        .values("user_id")
        .annotate(first=Min("received_at"))
        .order_by("first")
        .values_list("user_id", flat=True)[:SWEEP_LIMIT]
    )
    if user_ids:
        queue_learners(user_ids)
    return len(user_ids)


@shared_task(acks_late=True, time_limit=60 * 60, soft_time_limit=59 * 60)
def run_rule_task(rule_id: int, approved_batch_id: int | None = None) -> dict:

    batch = (
        ApprovalBatch.objects.filter(pk=approved_batch_id).first() if approved_batch_id else None
    )
    summary = engine.rule_run(rule_id=rule_id, approved_batch=batch)
    return summary.__dict__


@shared_task(time_limit=10 * 60)
def nightly_reevaluate_task() -> int:
    """Every rule over everyone it covers (windows move, evidence ages), one task
    per rule; and every held assignment that has room now is let in."""
    rule_ids = list(
        AssignmentRule.objects.exclude(mode=AssignmentRule.Mode.OFF).values_list("pk", flat=True)
    )
    for rule_id in rule_ids:
        run_rule_task.delay(rule_id)
    release_held_task.delay()
    return len(rule_ids)


@shared_task(time_limit=30 * 60, soft_time_limit=29 * 60)
def release_held_task() -> int:
    """Held assignments of everyone, let in where there is room (nightly)."""
    return engine.held_release_everyone()


@shared_task(time_limit=30 * 60, soft_time_limit=29 * 60)
def send_learning_digests_task() -> int:
    return notifications.digests_send()


@shared_task(time_limit=30 * 60, soft_time_limit=29 * 60)
def publish_team_wellbeing_task() -> int:
    """Publish the teams' wellbeing figures (weekly): the only time a manager's
    page can show a new one. Safe to run twice."""
    return services.team_wellbeing_publish()
