"""The skills engine: evidence in, profiles and assignments out.

Two ways through, sharing the same rule evaluation:

* ``learners_reevaluate`` - learners whose evidence changed (queued after
  signals are committed, QUEUE_CHUNK learners a task). It refreshes their skill
  profiles, evaluates every rule for them, and marks their pending signals
  processed, in a fixed number of queries for the whole batch.
* ``rule_run`` - one rule, over everyone it covers (on activation, on demand, and
  nightly). When an active rule would assign more people than the engine
  settings allow in one run, the assignments wait in an approval batch.

Both are safe to run twice: assignments are unique per learner and module while
active (a database constraint), rule matches are unique per rule version and
learner, and a batch of learners is evaluated in one transaction under a lock
on each of them, so a worker killed mid-way leaves nothing half-done.

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
from django.utils import timezone
from django.utils.translation import gettext as _

from core.i18n import localized
from courses import selectors as course_selectors
from courses import services as course_services
from courses.models import Assignment, CoursePage, ModulePage
from skills.estimates import Evidence, estimate
from skills.explanations import evidence_sentences, explanation_render, rule_facts
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
    text = evidence_sentences(
        _evidence_facts(rule, facts, course_id=None, module_id=None), skill_name=rule.skill.name
    )
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


def _evidence_facts(rule: AssignmentRule, facts: dict | None, *, course_id, module_id) -> dict:
    """An assignment's facts (see skills/explanations.py) from an evaluation's."""
    facts = facts or {}
    return rule_facts(
        rule=rule,
        course_id=course_id,
        module_id=module_id,
        estimate=facts.get("score"),
        evidence_count=facts.get("count"),
        sources=facts.get("sources", ()),
        latest=facts.get("latest"),
    )


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


def _learner_texts(rule, user, course, module, facts: dict) -> tuple[str, str]:
    """The evidence and what-done-looks-like sentences in the learner's preferred
    language, kept with the assignment as written then. They are read only if its
    facts are ever lost: the pages render the facts in the reader's language."""
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

    shown = explanation_render(
        facts,
        language=language,
        skill_name=text_of(rule.skill).name,
        course_title=text_of(course).title,
        module_title=text_of(module).title if module else "",
    )
    return shown.evidence, shown.done_when


@dataclass
class GuardState:
    open_count: int
    workload_high: bool


Target = tuple[int, int, int | None]  # (user, course, module or None)


@dataclass
class RuleState:
    """What applying one rule to a set of learners must know about their
    assignments, read in a fixed number of queries however many they are."""

    #: Active (open or held) assignments this rule made, by learner: recovery closes them.
    ruled: dict[int, list[Assignment]]
    #: (learner, course, module) with an active assignment, from any origin.
    covered: set[Target]
    #: The latest closed assignment this rule made, by (learner, course, module).
    closed: dict[Target, Assignment]
    #: Learners whose match with this rule waits in a pending approval batch.
    pending_approval: set[int]
    #: (learner, course, module) the learner has already finished: never assigned.
    done: set[Target] = field(default_factory=set)
    #: Learners L&D did not approve for this rule version, with when it was decided.
    rejected: dict[int, tuple[datetime, int]] = field(default_factory=dict)


def rule_state(rule: AssignmentRule, user_ids, *, matched_ids) -> RuleState:
    user_ids, matched_ids = list(user_ids), list(matched_ids)
    targets = _targets(rule)
    ruled: dict[int, list[Assignment]] = defaultdict(list)
    for assignment in Assignment.objects.filter(
        origin_rule_id=rule.pk, status__in=ACTIVE, user_id__in=user_ids
    ).order_by("pk"):
        ruled[assignment.user_id].append(assignment)
    covered: set[Target] = set()
    closed: dict[Target, Assignment] = {}
    done: set[Target] = set()
    if matched_ids and targets:
        done = course_selectors.finished_work(
            (user_id, course.pk, module.pk if module else None)
            for user_id in matched_ids
            for course, module in targets
        )
        modules = [m.pk for _c, m in targets if m is not None]
        courses = [c.pk for c, m in targets if m is None]
        covered = set(
            Assignment.objects.filter(status__in=ACTIVE, user_id__in=matched_ids)
            .filter(Q(module_id__in=modules) | Q(course_id__in=courses, module__isnull=True))
            .values_list("user_id", "course_id", "module_id")
        )
        for assignment in Assignment.objects.filter(
            user_id__in=matched_ids,
            origin_rule_id=rule.pk,
            status__in=[Assignment.Status.COMPLETED, Assignment.Status.CANCELLED],
        ).order_by("-pk"):
            closed.setdefault(
                (assignment.user_id, assignment.course_id, assignment.module_id), assignment
            )
    pending = set(
        RuleMatch.objects.filter(
            rule=rule,
            user_id__in=user_ids,
            outcome=RuleMatch.Outcome.PENDING_APPROVAL,
            batch__status="pending",
        ).values_list("user_id", flat=True)
    )
    rejected = {
        user_id: (decided_at, batch_id)
        for user_id, decided_at, batch_id in RuleMatch.objects.filter(
            rule=rule,
            rule_version=rule.version,
            user_id__in=matched_ids,
            outcome=RuleMatch.Outcome.REJECTED,
            batch__decided_at__isnull=False,
        ).values_list("user_id", "batch__decided_at", "batch_id")
    }
    return RuleState(
        ruled=ruled,
        covered=covered,
        closed=closed,
        pending_approval=pending,
        done=done,
        rejected=rejected,
    )


def _settled(rule, closed: Assignment | None, evaluation) -> bool:
    """Whether a closed assignment of this rule already answered this evidence.

    A module the learner finished, tested out of or had withdrawn is not given
    again on the same evidence: only evidence newer than the closing does that,
    and a contest upheld holds for the whole rule version.
    """
    if closed is None:
        return False
    if (
        closed.closed_reason == Assignment.ClosedReason.CONTEST_UPHELD
        and closed.origin_rule_version == rule.version
    ):
        return True
    closed_at = closed.completed_at or closed.cancelled_at
    return evaluation.latest is None or closed_at is None or evaluation.latest <= closed_at


def _to_assign(rule, user_id, evaluation, state: RuleState):
    """The rule's targets this learner would be given now: not already covered,
    not already finished, not settled by a closed assignment."""
    return [
        (course, module)
        for course, module in _targets(rule)
        if (key := (user_id, course.pk, module.pk if module else None)) not in state.covered
        and key not in state.done
        and not _settled(rule, state.closed.get(key), evaluation)
    ]


def _all_done(rule, user_id, state: RuleState) -> bool:
    targets = _targets(rule)
    return bool(targets) and all(
        (user_id, course.pk, module.pk if module else None) in state.done
        for course, module in targets
    )


def _drafts(rule, user, evaluation, targets, guard: GuardState, limit: int, now, batch_id=None):
    """The assignments this learner is to be given, held where the wellbeing
    guard says so; the guard counts the open ones as given."""
    drafts = []
    for course, module in targets:
        if guard.open_count >= limit:
            hold = Assignment.HoldReason.CAP
        elif guard.workload_high and rule.priority != "urgent":
            hold = Assignment.HoldReason.WORKLOAD
        else:
            hold = ""
            guard.open_count += 1
        facts = _evidence_facts(
            rule, evaluation.facts, course_id=course.pk, module_id=module.pk if module else None
        )
        evidence, done_when = _learner_texts(rule, user, course, module, facts)
        drafts.append(
            course_services.AssignmentDraft(
                user=user,
                course=course,
                module=module,
                due_at=now + timedelta(days=rule.due_in_days),
                reason=rule.explanation,
                source=Assignment.Source.RULE,
                priority=rule.priority,
                evidence_text=evidence,
                done_when=done_when,
                facts=facts,
                basis={
                    "rule": rule.snapshot(),
                    "score": evaluation.score,
                    "evidence": evaluation.items,
                },
                origin_rule_id=rule.pk,
                origin_rule_version=rule.version,
                approval_batch_id=batch_id,
                hold_reason=hold,
            )
        )
    return drafts


def _close_recovered(rule, user_id, evaluation, state: RuleState) -> bool:
    closed = False
    for assignment in state.ruled.pop(user_id, []):
        # The closing reason says it; the page puts it in the reader's language.
        course_services.assignment_close(
            assignment=assignment, reason=Assignment.ClosedReason.RECOVERED
        )
        closed = True
    return closed


def _match(rule, user_id, evaluation, outcome, now, batch=None) -> RuleMatch:
    return RuleMatch(
        rule=rule,
        rule_version=rule.version,
        user_id=user_id,
        score=evaluation.score,
        evidence_count=evaluation.count,
        evidence_text=evaluation.text,
        evidence=evaluation.items,
        outcome=outcome,
        batch=batch,
        evaluated_at=now,
    )


def _record_matches(matches: list[RuleMatch]) -> None:
    """Store the latest evaluation of each (rule version, learner): one statement."""
    RuleMatch.objects.bulk_create(
        matches,
        batch_size=1000,
        update_conflicts=True,
        unique_fields=["rule", "rule_version", "user"],
        update_fields=[
            "score",
            "evidence_count",
            "evidence_text",
            "evidence",
            "outcome",
            "batch",
            "evaluated_at",
        ],
    )


def given_in_window(rule: AssignmentRule, *, now: datetime, settings: EngineSettings) -> set[int]:
    """The people this rule has given new assignments without approval in the
    approval window up to ``now``: each counts once, however many they got."""
    since = now - timedelta(hours=settings.approval_window_hours)
    return set(
        Assignment.objects.filter(
            origin_rule_id=rule.pk, approval_batch_id__isnull=True, created_at__gte=since
        ).values_list("user_id", flat=True)
    )


def _pending_batch(rule: AssignmentRule, now: datetime) -> ApprovalBatch:
    """The rule's batch waiting for L&D, made when first needed."""
    batch = (
        ApprovalBatch.objects.filter(
            rule=rule, rule_version=rule.version, status=ApprovalBatch.Status.PENDING
        )
        .order_by("pk")
        .first()
    )
    if batch is None:
        batch = ApprovalBatch.objects.create(
            rule=rule, rule_version=rule.version, size=0, created_at=now
        )
    return batch


def _need_first(evaluations: dict[int, Evaluation]) -> list[int]:
    """Learners in the order the approval limit serves them: furthest below the
    threshold first, then by id, so the same evidence gives the same order."""
    return sorted(
        evaluations,
        key=lambda uid: (evaluations[uid].score if evaluations[uid].score is not None else 2, uid),
    )


def apply_rule(
    rule: AssignmentRule,
    evaluations: dict[int, Evaluation],
    *,
    users: dict,
    guards: dict[int, GuardState],
    settings: EngineSettings,
    now: datetime,
    approved_batch: ApprovalBatch | None = None,
    state: RuleState | None = None,
) -> dict[int, str]:
    """Apply ``rule`` to these learners' evaluations, inside the caller's
    transaction: assign, hold, close on recovery, and record each match.
    Returns each learner's outcome.

    An active rule gives at most ``approval_threshold`` people new assignments
    in ``approval_window_hours`` without approval, whichever way it runs (new
    signals, a run over everyone, the nightly run). Learners beyond that wait in
    the rule's pending approval batch, those furthest below the threshold served
    first. The rule's row is locked while it counts, so that two workers cannot
    both take the last place. Assignments of an approved batch do not count.
    """
    if state is None:
        state = rule_state(
            rule, evaluations, matched_ids=[uid for uid, ev in evaluations.items() if ev.matched]
        )
    room = None
    given: set[int] = set()
    if rule.mode == AssignmentRule.Mode.ACTIVE and approved_batch is None:
        AssignmentRule.objects.select_for_update().filter(pk=rule.pk).values_list("pk").first()
        given = given_in_window(rule, now=now, settings=settings)
        room = max(0, settings.approval_threshold - len(given))
    batch = None
    outcomes: dict[int, str] = {}
    matches: list[RuleMatch] = []
    forget: list[int] = []
    to_give: dict[int, list] = {}
    for user_id in _need_first(evaluations):
        evaluation = evaluations[user_id]
        match_batch = approved_batch
        rejected = state.rejected.get(user_id)
        if evaluation.matched and (targets := _to_assign(rule, user_id, evaluation, state)) == []:
            # Nothing to give: what an active rule would answer, in shadow too.
            outcome = (
                RuleMatch.Outcome.DONE
                if _all_done(rule, user_id, state)
                else RuleMatch.Outcome.ALREADY
            )
        elif rule.mode == AssignmentRule.Mode.SHADOW:
            outcome = (
                RuleMatch.Outcome.WOULD_ASSIGN
                if evaluation.matched
                else RuleMatch.Outcome.NOT_MATCHED
            )
        elif evaluation.matched:
            if approved_batch is None and user_id in state.pending_approval:
                # Waits for the L&D decision; the pending match stays as it is.
                outcomes[user_id] = RuleMatch.Outcome.PENDING_APPROVAL
                continue
            if (
                approved_batch is None
                and rejected is not None
                and (evaluation.latest is None or evaluation.latest <= rejected[0])
            ):
                # L&D did not approve it; only newer evidence asks again.
                outcome, match_batch = RuleMatch.Outcome.REJECTED, ApprovalBatch(pk=rejected[1])
            elif room is not None and room <= 0 and user_id not in given:
                batch = batch or _pending_batch(rule, now)
                match_batch = batch
                outcome = RuleMatch.Outcome.PENDING_APPROVAL
            else:
                if room is not None and user_id not in given:
                    room -= 1
                    given.add(user_id)
                to_give[user_id] = _drafts(
                    rule,
                    users[user_id],
                    evaluation,
                    targets,
                    guards[user_id],
                    settings.max_active_assignments,
                    now,
                    batch_id=approved_batch.pk if approved_batch else None,
                )
                for course, module in targets:
                    state.covered.add((user_id, course.pk, module.pk if module else None))
                continue  # the outcome once they are made
        elif evaluation.recovered and _close_recovered(rule, user_id, evaluation, state):
            outcome = RuleMatch.Outcome.RECOVERED
        else:
            outcome = RuleMatch.Outcome.NOT_MATCHED
        outcomes[user_id] = outcome
        if outcome == RuleMatch.Outcome.NOT_MATCHED and evaluation.count == 0:
            forget.append(user_id)
        else:
            matches.append(_match(rule, user_id, evaluation, outcome, now, match_batch))
    made = {
        (a.user_id, a.course_id, a.module_id): a
        for a in course_services.assignments_create_many(
            drafts=[draft for drafts in to_give.values() for draft in drafts]
        )
    }
    for user_id, drafts in to_give.items():
        # Held or open alike: a hold is the learner's to know, not the rule's page's.
        outcome = (
            RuleMatch.Outcome.ASSIGNED
            if any(draft.key in made for draft in drafts)
            else RuleMatch.Outcome.ALREADY
        )
        outcomes[user_id] = outcome
        matches.append(_match(rule, user_id, evaluations[user_id], outcome, now, approved_batch))
    _record_matches(matches)
    if forget:
        RuleMatch.objects.filter(rule=rule, rule_version=rule.version, user_id__in=forget).delete()
    if batch is not None or state.pending_approval:
        # Who waits: those just added, less those whose match changed meanwhile.
        for pending in ApprovalBatch.objects.filter(rule=rule, status=ApprovalBatch.Status.PENDING):
            size = RuleMatch.objects.filter(
                batch=pending, outcome=RuleMatch.Outcome.PENDING_APPROVAL
            ).count()
            if size != pending.size:
                ApprovalBatch.objects.filter(pk=pending.pk).update(size=size)
    return outcomes


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


# --- Learners whose evidence changed ------------------------------------------------


@dataclass
class LearnerOutcome:
    user_id: int
    signals_processed: int = 0
    profiles_changed: int = 0
    outcomes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SignalRow:
    pk: int
    skill_id: int | None
    value: float
    source: str
    observed_at: datetime
    note: str
    pending: bool


def profiles_refresh(*, signals: dict[int, list[SignalRow]], now, half_life) -> dict[int, int]:
    """Store each learner's estimate for every skill they have evidence on, and a
    snapshot whenever it changes: three statements for any number of learners.
    Returns how many profiles changed per learner."""
    existing = {
        (p.user_id, p.skill_id): p for p in SkillProfile.objects.filter(user_id__in=list(signals))
    }
    changed: list[SkillProfile] = []
    counts: dict[int, int] = defaultdict(int)
    for user_id, rows in signals.items():
        by_skill: dict[int, list[Evidence]] = defaultdict(list)
        for row in rows:
            if row.skill_id is not None and row.source not in Signal.WELLBEING_SOURCES:
                by_skill[row.skill_id].append(Evidence(row.value, row.source, row.observed_at))
        for skill_id, evidence in by_skill.items():
            result = estimate(evidence, now=now, half_life_days=half_life)
            if result is None:
                continue
            profile = existing.get((user_id, skill_id))
            if profile is not None and (
                round(profile.score, 4) == round(result.score, 4)
                and profile.evidence_count == result.count
            ):
                continue
            changed.append(
                SkillProfile(
                    user_id=user_id,
                    skill_id=skill_id,
                    score=result.score,
                    level=result.level,
                    evidence_count=result.count,
                    last_evidence_at=result.latest,
                    updated_at=now,
                )
            )
            counts[user_id] += 1
    if changed:
        SkillProfile.objects.bulk_create(
            changed,
            batch_size=1000,
            update_conflicts=True,
            unique_fields=["user", "skill"],
            update_fields=["score", "level", "evidence_count", "last_evidence_at", "updated_at"],
        )
        SkillProfileSnapshot.objects.bulk_create(
            [
                SkillProfileSnapshot(
                    profile_id=profile.pk,
                    score=profile.score,
                    level=profile.level,
                    evidence_count=profile.evidence_count,
                    at=now,
                )
                for profile in changed
            ],
            batch_size=1000,
        )
    return counts


def held_release(*, user_ids, settings: EngineSettings | None = None, now=None) -> int:
    """Let these learners' held assignments in, oldest first, where they have
    room under the limit and their workload allows (urgent ones need only room).
    Counts what is open now, in the database: called whenever room may have
    appeared (an assignment closed, an evaluation ended) and nightly for all."""
    settings = settings or EngineSettings.load()
    now = now or timezone.now()
    held = list(
        Assignment.objects.filter(
            user_id__in=list(user_ids), status=Assignment.Status.HELD
        ).order_by("created_at", "pk")
    )
    if not held:
        return 0
    people = {assignment.user_id for assignment in held}
    open_counts = dict(
        Assignment.objects.filter(user_id__in=people, status=Assignment.Status.OPEN)
        .values_list("user_id")
        .annotate(n=Count("pk"))
    )
    workload = defaultdict(list)
    for user_id, value in Signal.objects.filter(
        user_id__in=people,
        source="workload",
        observed_at__gte=now - timedelta(days=settings.workload_window_days),
    ).values_list("user_id", "value"):
        workload[user_id].append(value)
    guards = {
        user_id: GuardState(
            open_count=open_counts.get(user_id, 0),
            workload_high=_workload_high(workload[user_id], settings),
        )
        for user_id in people
    }
    released = 0
    for assignment in held:
        guard = guards[assignment.user_id]
        if guard.open_count >= settings.max_active_assignments:
            continue
        if guard.workload_high and assignment.priority != Assignment.Priority.URGENT:
            if assignment.hold_reason == Assignment.HoldReason.CAP:
                Assignment.objects.filter(pk=assignment.pk).update(
                    hold_reason=Assignment.HoldReason.WORKLOAD
                )
            continue
        if course_services.assignment_release(assignment=assignment).status == "open":
            guard.open_count += 1
            released += 1
    return released


#: Learners whose held assignments the nightly run looks at per transaction.
RELEASE_CHUNK = 500


def held_release_everyone(*, now=None) -> int:
    """The nightly pass: every learner with a held assignment, in chunks."""
    settings = EngineSettings.load()
    user_ids = sorted(
        set(
            Assignment.objects.filter(status=Assignment.Status.HELD).values_list(
                "user_id", flat=True
            )
        )
    )
    released = 0
    for start in range(0, len(user_ids), RELEASE_CHUNK):
        with transaction.atomic():
            released += held_release(
                user_ids=user_ids[start : start + RELEASE_CHUNK], settings=settings, now=now
            )
    return released


def learners_reevaluate(
    *,
    user_ids,
    now: datetime | None = None,
    rules: list[AssignmentRule] | None = None,
    only_pending: bool = False,
) -> dict[int, LearnerOutcome]:
    """Refresh these learners' profiles and apply every rule to them, in one
    transaction under a lock on each learner and in a fixed number of queries
    however many there are (only assignments made or closed add their own).

    With ``only_pending``, learners with no unprocessed signal are left alone:
    their evidence has not changed since they were last evaluated (another
    task got there first), which is how a busy engine catches up.
    """
    now = now or timezone.now()
    settings = EngineSettings.load()
    half_life = float(settings.evidence_half_life_days)
    rules = active_rules() if rules is None else rules
    User = get_user_model()
    ids = sorted(set(user_ids))
    with transaction.atomic():
        if only_pending:
            ids = sorted(
                set(
                    Signal.objects.filter(user_id__in=ids, processed_at__isnull=True).values_list(
                        "user_id", flat=True
                    )
                )
            )
        # One evaluation of a learner at a time, whichever worker runs it; locked
        # in id order so that two tasks never wait on each other.
        users = {
            user.pk: user
            for user in User.objects.select_for_update(of=("self",))
            .select_related("profile")
            .filter(pk__in=ids)
            .order_by("pk")
        }
        signals: dict[int, list[SignalRow]] = {user_id: [] for user_id in users}
        for pk, user_id, skill_id, value, source, observed_at, note, processed_at in (
            Signal.objects.filter(user_id__in=list(users))
            .order_by("-observed_at", "-pk")
            .values_list(
                "pk", "user_id", "skill_id", "value", "source", "observed_at", "note",
                "processed_at",
            )
        ):  # fmt: skip
            signals[user_id].append(
                SignalRow(pk, skill_id, value, source, observed_at, note, processed_at is None)
            )
        outcomes = {
            user_id: LearnerOutcome(
                user_id=user_id, signals_processed=sum(row.pending for row in rows)
            )
            for user_id, rows in signals.items()
        }
        changed = profiles_refresh(signals=signals, now=now, half_life=half_life)
        for user_id, count in changed.items():
            outcomes[user_id].profiles_changed = count

        active = {user_id: user for user_id, user in users.items() if user.is_active}
        open_counts = dict(
            Assignment.objects.filter(user_id__in=list(active), status=Assignment.Status.OPEN)
            .values_list("user_id")
            .annotate(n=Count("pk"))
        )
        workload_since = now - timedelta(days=settings.workload_window_days)
        guards = {
            user_id: GuardState(
                open_count=open_counts.get(user_id, 0),
                workload_high=_workload_high(
                    [
                        row.value
                        for row in signals[user_id]
                        if row.source == "workload" and row.observed_at >= workload_since
                    ],
                    settings,
                ),
            )
            for user_id in active
        }
        for rule in rules:
            since = now - timedelta(days=rule.window_days)
            sources = set(rule.evidence_sources)
            evaluations = {}
            for user_id, user in active.items():
                if not _in_scope(rule, getattr(user, "profile", None)):
                    continue
                relevant = [  # newest first, as loaded
                    row
                    for row in signals[user_id]
                    if row.skill_id == rule.skill_id
                    and row.source in sources
                    and row.observed_at >= since
                ]
                evaluations[user_id] = evaluate(
                    rule,
                    [Evidence(row.value, row.source, row.observed_at) for row in relevant],
                    now=now,
                    half_life=half_life,
                    notes={i: row.note for i, row in enumerate(relevant)},
                )
            results = apply_rule(
                rule, evaluations, users=active, guards=guards, settings=settings, now=now
            )
            for user_id, result in results.items():
                outcomes[user_id].outcomes[rule.pk] = result
        held_release(user_ids=active, settings=settings, now=now)
        Signal.objects.filter(
            pk__in=[row.pk for rows in signals.values() for row in rows if row.pending]
        ).update(processed_at=now)
    return outcomes


def learner_reevaluate(
    *, user_id: int, now: datetime | None = None, rules: list[AssignmentRule] | None = None
) -> LearnerOutcome:
    """One learner: see ``learners_reevaluate``."""
    return learners_reevaluate(user_ids=[user_id], now=now, rules=rules).get(
        user_id, LearnerOutcome(user_id=user_id)
    )


# --- One rule, everyone it covers ----------------------------------------------------


@dataclass
class RunSummary:
    rule_id: int
    evaluated: int = 0
    matched: int = 0
    #: Learners given assignments, whether the wellbeing guard holds them or not.
    assigned: int = 0
    recovered: int = 0
    #: Learners waiting for approval, in the batch ``batch_id``.
    waiting: int = 0
    batch_id: int | None = None


#: Learners applied in one transaction by a rule run.
RUN_CHUNK = 500


def rule_run(
    *, rule_id: int, now: datetime | None = None, approved_batch: ApprovalBatch | None = None
) -> RunSummary:
    """Evaluate one rule for every active learner it covers, in a fixed number of
    reads, then write what changed, RUN_CHUNK learners per transaction. Beyond
    the approval limit, an active rule's new assignments wait in its approval
    batch (see ``apply_rule``); with ``approved_batch`` there is no limit."""
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
        .order_by("-observed_at", "-pk")
        .values_list("user_id", "value", "source", "observed_at", "note")
    ):
        evidence[user_id].append((Evidence(value, source, observed_at), note))

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
    summary.matched = sum(1 for ev in evaluations.values() if ev.matched)

    chunks = []
    # Those furthest below the threshold first: the approval limit serves them first.
    ids = _need_first(evaluations)
    for start in range(0, len(ids), RUN_CHUNK):
        chunk = {user_id: evaluations[user_id] for user_id in ids[start : start + RUN_CHUNK]}
        matched = [user_id for user_id, ev in chunk.items() if ev.matched]
        chunks.append((chunk, rule_state(rule, chunk, matched_ids=matched)))
    new = [
        user_id
        for chunk, state in chunks
        for user_id, ev in chunk.items()
        if ev.matched
        and user_id not in state.pending_approval
        and _to_assign(rule, user_id, ev, state)
    ]

    workload = defaultdict(list)
    for user_id, value in Signal.objects.filter(
        source="workload",
        user_id__in=new,
        observed_at__gte=now - timedelta(days=settings.workload_window_days),
    ).values_list("user_id", "value"):
        workload[user_id].append(value)
    open_counts = dict(
        Assignment.objects.filter(status=Assignment.Status.OPEN, user_id__in=new)
        .values_list("user_id")
        .annotate(n=Count("pk"))
    )
    guards = {
        user_id: GuardState(
            open_count=open_counts.get(user_id, 0),
            workload_high=_workload_high(workload.get(user_id, []), settings),
        )
        for user_id in new
    }
    for chunk, state in chunks:
        # Learners the run does not assign need no guard.
        for user_id in chunk:
            guards.setdefault(user_id, GuardState(open_count=0, workload_high=False))
        with transaction.atomic():
            results = apply_rule(
                rule,
                chunk,
                users=users,
                guards=guards,
                settings=settings,
                now=now,
                approved_batch=approved_batch,
                state=state,
            )
        summary.assigned += sum(1 for r in results.values() if r == RuleMatch.Outcome.ASSIGNED)
        summary.recovered += sum(1 for r in results.values() if r == RuleMatch.Outcome.RECOVERED)
        summary.waiting += sum(
            1 for r in results.values() if r == RuleMatch.Outcome.PENDING_APPROVAL
        )
    if summary.waiting:
        summary.batch_id = (
            ApprovalBatch.objects.filter(
                rule=rule, rule_version=rule.version, status=ApprovalBatch.Status.PENDING
            )
            .values_list("pk", flat=True)
            .first()
        )
    return summary
