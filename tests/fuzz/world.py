"""A small organisation for the fuzz tests: a learner with a course, an
assignment and a quiz in progress, and the staff who use the editing area."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from assessments.models import Assessment, Attempt
from assessments.services import attempt_start
from courses import services as course_services
from courses.models import Assignment
from people.roles import Role
from people.services import role_grant
from tests.assessments.builders import assessment, question
from tests.courses.builders import REFLECTION_ID, BuiltCourse, build_course
from tests.factories import UserFactory
from tests.skills.helpers import learner

KINDS = [
    "single_choice",
    "multiple_select",
    "true_false",
    "short_answer",
    "ordering",
    "scenario",
    "likert",
]


@dataclass
class LearnerWorld:
    course: BuiltCourse
    person: object
    assignment: Assignment
    quiz: Assessment
    attempt: Attempt
    questions: dict
    fresh_quiz: Assessment

    @property
    def question_ids(self) -> list[int]:
        return [q.pk for q in self.questions.values()]

    def item(self, q) -> dict:
        """The attempt's paper item of question ``q``: its ref and option tokens
        are what the form names it by."""
        return next(item for item in self.attempt.paper["questions"] if item["id"] == q.pk)

    def answer_fields(self) -> list[str]:
        """Every field name the attempt form has."""
        names = []
        for q in self.questions.values():
            item = self.item(q)
            if q.kind == "ordering" or (q.kind == "scenario" and q.scenario_mode == "rank"):
                names += [f"q-{item['ref']}-{option['token']}" for option in item["options"]]
            else:
                names.append(f"q-{item['ref']}")
        return names


def learner_world(*, feedback_policy: str = "after_each") -> LearnerWorld:
    built = build_course("Fuzz course", modules=1, lessons=2, reflection=True)
    person = learner("E1")
    assignment, _created = course_services.assignment_create(
        user=person,
        course=built.page,
        module=built.modules[0],
        reason="Coaching plan.",
        due_at=timezone.now() + timedelta(days=10),
    )
    questions = {kind: question(kind) for kind in KINDS}
    questions["scenario_rank"] = question("scenario", scenario_mode="rank")
    quiz = assessment(
        built.page,
        questions=list(questions.values()),
        kind="final",
        feedback_policy=feedback_policy,
        max_attempts=None,
    )
    attempt = attempt_start(user=person, assessment=quiz)
    # A quiz not started yet: a refused start sends the learner back.
    fresh_quiz = assessment(built.page, questions=[questions["single_choice"]], title="Fresh")
    return LearnerWorld(built, person, assignment, quiz, attempt, questions, fresh_quiz)


def staff(role: Role, **fields):
    user = UserFactory(**fields)
    role_grant(user=user, role=role)
    return user


__all__ = ["REFLECTION_ID", "LearnerWorld", "learner_world", "staff"]
