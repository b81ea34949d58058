"""Writes of the skills app. Other apps record evidence through ``signal_record``."""

import csv
import hmac
import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from hashlib import sha256
from statistics import mean

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, F, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from core.tokens import token_authenticate, token_issue, token_revoke
from core.validation import validate_storable
from courses import services as course_services
from courses.models import Assignment, AssignmentEvent
from skills.ingest import IngestResult, queue_learners, signals_ingest
from skills.models import (
    SKILL_EVIDENCE_SOURCES,
    ApiToken,
    ApprovalBatch,
    AssignmentRule,
    Contest,
    RuleMatch,
    Signal,
    Skill,
    SkillProfile,
    TeamWellbeingSnapshot,
)
from skills.selectors import MIN_GROUP


@dataclass(frozen=True)
class RecordedSignal:
    signal: Signal
    created: bool


def signal_record(
    *,
    user,
    skill: Skill | None,
    raw_value: float,
    source: str,
    observed_at: datetime,
    external_id: str,
    scale_min: float = 0.0,
    scale_max: float = 1.0,
    note: str = "",
) -> RecordedSignal:
    """Store one piece of evidence, normalised to 0-1, and queue the learner's
    re-evaluation after commit. The same external id again changes nothing."""
    if source not in Signal.Source.values:
        raise ValidationError({"source": _("Unknown source.")})
    if skill is None and source not in Signal.WELLBEING_SOURCES:
        raise ValidationError({"skill": _("Skill evidence must name its skill.")})
    if scale_max <= scale_min:
        raise ValidationError({"scale_max": _("The scale maximum must be above its minimum.")})
    if not scale_min <= raw_value <= scale_max:
        raise ValidationError({"value": _("The value lies outside its scale.")})
    if timezone.is_naive(observed_at):
        raise ValidationError({"observed_at": _("Give the time with its time zone.")})
    existing = Signal.objects.filter(origin=Signal.SITE, external_id=external_id).first()
    if existing is not None:
        return RecordedSignal(existing, False)
    try:
        with transaction.atomic():
            signal = Signal.objects.create(
                user=user,
                skill=skill,
                value=(raw_value - scale_min) / (scale_max - scale_min),
                raw_value=raw_value,
                scale_min=scale_min,
                scale_max=scale_max,
                source=source,
                observed_at=observed_at,
                external_id=external_id,
                origin=Signal.SITE,
                note=note,
            )
    except IntegrityError:
        return RecordedSignal(
            Signal.objects.get(origin=Signal.SITE, external_id=external_id), False
        )
    transaction.on_commit(lambda: queue_learners([user.pk]), robust=True)
    return RecordedSignal(signal, True)


# --- CSV upload -----------------------------------------------------------------------

CSV_NUMBERS = ("value", "scale_min", "scale_max")
CSV_SOURCES = {value for value, _label in SKILL_EVIDENCE_SOURCES}


def signals_import_csv(*, data: bytes) -> IngestResult:
    """L&D's upload: the API's checks, row by row. Wellbeing data never comes in
    this way. Rejected rows are reported with their line numbers."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The file is not UTF-8 text.")) from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "external_id" not in reader.fieldnames:
        raise ValidationError(_("The first line must name the columns, starting with external_id."))
    items, lines = [], []
    try:
        for row in reader:
            item = {key.strip(): (value or "").strip() for key, value in row.items() if key}
            item = {key: value for key, value in item.items() if value != ""}
            for name in CSV_NUMBERS:
                if name in item:
                    try:
                        item[name] = float(item[name])
                    except ValueError:
                        pass  # reported by the item check
            items.append(item)
            lines.append(reader.line_num)
    except csv.Error as error:
        raise ValidationError(
            _("Line %(line)s cannot be read: %(error)s") % {"line": reader.line_num, "error": error}
        ) from error
    if len(items) > 10 * 1000:
        raise ValidationError(_("Upload at most 10,000 rows at a time."))
    result = signals_ingest(items, origin=Signal.CSV_UPLOAD, allowed_sources=CSV_SOURCES)
    for rejected in result.rejected:
        rejected["line"] = lines[rejected["index"]]
    return result


# --- API tokens ---------------------------------------------------------------------


def api_token_create(*, name: str, sources: list[str], created_by) -> tuple[ApiToken, str]:
    """A new token; the secret is returned once and only its hash is kept."""
    name = name.strip()
    if not name:
        raise ValidationError({"name": _("Name the integration.")})
    unknown = set(sources) - set(Signal.Source.values)
    if not sources or unknown:
        raise ValidationError({"sources": _("Choose the sources this integration may send.")})
    return token_issue(ApiToken, name=name, created_by=created_by, sources=sorted(sources))


def api_token_revoke(*, token: ApiToken) -> ApiToken:
    return token_revoke(token=token)


def api_token_authenticate(secret: str) -> ApiToken | None:
    return token_authenticate(ApiToken, secret)


# --- Rules ----------------------------------------------------------------------------


def rule_set_mode(*, rule: AssignmentRule, mode: str, actor) -> AssignmentRule:
    """Turn a rule on, back to shadow, or off. Activating it records who did it and
    runs it over everyone it covers (queued)."""
    if mode not in AssignmentRule.Mode.values:
        raise ValidationError(_("Unknown mode."))
    rule.mode = mode
    fields = ["mode", "updated_at"]
    if mode == AssignmentRule.Mode.ACTIVE:
        rule.activated_at = timezone.now()
        rule.activated_by = actor
        fields += ["activated_at", "activated_by"]
    rule.save(update_fields=fields)
    if mode != AssignmentRule.Mode.OFF:
        # Here, not at the top: skills/tasks.py imports this module.
        from skills.tasks import run_rule_task

        transaction.on_commit(lambda: run_rule_task.delay(rule.pk), robust=True)
    return rule


def rule_saved(*, rule: AssignmentRule, previous: dict | None) -> AssignmentRule:
    """After an edit: a changed condition or target makes a new version; a why
    newly translated reaches the learners it was already assigned to."""
    if previous is not None and previous != rule_fingerprint(rule):
        AssignmentRule.objects.filter(pk=rule.pk).update(version=F("version") + 1)
        rule.refresh_from_db()
    course_services.assignments_rule_text_translate(rule_id=rule.pk, texts=rule.explanations())
    return rule


def rule_fingerprint(rule: AssignmentRule) -> dict:
    return {
        "skill": rule.skill_id,
        "threshold": str(rule.threshold),
        "min_evidence": rule.min_evidence,
        "window_days": rule.window_days,
        "sources": sorted(rule.sources or []),
        "departments": sorted(d.pk for d in rule.departments.all()),
        "teams": sorted(t.pk for t in rule.teams.all()),
        "job_roles": rule.job_roles,
        "target_course": rule.target_course_id,
        "target_modules": sorted(m.pk for m in rule.target_modules.all()),
        "due_in_days": rule.due_in_days,
        "priority": rule.priority,
    }


def batch_decide(*, batch: ApprovalBatch, approve: bool, actor) -> ApprovalBatch:
    with transaction.atomic():
        batch = ApprovalBatch.objects.select_for_update().get(pk=batch.pk)
        if batch.status != ApprovalBatch.Status.PENDING:
            raise ValidationError(_("This batch has already been decided."))
        batch.status = ApprovalBatch.Status.APPROVED if approve else ApprovalBatch.Status.REJECTED
        batch.decided_by = actor
        batch.decided_at = timezone.now()
        batch.save(update_fields=["status", "decided_by", "decided_at"])
        if approve:
            # Here, not at the top: skills/tasks.py imports this module.
            from skills.tasks import run_rule_task

            transaction.on_commit(lambda: run_rule_task.delay(batch.rule_id, batch.pk), robust=True)
        else:
            # They stay unassigned until newer evidence matches them again.
            RuleMatch.objects.filter(
                batch=batch, outcome=RuleMatch.Outcome.PENDING_APPROVAL
            ).update(outcome=RuleMatch.Outcome.REJECTED)
    return batch


# --- Contests -------------------------------------------------------------------------


def contest_create(*, user, assignment_id: int, comment: str) -> Contest:
    comment = (comment or "").strip()
    validate_storable(comment)
    if not comment:
        raise ValidationError(_("Say why you disagree; L&D reads every word."))
    if len(comment) > 3000:
        raise ValidationError(_("Keep it under 3,000 characters."))
    with transaction.atomic():
        assignment = (
            Assignment.objects.select_for_update().filter(pk=assignment_id, user=user).first()
        )
        if assignment is None:
            raise Assignment.DoesNotExist
        if not assignment.is_active:
            raise ValidationError(_("Only an open assignment can be contested."))
        if Contest.objects.filter(assignment=assignment).exists():
            raise ValidationError(_("You have already contested this assignment."))
        contest = Contest.objects.create(
            assignment=assignment, user=user, comment=comment, created_at=timezone.now()
        )
        AssignmentEvent.objects.create(
            assignment=assignment,
            kind=AssignmentEvent.Kind.CONTESTED,
            at=contest.created_at,
            actor=user,
            note=comment,
        )
    return contest


def contest_decide(*, contest: Contest, uphold: bool, note: str, actor) -> Contest:
    """L&D's decision; it is logged on the assignment and shown to the learner."""
    note = (note or "").strip()
    validate_storable(note)
    if not note:
        raise ValidationError(_("Write the learner a reply: they will read it."))
    if actor is not None and actor.pk == contest.user_id:
        raise PermissionDenied(_("Nobody decides their own contest."))
    with transaction.atomic():
        contest = (
            Contest.objects.select_for_update().select_related("assignment").get(pk=contest.pk)
        )
        if contest.status != Contest.Status.PENDING:
            raise ValidationError(_("This contest has already been decided."))
        contest.status = Contest.Status.UPHELD if uphold else Contest.Status.REJECTED
        contest.decided_by = actor
        contest.decided_at = timezone.now()
        contest.decision_note = note
        contest.save(update_fields=["status", "decided_by", "decided_at", "decision_note"])
        AssignmentEvent.objects.create(
            assignment=contest.assignment,
            kind=AssignmentEvent.Kind.CONTEST_UPHELD
            if uphold
            else AssignmentEvent.Kind.CONTEST_REJECTED,
            at=contest.decided_at,
            actor=actor,
            note=note,
        )
        if uphold:
            course_services.assignment_close(
                assignment=contest.assignment,
                reason=Assignment.ClosedReason.CONTEST_UPHELD,
                actor=actor,
                note=note,
            )
    return contest


# --- Retention ------------------------------------------------------------------------


def signals_expire(*, before: datetime, wellbeing: bool, batch_size: int = 5000) -> int:
    """Delete one batch of signals observed before ``before``: the wellbeing ones, or
    every other kind. Returns how many; run again until it returns less than
    ``batch_size``."""
    kinds = Signal.objects.filter(observed_at__lt=before)
    if wellbeing:
        kinds = kinds.filter(source__in=Signal.WELLBEING_SOURCES)
    else:
        kinds = kinds.exclude(source__in=Signal.WELLBEING_SOURCES)
    ids = list(kinds.order_by("observed_at").values_list("pk", flat=True)[:batch_size])
    if ids:
        Signal.objects.filter(pk__in=ids).delete()
    return len(ids)


# --- Team wellbeing, published -------------------------------------------------------

#: A published figure is each contributor's own average of their signals of one
#: source observed in this many days before publication, averaged over them.
WELLBEING_WINDOW_DAYS = 28
#: Managers whose teams one transaction of the publication handles.
PUBLISH_CHUNK = 200


def _coarse(value: float) -> Decimal:
    """One decimal, halves up: the only precision anyone but the learner sees."""
    return Decimal(str(value)).quantize(Decimal("0.1"), ROUND_HALF_UP)


def _contribution_digest(source: str, user_id: int, value: float) -> str:
    """A keyed digest of one person's coarsened own value: equal when the value
    is, and unreadable without the server's secret key."""
    message = f"team-wellbeing:{source}:{user_id}:{_coarse(value)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, sha256).hexdigest()[:24]


def wellbeing_states_differ_by(first: dict, second: dict) -> int:
    """How many people's contributions differ between two published states: in
    one of them only, or in both with a different own value."""
    return sum(1 for key in first.keys() | second.keys() if first.get(key) != second.get(key))


def team_wellbeing_publish(*, now: datetime | None = None) -> int:
    """Publish each team's wellbeing figures (a manager's active direct reports,
    per wellbeing source): the run that Celery beat makes weekly. Returns how
    many figures were published.

    A figure is published only when at least MIN_GROUP people contribute, it is
    coarsened to one decimal, and it must differ from every figure of that team
    and source still kept by the contributions of at least MIN_GROUP people
    (joined, left, or whose own value changed); otherwise the last published
    figure stands. So any two figures a manager ever read differ by the data of
    at least MIN_GROUP people, never by one person's. docs/design-notes.md has
    the argument. Safe to run twice: a second run finds nothing changed.
    """
    now = now or timezone.now()
    User = get_user_model()
    teams: dict[int, list[int]] = defaultdict(list)
    for manager_id, user_id in (
        User.objects.filter(is_active=True, profile__manager__is_active=True)
        .values_list("profile__manager_id", "pk")
        .order_by("profile__manager_id", "pk")
    ):
        teams[manager_id].append(user_id)
    managers = sorted(manager for manager, members in teams.items() if len(members) >= MIN_GROUP)
    published = 0
    for start in range(0, len(managers), PUBLISH_CHUNK):
        chunk = managers[start : start + PUBLISH_CHUNK]
        with transaction.atomic():
            published += _teams_publish({m: teams[m] for m in chunk}, now=now)
    # Figures past the wellbeing retention period go, except each team's latest.
    cutoff = now - timedelta(days=settings.RETENTION_DAYS["wellbeing_signals"])
    newer = TeamWellbeingSnapshot.objects.filter(
        manager_id=OuterRef("manager_id"),
        source=OuterRef("source"),
        published_at__gt=OuterRef("published_at"),
    )
    TeamWellbeingSnapshot.objects.filter(published_at__lt=cutoff).filter(Exists(newer)).delete()
    return published


def _teams_publish(teams: dict[int, list[int]], *, now: datetime) -> int:
    """``team_wellbeing_publish`` for some teams: three queries, however many."""
    since = now - timedelta(days=WELLBEING_WINDOW_DAYS)
    member_ids = [user_id for members in teams.values() for user_id in members]
    values: dict[tuple[str, int], list[float]] = defaultdict(list)
    for user_id, source, value in Signal.objects.filter(
        user_id__in=member_ids,
        source__in=Signal.WELLBEING_SOURCES,
        observed_at__gte=since,
        observed_at__lte=now,
    ).values_list("user_id", "source", "value"):
        values[(source, user_id)].append(value)
    kept: dict[tuple[int, str], list[dict]] = defaultdict(list)
    for manager_id, source, state in TeamWellbeingSnapshot.objects.filter(
        manager_id__in=list(teams)
    ).values_list("manager_id", "source", "state"):
        kept[(manager_id, source)].append(state)
    new = []
    for manager_id, members in teams.items():
        for source in sorted(Signal.WELLBEING_SOURCES):
            own = {
                user_id: mean(values[(source, user_id)])
                for user_id in members
                if (source, user_id) in values
            }
            if len(own) < MIN_GROUP:
                continue
            state = {
                str(user_id): _contribution_digest(source, user_id, value)
                for user_id, value in own.items()
            }
            if any(
                wellbeing_states_differ_by(state, earlier) < MIN_GROUP
                for earlier in kept[(manager_id, source)]
            ):
                continue
            new.append(
                TeamWellbeingSnapshot(
                    manager_id=manager_id,
                    source=source,
                    value=_coarse(mean(own.values())),
                    published_at=now,
                    state=state,
                )
            )
    TeamWellbeingSnapshot.objects.bulk_create(new)
    return len(new)


# --- Erasure --------------------------------------------------------------------------


def learner_data_erase(*, user) -> dict[str, int]:
    """Remove what the skills engine holds about ``user``: every signal (all sources),
    skill profiles and their history, rule evaluations, the texts of their contests,
    and the integration tokens they made. Contest rows stay, without their texts,
    so L&D's contest figures do not change."""
    signals, _detail = Signal.objects.filter(user=user).delete()
    # Published team figures keep that the person contributed, never with what:
    # still a difference for the next publication, so the figure without them
    # cannot be set against one with them.
    for snapshot in TeamWellbeingSnapshot.objects.filter(state__has_key=str(user.pk)):
        snapshot.state[str(user.pk)] = "erased"
        snapshot.save(update_fields=["state"])
    _total, deleted = SkillProfile.objects.filter(user=user).delete()
    matches, _detail = RuleMatch.objects.filter(user=user).delete()
    contests = Contest.objects.filter(user=user).update(comment="", decision_note="")
    tokens, _detail = ApiToken.objects.filter(created_by=user).delete()
    return {
        "signals": signals,
        "skill_profiles": deleted.get(SkillProfile._meta.label, 0),
        "rule_matches": matches,
        "contests": contests,
        "api_tokens": tokens,
    }
