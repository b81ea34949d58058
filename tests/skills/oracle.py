"""What the skills engine must have done, worked out again from its guide alone.

A plain, slow, separately written model of docs/skills-engine.md for
tests/skills/test_engine_oracle.py. It never imports the engine or its
estimates: it reads what is stored (people, rules, signals, lesson completions,
enrolments, manual assignments, passed pre-tests, contest and batch decisions,
the engine settings) with simple ORM reads, puts every event on one time line,
and replays the guide's sentences over it, one learner and one rule at a time.

What it needs to know beyond the database is only what the test did that leaves
no row of its own: which signals were sent together in one API call, and when it
asked for a rule to run over everyone (on activation, on approval, on demand) or
for the waiting assignments to be let in. The test passes that as a ``Log``.

Readings of the guide that it takes where the text leaves a choice:

* Rules are applied to a learner in the order of their names, and a rule's
  modules in the order of the course; the first ones given take the open places.
* Within one evaluation the rules are applied first, then waiting assignments
  are let in (oldest first) where there is room.
* "Workload is high" is the mean of the workload signals in the settings'
  look-back window, at or above the settings' level (the test's data never
  separates the mean from the latest value).
* The approval limit counts people: a learner the rule has already given an
  assignment in the window takes no new place.
* A contest upheld against a rule version, and a closing by "finished, tested
  out, withdrawn or cancelled" after the newest evidence, settle the target
  they were about; an assignment closed because the evidence recovered is not
  in that list.
* The signals of one API call are one evaluation, its learners served furthest
  below the threshold first; it happens when the engine stamped them processed.
  (A weighted mean whose weights all halve together does not change with time:
  only the windows move, and the test keeps its evidence clear of their edges.)
* A learner of a rejected batch stays unassigned, and does not wait, until
  evidence newer than the decision (observed after it, as for a closed
  assignment) matches them.
* For a shadow rule it compares whom the rule would give something to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal, localcontext

from django.contrib.auth import get_user_model

from assessments.models import Attempt
from courses.models import (
    Assignment,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
)
from skills.models import ApprovalBatch, AssignmentRule, Contest, EngineSettings, RuleMatch, Signal

#: "assessments and QA scores weigh 1, managers' ratings 0.75, self-assessments 0.5";
#: wellbeing data never counts.
WEIGHTS = {
    "assessment": Decimal(1),
    "qa_soft_skills": Decimal(1),
    "manager": Decimal("0.75"),
    "self_assessment": Decimal("0.5"),
}
#: Closings that settle a target until newer evidence: "finished, tested out,
#: withdrawn or cancelled".
SETTLING = {"completed", "already_complete", "tested_out", "contest_upheld", "cancelled"}
MICROSECONDS_PER_DAY = Decimal(86_400 * 10**6)


# --- What the test tells the oracle --------------------------------------------------


@dataclass
class Log:
    """What the test did that leaves no row of its own."""

    #: External ids of the signals accepted by each API call, in order.
    posts: list[list[str]] = field(default_factory=list)
    #: (time, rule id, approved) for each run of a rule over everyone.
    runs: list[tuple[datetime, int, bool]] = field(default_factory=list)
    #: Times the waiting assignments of everyone were let in.
    releases: list[datetime] = field(default_factory=list)
    #: (time, {setting: value}) for each change of the engine settings.
    settings: list[tuple[datetime, dict]] = field(default_factory=list)


# --- What is stored, read plainly ----------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int
    label: str
    active: bool
    department_id: int | None
    team_id: int | None
    job_role: str


@dataclass(frozen=True)
class Rule:
    id: int
    name: str
    version: int
    mode: str
    activated_at: datetime | None
    skill_id: int
    threshold: Decimal
    min_evidence: int
    window_days: int
    sources: frozenset
    departments: frozenset
    teams: frozenset
    job_roles: frozenset
    targets: tuple  # ((course id, module id or None), ...)
    priority: str


@dataclass(frozen=True)
class Evidence:
    id: int
    external_id: str
    user_id: int
    skill_id: int | None
    value: float
    source: str
    observed_at: datetime
    received_at: datetime
    processed_at: datetime | None


@dataclass
class World:
    people: dict[int, Person]
    rules: list[Rule]
    signals: dict[int, list[Evidence]]
    module_course: dict[int, int]
    module_finished: dict[tuple[int, int], datetime]
    course_finished: dict[tuple[int, int], datetime]
    labels: dict[tuple[int, int | None], str]
    events: list[tuple]
    settings: dict


def _live_modules(course: CoursePage) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(course).live().order_by("path"))


def read_world(log: Log) -> World:
    User = get_user_model()
    people = {}
    for user in User.objects.select_related("profile").order_by("pk"):
        profile = getattr(user, "profile", None)
        people[user.pk] = Person(
            id=user.pk,
            label=(profile.employee_id if profile and profile.employee_id else user.email),
            active=user.is_active,
            department_id=profile.department_id if profile else None,
            team_id=profile.team_id if profile else None,
            job_role=(profile.job_role if profile else "").strip().casefold(),
        )

    labels: dict[tuple[int, int | None], str] = {}
    module_course: dict[int, int] = {}
    required: dict[int, set[int]] = {}
    for course in CoursePage.objects.live().order_by("path"):
        labels[(course.pk, None)] = course.title
        for module in _live_modules(course):
            module_course[module.pk] = course.pk
            labels[(course.pk, module.pk)] = module.title
            required[module.pk] = set(
                LessonPage.objects.child_of(module)
                .live()
                .filter(optional=False)
                .values_list("pk", flat=True)
            )

    rules = []
    for rule in AssignmentRule.objects.order_by("name", "pk"):
        if rule.target_course_id:
            targets = (
                ((rule.target_course_id, None),) if rule.target_course.live else ()
            )  # "each of the rule's live targets"
        else:
            chosen = {m.pk for m in rule.target_modules.all()}
            targets = tuple(
                (module_course[m], m)
                for m in sorted(chosen & set(module_course), key=_tree_position)
            )
        sources = [s for s in rule.sources or [] if s in WEIGHTS] or list(WEIGHTS)
        rules.append(
            Rule(
                id=rule.pk,
                name=rule.name,
                version=rule.version,
                mode=rule.mode,
                activated_at=rule.activated_at,
                skill_id=rule.skill_id,
                threshold=Decimal(str(rule.threshold)),
                min_evidence=rule.min_evidence,
                window_days=rule.window_days,
                sources=frozenset(sources),
                departments=frozenset(d.pk for d in rule.departments.all()),
                teams=frozenset(t.pk for t in rule.teams.all()),
                job_roles=frozenset(
                    role.strip().casefold() for role in rule.job_roles.split(",") if role.strip()
                ),
                targets=targets,
                priority=rule.priority,
            )
        )

    unprocessed = Signal.objects.filter(processed_at__isnull=True).count()
    assert not unprocessed, f"{unprocessed} signals are not processed yet"
    signals: dict[int, list[Evidence]] = defaultdict(list)
    for row in Signal.objects.order_by("pk"):
        signals[row.user_id].append(
            Evidence(
                id=row.pk,
                external_id=row.external_id,
                user_id=row.user_id,
                skill_id=row.skill_id,
                value=row.value,
                source=row.source,
                observed_at=row.observed_at,
                received_at=row.received_at,
                processed_at=row.processed_at,
            )
        )

    # "every required lesson of the module done at some point": when the last one was.
    done: dict[tuple[int, int], datetime] = {}
    for user_id, lesson_id, at in LessonCompletion.objects.values_list(
        "user_id", "lesson_id", "completed_at"
    ):
        done[(user_id, lesson_id)] = at
    module_finished = {}
    for user_id in people:
        for module_id, lessons in required.items():
            times = [done.get((user_id, lesson)) for lesson in lessons]
            if lessons and all(times):
                module_finished[(user_id, module_id)] = max(times)
    # "or the course completed"
    course_finished = {
        (user_id, course_id): at
        for user_id, course_id, at in Enrollment.objects.filter(
            status=Enrollment.Status.COMPLETED
        ).values_list("user_id", "course_id", "completed_at")
    }

    events: list[tuple] = []
    for (user_id, module_id), at in module_finished.items():
        events.append((at, "finished", user_id, module_course[module_id], module_id))
    for (user_id, course_id), at in course_finished.items():
        events.append((at, "finished", user_id, course_id, None))
    for row in Assignment.objects.filter(source=Assignment.Source.MANUAL).order_by("pk"):
        events.append((row.created_at, "manual", row.user_id, row.course_id, row.module_id, row))
    for attempt in Attempt.objects.filter(
        assessment__kind="pre_test", result__passed=True
    ).select_related("assessment"):
        events.append(
            (
                attempt.submitted_at,
                "tested_out",
                attempt.user_id,
                attempt.assessment.course_id,
                attempt.assessment.module_id,
            )
        )
    for contest in Contest.objects.exclude(status=Contest.Status.PENDING).select_related(
        "assignment"
    ):
        a = contest.assignment
        events.append(
            (
                contest.decided_at,
                "contest",
                contest.status,
                a.user_id,
                a.course_id,
                a.module_id,
                a.origin_rule_id,
            )
        )
    for batch in ApprovalBatch.objects.exclude(status=ApprovalBatch.Status.PENDING):
        events.append((batch.decided_at, "batch", batch.rule_id, batch.status))

    # Evaluations: the signals of one API call arrive together; any other
    # signal (an attempt's result) with whatever the engine took with it.
    by_external = {s.external_id: s for rows in signals.values() for s in rows}
    in_posts = set()
    for ids in log.posts:
        rows = [by_external[i] for i in ids if i in by_external]
        in_posts.update(ids)
        if rows:
            events.append(
                (
                    min(r.processed_at for r in rows),
                    "evaluate",
                    frozenset(r.user_id for r in rows),
                )
            )
    others = defaultdict(set)
    for rows in signals.values():
        for s in rows:
            if s.external_id not in in_posts:
                others[s.processed_at].add(s.user_id)
    for at, user_ids in others.items():
        events.append((at, "evaluate", frozenset(user_ids)))
    for at, rule_id, approved in log.runs:
        events.append((at, "run", rule_id, approved))
    for at in log.releases:
        events.append((at, "release_all"))
    for at, values in log.settings:
        events.append((at, "settings", values))

    events.sort(key=lambda e: e[0])
    return World(
        people=people,
        rules=rules,
        signals=signals,
        module_course=module_course,
        module_finished=module_finished,
        course_finished=course_finished,
        labels=labels,
        events=events,
        settings=settings_now(),
    )


def _tree_position(module_id: int) -> str:
    return ModulePage.objects.get(pk=module_id).path


def settings_now() -> dict:
    s = EngineSettings.load()
    return {
        "max_active_assignments": s.max_active_assignments,
        "workload_high": Decimal(str(s.workload_high)),
        "workload_window_days": s.workload_window_days,
        "approval_threshold": s.approval_threshold,
        "approval_window_hours": s.approval_window_hours,
        "evidence_half_life_days": s.evidence_half_life_days,
    }


# --- The estimate, from the guide's words ------------------------------------------


@dataclass(frozen=True)
class Estimate:
    score: Decimal | None
    count: int
    latest: datetime | None
    received: tuple  # when each counted piece arrived


def estimate(items: list[Evidence], *, now: datetime, half_life_days: int) -> Estimate:
    """A recency-weighted mean: each piece weighs its source's weight, halved every
    ``half_life_days`` of age; rounded to four places."""
    if not items:
        return Estimate(None, 0, None, ())
    with localcontext() as ctx:
        ctx.prec = 40
        total = weighted = Decimal(0)
        for item in items:
            age = now - item.observed_at
            micro = (
                Decimal((age.days * 86_400 + age.seconds) * 10**6 + age.microseconds)
                / MICROSECONDS_PER_DAY
            )
            age_days = max(Decimal(0), micro)
            weight = WEIGHTS[item.source] * Decimal(2) ** (-age_days / half_life_days)
            total += weight
            weighted += weight * Decimal(item.value)
        score = (weighted / total).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)
    return Estimate(
        score=score,
        count=len(items),
        latest=max(item.observed_at for item in items),
        received=tuple(item.received_at for item in items),
    )


# --- The model -----------------------------------------------------------------------


@dataclass
class Given:
    """One assignment as the guide says it must be."""

    seq: int
    user_id: int
    course_id: int
    module_id: int | None
    source: str  # "rule" or "manual"
    rule_id: int | None
    rule_version: int | None
    priority: str
    created_at: datetime
    approved: bool
    status: str = "open"  # open, held, completed, cancelled
    closed_reason: str = ""
    closed_at: datetime | None = None
    manual_pk: int | None = None

    @property
    def active(self) -> bool:
        return self.status in ("open", "held")

    @property
    def target(self) -> tuple[int, int | None]:
        return (self.course_id, self.module_id)


@dataclass
class State:
    given: list[Given] = field(default_factory=list)
    #: Learners waiting in each rule's pending batch.
    waiting: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))
    #: Learners of a rejected batch, and when it was rejected.
    rejected: dict[int, dict[int, datetime]] = field(default_factory=lambda: defaultdict(dict))
    #: The latest evaluation of each shadow rule, per learner: matched or not.
    shadow: dict[int, dict[int, bool]] = field(default_factory=lambda: defaultdict(dict))
    #: (rule, version, learner) with a contest upheld.
    upheld: set = field(default_factory=set)
    notes: list[str] = field(default_factory=list)
    stats: Counter = field(default_factory=Counter)
    seq: int = 0


class Oracle:
    def __init__(self, world: World):
        self.w = world
        self.s = State()
        self.settings = dict(world.settings)
        self.active_from = {r.id: r.activated_at for r in world.rules}

    # -- facts at a time --

    def visible(self, user_id: int, now: datetime) -> list[Evidence]:
        return [s for s in self.w.signals.get(user_id, []) if s.received_at <= now]

    def finished(self, user_id: int, target, now: datetime) -> datetime | None:
        course_id, module_id = target
        at = (
            self.w.course_finished.get((user_id, course_id))
            if module_id is None
            else self.w.module_finished.get((user_id, module_id))
        )
        return at if at is not None and at <= now else None

    def workload_high(self, user_id: int, now: datetime) -> bool:
        since = now - timedelta(days=self.settings["workload_window_days"])
        values = [
            Decimal(s.value)
            for s in self.visible(user_id, now)
            if s.source == "workload" and s.observed_at >= since
        ]
        return bool(values) and sum(values) / len(values) >= self.settings["workload_high"]

    def open_count(self, user_id: int) -> int:
        return sum(1 for g in self.s.given if g.user_id == user_id and g.status == "open")

    def mode(self, rule: Rule, now: datetime) -> str:
        if rule.mode == "active" and rule.activated_at is not None and now < rule.activated_at:
            return "shadow"
        return rule.mode

    def in_scope(self, rule: Rule, person: Person) -> bool:
        if rule.departments and person.department_id not in rule.departments:
            return False
        if rule.teams and person.team_id not in rule.teams:
            return False
        return not rule.job_roles or person.job_role in rule.job_roles

    def evaluate(self, rule: Rule, user_id: int, now: datetime) -> Estimate:
        since = now - timedelta(days=rule.window_days)
        items = [
            s
            for s in self.visible(user_id, now)
            if s.skill_id == rule.skill_id and s.source in rule.sources and s.observed_at >= since
        ]
        return estimate(items, now=now, half_life_days=self.settings["evidence_half_life_days"])

    @staticmethod
    def matched(rule: Rule, est: Estimate) -> bool:
        return est.count >= rule.min_evidence and est.score < rule.threshold

    @staticmethod
    def recovered(rule: Rule, est: Estimate) -> bool:
        return est.count >= rule.min_evidence and est.score >= rule.threshold

    # -- changes --

    def add(self, **fields) -> Given:
        self.s.seq += 1
        given = Given(seq=self.s.seq, **fields)
        self.s.given.append(given)
        return given

    def close(self, given: Given, reason: str, at: datetime) -> None:
        was_open = given.status == "open"
        given.status = "cancelled" if reason in ("cancelled", "contest_upheld") else "completed"
        given.closed_reason = reason
        given.closed_at = at
        self.s.stats[f"closed {reason}"] += 1
        if was_open:
            # "The moment an open assignment closes ... the learner's oldest
            # waiting assignment goes in if the limit and the workload allow."
            self.release(given.user_id, at)

    def release(self, user_id: int, now: datetime) -> None:
        held = sorted(
            (g for g in self.s.given if g.user_id == user_id and g.status == "held"),
            key=lambda g: (g.created_at, g.seq),
        )
        if not held:
            return
        open_now = self.open_count(user_id)
        high = self.workload_high(user_id, now)
        for g in held:
            if open_now >= self.settings["max_active_assignments"]:
                continue
            if high and g.priority != "urgent":
                continue
            done_at = self.finished(user_id, g.target, now)
            if done_at is not None:
                # "a waiting one whose work was done meanwhile closes instead of opening"
                self.close(g, "completed" if done_at >= g.created_at else "already_complete", now)
                continue
            g.status = "open"
            open_now += 1
            self.s.stats["released"] += 1

    def settled(self, rule: Rule, user_id: int, target, est: Estimate) -> bool:
        """An assignment this rule made for it was closed (finished, tested out,
        withdrawn or cancelled) after the newest evidence, or a contest against
        this rule version was upheld."""
        for g in self.s.given:
            if g.rule_id != rule.id or g.user_id != user_id or g.target != target:
                continue
            if g.closed_reason == "contest_upheld" and g.rule_version == rule.version:
                return True
            if g.closed_reason in SETTLING and g.closed_at >= est.latest:
                return True
        return False

    def people_given(self, rule: Rule, now: datetime) -> set[int]:
        since = now - timedelta(hours=self.settings["approval_window_hours"])
        return {
            g.user_id
            for g in self.s.given
            if g.rule_id == rule.id and not g.approved and g.created_at >= since
        }

    def give(self, rule: Rule, user_id: int, targets, now: datetime, approved: bool) -> None:
        open_now = self.open_count(user_id)
        high = self.workload_high(user_id, now)
        for course_id, module_id in targets:
            if open_now >= self.settings["max_active_assignments"]:
                status = "held"
                self.s.stats["held at the limit"] += 1
            elif high and rule.priority != "urgent":
                status = "held"
                self.s.stats["held for workload"] += 1
            else:
                status = "open"
                open_now += 1
                self.s.stats["given open"] += 1
            self.add(
                user_id=user_id,
                course_id=course_id,
                module_id=module_id,
                source="rule",
                rule_id=rule.id,
                rule_version=rule.version,
                priority=rule.priority,
                created_at=now,
                approved=approved,
                status=status,
            )
        if approved:
            self.s.stats["given with approval"] += 1

    def to_give(self, rule, user_id, est, now, *, count: bool = True) -> list:
        """The rule's targets this learner would be given: not held already, not
        finished, not settled by a closed assignment of the rule."""
        targets = []
        for target in rule.targets:
            if any(g.user_id == user_id and g.target == target and g.active for g in self.s.given):
                reason = "already has it"
            elif self.finished(user_id, target, now):
                reason = "already done"
            elif self.settled(rule, user_id, target, est):
                reason = "settled"
            else:
                targets.append(target)
                continue
            if count:
                self.s.stats[reason] += 1
        return targets

    def apply_rule(self, rule: Rule, user_ids, now: datetime, *, approved=False, run=False):
        """One rule over some learners: what a match is given, the approval
        limit, recovery."""
        mode = self.mode(rule, now)
        if mode == "off":
            return
        estimates = {}
        for user_id in user_ids:
            person = self.w.people[user_id]
            if not person.active or not self.in_scope(rule, person):
                continue
            est = self.evaluate(rule, user_id, now)
            if run and est.count == 0:
                continue  # a run looks at the people with evidence
            estimates[user_id] = est
        if mode == "shadow":
            # "shows whom it would assign": a match with something to give.
            for user_id, est in estimates.items():
                self.s.shadow[rule.id][user_id] = self.matched(rule, est) and bool(
                    self.to_give(rule, user_id, est, now, count=False)
                )
            return
        given_people = None if approved else self.people_given(rule, now)
        # "those furthest below the threshold served first, then by id"
        order = sorted(
            estimates,
            key=lambda u: (estimates[u].score if estimates[u].score is not None else 2, u),
        )
        for user_id in order:
            est = estimates[user_id]
            if not self.matched(rule, est):
                self.s.waiting[rule.id].discard(user_id)
                if self.recovered(rule, est):
                    for g in [
                        g
                        for g in self.s.given
                        if g.rule_id == rule.id and g.user_id == user_id and g.active
                    ]:
                        self.close(g, "recovered", now)
                continue
            if not approved and user_id in self.s.waiting[rule.id]:
                continue  # waits for L&D
            rejected_at = self.s.rejected[rule.id].get(user_id)
            if rejected_at is not None:
                if est.latest is None or est.latest <= rejected_at:
                    self.s.stats["rejected, no new evidence"] += 1
                    continue  # "unassigned until new evidence matches them again"
                del self.s.rejected[rule.id][user_id]
            targets = self.to_give(rule, user_id, est, now)
            if not targets:
                continue
            full = given_people is not None and (
                len(given_people) >= self.settings["approval_threshold"]
            )
            if full and user_id in given_people:
                # Already one of the people given: no new place is taken.
                self.s.stats["given again at a full limit"] += 1
            if given_people is not None and user_id not in given_people:
                if len(given_people) >= self.settings["approval_threshold"]:
                    self.s.waiting[rule.id].add(user_id)
                    self.s.stats["waits for approval"] += 1
                    continue
                given_people.add(user_id)
            self.give(rule, user_id, targets, now, approved)

    # -- the time line --

    def replay(self, until: datetime | None = None) -> State:
        rules = {r.id: r for r in self.w.rules}
        for event in self.w.events:
            at, kind, *rest = event
            if until is not None and at > until:
                break
            if kind == "settings":
                self.settings.update(rest[0])
            elif kind == "manual":
                user_id, course_id, module_id, row = rest
                self.add(
                    user_id=user_id,
                    course_id=course_id,
                    module_id=module_id,
                    source="manual",
                    rule_id=None,
                    rule_version=None,
                    priority=row.priority,
                    created_at=at,
                    approved=False,
                    status="held" if row.hold_reason else "open",
                    manual_pk=row.pk,
                )
            elif kind == "finished":
                user_id, course_id, module_id = rest
                for g in self.s.given:
                    if g.user_id == user_id and g.target == (course_id, module_id) and g.active:
                        self.close(g, "completed" if at >= g.created_at else "already_complete", at)
            elif kind == "tested_out":
                user_id, course_id, module_id = rest
                for g in list(self.s.given):
                    if (
                        g.user_id == user_id
                        and g.course_id == course_id
                        and (module_id is None or g.module_id == module_id)
                        and g.active
                    ):
                        self.close(g, "tested_out", at)
            elif kind == "contest":
                status, user_id, course_id, module_id, rule_id = rest
                match = [
                    g
                    for g in self.s.given
                    if g.user_id == user_id
                    and g.target == (course_id, module_id)
                    and g.rule_id == rule_id
                    and g.active
                ]
                if not match:
                    self.s.notes.append(
                        f"a contest was decided on an assignment the guide does not give: "
                        f"{self.w.people[user_id].label} {self.w.labels[(course_id, module_id)]}"
                    )
                elif status == "upheld":
                    self.close(match[0], "contest_upheld", at)
            elif kind == "batch":
                rule_id, status = rest
                if status == "rejected":
                    for user_id in self.s.waiting[rule_id]:
                        self.s.rejected[rule_id][user_id] = at
                self.s.waiting[rule_id] = set()
            elif kind == "evaluate":
                (user_ids,) = rest
                for rule in self.w.rules:  # by name
                    self.apply_rule(rule, sorted(user_ids), at)
                for user_id in sorted(user_ids):
                    self.release(user_id, at)
            elif kind == "run":
                rule_id, approved = rest
                self.apply_rule(
                    rules[rule_id], sorted(self.w.people), at, approved=approved, run=True
                )
            elif kind == "release_all":
                for user_id in sorted({g.user_id for g in self.s.given if g.status == "held"}):
                    self.release(user_id, at)
        return self.s


# --- Comparing -----------------------------------------------------------------------


def expected(log: Log) -> tuple[World, State]:
    world = read_world(log)
    return world, Oracle(world).replay()


def _row(world: World, rules: dict, key: tuple) -> tuple:
    """(learner, course or module, source, rule, status, why closed, approved) in words."""
    user_id, course_id, module_id, source, rule_id, status, reason, approved = key
    return (
        world.people[user_id].label,
        world.labels.get((course_id, module_id), f"page {module_id or course_id}"),
        source,
        rules.get(rule_id, "-") if rule_id else "-",
        status,
        reason or "-",
        "approved" if approved else "-",
    )


def compare(log: Log) -> tuple[list[str], State, World]:
    """Every difference between the stored assignments (and who waits for
    approval, and whom each shadow rule matches) and what the guide says."""
    world, state = expected(log)
    rules = {r.id: r.name for r in world.rules}
    want = Counter(
        _row(
            world,
            rules,
            (
                g.user_id,
                g.course_id,
                g.module_id,
                g.source,
                g.rule_id,
                g.status,
                g.closed_reason,
                g.approved,
            ),
        )
        for g in state.given
    )
    stored = Assignment.objects.values_list(
        "user_id",
        "course_id",
        "module_id",
        "source",
        "origin_rule_id",
        "status",
        "closed_reason",
        "approval_batch_id",
    )
    have = Counter(_row(world, rules, (*row[:-1], row[-1] is not None)) for row in stored)
    problems = list(state.notes)
    for row in sorted((want - have).elements()):
        problems.append("missing:    " + " | ".join(map(str, row)))
    for row in sorted((have - want).elements()):
        problems.append("unexpected: " + " | ".join(map(str, row)))

    for rule in world.rules:
        waiting_want = {world.people[u].label for u in state.waiting.get(rule.id, ())}
        waiting_have = {
            world.people[u].label
            for u in RuleMatch.objects.filter(
                rule_id=rule.id,
                rule_version=rule.version,
                outcome=RuleMatch.Outcome.PENDING_APPROVAL,
                batch__status=ApprovalBatch.Status.PENDING,
            ).values_list("user_id", flat=True)
        }
        for label in sorted(waiting_want - waiting_have):
            problems.append(f"should wait for approval of {rule.name}: {label}")
        for label in sorted(waiting_have - waiting_want):
            problems.append(f"should not wait for approval of {rule.name}: {label}")
        if rule.mode == "shadow":
            shadow_want = {
                world.people[u].label for u, hit in state.shadow.get(rule.id, {}).items() if hit
            }
            shadow_have = {
                world.people[u].label
                for u in RuleMatch.objects.filter(
                    rule_id=rule.id,
                    rule_version=rule.version,
                    outcome=RuleMatch.Outcome.WOULD_ASSIGN,
                ).values_list("user_id", flat=True)
            }
            for label in sorted(shadow_want - shadow_have):
                problems.append(f"shadow {rule.name} should match: {label}")
            for label in sorted(shadow_have - shadow_want):
                problems.append(f"shadow {rule.name} should not match: {label}")
    return problems, state, world
