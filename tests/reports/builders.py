"""An organisation with learning in every state, for the report tests."""

from datetime import timedelta

from django.utils import timezone

from assessments import services as assessment_services
from courses import services as course_services
from courses.models import Assignment
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
