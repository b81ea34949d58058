"""Load the demo courses into the page tree and give the demo learner some history.

Development only (seed_demo). A course already in the catalog is left alone, so
running it again changes nothing and never overwrites an author's edits.
"""

import json
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from courses import services
from courses.demo import ai_agents, copilot, empathy
from courses.models import (
    CatalogPage,
    CoursePage,
    LessonPage,
    ModulePage,
    ModuleSkill,
)
from lms.models import HomePage

DEMO_COURSES = (ai_agents.COURSE, empathy.COURSE, copilot.COURSE)


def _raw_body(blocks: list) -> str:
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


def _publish(page) -> None:
    page.save_revision().publish()


def catalog_ensure() -> CatalogPage:
    catalog = CatalogPage.objects.order_by("path").first()
    if catalog is None:
        home = HomePage.objects.order_by("path").first()
        catalog = CatalogPage(title="Courses", slug="courses")
        home.add_child(instance=catalog)
        _publish(catalog)
    return catalog


def course_create(*, catalog: CatalogPage, data: dict) -> CoursePage:
    Skill = CoursePage.skills.rel.model
    skills = {skill.code: skill for skill in Skill.objects.filter(live=True)}
    course = CoursePage(
        title=data["title"],
        slug=data["slug"],
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
            slug=module_data["slug"],
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


@transaction.atomic
def demo_learning_seed() -> None:
    """The demo learner: one course completed, one under way, one module assigned."""
    User = get_user_model()
    learner = User.objects.filter(email="learner@example.com").first()
    manager = User.objects.filter(email="manager@example.com").first()
    courses = {page.slug: page for page in CoursePage.objects.live()}
    ai_course = courses.get(ai_agents.COURSE["slug"])
    copilot_course = courses.get(copilot.COURSE["slug"])
    empathy_course = courses.get(empathy.COURSE["slug"])
    if not (learner and ai_course and copilot_course and empathy_course):
        return

    services.enrollment_create(user=learner, course=ai_course)
    for lesson in LessonPage.objects.live().descendant_of(ai_course):
        services.lesson_complete(user=learner, course=ai_course, lesson_id=lesson.pk)

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
