"""Load the demo assessments: a knowledge check per module, placed at the end of the
module's last lesson, and a final assessment per course. Development only.

An assessment that already exists is left alone, so running it again changes nothing.
"""

import json

from django.db import transaction
from wagtail.models import Locale

from assessments import services
from assessments.demo import ai_agents, ai_agents_es, ai_agents_fr, copilot, empathy
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
from skills.models import Skill

DEMO_ASSESSMENTS = (ai_agents.ASSESSMENTS, empathy.ASSESSMENTS, copilot.ASSESSMENTS)
#: Demo assessments shipped in other languages, keyed like the originals.
DEMO_TRANSLATIONS = {"es": ai_agents_es.ASSESSMENTS, "fr": ai_agents_fr.ASSESSMENTS}


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
        options = [
            QuestionOption(text=text, is_correct=True, sort_order=order)
            for order, text in enumerate(data["accepted"])
        ]
    else:
        options = [
            QuestionOption(
                text=option["text"],
                is_correct=bool(option.get("correct", False)),
                credit=option.get("credit", 0),
                feedback=option.get("feedback", ""),
                sort_order=order,
            )
            for order, option in enumerate(data.get("options", []))
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
        AssessmentQuestion(question=_question(question, skills), sort_order=order)
        for order, question in enumerate(data["questions"])
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


def _pre_test_for(*, module: ModulePage, check: Assessment) -> Assessment | None:
    """A pre-test for the module, made of its knowledge check's questions: a
    learner who passes it before studying is shown not to need the module
    (test-out). One attempt, and feedback only to those who pass, so that it
    gives the check's answers away to no one. None if it exists already."""
    if Assessment.objects.filter(
        originals_only(), module=module, kind=Assessment.Kind.PRE_TEST
    ).exists():
        return None
    pre_test = Assessment(
        title=f"Pre-test: {module.title}",
        kind=Assessment.Kind.PRE_TEST,
        course=check.course,
        module=module,
        introduction=(
            "Already confident with this module? Pass this short test before you start "
            "and the module is not asked of you."
        ),
        pass_mark=80,
        max_attempts=1,
        feedback_policy=Assessment.FeedbackPolicy.AFTER_PASSING,
        shuffle_options=True,
    )
    pre_test.fixed_questions = [
        AssessmentQuestion(question=item.question, sort_order=item.sort_order)
        for item in check.fixed_questions.order_by("sort_order", "pk")
    ]
    pre_test.save()
    return pre_test


@transaction.atomic
def demo_assessments_seed() -> list[Assessment]:
    skills = {skill.code: skill for skill in Skill.objects.originals().filter(live=True)}
    created = []
    for data in DEMO_ASSESSMENTS:
        course = CoursePage.objects.filter(originals_only(), slug=data["course"]).first()
        if course is None:
            continue
        for module_slug, check in data["knowledge_checks"].items():
            module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
            if module is None:
                continue
            assessment = Assessment.objects.filter(
                originals_only(), course=course, module=module, kind=Assessment.Kind.KNOWLEDGE_CHECK
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
            pre_test = _pre_test_for(module=module, check=assessment)
            if pre_test is not None:
                created.append(pre_test)
        final = data["final"]
        if not Assessment.objects.filter(
            originals_only(), course=course, kind=Assessment.Kind.FINAL
        ).exists():
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


def _question_translate(original: Question, locale: Locale, data: dict) -> Question:
    """A translation of ``original``: the same kind, skills and options in the same
    order, with translated text. Short answers list their own accepted answers."""
    existing = Question.objects.filter(
        translation_key=original.translation_key, locale=locale
    ).first()
    if existing is not None:
        return existing
    question = Question(
        translation_key=original.translation_key,
        locale=locale,
        kind=original.kind,
        prompt=data["prompt"],
        context=data.get("context", ""),
        scenario_mode=original.scenario_mode,
        explanation=data.get("explanation", ""),
        points=original.points,
        active=original.active,
    )
    if original.kind == Question.Kind.SHORT_ANSWER:
        question.options = [
            QuestionOption(text=text, is_correct=True, sort_order=order)
            for order, text in enumerate(data["accepted"])
        ]
    else:
        originals = list(original.options.order_by("sort_order", "pk"))
        texts = data.get("options", [])
        if len(texts) != len(originals):
            raise ValueError(f"the translation of question {original.pk} has other options")
        question.options = [
            QuestionOption(
                text=text["text"],
                is_correct=option.is_correct,
                credit=option.credit,
                feedback=text.get("feedback", ""),
                sort_order=option.sort_order,
            )
            for option, text in zip(originals, texts, strict=True)
        ]
    question.skills = list(original.skills.all())
    question.save()
    return question


def _assessment_translate(original: Assessment, locale: Locale, data: dict) -> None:
    if not Assessment.objects.filter(
        translation_key=original.translation_key, locale=locale
    ).exists():
        Assessment.objects.create(
            translation_key=original.translation_key,
            locale=locale,
            title=data["title"],
            introduction=data.get("introduction", ""),
            kind=original.kind,
            course=original.course,
            module=original.module,
            pass_mark=original.pass_mark,
            max_attempts=original.max_attempts,
            time_limit_minutes=original.time_limit_minutes,
            shuffle_questions=original.shuffle_questions,
            shuffle_options=original.shuffle_options,
            feedback_policy=original.feedback_policy,
        )
    fixed = [
        item.question
        for item in original.fixed_questions.select_related("question").order_by("sort_order", "pk")
    ]
    if len(fixed) != len(data["questions"]):
        raise ValueError(f"the translation of {original} has other questions")
    for question, question_data in zip(fixed, data["questions"], strict=True):
        _question_translate(question, locale, question_data)


PRE_TEST_WORDS = {
    "es": (
        "Prueba previa: {title}",
        "¿Ya dominas este módulo? Aprueba esta breve prueba antes de empezar y no se te "
        "pedirá el módulo.",
    ),
    "fr": (
        "Test préalable : {title}",
        "Vous maîtrisez déjà ce module ? Réussissez ce court test avant de commencer et le "
        "module ne vous sera pas demandé.",
    ),
}


def _pre_test_translate(module: ModulePage, locale: Locale) -> None:
    """The module's pre-test in ``locale``: its questions are the check's, already
    translated; its title follows the module's translated title."""
    original = Assessment.objects.filter(
        originals_only(), module=module, kind=Assessment.Kind.PRE_TEST
    ).first()
    words = PRE_TEST_WORDS.get(locale.language_code)
    if original is None or words is None:
        return
    if Assessment.objects.filter(translation_key=original.translation_key, locale=locale).exists():
        return
    translated_module = ModulePage.objects.filter(
        translation_key=module.translation_key, locale=locale
    ).first()
    title, introduction = words
    Assessment.objects.create(
        translation_key=original.translation_key,
        locale=locale,
        title=title.format(title=(translated_module or module).title),
        introduction=introduction,
        kind=original.kind,
        course=original.course,
        module=original.module,
        pass_mark=original.pass_mark,
        max_attempts=original.max_attempts,
        time_limit_minutes=original.time_limit_minutes,
        shuffle_questions=original.shuffle_questions,
        shuffle_options=original.shuffle_options,
        feedback_policy=original.feedback_policy,
    )


@transaction.atomic
def demo_assessment_translations_seed() -> int:
    """Translate the demo assessments that have translations; returns how many
    languages were done. The originals must exist (demo_assessments_seed)."""
    done = 0
    for language, data in DEMO_TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=language).first()
        course = CoursePage.objects.filter(originals_only(), slug=data["course"]).first()
        if locale is None or course is None:
            continue
        for module_slug, check in data["knowledge_checks"].items():
            module = ModulePage.objects.child_of(course).filter(slug=module_slug).first()
            original = Assessment.objects.filter(
                originals_only(),
                course=course,
                module=module,
                kind=Assessment.Kind.KNOWLEDGE_CHECK,
            ).first()
            if original is not None:
                _assessment_translate(original, locale, check)
                _pre_test_translate(module, locale)
        final = Assessment.objects.filter(
            originals_only(), course=course, kind=Assessment.Kind.FINAL
        ).first()
        if final is not None:
            _assessment_translate(final, locale, data["final"])
        done += 1
    return done


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
