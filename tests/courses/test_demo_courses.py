import io
import re

import pytest
from django.core.management import call_command

from core.i18n import originals_only
from courses.models import (
    Assignment,
    Certificate,
    CoursePage,
    Enrollment,
    LessonPage,
    ModulePage,
)
from demo.content import content_read
from skills.models import Skill

pytestmark = pytest.mark.django_db

DEMO_COURSES = [
    content_read().course(slug)
    for slug in (
        "how-ai-agents-work-and-fail",
        "empathy-that-is-not-engineered",
        "working-with-your-ai-co-pilot",
    )
]

ALLOWED_TAGS = {"p", "b", "i", "ul", "ol", "li"}


def test_demo_course_content_is_complete_and_well_formed():
    codes = set(Skill.objects.originals().values_list("code", flat=True))
    titles = [course["title"] for course in DEMO_COURSES]
    assert titles == [
        "How AI agents work and fail",
        "Empathy that is not engineered",
        "Working with your AI co-pilot",
    ]
    for course in DEMO_COURSES:
        assert set(course["skills"]) <= codes
        assert len(course["modules"]) >= 3
        assert course["estimated_minutes"] == sum(
            lesson["estimated_minutes"] for m in course["modules"] for lesson in m["lessons"]
        )
        for module in course["modules"]:
            kinds = [kind for lesson in module["lessons"] for kind, _ in lesson["body"]]
            assert "scenario" in kinds and "reflection" in kinds, module["title"]
            assert {code for code, _level in module["skills"]} <= codes
            for lesson in module["lessons"]:
                text = " ".join(str(value) for _kind, value in lesson["body"])
                assert len(text.split()) >= 300, lesson["title"]
                assert "lorem" not in text.lower()
                tags = set(re.findall(r"</?([a-z0-9]+)", text))
                assert tags <= ALLOWED_TAGS, (lesson["title"], tags - ALLOWED_TAGS)


def test_seed_demo_loads_the_courses_once_and_gives_the_learner_a_history():
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())

    assert CoursePage.objects.live().filter(originals_only()).count() == 3
    assert ModulePage.objects.live().filter(originals_only()).count() == 9
    assert LessonPage.objects.live().filter(originals_only()).count() >= 24
    copilot = CoursePage.objects.get(originals_only(), slug="working-with-your-ai-co-pilot")
    assert [p.slug for p in copilot.prerequisites.all()] == ["how-ai-agents-work-and-fail"]

    learner = Enrollment.objects.filter(user__email="learner@example.com")
    assert learner.get(course__slug="how-ai-agents-work-and-fail").status == "completed"
    assert learner.get(course__slug="working-with-your-ai-co-pilot").progress_percent > 0
    assert Certificate.objects.filter(user__email="learner@example.com").count() == 1
    assignment = Assignment.objects.get(user__email="learner@example.com")
    assert assignment.module is not None
    assert assignment.due_at is not None
    assert assignment.assigned_by.email == "manager@example.com"
