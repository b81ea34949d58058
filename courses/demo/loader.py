"""Load the demo courses into the page tree and give the demo learner some history.

Development only (seed_demo). A course already in the catalog is left alone, so
running it again changes nothing and never overwrites an author's edits.
"""

import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.i18n import originals_only
from courses import services
from courses.demo import ai_agents, ai_agents_es, ai_agents_fr, copilot, empathy
from courses.models import (
    CatalogPage,
    CoursePage,
    LessonPage,
    ModulePage,
    ModuleSkill,
)
from home.models import HomePage

DEMO_COURSES = (ai_agents.COURSE, empathy.COURSE, copilot.COURSE)
#: Demo courses shipped in other languages: English slug -> language -> translation.
DEMO_TRANSLATIONS = {
    ai_agents.COURSE["slug"]: {"es": ai_agents_es.COURSE, "fr": ai_agents_fr.COURSE},
}


def _raw_body(blocks: list) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def _publish(page) -> None:
    page.save_revision().publish()


def catalog_ensure() -> CatalogPage:
    catalog = CatalogPage.objects.filter(originals_only()).order_by("path").first()
    if catalog is None:
        home = HomePage.objects.filter(originals_only()).order_by("path").first()
        catalog = CatalogPage(title="Courses", slug="courses")
        home.add_child(instance=catalog)
        _publish(catalog)
    return catalog


def course_create(*, catalog: CatalogPage, data: dict) -> CoursePage:
    Skill = CoursePage.skills.rel.model
    skills = {skill.code: skill for skill in Skill.objects.originals().filter(live=True)}
    course = CoursePage(
        title=data["title"],
        summary=data["summary"],
        audience=data["audience"],
        level=data["level"],
        estimated_minutes=data["estimated_minutes"],
    )
    course.skills = [skills[code] for code in data["skills"]]
    course.prerequisites = list(CoursePage.objects.filter(slug__in=data["prerequisites"]))
    catalog.add_child(instance=course)
    _publish(course)

    for module_data in data["modules"]:
        module = ModulePage(
            title=module_data["title"],
            summary=module_data["summary"],
            objectives=json.dumps(
                [{"type": "objective", "value": text} for text in module_data["objectives"]]
            ),
        )
        module.module_skills = [
            ModuleSkill(skill=skills[code], target_level=level)
            for code, level in module_data["skills"]
        ]
        course.add_child(instance=module)
        _publish(module)
        for lesson_data in module_data["lessons"]:
            lesson = LessonPage(
                title=lesson_data["title"],
                slug=lesson_data["slug"],
                summary=lesson_data["summary"],
                estimated_minutes=lesson_data["estimated_minutes"],
                body=_raw_body(lesson_data["body"]),
            )
            module.add_child(instance=lesson)
            _publish(lesson)
    return course


@transaction.atomic
def demo_courses_seed() -> list[tuple[CoursePage, bool]]:
    """Returns each demo course with whether this run created it."""
    catalog = catalog_ensure()
    results = []
    for data in DEMO_COURSES:
        existing = CoursePage.objects.child_of(catalog).filter(slug=data["slug"]).first()
        if existing is not None:
            results.append((existing.specific, False))
        else:
            results.append((course_create(catalog=catalog, data=data), True))
    return results


def _translated_body(original: list[dict], blocks: list) -> str:
    """The original's blocks with the translated text in their place. Block ids are
    kept (reflections are filed by them), and so are blocks the translation has
    no text for, such as the knowledge checks placed after the lessons were written."""
    texts = iter(blocks)
    body = []
    for block in original:
        if block["type"] == "knowledge_check":
            body.append(block)
            continue
        kind, value = next(texts)
        if kind != block["type"]:
            raise ValueError(f"translated block {kind!r} stands where {block['type']!r} is")
        body.append({**block, "value": value})
    return json.dumps(body)


def _translation(page, locale, **fields):
    """Create and publish ``page``'s translation in ``locale``, or return the one that
    exists. A parent not translated yet is copied first, as an alias of the original.
    Translations keep their original's slug: learners reach every page at the
    original's address, in whichever language they read it."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translated = page.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    _publish(translated)
    return translated, True


def course_translate(*, course: CoursePage, locale: Locale, data: dict) -> bool:
    """Publish ``course``, its modules and lessons in ``locale`` from ``data``, which
    has the shape of the demo course files. Returns whether anything was created."""
    if course.get_translation_or_none(locale) is not None:
        return False
    _translation(
        course,
        locale,
        title=data["title"],
        summary=data["summary"],
        audience=data["audience"],
    )
    modules = list(ModulePage.objects.child_of(course).order_by("path").specific())
    for module, module_data in zip(modules, data["modules"], strict=True):
        translated_module, _created = _translation(
            module,
            locale,
            title=module_data["title"],
            summary=module_data["summary"],
            objectives=json.dumps(
                [
                    {**block, "value": text}
                    for block, text in zip(
                        module.objectives.raw_data, module_data["objectives"], strict=True
                    )
                ]
            ),
        )
        lessons = list(LessonPage.objects.child_of(module).order_by("path").specific())
        for lesson, lesson_data in zip(lessons, module_data["lessons"], strict=True):
            _translation(
                lesson,
                locale,
                title=lesson_data["title"],
                summary=lesson_data["summary"],
                body=_translated_body(list(lesson.body.raw_data), lesson_data["body"]),
            )
    return True


@transaction.atomic
def demo_translations_seed() -> list[tuple[CoursePage, str]]:
    """The demo courses shipped in other languages. Run after the assessments are
    placed, so the translated lessons carry the knowledge checks too."""
    created = []
    catalog = catalog_ensure()
    for slug, languages in DEMO_TRANSLATIONS.items():
        course = CoursePage.objects.child_of(catalog).filter(slug=slug).first()
        if course is None:
            continue
        course = course.specific
        for language, data in languages.items():
            locale = Locale.objects.filter(language_code=language).first()
            if locale is not None and course_translate(course=course, locale=locale, data=data):
                created.append((course, language))
    return created


@transaction.atomic
def demo_learning_seed(*, pass_finals=None) -> None:
    """The demo learner: one course completed, one under way, one module assigned.
    ``pass_finals(user=, course=)`` passes a course's final assessments (the
    assessments app knows how), which completing the first course takes."""
    User = get_user_model()
    learner = User.objects.filter(email="learner@example.com").first()
    manager = User.objects.filter(email="manager@example.com").first()
    courses = {page.slug: page for page in CoursePage.objects.live().filter(originals_only())}
    ai_course = courses.get(ai_agents.COURSE["slug"])
    copilot_course = courses.get(copilot.COURSE["slug"])
    empathy_course = courses.get(empathy.COURSE["slug"])
    if not (learner and ai_course and copilot_course and empathy_course):
        return

    services.enrollment_create(user=learner, course=ai_course)
    for lesson in LessonPage.objects.live().descendant_of(ai_course):
        services.lesson_complete(user=learner, course=ai_course, lesson_id=lesson.pk)
    if pass_finals is not None:
        pass_finals(user=learner, course=ai_course)

    services.enrollment_create(user=learner, course=copilot_course)
    for lesson in LessonPage.objects.live().descendant_of(copilot_course).order_by("path")[:2]:
        services.lesson_complete(user=learner, course=copilot_course, lesson_id=lesson.pk)

    listening = (
        ModulePage.objects.live()
        .child_of(empathy_course)
        .filter(slug__contains="listening")
        .first()
    )
    if listening is not None:
        services.assignment_create(
            user=learner,
            course=empathy_course,
            module=listening,
            due_at=timezone.now() + timedelta(days=14),
            reason=(
                "After our coaching chat on 12 November we agreed you would practise naming "
                "the customer's feeling before moving to the fix. This module is the "
                "practice we talked about."
            ),
            assigned_by=manager,
        )
