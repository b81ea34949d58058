"""An organisation with learning in every state, for the report tests."""

import random
from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from assessments import services as assessment_services
from courses import services as course_services
from courses.models import Assignment, Certificate, Enrollment, ModuleProgress
from people.models import Department, Team
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import build_course
from tests.factories import UserFactory

NAMES = [
    "Zoë",
    "Łukasz",
    "Ørsted",
    "李",
    "José",
    '=HYPERLINK("x")',
    "+44 Ann",
    "-Minus",
    "@Mention",
    "Ann",
]


def organisation(learners: int = 30, *, prefix: str = ""):
    care, _ = Department.objects.get_or_create(name="Customer Care")
    support, _ = Department.objects.get_or_create(name="Técnico")
    teams = [
        Team.objects.get_or_create(department=care, name="Billing")[0],
        Team.objects.get_or_create(department=support, name="Tier 1")[0],
    ]
    boss = UserFactory(first_name="Maya", last_name="Okafor")
    courses = [build_course(f"{prefix}Course {n}", modules=2, lessons=2) for n in range(2)]
    final_q = question(prompt="Final?")
    final = assessment(
        courses[0].page, questions=[final_q], kind="final", title="Final", pass_mark=50
    )
    people = []
    now = timezone.now()
    for n in range(learners):
        person = UserFactory(first_name=NAMES[n % len(NAMES)], last_name=f"Learner {n}")
        profile = person.profile
        profile.employee_id = f"{prefix.strip()}E{n:04d}"
        profile.team = teams[n % 2]
        profile.department = teams[n % 2].department
        profile.manager = boss if n % 3 else None
        profile.save()
        people.append(person)
        course = courses[n % 2]
        state = n % 5
        if state == 0:  # completed, with a certificate
            course_services.enrollment_create(user=person, course=course.page)
            for lesson in course.lessons:
                course_services.lesson_complete(
                    user=person, course=course.page, lesson_id=lesson.pk
                )
        elif state == 1:  # in progress
            course_services.enrollment_create(user=person, course=course.page)
            course_services.lesson_complete(
                user=person, course=course.page, lesson_id=course.lessons[0].pk
            )
        elif state == 2:  # assigned and overdue
            assignment, _ = course_services.assignment_create(
                user=person,
                course=course.page,
                reason="Coaching plan.",
                due_at=now + timedelta(days=1),
            )
            Assignment.objects.filter(pk=assignment.pk).update(due_at=now - timedelta(days=2))
        elif state == 3:  # a module assigned, not started
            course_services.assignment_create(
                user=person,
                course=course.page,
                module=course.modules[1],
                reason="QA review.",
                due_at=now + timedelta(days=10),
            )
        # state 4: nothing at all - no row
        if state in (0, 1) and course is courses[0]:
            attempt = assessment_services.attempt_start(user=person, assessment=final)
            assessment_services.responses_save(
                user=person,
                attempt_id=attempt.pk,
                answers={
                    final_q.pk: {"choice": option_id(final_q, "Right" if state == 0 else "Wrong")}
                },
            )
            assessment_services.attempt_submit(user=person, attempt_id=attempt.pk)
    return {"boss": boss, "people": people, "courses": courses, "teams": teams}


# --- A generated organisation -------------------------------------------------------------

#: Names that a spreadsheet would run as formulas come up among the others.
GENERATED_NAMES = ["Ana", "Bo", "Çelik", "Dũng", "=SUM(A1)", "+Plus", "-Minus", "@At", "Eve"]


def _attempt(person, quiz, question_, *, right: bool | None) -> None:
    """An attempt at ``quiz``: right, wrong, or left unsubmitted (None)."""
    attempt = assessment_services.attempt_start(user=person, assessment=quiz)
    if right is None:
        return
    assessment_services.responses_save(
        user=person,
        attempt_id=attempt.pk,
        answers={question_.pk: {"choice": option_id(question_, "Right" if right else "Wrong")}},
    )
    assessment_services.attempt_submit(user=person, attempt_id=attempt.pk)


def generated_organisation(*, seed: int, learners: int) -> dict:
    """An organisation in random but reproducible states, built through the services
    (so stored progress, completions and certificates are what the product makes),
    with dates then spread out by direct updates (the services stamp "now").

    Three courses: "Gen A" with a final that completion requires and a knowledge
    check in its first module; "Gen B" without a final; "Gen C" with a final that
    completion does not require and a 50% threshold, so it completes with a
    module unfinished."""
    rng = random.Random(seed)
    now = timezone.now()
    departments = [
        Department.objects.get_or_create(name=name)[0]
        for name in ("Gen Care", "Gen Sales", "Gën Ops")
    ]
    teams = [
        Team.objects.get_or_create(department=departments[n % 3], name=f"Gen team {n}")[0]
        for n in range(5)
    ]
    managers = [UserFactory(first_name=f"Manager{n}", last_name="Gen") for n in range(4)]
    a = build_course("Gen A", modules=2, lessons=2)
    b = build_course("Gen B", modules=3, lessons=1)
    c = build_course("Gen C", modules=2, lessons=2, threshold=50)
    c.page.completion_requires_finals = False
    c.page.save(update_fields=["completion_requires_finals"])
    finals = {}
    for built in (a, c):
        q = question(prompt=f"{built.page.title} final?")
        finals[built.page.pk] = (assessment(built.page, questions=[q], kind="final"), q)
    check_q = question(prompt="Gen A check?")
    check = (
        assessment(a.page, questions=[check_q], module=a.modules[0], title="Gen A check"),
        check_q,
    )
    courses = [a, b, c]

    people = []
    for n in range(learners):
        person = UserFactory(
            first_name=GENERATED_NAMES[n % len(GENERATED_NAMES)], last_name=f"Gen {n:03d}"
        )
        profile = person.profile
        profile.employee_id = f"G{n:04d}" if n % 17 else f"-G{n:04d}"
        where = rng.random()
        if where < 0.08:
            profile.team, profile.department = None, None
        elif where < 0.15:
            profile.team, profile.department = None, rng.choice(departments)
        else:
            profile.team = rng.choice(teams)
            profile.department = profile.team.department
        profile.manager = rng.choice([*managers, None])
        profile.save()
        people.append(person)
        for built in courses:
            _learning(rng, person, built, finals.get(built.page.pk), check, now)
    _spread_dates(rng, now)
    return {
        "people": people,
        "courses": courses,
        "departments": departments,
        "teams": teams,
        "managers": managers,
    }


def _learning(rng, person, built, final, check, now) -> None:
    plan = rng.choices(
        ["none", "enrolled", "some", "all", "withdrawn"], weights=[30, 12, 22, 24, 12]
    )[0]
    # Assignments first (work already done cannot be assigned), closed or
    # cancelled after the learning, as they would be.
    made = []
    targets = []
    if rng.random() < 0.35:
        targets.append(None)
    if rng.random() < 0.35:
        targets.append(rng.choice(built.modules))
    for module in targets:
        fate = rng.choices(["open", "held", "closed", "cancelled"], weights=[50, 15, 20, 15])[0]
        assignment, _created = course_services.assignment_create(
            user=person,
            course=built.page,
            module=module,
            reason="Generated.",
            due_at=now + timedelta(days=1),
            hold_reason=Assignment.HoldReason.WORKLOAD if fate == "held" else "",
        )
        made.append((assignment, fate))
    if plan != "none":
        course_services.enrollment_create(user=person, course=built.page)
    lessons = list(built.lessons)
    if plan == "some":
        lessons = rng.sample(lessons, rng.randint(1, len(lessons) - 1))
    elif plan in ("none", "enrolled"):
        lessons = []
    elif plan == "withdrawn":
        lessons = rng.sample(lessons, rng.randint(0, 1))
    for lesson in lessons:
        course_services.lesson_complete(user=person, course=built.page, lesson_id=lesson.pk)
    if final and plan in ("some", "all"):
        quiz, quiz_q = final
        for _n in range(rng.randint(0, 2)):
            _attempt(person, quiz, quiz_q, right=rng.choice([True, True, False, None]))
    if built.page.title == "Gen A" and plan in ("some", "all") and rng.random() < 0.5:
        _attempt(person, *check, right=rng.random() < 0.6)
    if plan == "withdrawn":
        try:
            course_services.enrollment_withdraw(user=person, course=built.page)
        except ValidationError:
            pass  # an open assignment keeps them in
    for assignment, fate in made:
        assignment.refresh_from_db()
        if assignment.is_active and fate == "closed":
            course_services.assignment_close(
                assignment=assignment, reason=Assignment.ClosedReason.TESTED_OUT
            )
        elif assignment.is_active and fate == "cancelled":
            course_services.assignment_cancel(assignment=assignment)
        elif not assignment.is_active and assignment.module_id and rng.random() < 0.2:
            # Left open although its module is finished (data from before the
            # assignments closed themselves): it must not make anything overdue.
            Assignment.objects.filter(pk=assignment.pk).update(status="open")


def _day(rng, now, low: int, high: int) -> datetime:
    """A moment ``low`` to ``high`` days from now; one in five at midnight UTC."""
    moment = now + timedelta(days=rng.randint(low, high), seconds=rng.randint(0, 86_399))
    if rng.random() < 0.2:
        moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    return moment


def _spread_dates(rng, now) -> None:
    for assignment in Assignment.objects.order_by("pk"):
        assignment.created_at = _day(rng, now, -60, -1)
        assignment.due_at = rng.choice([None, _day(rng, now, -20, 30), _day(rng, now, 1, 40)])
        assignment.save(update_fields=["created_at", "due_at"])
    for enrollment in Enrollment.objects.order_by("pk"):
        back = timedelta(days=rng.randint(0, 50))
        progress = ModuleProgress.objects.filter(enrollment=enrollment, completed_at__isnull=False)
        for row in progress:
            row.completed_at = _day(rng, now - back, -5, 0)
            row.save(update_fields=["completed_at"])
        if enrollment.completed_at:
            enrollment.completed_at = _day(rng, now - back, 0, 0)
            enrollment.save(update_fields=["completed_at"])
    # Some certificates predate the rule that finals must be passed.
    for certificate in Certificate.objects.order_by("pk"):
        if rng.random() < 0.2:
            certificate.basis = "lessons_earlier_rule"
            certificate.save(update_fields=["basis"])
