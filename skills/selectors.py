"""Reads of the skills app. Wellbeing signals leave this module individually only
for their own learner; for anyone else they are aggregated over groups of at
least ``MIN_GROUP`` people."""

from dataclasses import dataclass
from statistics import mean

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Q

from courses.localisation import translations_of
from courses.models import Assignment, AssignmentEvent, Enrollment
from skills.models import (
    ApiToken,
    ApprovalBatch,
    AssignmentRule,
    Contest,
    RuleMatch,
    Signal,
    Skill,
    SkillProfile,
    SkillProfileSnapshot,
)

MIN_GROUP = 5


def skill_list_live():
    """Published skills with their category, in taxonomy order."""
    return Skill.objects.originals().filter(live=True).select_related("category")


def skill_get_by_code(code: str) -> Skill | None:
    return skill_list_live().filter(code=code).first()


@dataclass
class WhyView:
    assignment: Assignment
    events: list[AssignmentEvent]
    contest: Contest | None
    course_title: str
    module_title: str


def assignment_why(*, user, assignment_id: int) -> WhyView | None:
    """An assignment and everything it was based on, for its learner only."""
    assignment = (
        Assignment.objects.select_related("course", "module", "assigned_by")
        .filter(pk=assignment_id, user=user)
        .first()
    )
    if assignment is None:
        return None
    events = list(assignment.events.select_related("actor"))
    contest = Contest.objects.filter(assignment=assignment).select_related("decided_by").first()
    shown = translations_of([assignment.course]) | translations_of([assignment.module])
    course = shown.get(assignment.course.translation_key, assignment.course)
    module = (
        shown.get(assignment.module.translation_key, assignment.module)
        if assignment.module
        else None
    )
    return WhyView(
        assignment=assignment,
        events=events,
        contest=contest,
        course_title=course.title,
        module_title=module.title if module else "",
    )


@dataclass
class SkillRow:
    profile: SkillProfile
    history: list[SkillProfileSnapshot]
    skill: Skill  # as shown: the translation in the reader's language where there is one


def learner_skills(*, user) -> tuple[list[SkillRow], list[Signal]]:
    """The learner's own profiles with their history, and their own recent signals,
    wellbeing included: this is theirs alone."""
    profiles = list(
        SkillProfile.objects.filter(user=user)
        .select_related("skill", "skill__category")
        .order_by("skill__category__sort_order", "skill__sort_order")
    )
    rows = []
    snapshots: dict[int, list] = {}
    for snapshot in SkillProfileSnapshot.objects.filter(profile__in=profiles).order_by("-at")[:500]:
        snapshots.setdefault(snapshot.profile_id, []).append(snapshot)
    signals = list(
        Signal.objects.filter(user=user).select_related("skill").order_by("-observed_at")[:50]
    )
    shown = translations_of(
        [profile.skill for profile in profiles] + [signal.skill for signal in signals]
    )
    for profile in profiles:
        rows.append(
            SkillRow(
                profile=profile,
                history=snapshots.get(profile.pk, [])[:6],
                skill=shown.get(profile.skill.translation_key, profile.skill),
            )
        )
    for signal in signals:
        signal.shown_skill = (
            shown.get(signal.skill.translation_key, signal.skill) if signal.skill else None
        )
    return rows, signals


@dataclass
class TeamMember:
    user: object
    open_assignments: int
    in_progress: int
    completed: int


@dataclass
class TeamView:
    members: list[TeamMember]
    wellbeing: dict | None
    group_size: int


def team_for_manager(*, manager) -> TeamView:
    """A manager's direct reports: learning, never anyone's wellbeing data. Team
    wellbeing is shown only as an average over at least MIN_GROUP people."""
    User = get_user_model()
    members = list(
        User.objects.filter(profile__manager=manager, is_active=True)
        .annotate(
            open_assignments=Count(
                "assignments",
                filter=Q(assignments__status__in=[Assignment.Status.OPEN, Assignment.Status.HELD]),
                distinct=True,
            ),
            in_progress=Count(
                "enrollments",
                filter=Q(enrollments__status=Enrollment.Status.ACTIVE),
                distinct=True,
            ),
            completed=Count(
                "enrollments",
                filter=Q(enrollments__status=Enrollment.Status.COMPLETED),
                distinct=True,
            ),
        )
        .order_by("last_name", "first_name", "email")
    )
    wellbeing = wellbeing_aggregate(user_ids=[m.pk for m in members])
    return TeamView(
        members=[TeamMember(m, m.open_assignments, m.in_progress, m.completed) for m in members],
        wellbeing=wellbeing,
        group_size=len(members),
    )


def wellbeing_aggregate(*, user_ids: list[int]) -> dict | None:
    """Average wellbeing signals per source over a group, or None when fewer than
    MIN_GROUP people in it have such data."""
    rows = Signal.objects.filter(
        user_id__in=user_ids, source__in=Signal.WELLBEING_SOURCES
    ).values_list("user_id", "source", "value")
    per_person: dict[str, dict[int, list[float]]] = {}
    for user_id, source, value in rows:
        per_person.setdefault(source, {}).setdefault(user_id, []).append(value)
    result = {}
    for source, people in per_person.items():
        if len(people) >= MIN_GROUP:
            result[source] = {
                "label": Signal.Source(source).label,
                "people": len(people),
                "mean": mean(mean(values) for values in people.values()),
            }
    return result or None


def rule_overview(*, rule: AssignmentRule, limit: int = 200) -> dict:
    matches = (
        RuleMatch.objects.filter(rule=rule, rule_version=rule.version)
        .exclude(outcome=RuleMatch.Outcome.NOT_MATCHED)
        .select_related("user", "user__profile")
        .order_by(F("score").asc(nulls_last=True), "pk")
    )
    counts = dict(
        RuleMatch.objects.filter(rule=rule, rule_version=rule.version)
        .values_list("outcome")
        .annotate(n=Count("pk"))
    )
    return {
        "matches": list(matches[:limit]),
        # (what happened, in words; how many), in the order of the outcomes' list.
        "counts": [
            (label, counts[value]) for value, label in RuleMatch.Outcome.choices if value in counts
        ],
        "assignments": Assignment.objects.filter(origin_rule_id=rule.pk).count(),
        "pending_batches": list(
            ApprovalBatch.objects.filter(rule=rule, status=ApprovalBatch.Status.PENDING, size__gt=0)
        ),
    }


def contests_pending():
    return Contest.objects.filter(status=Contest.Status.PENDING).select_related(
        "assignment", "assignment__course", "assignment__module", "user"
    )


def batches_pending():
    return ApprovalBatch.objects.filter(
        status=ApprovalBatch.Status.PENDING, size__gt=0
    ).select_related("rule")


def learner_skill_records(*, user) -> dict:
    """Everything the skills engine holds about ``user``, wellbeing included, for
    their personal-data download. Six queries, however many rows."""
    profiles = (
        SkillProfile.objects.filter(user=user)
        .select_related("skill")
        .prefetch_related("history")
        .order_by("skill__code")
    )
    signals = Signal.objects.filter(user=user).select_related("skill").order_by("observed_at", "pk")
    contests = Contest.objects.filter(user=user).order_by("created_at", "pk")
    matches = (
        RuleMatch.objects.filter(user=user).select_related("rule").order_by("evaluated_at", "pk")
    )
    return {
        "skill_profiles": [
            {
                "skill": profile.skill.code,
                "skill_name": profile.skill.name,
                "estimate": profile.score,
                "level": profile.level,
                "evidence_count": profile.evidence_count,
                "last_evidence_at": profile.last_evidence_at,
                "updated_at": profile.updated_at,
                "history": [
                    {
                        "at": snapshot.at,
                        "estimate": snapshot.score,
                        "level": snapshot.level,
                        "evidence_count": snapshot.evidence_count,
                    }
                    for snapshot in profile.history.all()
                ],
            }
            for profile in profiles
        ],
        "signals": [
            {
                "external_id": signal.external_id,
                "source": signal.source,
                "source_label": str(signal.get_source_display()),
                "wellbeing": signal.is_wellbeing,
                "skill": signal.skill.code if signal.skill else None,
                "value": signal.value,
                "value_as_sent": signal.raw_value,
                "scale_min": signal.scale_min,
                "scale_max": signal.scale_max,
                "observed_at": signal.observed_at,
                "received_at": signal.received_at,
                "note": signal.note,
            }
            for signal in signals
        ],
        "contests": [
            {
                "assignment_id": contest.assignment_id,
                "comment": contest.comment,
                "status": contest.status,
                "status_label": str(contest.get_status_display()),
                "contested_at": contest.created_at,
                "decided_at": contest.decided_at,
                "reply": contest.decision_note,
            }
            for contest in contests
        ],
        # Integration tokens the person made: name and dates, never the secret's hash.
        "integration_tokens_created": [
            {"name": name, "created_at": created_at, "revoked_at": revoked_at}
            for name, created_at, revoked_at in ApiToken.objects.filter(created_by=user)
            .order_by("created_at")
            .values_list("name", "created_at", "revoked_at")
        ],
        "rule_evaluations": [
            {
                "rule": match.rule.name,
                "rule_version": match.rule_version,
                "estimate": match.score,
                "evidence_count": match.evidence_count,
                "evidence": match.evidence_text,
                "outcome": match.outcome,
                "outcome_label": str(match.get_outcome_display()),
                "evaluated_at": match.evaluated_at,
            }
            for match in matches
        ],
    }
