"""Reads of the skills app. Wellbeing signals leave this module individually only
for their own learner; for anyone else they are aggregated over groups of at
least ``MIN_GROUP`` people."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count, Q

from core.i18n import active_language, translations_of
from courses.models import Assignment, AssignmentEvent, CoursePage, Enrollment
from skills.explanations import Explanation, assignment_explanation, assignment_explanations
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
    TeamWellbeingSnapshot,
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
    explanation: Explanation


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
        explanation=assignment_explanation(assignment),
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
class WellbeingFigure:
    label: str
    value: Decimal
    published_at: datetime


@dataclass
class TeamView:
    members: list[TeamMember]
    wellbeing: list[WellbeingFigure]


def team_for_manager(*, manager) -> TeamView:
    """A manager's direct reports: learning, never anyone's wellbeing data, and
    nothing that tells an assignment the wellbeing guard holds back from an open
    one. Four queries, however large the team.

    A held assignment has no enrolment yet, so "in progress" counts the courses
    with an active enrolment or an active (open or held) assignment, unless the
    course is completed: the same for an assignment held back as for one open.
    Team wellbeing is the latest published figure (``team_wellbeing_published``).
    """
    User = get_user_model()
    members = list(
        User.objects.filter(profile__manager=manager, is_active=True).order_by(
            "last_name", "first_name", "email"
        )
    )
    ids = [member.pk for member in members]
    open_assignments: dict[int, int] = defaultdict(int)
    courses: dict[int, set[int]] = defaultdict(set)
    for user_id, course_id in Assignment.objects.filter(
        user_id__in=ids, status__in=[Assignment.Status.OPEN, Assignment.Status.HELD]
    ).values_list("user_id", "course_id"):
        open_assignments[user_id] += 1
        courses[user_id].add(course_id)
    completed: dict[int, set[int]] = defaultdict(set)
    for user_id, course_id, status in Enrollment.objects.filter(
        user_id__in=ids, status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED]
    ).values_list("user_id", "course_id", "status"):
        (courses if status == Enrollment.Status.ACTIVE else completed)[user_id].add(course_id)
    return TeamView(
        members=[
            TeamMember(
                member,
                open_assignments[member.pk],
                len(courses[member.pk] - completed[member.pk]),
                len(completed[member.pk]),
            )
            for member in members
        ],
        wellbeing=team_wellbeing_published(manager=manager),
    )


def team_wellbeing_published(*, manager) -> list[WellbeingFigure]:
    """The latest published figure of each wellbeing source for the manager's
    team: coarsened, over at least MIN_GROUP people, never with how many, and
    changed only at publication (skills/services.py ``team_wellbeing_publish``)."""
    latest: dict[str, TeamWellbeingSnapshot] = {}
    for snapshot in TeamWellbeingSnapshot.objects.filter(manager=manager).order_by(
        "-published_at", "-pk"
    ):
        latest.setdefault(snapshot.source, snapshot)
    return [
        WellbeingFigure(
            label=Signal.Source(source).label,
            value=latest[source].value,
            published_at=latest[source].published_at,
        )
        for source, _label in Signal.Source.choices
        if source in latest
    ]


#: The bands a rule page shows its estimates in: (from, up to but not including).
ESTIMATE_BANDS = [(0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.0)]


@dataclass
class RuleOverview:
    #: Learners the current version evaluated (with evidence).
    evaluated: int
    #: (what happened, in words; how many), in the order of the outcomes' list;
    #: empty when fewer than MIN_GROUP learners were evaluated.
    counts: list[tuple[str, int]]
    #: ((from, to), how many estimates in it); empty as ``counts`` is.
    bands: list[tuple[tuple[float, float], int]]
    assignments: int
    pending_batches: list[ApprovalBatch]

    @property
    def hidden(self) -> bool:
        return 0 < self.evaluated < MIN_GROUP


def rule_overview(*, rule: AssignmentRule) -> RuleOverview:
    """What the rule's current version found and did, for L&D: aggregates only,
    as docs/access-matrix.md says of skill data (no learner's name, estimate or
    evidence), and nothing at all over fewer than MIN_GROUP learners. A hold of
    the wellbeing guard reads as assigned (the engine records it so). Four
    queries, however many learners."""
    matches = RuleMatch.objects.filter(rule=rule, rule_version=rule.version)
    counts = dict(matches.values_list("outcome").annotate(n=Count("pk")))
    evaluated = sum(counts.values())
    shown = evaluated >= MIN_GROUP
    bands = []
    if shown:
        last = len(ESTIMATE_BANDS) - 1
        in_band = matches.aggregate(
            **{
                f"band{index}": Count(
                    "pk",
                    filter=Q(score__gte=low)
                    & (Q(score__lte=high) if index == last else Q(score__lt=high)),
                )
                for index, (low, high) in enumerate(ESTIMATE_BANDS)
            }
        )
        bands = [(band, in_band[f"band{index}"]) for index, band in enumerate(ESTIMATE_BANDS)]
    return RuleOverview(
        evaluated=evaluated,
        counts=[
            (label, counts[value])
            for value, label in RuleMatch.Outcome.choices
            if value in counts and shown
        ],
        bands=bands,
        assignments=Assignment.objects.filter(origin_rule_id=rule.pk).count(),
        pending_batches=list(
            ApprovalBatch.objects.filter(rule=rule, status=ApprovalBatch.Status.PENDING, size__gt=0)
        ),
    )


def contests_pending():
    return Contest.objects.filter(status=Contest.Status.PENDING).select_related(
        "assignment", "assignment__course", "assignment__module", "user"
    )


def batches_pending():
    return ApprovalBatch.objects.filter(
        status=ApprovalBatch.Status.PENDING, size__gt=0
    ).select_related("rule")


def rules_with_pending_batches():
    """The rules the approvals screen can be filtered by."""
    return AssignmentRule.objects.filter(pk__in=batches_pending().values("rule"))


def courses_with_pending_contests():
    """The courses the contest review can be filtered by."""
    return CoursePage.objects.filter(pk__in=contests_pending().values("assignment__course"))


def learner_assignment_explanations(*, user, language: str = "") -> dict[int, dict]:
    """Why each of the learner's assignments was made, in ``language`` (the
    active one if empty), for their personal-data download. At most four queries."""
    language = language or active_language()
    assignments = Assignment.objects.filter(user=user).select_related("course", "module")
    return {
        pk: {"why": shown.reason, "evidence": shown.evidence, "done_when": shown.done_when}
        for pk, shown in assignment_explanations(assignments, language=language).items()
    }


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
