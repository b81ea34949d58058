"""Assessments from content/: a knowledge check per module, placed at the end of the
module's last lesson, a pre-test made of the check's questions, and a final per
course. Development only.

An assessment is matched by its course, module and kind; its questions by their
order. What content/ says wins, and what already says it is not written again.
"""

import json
from decimal import Decimal

from wagtail.models import Locale

from assessments import services
from assessments.models import (
    Assessment,
    AssessmentQuestion,
    AttemptResult,
    Question,
    QuestionOption,
)
from assessments.papers import model_answers
from core.i18n import originals_only
from courses.models import CoursePage, LessonPage, ModulePage
from demo.courses import CREATED, UNCHANGED, UPDATED, fields_set
from skills.models import Skill

# --- Questions -----------------------------------------------------------------------


def _options_wanted(data: dict) -> list[dict]:
    if data["kind"] == "short_answer":
        return [
            {"text": text, "is_correct": True, "credit": Decimal(0), "feedback": ""}
            for text in data["accepted"]
        ]
    return [
        {
            "text": option["text"],
            "is_correct": bool(option.get("correct", False)),
            "credit": Decimal(str(option.get("credit", 0))),
            "feedback": option.get("feedback", ""),
        }
        for option in data.get("options", [])
    ]


def _options_sync(question: Question, wanted: list[dict]) -> bool:
    """Options in place when there are as many; replaced when the number changed."""
    options = list(question.options.order_by("sort_order", "pk"))
    if len(options) != len(wanted):
        question.options = [
            QuestionOption(sort_order=order, **fields) for order, fields in enumerate(wanted)
        ]
        return True
    changed = False
    for option, fields in zip(options, wanted, strict=True):
        if fields_set(option, fields):
            option.save()
            changed = True
    return changed


def _question_fields(data: dict) -> dict:
    kind = data["kind"]
    return {
        "kind": kind,
        "prompt": data["prompt"],
        "context": data.get("context", ""),
        "scenario_mode": data.get("scenario_mode", "pick" if kind == "scenario" else ""),
        "explanation": data.get("explanation", ""),
    }


def _question_sync(question: Question | None, data: dict, skills: dict) -> tuple[Question, bool]:
    wanted_skills = [skills[code] for code in data["skills"]]
    if question is None:
        question = Question(**_question_fields(data))
        question.options = [
            QuestionOption(sort_order=order, **fields)
            for order, fields in enumerate(_options_wanted(data))
        ]
        question.skills = wanted_skills
        question.save()
        return question, True
    changed = fields_set(question, _question_fields(data))
    if {skill.pk for skill in question.skills.all()} != {skill.pk for skill in wanted_skills}:
        question.skills = wanted_skills
        changed = True
    if _options_sync(question, _options_wanted(data)):
        changed = True
    if changed:
        question.save()
    return question, changed


def _questions_sync(assessment: Assessment, questions: list[dict], skills: dict) -> bool:
    items = list(assessment.fixed_questions.select_related("question").order_by("sort_order", "pk"))
    changed = False
    wanted = []
    for order, data in enumerate(questions):
        existing = items[order].question if order < len(items) else None
        question, question_changed = _question_sync(existing, data, skills)
        changed = changed or question_changed
        wanted.append(question)
    if [item.question_id for item in items] != [question.pk for question in wanted]:
        assessment.fixed_questions = [
            AssessmentQuestion(question=question, sort_order=order)
            for order, question in enumerate(wanted)
        ]
        assessment.save()
        changed = True
    return changed


# --- Originals -----------------------------------------------------------------------


def _assessment_sync(*, course, module, kind, data, skills, **settings) -> tuple[Assessment, str]:
    fields = {
        "title": data["title"],
        "introduction": data.get("introduction", ""),
        "pass_mark": data["pass_mark"],
        "time_limit_minutes": data.get("time_limit_minutes"),
        "max_attempts": data.get("max_attempts"),
    }
    assessment = Assessment.objects.filter(
        originals_only(), course=course, module=module, kind=kind
    ).first()
    if assessment is None:
        assessment = Assessment(kind=kind, course=course, module=module, **fields, **settings)
        assessment.fixed_questions = [
            AssessmentQuestion(question=_question_sync(None, question, skills)[0], sort_order=order)
            for order, question in enumerate(data["questions"])
        ]
        assessment.save()
        return assessment, CREATED
    changed = fields_set(assessment, fields)
    if changed:
        assessment.save()
    if _questions_sync(assessment, data["questions"], skills):
        changed = True
    return assessment, UPDATED if changed else UNCHANGED


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


def _pre_test_sync(*, module: ModulePage, check: Assessment, words: dict) -> tuple[Assessment, str]:
    """A pre-test for the module, made of its knowledge check's questions: a
    learner who passes it before studying is shown not to need the module
    (test-out). One attempt, and feedback only to those who pass, so that it
    gives the check's answers away to no one."""
    fields = {
        "title": words["title"].format(module=module.title),
        "introduction": words["introduction"],
    }
    questions = [
        (item.question_id, item.sort_order)
        for item in check.fixed_questions.order_by("sort_order", "pk")
    ]
    pre_test = Assessment.objects.filter(
        originals_only(), module=module, kind=Assessment.Kind.PRE_TEST
    ).first()
    if pre_test is None:
        pre_test = Assessment(
            kind=Assessment.Kind.PRE_TEST,
            course=check.course,
            module=module,
            pass_mark=80,
            max_attempts=1,
            feedback_policy=Assessment.FeedbackPolicy.AFTER_PASSING,
            shuffle_options=True,
            **fields,
        )
        state = CREATED
    else:
        changed = fields_set(pre_test, fields)
        current = [
            (item.question_id, item.sort_order)
            for item in pre_test.fixed_questions.order_by("sort_order", "pk")
        ]
        if not changed and current == questions:
            return pre_test, UNCHANGED
        state = UPDATED
    pre_test.fixed_questions = [
        AssessmentQuestion(question_id=question, sort_order=order) for question, order in questions
    ]
    pre_test.save()
    return pre_test, state


def assessments_sync(*, data: dict, report) -> None:
    """The course's knowledge checks, pre-tests and final, as ``data`` describes them.
    ``report(name, state)`` hears about each assessment."""
    skills = {skill.code: skill for skill in Skill.objects.originals().filter(live=True)}
    course = CoursePage.objects.filter(originals_only(), slug=data["course"]).first()
    if course is None:
        return
    for module_slug, check_data in data["knowledge_checks"].items():
        module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
        if module is None:
            continue
        module = module.specific
        check, state = _assessment_sync(
            course=course,
            module=module,
            kind=Assessment.Kind.KNOWLEDGE_CHECK,
            data=check_data,
            skills=skills,
            feedback_policy=Assessment.FeedbackPolicy.AFTER_EACH,
            shuffle_options=True,
        )
        report(f"{data['course']}/check:{module_slug}", state)
        _place_in_last_lesson(module, check)
        _pre_test, state = _pre_test_sync(module=module, check=check, words=data["pre_test"])
        report(f"{data['course']}/pre-test:{module_slug}", state)
    _final, state = _assessment_sync(
        course=course,
        module=None,
        kind=Assessment.Kind.FINAL,
        data=data["final"],
        skills=skills,
        feedback_policy=Assessment.FeedbackPolicy.AFTER_SUBMISSION,
        shuffle_options=True,
    )
    report(f"{data['course']}/final", state)


# --- Translations --------------------------------------------------------------------


def _question_translation_sync(original: Question, locale: Locale, data: dict) -> bool:
    """A translation of ``original``: the same kind, skills and options in the same
    order, with translated text. Short answers list their own accepted answers."""
    fields = {
        "prompt": data["prompt"],
        "context": data.get("context", ""),
        "explanation": data.get("explanation", ""),
    }
    if original.kind == Question.Kind.SHORT_ANSWER:
        wanted = _options_wanted({"kind": "short_answer", "accepted": data["accepted"]})
    else:
        originals = list(original.options.order_by("sort_order", "pk"))
        texts = data.get("options", [])
        if len(texts) != len(originals):
            raise ValueError(f"the translation of question {original.pk} has other options")
        wanted = [
            {
                "text": text["text"],
                "is_correct": option.is_correct,
                "credit": option.credit,
                "feedback": text.get("feedback", ""),
            }
            for option, text in zip(originals, texts, strict=True)
        ]
    question = Question.objects.filter(
        translation_key=original.translation_key, locale=locale
    ).first()
    if question is None:
        question = Question(
            translation_key=original.translation_key,
            locale=locale,
            kind=original.kind,
            scenario_mode=original.scenario_mode,
            points=original.points,
            active=original.active,
            **fields,
        )
        question.options = [
            QuestionOption(sort_order=order, **option) for order, option in enumerate(wanted)
        ]
        question.skills = list(original.skills.all())
        question.save()
        return True
    changed = fields_set(question, fields)
    if _options_sync(question, wanted):
        changed = True
    if changed:
        question.save()
    return changed


def _assessment_translation_sync(original: Assessment, locale: Locale, fields: dict) -> str:
    translation = Assessment.objects.filter(
        translation_key=original.translation_key, locale=locale
    ).first()
    if translation is None:
        Assessment.objects.create(
            translation_key=original.translation_key,
            locale=locale,
            kind=original.kind,
            course=original.course,
            module=original.module,
            pass_mark=original.pass_mark,
            max_attempts=original.max_attempts,
            time_limit_minutes=original.time_limit_minutes,
            shuffle_questions=original.shuffle_questions,
            shuffle_options=original.shuffle_options,
            feedback_policy=original.feedback_policy,
            **fields,
        )
        return CREATED
    if fields_set(translation, fields):
        translation.save()
        return UPDATED
    return UNCHANGED


def _paper_translation_sync(original: Assessment, locale: Locale, data: dict) -> str:
    state = _assessment_translation_sync(
        original, locale, {"title": data["title"], "introduction": data.get("introduction", "")}
    )
    fixed = [
        item.question
        for item in original.fixed_questions.select_related("question").order_by("sort_order", "pk")
    ]
    if len(fixed) != len(data["questions"]):
        raise ValueError(f"the translation of {original} has other questions")
    changed = False
    for question, question_data in zip(fixed, data["questions"], strict=True):
        changed = _question_translation_sync(question, locale, question_data) or changed
    return UPDATED if changed and state == UNCHANGED else state


def assessment_translations_sync(*, data: dict, locale: Locale, report) -> None:
    """The course's assessments in ``locale``, from ``data`` (its content with the
    translated text). The originals must exist (assessments_sync)."""
    course = CoursePage.objects.filter(originals_only(), slug=data["course"]).first()
    if course is None:
        return
    for module_slug, check_data in data["knowledge_checks"].items():
        module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
        original = Assessment.objects.filter(
            originals_only(), course=course, module=module, kind=Assessment.Kind.KNOWLEDGE_CHECK
        ).first()
        if original is None:
            continue
        report(
            f"{data['course']}/check:{module_slug}",
            _paper_translation_sync(original, locale, check_data),
        )
        pre_test = Assessment.objects.filter(
            originals_only(), module=module, kind=Assessment.Kind.PRE_TEST
        ).first()
        if pre_test is not None:
            # The pre-test's questions are the check's, translated above; its
            # title follows the module's translated title.
            translated_module = ModulePage.objects.filter(
                translation_key=module.translation_key, locale=locale
            ).first()
            words = data["pre_test"]
            fields = {
                "title": words["title"].format(module=(translated_module or module).title),
                "introduction": words["introduction"],
            }
            report(
                f"{data['course']}/pre-test:{module_slug}",
                _assessment_translation_sync(pre_test, locale, fields),
            )
    final = Assessment.objects.filter(
        originals_only(), course=course, kind=Assessment.Kind.FINAL
    ).first()
    if final is not None:
        report(f"{data['course']}/final", _paper_translation_sync(final, locale, data["final"]))


def demo_finals_pass(*, user, course: CoursePage) -> None:
    """The demo learner passes each final assessment of ``course``, with the best
    answers: their history says they completed it, and completing takes that."""
    for final in Assessment.objects.filter(
        originals_only(), course=course, kind=Assessment.Kind.FINAL
    ):
        if AttemptResult.objects.filter(
            attempt__user=user, attempt__assessment=final, passed=True
        ).exists():
            continue
        attempt = services.attempt_start(user=user, assessment=final)
        services.responses_save(
            user=user, attempt_id=attempt.pk, answers=model_answers(attempt.paper)
        )
        services.attempt_submit(user=user, attempt_id=attempt.pk)
