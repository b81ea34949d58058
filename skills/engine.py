"""The skills engine: evidence in, profiles and assignments out.

Two ways through, sharing the same rule evaluation:

* ``learner_reevaluate`` - one learner, when their evidence changes (queued after
  a signal is committed). It refreshes their skill profiles, evaluates every
  rule for them, and marks their pending signals processed.
* ``rule_run`` - one rule, over everyone it covers (on activation, on demand, and
  nightly). When an active rule would assign more people than the engine
  settings allow in one run, the assignments wait in an approval batch.

Both are safe to run twice: assignments are unique per learner and module while
active (a database constraint), rule matches are unique per rule version and
learner, and each learner's evaluation runs in one transaction under a lock on
the learner, so a worker killed mid-way leaves nothing half-done.

The wellbeing guard holds new assignments back ("held") when a learner already
has the maximum number open, or, unless urgent, while their workload is high.
Wellbeing signals never trigger an assignment.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import mean

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from courses import services as course_services
from courses.localisation import localized
from courses.models import Assignment, CoursePage, ModulePage
from skills.estimates import Evidence, estimate
from skills.models import (
    ApprovalBatch,
    AssignmentRule,
    EngineSettings,
    RuleMatch,
    Signal,
    SkillProfile,
    SkillProfileSnapshot,
)

logger = logging.getLogger(__name__)

ACTIVE = [Assignment.Status.OPEN, Assignment.Status.HELD]


@dataclass
class Evaluation:
    matched: bool
    recovered: bool
    score: float | None
    count: int
    text: str
    items: list[dict] = field(default_factory=list)
    latest: datetime | None = None
    facts: dict | None = None


def _source_label(source: str) -> str:
    return str(Signal.Source(source).label)


def evaluate(
    rule: AssignmentRule, evidence: list[Evidence], *, now: datetime, half_life: float, notes=None
) -> Evaluation:
    """Apply ``rule`` to one learner's evidence for the rule's skill and sources,
    already cut to the rule's window."""
    result = estimate(evidence, now=now, half_life_days=half_life)
    threshold = float(rule.threshold)
    items = [
        {
            "observed_at": item.observed_at.isoformat(),
            "source": item.source,
            "value": round(item.value, 3),
            "note": (notes or {}).get(index, ""),
        }
        for index, item in enumerate(evidence)  # newest first, as callers pass them
    ][:10]
    if result is None:
        return Evaluation(False, False, None, 0, _("No evidence yet."), items)
    enough = result.count >= rule.min_evidence
    facts = {
        "score": result.score,
        "count": result.count,
        "sources": sorted({item.source for item in evidence}),
        "latest": result.latest,
    }
    text = evidence_text(rule, facts, skill_name=rule.skill.name)
    return Evaluation(
        matched=enough and result.score < threshold,
        recovered=enough and result.score >= threshold,
        score=result.score,
        count=result.count,
        text=text,
        items=items,
        latest=result.latest,
        facts=facts,
    )


def evidence_text(rule: AssignmentRule, facts: dict, *, skill_name: str) -> str:
    """The evidence behind an evaluation in one sentence, in the active language."""
    sources = ", ".join(sorted(_source_label(source) for source in facts["sources"]))
    return ngettext(
        "Your %(skill)s estimate is %(score).2f, from %(count)s piece of evidence "
        "(%(sources)s) in the last %(days)s days, the latest on %(latest)s. "
        "The rule “%(rule)s” asks for %(threshold).2f.",
        "Your %(skill)s estimate is %(score).2f, from %(count)s pieces of evidence "
        "(%(sources)s) in the last %(days)s days, the latest on %(latest)s. "
        "The rule “%(rule)s” asks for %(threshold).2f.",
        facts["count"],
    ) % {
        "skill": skill_name,
        "score": facts["score"],
        "count": facts["count"],
        "sources": sources,
        "days": rule.window_days,
        "latest": formats.date_format(facts["latest"], "DATE_FORMAT"),
        "rule": rule.name,
        "threshold": float(rule.threshold),
    }


def _targets(rule: AssignmentRule) -> list[tuple[CoursePage, ModulePage | None]]:
    """The live course, or live modules with their courses, that the rule assigns.
    Kept on the rule object, which lives for one task."""
    cached = getattr(rule, "_targets_cache", None)
    if cached is None:
        cached = rule._targets_cache = _load_targets(rule)
    return cached


def _load_targets(rule: AssignmentRule) -> list[tuple[CoursePage, ModulePage | None]]:
    if rule.target_course_id:
        return [(rule.target_course, None)]
    modules = list(rule.target_modules.live().order_by("path"))
    courses = {
        course.path: course
        for course in CoursePage.objects.live().filter(
            path__in={m.path[: -ModulePage.steplen] for m in modules}
        )
    }
    return [
        (courses[m.path[: -ModulePage.steplen]], m)
        for m in modules
        if m.path[: -ModulePage.steplen] in courses
    ]


def _done_when(
    module: ModulePage | None, course: CoursePage, rule: AssignmentRule, skill_name: str
) -> str:
    target = (
        _("every required lesson of the module “%(title)s”") % {"title": module.title}
        if module
        else _("the course “%(title)s”") % {"title": course.title}
    )
    return _(
        "Finish %(target)s, or pass its pre-test to test out. It also closes by itself "
        "if new evidence shows your %(skill)s at %(threshold).2f or above."
    ) % {"target": target, "skill": skill_name, "threshold": float(rule.threshold)}


def _learner_texts(rule, user, course, module, evaluation) -> tuple[str, str]:
    """The evidence and what-done-looks-like sentences in the learner's language,
    with the skill and titles in that language where translated. They are kept
    with the assignment as written."""
    profile = getattr(user, "profile", None)
    language = getattr(profile, "preferred_language", "") or django_settings.LANGUAGE_CODE
    cache = rule.__dict__.setdefault("_localized_cache", {})

    def text_of(obj):
        if obj is None:
            return None
        key = (language, type(obj).__name__, obj.pk)
        if key not in cache:
            cache[key] = localized(obj, language=language)
        return cache[key]

    with translation.override(language):
        skill_name = text_of(rule.skill).name
        if evaluation.facts is None:
            evidence = evaluation.text
        else:
            evidence = evidence_text(rule, evaluation.facts, skill_name=skill_name)
        done_when = _done_when(text_of(module), text_of(course), rule, skill_name)
    return evidence, done_when


@dataclass
class GuardState:
    open_count: int
    workload_high: bool


def _settled(rule, user, course, module, evaluation) -> bool:
    """Whether a closed assignment of this rule already answered this evidence.

    A module the learner finished, tested out of or had withdrawn is not given
    again on the same evidence: only evidence newer than the closing does that,
    and a contest upheld holds for the whole rule version.
    """
    closed = (
        Assignment.objects.filter(
            user=user,
            origin_rule_id=rule.pk,
            course=course,
            status__in=[Assignment.Status.COMPLETED, Assignment.Status.CANCELLED],
        )
        .filter(Q(module=module) if module is not None else Q(module__isnull=True))
        .order_by("-pk")
        .first()
    )
    if closed is None:
        return False
    if (
        closed.closed_reason == Assignment.ClosedReason.CONTEST_UPHELD
        and closed.origin_rule_version == rule.version
    ):
        return True
    closed_at = closed.completed_at or closed.cancelled_at
    return evaluation.latest is None or closed_at is None or evaluation.latest <= closed_at


def _assign(rule, user, evaluation, guard: GuardState, limit: int, now) -> str:
    """Create the rule's assignments for one learner; returns the match outcome."""
    outcome = RuleMatch.Outcome.ALREADY
    for course, module in _targets(rule):
        if _settled(rule, user, course, module, evaluation):
            continue
        if guard.open_count >= limit:
            hold = Assignment.HoldReason.CAP
        elif guard.workload_high and rule.priority != "urgent":
            hold = Assignment.HoldReason.WORKLOAD
        else:
            hold = ""
        evidence, done_when = _learner_texts(rule, user, course, module, evaluation)
        assignment, created = course_services.assignment_create(
            user=user,
            course=course,
            module=module,
            due_at=now + timedelta(days=rule.due_in_days),
            reason=rule.explanation,
            source=Assignment.Source.RULE,
            priority=rule.priority,
            evidence_text=evidence,
            done_when=done_when,
            basis={
                "rule": rule.snapshot(),
                "score": evaluation.score,
                "evidence": evaluation.items,
            },
            origin_rule_id=rule.pk,
            origin_rule_version=rule.version,
            hold_reason=hold,
        )
        if created:
            if hold:
                outcome = RuleMatch.Outcome.HELD
            else:
                guard.open_count += 1
                outcome = RuleMatch.Outcome.ASSIGNED
    return outcome


def _close_recovered(rule, user, evaluation) -> bool:
    closed = False
    for assignment in Assignment.objects.filter(
        user=user, origin_rule_id=rule.pk, status__in=ACTIVE
    ):
        course_services.assignment_close(
            assignment=assignment,
            reason=Assignment.ClosedReason.RECOVERED,
            note=evaluation.text,
        )
        closed = True
    return closed


def _record_match(rule, user_id, evaluation, outcome, now, batch=None) -> None:
    RuleMatch.objects.update_or_create(
        rule=rule,
        rule_version=rule.version,
        user_id=user_id,
        defaults={
            "score": evaluation.score,
            "evidence_count": evaluation.count,
            "evidence_text": evaluation.text,
            "evidence": evaluation.items,
            "outcome": outcome,
            "batch": batch,
            "evaluated_at": now,
        },
    )


def _in_scope(rule: AssignmentRule, profile) -> bool:
    department_ids = {d.pk for d in rule.departments.all()}
    team_ids = {t.pk for t in rule.teams.all()}
    if department_ids and (profile is None or profile.department_id not in department_ids):
        return False
    if team_ids and (profile is None or profile.team_id not in team_ids):
        return False
    roles = rule.job_role_list
    return not roles or (profile is not None and profile.job_role.strip().casefold() in roles)


def _workload_high(values: list[float], settings: EngineSettings) -> bool:
    return bool(values) and mean(values) >= float(settings.workload_high)


def active_rules() -> list[AssignmentRule]:
    """The rules that are not off, with what their evaluation needs."""
    return list(
        AssignmentRule.objects.exclude(mode=AssignmentRule.Mode.OFF)
        .select_related("skill", "target_course")
        .prefetch_related("departments", "teams", "target_modules")
    )


# --- One learner ------------------------------------------------------------------


@dataclass
class LearnerOutcome:
    user_id: int
    signals_processed: int = 0
    profiles_changed: int = 0
    outcomes: dict = field(default_factory=dict)


def profiles_refresh(*, user, signals, now, half_life) -> int:
    """Store the learner's estimate for every skill they have evidence on; keep a
    snapshot whenever it changes. Returns how many profiles changed."""
    by_skill: dict[int, list[Evidence]] = defaultdict(list)
    for signal in signals:
        if signal.skill_id is not None and not signal.is_wellbeing:
            by_skill[signal.skill_id].append(
                Evidence(signal.value, signal.source, signal.observed_at)
            )
    existing = {p.skill_id: p for p in SkillProfile.objects.filter(user=user)}
    changed = 0
    for skill_id, evidence in by_skill.items():
        result = estimate(evidence, now=now, half_life_days=half_life)
        if result is None:
            continue
        profile = existing.get(skill_id)
        if profile is not None and (
            round(profile.score, 4) == round(result.score, 4)
            and profile.evidence_count == result.count
        ):
            continue
        profile, _created = SkillProfile.objects.update_or_create(
            user=user,
            skill_id=skill_id,
            defaults={
                "score": result.score,
                "level": result.level,
                "evidence_count": result.count,
                "last_evidence_at": result.latest,
                "updated_at": now,
            },
        )
        SkillProfileSnapshot.objects.create(
            profile=profile,
            score=result.score,
            level=result.level,
            evidence_count=result.count,
            at=now,
        )
        changed += 1
    return changed


def release_held(*, user, settings: EngineSettings, workload_high: bool) -> int:
    """Let held assignments through when there is room and the workload allows."""
    open_count = Assignment.objects.filter(user=user, status=Assignment.Status.OPEN).count()
    released = 0
    for assignment in Assignment.objects.filter(user=user, status=Assignment.Status.HELD).order_by(
        "created_at"
    ):
        if open_count >= settings.max_active_assignments:
            break
        if workload_high and assignment.priority != Assignment.Priority.URGENT:
            if assignment.hold_reason == Assignment.HoldReason.CAP:
                Assignment.objects.filter(pk=assignment.pk).update(
                    hold_reason=Assignment.HoldReason.WORKLOAD
                )
            continue
        course_services.assignment_release(assignment=assignment)
        open_count += 1
        released += 1
    return released


def learner_reevaluate(
    *, user_id: int, now: datetime | None = None, rules: list[AssignmentRule] | None = None
) -> LearnerOutcome:
    """Refresh one learner's profiles and apply every rule to them. A task that
    evaluates many learners passes the rules it loaded once."""
    now = now or timezone.now()
    settings = EngineSettings.load()
    half_life = float(settings.evidence_half_life_days)
    outcome = LearnerOutcome(user_id=user_id)
    User = get_user_model()
    with transaction.atomic():
        # One evaluation of a learner at a time, whichever worker runs it.
        user = (
            User.objects.select_for_update(of=("self",))
            .select_related("profile")
            .filter(pk=user_id)
            .first()
        )
        if user is None:
            return outcome
        pending = list(
            Signal.objects.filter(user=user, processed_at__isnull=True).values_list("pk", flat=True)
        )
        signals = list(Signal.objects.filter(user=user))
        outcome.profiles_changed = profiles_refresh(
            user=user, signals=signals, now=now, half_life=half_life
        )
        workload_since = now - timedelta(days=settings.workload_window_days)
        workload_high = user.is_active and _workload_high(
            [
                s.value
                for s in signals
                if s.source == "workload" and s.observed_at >= workload_since
            ],
            settings,
        )
        profile = getattr(user, "profile", None)
        if user.is_active:
            guard = GuardState(
                open_count=Assignment.objects.filter(
                    user=user, status=Assignment.Status.OPEN
                ).count(),
                workload_high=workload_high,
            )
            pending_approval = set(
                RuleMatch.objects.filter(
                    user=user, outcome=RuleMatch.Outcome.PENDING_APPROVAL, batch__status="pending"
                ).values_list("rule_id", flat=True)
            )
            for rule in rules if rules is not None else active_rules():
                if not _in_scope(rule, profile):
                    continue
                since = now - timedelta(days=rule.window_days)
                sources = set(rule.evidence_sources)
                relevant = [
                    s
                    for s in signals
                    if s.skill_id == rule.skill_id
                    and s.source in sources
                    and s.observed_at >= since
                ]
                relevant.sort(key=lambda s: s.observed_at, reverse=True)
                evaluation = evaluate(
                    rule,
                    [Evidence(s.value, s.source, s.observed_at) for s in relevant],
                    now=now,
                    half_life=half_life,
                    notes={i: s.note for i, s in enumerate(relevant)},
                )
                result = _apply(rule, user, evaluation, guard, settings, now, pending_approval)
                outcome.outcomes[rule.pk] = result
            release_held(user=user, settings=settings, workload_high=workload_high)
        Signal.objects.filter(pk__in=pending).update(processed_at=now)
        outcome.signals_processed = len(pending)
    return outcome


def _apply(rule, user, evaluation, guard, settings, now, pending_approval=frozenset()) -> str:
    if rule.mode == AssignmentRule.Mode.SHADOW:
        result = (
            RuleMatch.Outcome.WOULD_ASSIGN if evaluation.matched else RuleMatch.Outcome.NOT_MATCHED
        )
    elif evaluation.matched:
        if rule.pk in pending_approval:
            return RuleMatch.Outcome.PENDING_APPROVAL
        result = _assign(rule, user, evaluation, guard, settings.max_active_assignments, now)
    elif evaluation.recovered and _close_recovered(rule, user, evaluation):
        result = RuleMatch.Outcome.RECOVERED
    else:
        result = RuleMatch.Outcome.NOT_MATCHED
    if result == RuleMatch.Outcome.NOT_MATCHED and evaluation.count == 0:
        RuleMatch.objects.filter(rule=rule, rule_version=rule.version, user=user).delete()
        return result
    _record_match(rule, user.pk, evaluation, result, now)
    return result


# --- One rule, everyone it covers ----------------------------------------------------


@dataclass
class RunSummary:
    rule_id: int
    evaluated: int = 0
    matched: int = 0
    assigned: int = 0
    held: int = 0
    recovered: int = 0
    batch_id: int | None = None


def rule_run(
    *, rule_id: int, now: datetime | None = None, approved_batch: ApprovalBatch | None = None
) -> RunSummary:
    """Evaluate one rule for every active learner it covers, in a fixed number of
    reads, then write what changed. Over the approval threshold, an active rule's
    new assignments wait in an approval batch instead."""
    now = now or timezone.now()
    settings = EngineSettings.load()
    half_life = float(settings.evidence_half_life_days)
    rule = (
        AssignmentRule.objects.select_related("skill", "target_course")
        .prefetch_related("departments", "teams", "target_modules")
        .get(pk=rule_id)
    )
    summary = RunSummary(rule_id=rule.pk)
    if rule.mode == AssignmentRule.Mode.OFF:
        return summary
    User = get_user_model()
    people = User.objects.filter(is_active=True).select_related("profile")
    if rule.departments.exists():
        people = people.filter(profile__department__in=rule.departments.all())
    if rule.teams.exists():
        people = people.filter(profile__team__in=rule.teams.all())
    users = {u.pk: u for u in people if _in_scope(rule, getattr(u, "profile", None))}

    since = now - timedelta(days=rule.window_days)
    evidence: dict[int, list] = defaultdict(list)
    for user_id, value, source, observed_at, note in (
        Signal.objects.filter(
            skill=rule.skill,
            source__in=rule.evidence_sources,
            observed_at__gte=since,
            user_id__in=list(users),
        )
        .order_by("-observed_at")
        .values_list("user_id", "value", "source", "observed_at", "note")
    ):
        evidence[user_id].append((Evidence(value, source, observed_at), note))

    targets = _targets(rule)
    target_modules = [m.pk for _c, m in targets if m is not None]
    target_course_ids = [c.pk for c, m in targets if m is None]
    already = set(
        Assignment.objects.filter(status__in=ACTIVE, user_id__in=list(users))
        .filter(
            Q(module_id__in=target_modules)
            | Q(course_id__in=target_course_ids, module__isnull=True)
        )
        .values_list("user_id", flat=True)
    )
    ruled = set(
        Assignment.objects.filter(origin_rule_id=rule.pk, status__in=ACTIVE).values_list(
            "user_id", flat=True
        )
    )

    evaluations = {}
    for user_id in users:
        items = evidence.get(user_id, [])
        if not items:
            continue
        evaluations[user_id] = evaluate(
            rule,
            [item for item, _note in items],
            now=now,
            half_life=half_life,
            notes={i: note for i, (_item, note) in enumerate(items)},
        )
    summary.evaluated = len(evaluations)
    new = [uid for uid, ev in evaluations.items() if ev.matched and uid not in already]
    summary.matched = sum(1 for ev in evaluations.values() if ev.matched)

    if (
        rule.mode == AssignmentRule.Mode.ACTIVE
        and approved_batch is None
        and len(new) > settings.approval_threshold
    ):
        with transaction.atomic():
            batch = ApprovalBatch.objects.create(
                rule=rule, rule_version=rule.version, size=len(new), created_at=now
            )
            for user_id in new:
                _record_match(
                    rule,
                    user_id,
                    evaluations[user_id],
                    RuleMatch.Outcome.PENDING_APPROVAL,
                    now,
                    batch,
                )
        summary.batch_id = batch.pk
        return summary

    open_counts = dict(
        Assignment.objects.filter(status=Assignment.Status.OPEN, user_id__in=new)
        .values_list("user_id")
        .annotate(n=Count("pk"))
    )
    workload = defaultdict(list)
    for user_id, value in Signal.objects.filter(
        source="workload",
        user_id__in=new,
        observed_at__gte=now - timedelta(days=settings.workload_window_days),
    ).values_list("user_id", "value"):
        workload[user_id].append(value)

    for user_id, evaluation in evaluations.items():
        user = users[user_id]
        with transaction.atomic():
            if rule.mode == AssignmentRule.Mode.SHADOW:
                outcome = (
                    RuleMatch.Outcome.WOULD_ASSIGN
                    if evaluation.matched
                    else RuleMatch.Outcome.NOT_MATCHED
                )
            elif evaluation.matched and user_id in already:
                outcome = RuleMatch.Outcome.ALREADY
            elif evaluation.matched:
                guard = GuardState(
                    open_count=open_counts.get(user_id, 0),
                    workload_high=_workload_high(workload.get(user_id, []), settings),
                )
                outcome = _assign(
                    rule, user, evaluation, guard, settings.max_active_assignments, now
                )
                summary.assigned += outcome == RuleMatch.Outcome.ASSIGNED
                summary.held += outcome == RuleMatch.Outcome.HELD
            elif (
                evaluation.recovered
                and user_id in ruled
                and _close_recovered(rule, user, evaluation)
            ):
                outcome = RuleMatch.Outcome.RECOVERED
                summary.recovered += 1
            else:
                outcome = RuleMatch.Outcome.NOT_MATCHED
            _record_match(rule, user_id, evaluation, outcome, now, approved_batch)
    return summary
