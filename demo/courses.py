"""Courses from content/ into the page tree, and the demo learner's history.

A course is matched by its slug under the catalog, a module and a lesson by their
slug under their parent. What content/ says wins: a page whose text differs is
given a new revision and published; a page that already says it is left alone
(no revision), so loading twice changes nothing the second time.
"""

import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from core.i18n import originals_only
from courses import services
from courses.blocks import GRADED_BLOCKS
from courses.models import (
    CatalogPage,
    CoursePage,
    LessonPage,
    ModulePage,
    ModuleSkill,
)
from home.models import HomePage

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def _publish(page) -> None:
    page.save_revision().publish()


def _worst(*states: str) -> str:
    if CREATED in states:
        return CREATED
    return UPDATED if UPDATED in states else UNCHANGED


def catalog_ensure() -> CatalogPage:
    catalog = CatalogPage.objects.filter(originals_only()).order_by("path").first()
    if catalog is None:
        home = HomePage.objects.filter(originals_only()).order_by("path").first()
        catalog = CatalogPage(title="Courses", slug="courses")
        home.add_child(instance=catalog)
        _publish(catalog)
    return catalog


# --- Comparing stream values ---------------------------------------------------------


def _plain(value):
    """A block value as content/ writes it: list items unwrapped from Wagtail's
    ``{"type": "item", "value": ...}`` form, empty optional fields dropped."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items() if item not in ("", None)}
    if isinstance(value, list):
        return [
            _plain(item["value"])
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item
            else _plain(item)
            for item in value
        ]
    return value


def _blocks(raw: list[dict]) -> list[tuple[str, object]]:
    return [(block["type"], _plain(block["value"])) for block in raw]


def _body(existing: list[dict], blocks: list) -> list[dict]:
    """The lesson body content/ describes. Blocks keep the id of the block that
    stood in their place with the same type (reflections are filed by block id);
    knowledge checks and content packages, which the assessments and the
    packages place, stay after them in the order they stood."""
    text_blocks = [block for block in existing if block["type"] not in GRADED_BLOCKS]
    placed = [block for block in existing if block["type"] in GRADED_BLOCKS]
    body = []
    for number, (kind, value) in enumerate(blocks):
        block = {"type": kind, "value": value}
        if number < len(text_blocks) and text_blocks[number]["type"] == kind:
            block["id"] = text_blocks[number]["id"]
        body.append(block)
    return body + placed


def _objectives(existing: list[dict], texts: list[str]) -> list[dict]:
    objectives = []
    for number, text in enumerate(texts):
        block = {"type": "objective", "value": text}
        if number < len(existing) and existing[number].get("id"):
            block["id"] = existing[number]["id"]
        objectives.append(block)
    return objectives


def fields_set(instance, fields: dict) -> bool:
    """Set the fields that differ; returns whether any did."""
    changed = False
    for name, value in fields.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


# --- Originals -----------------------------------------------------------------------


def _course_fields(data: dict) -> dict:
    return {
        "title": data["title"],
        "summary": data["summary"],
        "audience": data["audience"],
        "level": data["level"],
        "estimated_minutes": data["estimated_minutes"],
    }


def course_sync(*, catalog: CatalogPage, data: dict, skills: dict) -> tuple[CoursePage, str]:
    """Create or update the course ``data`` describes; returns it and what was done."""
    existing = CoursePage.objects.child_of(catalog).filter(slug=data["slug"]).first()
    prerequisites = list(
        CoursePage.objects.filter(originals_only(), slug__in=data["prerequisites"])
    )
    course_skills = [skills[code] for code in data["skills"]]
    if existing is None:
        course = CoursePage(slug=data["slug"], **_course_fields(data))
        course.skills = course_skills
        course.prerequisites = prerequisites
        catalog.add_child(instance=course)
        _publish(course)
        state = CREATED
    else:
        course = existing.specific
        changed = fields_set(course, _course_fields(data))
        if {skill.pk for skill in course.skills.all()} != {skill.pk for skill in course_skills}:
            course.skills = course_skills
            changed = True
        if {page.pk for page in course.prerequisites.all()} != {page.pk for page in prerequisites}:
            course.prerequisites = prerequisites
            changed = True
        if changed:
            _publish(course)
        state = UPDATED if changed else UNCHANGED
    states = [state]
    for module_data in data["modules"]:
        states.append(_module_sync(course=course, data=module_data, skills=skills))
    return course, _worst(*states)


def _module_sync(*, course: CoursePage, data: dict, skills: dict) -> str:
    module = ModulePage.objects.child_of(course).filter(slug=data["slug"]).first()
    module_skills = [(skills[code], level) for code, level in data["skills"]]
    if module is None:
        module = ModulePage(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            objectives=json.dumps(_objectives([], data["objectives"])),
        )
        module.module_skills = [
            ModuleSkill(skill=skill, target_level=level) for skill, level in module_skills
        ]
        course.add_child(instance=module)
        _publish(module)
        state = CREATED
    else:
        module = module.specific
        changed = fields_set(module, {"title": data["title"], "summary": data["summary"]})
        existing = list(module.objectives.raw_data)
        if [block["value"] for block in existing] != data["objectives"]:
            module.objectives = json.dumps(_objectives(existing, data["objectives"]))
            changed = True
        current = [
            (item.skill_id, item.target_level)
            for item in module.module_skills.order_by("sort_order", "pk")
        ]
        if current != [(skill.pk, level) for skill, level in module_skills]:
            module.module_skills = [
                ModuleSkill(skill=skill, target_level=level) for skill, level in module_skills
            ]
            changed = True
        if changed:
            _publish(module)
        state = UPDATED if changed else UNCHANGED
    states = [state]
    for lesson_data in data["lessons"]:
        states.append(_lesson_sync(module=module, data=lesson_data))
    return _worst(*states)


def _lesson_sync(*, module: ModulePage, data: dict) -> str:
    lesson = LessonPage.objects.child_of(module).filter(slug=data["slug"]).first()
    fields = {
        "title": data["title"],
        "summary": data["summary"],
        "estimated_minutes": data["estimated_minutes"],
    }
    if lesson is None:
        lesson = LessonPage(slug=data["slug"], body=json.dumps(_body([], data["body"])), **fields)
        module.add_child(instance=lesson)
        _publish(lesson)
        return CREATED
    lesson = lesson.specific
    changed = fields_set(lesson, fields)
    existing = list(lesson.body.raw_data)
    wanted = _body(existing, data["body"])
    if _blocks(existing) != _blocks(wanted):
        lesson.body = json.dumps(wanted)
        changed = True
    if changed:
        _publish(lesson)
    return UPDATED if changed else UNCHANGED


# --- Translations --------------------------------------------------------------------


def _translation_sync(page, locale, **fields) -> tuple[object, str]:
    """Create and publish ``page``'s translation in ``locale``, or bring the one
    that exists up to date. A parent not translated yet is copied first, as an
    alias of the original. Translations keep their original's slug: learners
    reach every page at the original's address, in whichever language they read it."""
    existing = page.get_translation_or_none(locale)
    if existing is None:
        translated = page.copy_for_translation(locale, copy_parents=True).specific
        for name, value in fields.items():
            setattr(translated, name, value)
        translated.save()
        _publish(translated)
        return translated, CREATED
    translated = existing.specific
    changed = False
    for name, value in fields.items():
        if name in ("body", "objectives"):
            if _blocks(getattr(translated, name).raw_data) != _blocks(json.loads(value)) or [
                block.get("id") for block in getattr(translated, name).raw_data
            ] != [block.get("id") for block in json.loads(value)]:
                setattr(translated, name, value)
                changed = True
        elif getattr(translated, name) != value:
            setattr(translated, name, value)
            changed = True
    if changed or not translated.live:
        _publish(translated)
    return translated, UPDATED if changed else UNCHANGED


def _translated_body(original: list[dict], blocks: list) -> str:
    """The original's blocks with the translated text in their place. Block ids are
    kept (reflections are filed by them), and so are blocks the translation has
    no text for: the knowledge checks the assessments placed and the content
    packages, the same in every language."""
    texts = iter(blocks)
    body = []
    for block in original:
        if block["type"] in GRADED_BLOCKS:
            body.append(block)
            continue
        kind, value = next(texts)
        if kind != block["type"]:
            raise ValueError(f"translated block {kind!r} stands where {block['type']!r} is")
        body.append({**block, "value": value})
    return json.dumps(body)


def course_translation_sync(*, course: CoursePage, locale: Locale, data: dict) -> str:
    """Publish ``course``, its modules and lessons in ``locale`` from ``data`` (the
    course's content with translated text), or bring them up to date."""
    _page, state = _translation_sync(
        course, locale, title=data["title"], summary=data["summary"], audience=data["audience"]
    )
    states = [state]
    for module_data in data["modules"]:
        module = ModulePage.objects.child_of(course).filter(slug=module_data["slug"]).first()
        module = module.specific
        _page, state = _translation_sync(
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
        states.append(state)
        for lesson_data in module_data["lessons"]:
            lesson = LessonPage.objects.child_of(module).filter(slug=lesson_data["slug"]).first()
            lesson = lesson.specific
            _page, state = _translation_sync(
                lesson,
                locale,
                title=lesson_data["title"],
                summary=lesson_data["summary"],
                body=_translated_body(list(lesson.body.raw_data), lesson_data["body"]),
            )
            states.append(state)
    return _worst(*states)


# --- The demo learner ----------------------------------------------------------------

AI_AGENTS, COPILOT, EMPATHY = (
    "how-ai-agents-work-and-fail",
    "working-with-your-ai-co-pilot",
    "empathy-that-is-not-engineered",
)


@transaction.atomic
def demo_learning_seed(*, pass_finals=None) -> None:
    """The demo learner: one course completed, one under way, one module assigned.
    ``pass_finals(user=, course=)`` passes a course's final assessments (the
    assessments app knows how), which completing the first course takes."""
    User = get_user_model()
    learner = User.objects.filter(email="learner@example.com").first()
    manager = User.objects.filter(email="manager@example.com").first()
    courses = {page.slug: page for page in CoursePage.objects.live().filter(originals_only())}
    ai_course = courses.get(AI_AGENTS)
    copilot_course = courses.get(COPILOT)
    empathy_course = courses.get(EMPATHY)
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
