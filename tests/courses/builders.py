"""Build course trees for tests, quickly and without revisions."""

import json
from dataclasses import dataclass, field

from django.utils.text import slugify

from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage

REFLECTION_ID = "5b0c8a57-3f0e-4b8e-9a7e-2f1d7c1e9a01"


def lesson_body(title: str, *, reflection: bool = False) -> str:
    blocks = [
        {"type": "heading", "value": f"About {title}"},
        {"type": "paragraph", "value": f"<p>What {title} teaches, in plain words.</p>"},
    ]
    if reflection:
        blocks.append(
            {
                "type": "reflection",
                "id": REFLECTION_ID,
                "value": {"prompt": "What will you try next time?", "hint": "One sentence."},
            }
        )
    return json.dumps(blocks)


@dataclass
class BuiltCourse:
    page: CoursePage
    modules: list[ModulePage] = field(default_factory=list)
    lessons: list[LessonPage] = field(default_factory=list)


def catalog() -> CatalogPage:
    return CatalogPage.objects.order_by("path").first()


def build_course(
    title: str = "Handling refunds",
    *,
    modules: int = 2,
    lessons: int = 2,
    level: str = "foundation",
    minutes: int = 30,
    threshold: int = 100,
    skills=(),
    summary: str = "",
    optional_last: bool = False,
    reflection: bool = False,
    parent: CatalogPage | None = None,
) -> BuiltCourse:
    course = CoursePage(
        title=title,
        slug=slugify(title),
        summary=summary or f"A short course: {title}.",
        level=level,
        estimated_minutes=minutes,
        completion_threshold=threshold,
    )
    course.skills = list(skills)
    (parent or catalog()).add_child(instance=course)
    built = BuiltCourse(page=course)
    for m in range(modules):
        module = ModulePage(title=f"{title} module {m + 1}", slug=f"module-{m + 1}")
        course.add_child(instance=module)
        built.modules.append(module)
        for n in range(lessons):
            lesson_title = f"{title} lesson {m + 1}.{n + 1}"
            lesson = LessonPage(
                title=lesson_title,
                slug=f"lesson-{n + 1}",
                estimated_minutes=5,
                optional=optional_last and m == modules - 1 and n == lessons - 1,
                body=lesson_body(lesson_title, reflection=reflection and n == 0),
            )
            module.add_child(instance=lesson)
            built.lessons.append(lesson)
    return built
