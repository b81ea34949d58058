"""Load the demo assessments: a knowledge check per module, placed at the end of the
module's last lesson, and a final assessment per course. Development only.

An assessment that already exists is left alone, so running it again changes nothing.
"""

import json

from django.db import transaction

from assessments.demo import ai_agents, copilot, empathy
from assessments.models import Assessment, AssessmentQuestion, Question, QuestionOption
from courses.models import CoursePage, LessonPage, ModulePage
from skills.models import Skill

DEMO_ASSESSMENTS = (ai_agents.ASSESSMENTS, empathy.ASSESSMENTS, copilot.ASSESSMENTS)


def _question(data: dict, skills: dict[str, Skill]) -> Question:
    kind = data["kind"]
    question = Question(
        kind=kind,
        prompt=data["prompt"],
        context=data.get("context", ""),
        scenario_mode=data.get("scenario_mode", "pick" if kind == "scenario" else ""),
        explanation=data.get("explanation", ""),
    )
    if kind == "short_answer":
        options = [QuestionOption(text=text, is_correct=True) for text in data["accepted"]]
    else:
        options = [
            QuestionOption(
                text=option["text"],
                is_correct=bool(option.get("correct", False)),
                credit=option.get("credit", 0),
                feedback=option.get("feedback", ""),
            )
            for option in data.get("options", [])
        ]
    question.options = options
    question.skills = [skills[code] for code in data["skills"]]
    question.save()
    return question


def _assessment(*, course, module, kind, data, skills, **settings) -> Assessment:
    assessment = Assessment(
        title=data["title"],
        kind=kind,
        course=course,
        module=module,
        pass_mark=data["pass_mark"],
        time_limit_minutes=data.get("time_limit_minutes"),
        max_attempts=data.get("max_attempts"),
        **settings,
    )
    assessment.fixed_questions = [
        AssessmentQuestion(question=_question(question, skills)) for question in data["questions"]
    ]
    assessment.save()
    return assessment


def _place_in_last_lesson(module: ModulePage, assessment: Assessment) -> None:
    lesson = LessonPage.objects.child_of(module).order_by("-path").first()
    if lesson is None:
        return
    lesson = lesson.specific
    body = list(lesson.body.raw_data)
    if any(
        block["type"] == "knowledge_check" and block["value"].get("assessment") == assessment.pk
        for block in body
    ):
        return
    body.append({"type": "knowledge_check", "value": {"assessment": assessment.pk}})
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()


@transaction.atomic
def demo_assessments_seed() -> list[Assessment]:
    skills = {skill.code: skill for skill in Skill.objects.filter(live=True)}
    created = []
    for data in DEMO_ASSESSMENTS:
        course = CoursePage.objects.filter(slug=data["course"]).first()
        if course is None:
            continue
        for module_slug, check in data["knowledge_checks"].items():
            module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
            if module is None:
                continue
            assessment = Assessment.objects.filter(
                course=course, module=module, kind=Assessment.Kind.KNOWLEDGE_CHECK
            ).first()
            if assessment is None:
                assessment = _assessment(
                    course=course,
                    module=module,
                    kind=Assessment.Kind.KNOWLEDGE_CHECK,
                    data=check,
                    skills=skills,
                    feedback_policy=Assessment.FeedbackPolicy.AFTER_EACH,
                    shuffle_options=True,
                )
                created.append(assessment)
            _place_in_last_lesson(module, assessment)
        final = data["final"]
        if not Assessment.objects.filter(course=course, kind=Assessment.Kind.FINAL).exists():
            created.append(
                _assessment(
                    course=course,
                    module=None,
                    kind=Assessment.Kind.FINAL,
                    data=final,
                    skills=skills,
                    feedback_policy=Assessment.FeedbackPolicy.AFTER_SUBMISSION,
                    shuffle_options=True,
                )
            )
    return created
