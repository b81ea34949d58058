"""How long each kind of personal data is kept, and the deletion that enforces it.

The periods are ``settings.RETENTION_DAYS``. The nightly task deletes what is
older, one batch per kind and run, and queues itself again until nothing is
left; the privacy page prints the same periods, so the two never disagree.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from assessments import services as assessment_services
from people import services
from people.models import UserSession
from people.security import session_store
from reports import services as report_services
from skills import services as skill_services


@dataclass(frozen=True)
class RetentionKind:
    key: str
    label: Promise
    explanation: Promise


#: In the order the privacy page lists them.
KINDS = [
    RetentionKind(
        "wellbeing_signals",
        _("Workload, wellbeing check-ins and customer sentiment"),
        _("Deleted this many days after they were observed."),
    ),
    RetentionKind(
        "signals",
        _("Skill evidence: QA scores, assessment results per skill, self-assessments, ratings"),
        _("Deleted this many days after they were observed. Your skill estimates follow."),
    ),
    RetentionKind(
        "attempt_answers",
        _("Your answers in assessments"),
        _("Deleted this many days after the attempt; its score and pass or fail stay."),
    ),
    RetentionKind(
        "access_log",
        _("The record of who viewed your individual signals, and of your downloads"),
        _("Deleted this many days after the view or download."),
    ),
    RetentionKind(
        "report_audit",
        _("The record of who exported which completion report"),
        _("Deleted this many days after the export."),
    ),
    RetentionKind(
        "sessions",
        _("The record of when you signed in"),
        _("Deleted this many days after you signed in. A session itself ends when it expires."),
    ),
]


def retention_days(kind: str) -> int:
    return settings.RETENTION_DAYS[kind]


def retention_cutoff(kind: str, *, now: datetime | None = None) -> datetime:
    """Data of ``kind`` from before this moment is past its retention period."""
    return (now or timezone.now()) - timedelta(days=retention_days(kind))


def sessions_expire(*, before: datetime, batch_size: int, now: datetime | None = None) -> int:
    """Delete one batch of expired sessions from the session store, and of the
    records of sign-ins made before ``before`` (never of a session that may
    still be alive). Returns how many rows went."""
    now = now or timezone.now()
    store = session_store()
    expired = 0
    if hasattr(store, "get_model_class"):
        session_model = store.get_model_class()
        keys = list(
            session_model.objects.filter(expire_date__lt=now)
            .order_by("expire_date")
            .values_list("session_key", flat=True)[:batch_size]
        )
        if keys:
            session_model.objects.filter(session_key__in=keys).delete()
        expired = len(keys)
    else:  # sessions in the cache or in signed cookies expire by themselves
        store.clear_expired()
    oldest_alive = now - timedelta(seconds=settings.SESSION_COOKIE_AGE)
    ids = list(
        UserSession.objects.filter(created_at__lt=min(before, oldest_alive))
        .order_by("created_at")
        .values_list("pk", flat=True)[:batch_size]
    )
    if ids:
        UserSession.objects.filter(pk__in=ids).delete()
    return expired + len(ids)


def retention_enforce(*, now: datetime | None = None, batch_size: int | None = None) -> dict:
    """Delete one batch of each kind of data past its retention period. Returns how
    many rows of each kind went; a kind that filled its batch may have more."""
    now = now or timezone.now()
    batch = batch_size or settings.RETENTION_BATCH_SIZE
    steps = {
        "wellbeing_signals": lambda before: skill_services.signals_expire(
            before=before, wellbeing=True, batch_size=batch
        ),
        "signals": lambda before: skill_services.signals_expire(
            before=before, wellbeing=False, batch_size=batch
        ),
        "attempt_answers": lambda before: assessment_services.responses_expire(
            before=before, batch_size=batch
        ),
        "access_log": lambda before: services.access_log_expire(before=before, batch_size=batch),
        "report_audit": lambda before: report_services.audit_expire(
            before=before, batch_size=batch
        ),
        "sessions": lambda before: sessions_expire(before=before, batch_size=batch, now=now),
    }
    deleted = {}
    for kind, step in steps.items():
        with transaction.atomic():
            deleted[kind] = step(retention_cutoff(kind, now=now))
    return deleted
