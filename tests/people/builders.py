"""A learner with data in every app, for the privacy tests.

Every private text carries a marker (``PRIVATE-…``) so a test can look for it
in a download, or make sure it is gone after an erasure.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from allauth.mfa.models import Authenticator
from django.utils import timezone

from assessments import services as assessment_services
from assessments.models import Assessment
from courses import services as course_services
from courses.models import Assignment
from people.models import Department, Team, User
from people.roles import Role
from people.services import email_address_set_verified, role_grant
from skills import engine
from skills import services as skill_services
from skills.ingest import signals_ingest
from tests.assessments.builders import assessment, option_id, question
from tests.courses.builders import REFLECTION_ID, build_course
from tests.factories import UserFactory
from tests.skills.helpers import learner, qa, rule_for

TOTP_SECRET = "PRIVATE-TOTP-SECRET-JBSWY3DPEHPK3PXP"


@dataclass
class RichLearner:
    user: User
    manager: User
    assignment: Assignment
    quizzes: list[Assessment] = field(default_factory=list)
    certificate_codes: list[str] = field(default_factory=list)


def person_with(role: Role) -> User:
    user = UserFactory()
    role_grant(user=user, role=role)
    return user


def superuser() -> User:
    return UserFactory(is_superuser=True, is_staff=True)


def rich_learner(employee_id: str = "E100", *, size: int = 1) -> RichLearner:
    """A learner with ``size`` completed courses (each with a reflection, a graded
    final with a free-text answer, and a certificate), ``size + 2`` QA signals, a
    wellbeing check-in, a self-assessment, skill estimates, a rule's assignment
    that they snoozed and contested, a verified address and an authenticator."""
    care, _ = Department.objects.get_or_create(name="Customer Care")
    team, _ = Team.objects.get_or_create(department=care, name="Billing")
    manager = person_with(Role.MANAGER)
    person = learner(
        employee_id,
        job_role="Agent",
        department=care,
        team=team,
        manager=manager,
        preferred_language="es",
    )
    email_address_set_verified(user=person, email=person.email)
    Authenticator.objects.create(
        user=person, type=Authenticator.Type.TOTP, data={"secret": TOTP_SECRET}
    )

    rich = RichLearner(user=person, manager=manager, assignment=None)
    for n in range(size):
        built = build_course(f"Course {employee_id}-{n}", modules=1, lessons=2, reflection=True)
        course_services.enrollment_create(user=person, course=built.page)
        course_services.reflection_save(
            user=person,
            course=built.page,
            lesson_id=built.lessons[0].pk,
            block_id=REFLECTION_ID,
            text=f"PRIVATE-REFLECTION-{employee_id}-{n}",
        )
        short = question("short_answer", prompt=f"Name it ({n})")
        choice = question("single_choice", prompt=f"Pick one ({n})")
        quiz = assessment(built.page, questions=[short, choice], kind="final", title=f"Final {n}")
        attempt = assessment_services.attempt_start(user=person, assessment=quiz)
        assessment_services.responses_save(
            user=person,
            attempt_id=attempt.pk,
            answers={
                short.pk: {"text": f"PRIVATE-ANSWER-{employee_id}-{n}"},
                choice.pk: {"choice": option_id(choice, "Right")},
            },
        )
        assessment_services.attempt_submit(user=person, attempt_id=attempt.pk)
        rich.quizzes.append(quiz)
        for lesson in built.lessons:
            course_services.lesson_complete(user=person, course=built.page, lesson_id=lesson.pk)
        rich.certificate_codes.append(person.certificates.get(course=built.page).code)

    target = build_course(f"Empathy {employee_id}", modules=2, lessons=1)
    rule = rule_for(target.modules[0], name=f"Empathy refresher {employee_id}")
    signals_ingest(
        [
            qa(f"{employee_id}-qa-{i}", employee_id, 40, note=f"PRIVATE-QA-NOTE-{i}")
            for i in range(size + 2)
        ]
        + [
            qa(
                f"{employee_id}-wellbeing",
                employee_id,
                0.3,
                source="wellbeing_checkin",
                skill=None,
                scale_max=1,
                note="PRIVATE-WELLBEING-NOTE",
            ),
            qa(f"{employee_id}-self", employee_id, 3, source="self_assessment", scale_max=5),
        ],
        queue=False,
    )
    engine.learner_reevaluate(user_id=person.pk)
    rich.assignment = Assignment.objects.get(user=person, origin_rule_id=rule.pk)
    course_services.assignment_snooze(user=person, assignment_id=rich.assignment.pk)
    skill_services.contest_create(
        user=person,
        assignment_id=rich.assignment.pk,
        comment=f"PRIVATE-CONTEST-{employee_id}",
    )
    rich.assignment.refresh_from_db()
    return rich


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)
