"""Reads for the learner's pages. Each runs a fixed number of queries, however
many courses, modules, lessons or enrolments there are."""

from dataclasses import dataclass, field

from django.db.models import F, Prefetch
from django.utils import timezone
from wagtail.models import Locale

from courses.localisation import (
    active_language,
    is_default_language,
    localized,
    originals_only,
    translations_of,
)
from courses.models import (
    Assignment,
    AssignmentEvent,
    CatalogPage,
    Certificate,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    ModulePage,
    ModuleProgress,
    Reflection,
)

DURATION_BUCKETS = {
    "short": (None, 30),
    "medium": (31, 60),
    "long": (61, None),
}


@dataclass
class LessonItem:
    id: int
    title: str
    url: str
    minutes: int
    optional: bool
    done: bool = False
    module_id: int | None = None


@dataclass
class ModuleItem:
    id: int
    title: str
    url: str
    summary: str
    lessons: list[LessonItem] = field(default_factory=list)
    done: int = 0
    total: int = 0
    percent: int = 0

    @property
    def progress_id(self) -> str:
        return f"module-{self.id}-progress"


@dataclass
class CourseOutline:
    course: CoursePage
    modules: list[ModuleItem]
    enrollment: Enrollment | None
    assignments: list[Assignment]
    prerequisites: list[tuple[CoursePage, bool]]
    #: The course in the reader's language where translated, else the course itself.
    content: CoursePage | None = None
    skill_names: list[str] = field(default_factory=list)

    @property
    def lessons(self) -> list[LessonItem]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def can_open_lessons(self) -> bool:
        return bool((self.enrollment and self.enrollment.is_open) or self.assignments)

    @property
    def prerequisites_met(self) -> bool:
        return all(done for _course, done in self.prerequisites)

    @property
    def certificate(self) -> Certificate | None:
        if self.enrollment is None:
            return None
        return getattr(self.enrollment, "certificate", None)

    @property
    def resume_lesson(self) -> LessonItem | None:
        """Where to continue: the first lesson not done, else the last one opened."""
        lessons = self.lessons
        for lesson in lessons:
            if not lesson.done and not lesson.optional:
                return lesson
        last_id = self.enrollment.last_lesson_id if self.enrollment else None
        return next((lesson for lesson in lessons if lesson.id == last_id), None) or (
            lessons[0] if lessons else None
        )

    def module(self, module_id: int) -> ModuleItem | None:
        return next((module for module in self.modules if module.id == module_id), None)

    def lesson(self, lesson_id: int) -> LessonItem | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def neighbours(self, lesson_id: int) -> tuple[LessonItem | None, LessonItem | None]:
        lessons = self.lessons
        for index, lesson in enumerate(lessons):
            if lesson.id == lesson_id:
                previous = lessons[index - 1] if index > 0 else None
                following = lessons[index + 1] if index + 1 < len(lessons) else None
                return previous, following
        return None, None


def course_structure(*, course: CoursePage) -> list[tuple[ModulePage, list[LessonPage]]]:
    """The live modules of ``course`` in order, each with its live lessons in order."""
    modules = list(ModulePage.objects.live().child_of(course).order_by("path"))
    lessons = (
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .only(
            "id",
            "title",
            "path",
            "depth",
            "url_path",
            "estimated_minutes",
            "optional",
            "translation_key",
            "locale_id",
        )
    )
    by_module: dict[str, list[LessonPage]] = {module.path: [] for module in modules}
    for lesson in lessons:
        parent_path = lesson.path[: -LessonPage.steplen]
        if parent_path in by_module:
            by_module[parent_path].append(lesson)
    return [(module, by_module[module.path]) for module in modules]


def course_outline(*, course: CoursePage, user, request=None) -> CourseOutline:
    structure = course_structure(course=course)
    enrollment = None
    done_ids: set[int] = set()
    stored_progress: dict[int, ModuleProgress] = {}
    assignments: list[Assignment] = []
    prerequisites: list[tuple[CoursePage, bool]] = []
    # .all() rather than a live() query: in a preview the relation is an
    # in-memory list built from the revision.
    prerequisite_pages = sorted(
        (page for page in course.prerequisites.all() if page.live), key=lambda page: page.title
    )

    if user.is_authenticated:
        enrollment = (
            Enrollment.objects.filter(user=user, course=course)
            .select_related("certificate")
            .first()
        )
        done_ids = set(
            LessonCompletion.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
        if enrollment is not None:
            stored_progress = {
                row.module_id: row for row in ModuleProgress.objects.filter(enrollment=enrollment)
            }
        assignments = list(
            Assignment.objects.filter(
                user=user, course=course, status=Assignment.Status.OPEN
            ).select_related("module")
        )
        if prerequisite_pages:
            completed = set(
                Enrollment.objects.filter(
                    user=user,
                    course__in=prerequisite_pages,
                    status=Enrollment.Status.COMPLETED,
                ).values_list("course_id", flat=True)
            )
            prerequisites = [(page, page.pk in completed) for page in prerequisite_pages]
    else:
        prerequisites = [(page, False) for page in prerequisite_pages]

    module_texts = translations_of([module for module, _lessons in structure])
    lesson_texts = translations_of([lesson for _m, lessons in structure for lesson in lessons])
    modules = []
    for module, lessons in structure:
        shown = module_texts.get(module.translation_key, module)
        item = ModuleItem(
            id=module.pk,
            title=shown.title,
            url=module.get_url(request),
            summary=shown.summary,
        )
        for lesson in lessons:
            item.lessons.append(
                LessonItem(
                    id=lesson.pk,
                    title=lesson_texts.get(lesson.translation_key, lesson).title,
                    url=lesson.get_url(request),
                    minutes=lesson.estimated_minutes,
                    optional=lesson.optional,
                    done=lesson.pk in done_ids,
                    module_id=module.pk,
                )
            )
        stored = stored_progress.get(module.pk)
        if stored is not None:
            item.done, item.total, item.percent = (
                stored.lessons_done,
                stored.lessons_total,
                stored.percent,
            )
        else:
            item.total = sum(1 for lesson in item.lessons if not lesson.optional)
        modules.append(item)

    return CourseOutline(
        course=course,
        modules=modules,
        enrollment=enrollment,
        assignments=assignments,
        prerequisites=prerequisites,
        content=localized(course),
        skill_names=skill_names_localized(list(course.skills.all())),
    )


def skill_names_localized(skills) -> list[str]:
    """The skills' names in the reader's language, in one query."""
    texts = translations_of(skills)
    return [texts.get(skill.translation_key, skill).name for skill in skills]


def lesson_context(*, lesson: LessonPage, user, request=None) -> dict | None:
    """Everything the lesson page shows, or None when the lesson is not part of a
    live course (a draft module or course above it)."""
    course = CoursePage.objects.live().ancestor_of(lesson).first()
    if course is None:
        return None
    outline = course_outline(course=course, user=user, request=request)
    item = outline.lesson(lesson.pk)
    if item is None:
        return None
    previous, following = outline.neighbours(lesson.pk)
    reflections = {
        str(row.block_id): row for row in Reflection.objects.filter(user=user, lesson=lesson)
    }
    return {
        "course": course,
        "outline": outline,
        "enrollment": outline.enrollment,
        "module_item": outline.module(item.module_id),
        "lesson_item": item,
        "previous_lesson": previous,
        "next_lesson": following,
        "reflections": reflections,
        "can_open": outline.can_open_lessons,
    }


@dataclass
class CatalogEntry:
    course: CoursePage
    enrollment: Enrollment | None
    content: CoursePage | None = None
    skill_names: list[str] = field(default_factory=list)


def catalog_course_list(
    *,
    catalog: CatalogPage,
    user,
    q: str = "",
    skill=None,
    level: str = "",
    duration: str = "",
) -> list[CatalogEntry]:
    courses = CoursePage.objects.live().public().child_of(catalog)
    if skill:
        courses = courses.filter(skills=skill)
    if level:
        courses = courses.filter(level=level)
    if duration in DURATION_BUCKETS:
        low, high = DURATION_BUCKETS[duration]
        if low is not None:
            courses = courses.filter(estimated_minutes__gte=low)
        if high is not None:
            courses = courses.filter(estimated_minutes__lte=high)

    if q:
        ranked_ids = [page.pk for page in courses.search(q, fields=None)]
        language = active_language()
        if not is_default_language(language):
            # Readers search in their language: translations that match lead to
            # their originals, ahead of originals matched in the default language.
            locale = Locale.objects.filter(language_code=language).first()
            keys = [
                page.translation_key
                for page in CoursePage.objects.live().filter(locale=locale).search(q, fields=None)
            ]
            originals = dict(
                courses.filter(translation_key__in=keys).values_list("translation_key", "pk")
            )
            first = [originals[key] for key in keys if key in originals]
            ranked_ids = first + [pk for pk in ranked_ids if pk not in first]
        found = {
            page.pk: page
            for page in CoursePage.objects.filter(pk__in=ranked_ids)
            .select_related("image")
            .prefetch_related("skills")
        }
        ordered = [found[pk] for pk in ranked_ids if pk in found]
    else:
        ordered = list(courses.order_by("path").select_related("image").prefetch_related("skills"))

    enrollments = {}
    if user.is_authenticated and ordered:
        enrollments = {
            row.course_id: row
            for row in Enrollment.objects.filter(user=user, course__in=[c.pk for c in ordered])
        }
    texts = translations_of(ordered)
    skills = {skill.pk: skill for course in ordered for skill in course.skills.all()}
    skill_texts = translations_of(list(skills.values()))
    return [
        CatalogEntry(
            course=c,
            enrollment=enrollments.get(c.pk),
            content=texts.get(c.translation_key, c),
            skill_names=[skill_texts.get(s.translation_key, s).name for s in c.skills.all()],
        )
        for c in ordered
    ]


def _localized_titles(courses, modules) -> dict[int, str]:
    """Page id to its title in the reader's language, for lists of courses and modules."""
    titles = {}
    for pages in (
        list({c.pk: c for c in courses}.values()),
        list({m.pk: m for m in modules}.values()),
    ):
        texts = translations_of(pages)
        for page in pages:
            titles[page.pk] = texts.get(page.translation_key, page).title
    return titles


@dataclass
class Dashboard:
    titles: dict[int, str]
    assigned: list[Assignment]
    waiting: list[Assignment]
    in_progress: list[Enrollment]
    completed: list[Enrollment]
    now: object

    @property
    def held_for_workload(self) -> bool:
        return any(a.hold_reason == Assignment.HoldReason.WORKLOAD for a in self.waiting)


def dashboard_for_learner(*, user) -> Dashboard:
    active = list(
        Assignment.objects.filter(
            user=user, status__in=[Assignment.Status.OPEN, Assignment.Status.HELD]
        )
        .select_related("course", "module")
        .order_by(F("due_at").asc(nulls_last=True), "created_at")
    )
    enrollments = list(
        Enrollment.objects.filter(
            user=user, status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED]
        )
        .select_related("course", "last_lesson", "certificate")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    titles = _localized_titles(
        [a.course for a in active] + [e.course for e in enrollments],
        [a.module for a in active if a.module_id],
    )
    return Dashboard(
        titles=titles,
        assigned=[a for a in active if a.status == Assignment.Status.OPEN],
        waiting=[a for a in active if a.status == Assignment.Status.HELD],
        in_progress=[e for e in enrollments if e.status == Enrollment.Status.ACTIVE],
        completed=sorted(
            (e for e in enrollments if e.status == Enrollment.Status.COMPLETED),
            key=lambda e: e.completed_at,
            reverse=True,
        ),
        now=timezone.now(),
    )


def catalog_page() -> CatalogPage | None:
    return CatalogPage.objects.live().filter(originals_only()).order_by("path").first()


def certificate_get_by_code(code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code.strip().upper()).first()


def learner_may_open(*, user, course: CoursePage) -> bool:
    """Whether ``user`` may open ``course``'s lessons: enrolled, or assigned to it."""
    if not user.is_authenticated:
        return False
    enrolled = Enrollment.objects.filter(
        user=user,
        course=course,
        status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED],
    ).exists()
    return (
        enrolled
        or Assignment.objects.filter(
            user=user, course=course, status=Assignment.Status.OPEN
        ).exists()
    )


def _person(user) -> str | None:
    if user is None:
        return None
    return user.get_full_name() or user.email


def learner_course_records(*, user) -> dict:
    """Everything the courses app holds about ``user``, for their personal-data
    download: enrolments with their history and module progress, lesson
    completions, private reflections, certificates, and assignments with their
    reasons and history. Ten queries, however many rows."""
    enrollments = (
        Enrollment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .prefetch_related(
            "events",
            Prefetch(
                "module_progress",
                queryset=ModuleProgress.objects.select_related("module").order_by("module__path"),
            ),
        )
        .order_by("enrolled_at", "pk")
    )
    completions = (
        LessonCompletion.objects.filter(user=user)
        .select_related("lesson", "course")
        .order_by("completed_at", "pk")
    )
    reflections = Reflection.objects.filter(user=user).select_related("lesson").order_by("pk")
    certificates = Certificate.objects.filter(user=user).order_by("issued_at", "pk")
    assignments = (
        Assignment.objects.filter(user=user)
        .select_related("course", "module", "assigned_by")
        .prefetch_related(
            Prefetch("events", queryset=AssignmentEvent.objects.select_related("actor"))
        )
        .order_by("created_at", "pk")
    )
    return {
        "enrolments": [
            {
                "course": enrollment.course.title,
                "status": enrollment.status,
                "source": enrollment.source,
                "enrolled_at": enrollment.enrolled_at,
                "completed_at": enrollment.completed_at,
                "withdrawn_at": enrollment.withdrawn_at,
                "required_lessons_done": enrollment.lessons_done,
                "required_lessons": enrollment.lessons_total,
                "progress_percent": enrollment.progress_percent,
                "last_lesson": enrollment.last_lesson.title if enrollment.last_lesson else None,
                "last_activity_at": enrollment.last_activity_at,
                "modules": [
                    {
                        "module": progress.module.title,
                        "lessons_done": progress.lessons_done,
                        "lessons": progress.lessons_total,
                        "percent": progress.percent,
                    }
                    for progress in enrollment.module_progress.all()
                ],
                "history": [
                    {"event": event.kind, "at": event.at} for event in enrollment.events.all()
                ],
            }
            for enrollment in enrollments
        ],
        "lesson_completions": [
            {
                "course": completion.course.title,
                "lesson": completion.lesson.title,
                "completed_at": completion.completed_at,
                "how": completion.how,
            }
            for completion in completions
        ],
        "reflections": [
            {
                "lesson": reflection.lesson.title,
                "prompt_id": str(reflection.block_id),
                "text": reflection.text,
                "updated_at": reflection.updated_at,
            }
            for reflection in reflections
        ],
        "certificates": [
            {
                "code": certificate.code,
                "course": certificate.course_title,
                "issued_to": certificate.learner_name,
                "issued_at": certificate.issued_at,
                "revoked_at": certificate.revoked_at,
            }
            for certificate in certificates
        ],
        "assignments": [
            {
                "id": assignment.pk,
                "course": assignment.course.title,
                "module": assignment.module.title if assignment.module else None,
                "status": assignment.status,
                "source": assignment.source,
                "priority": assignment.priority,
                "assigned_at": assignment.created_at,
                "assigned_by": _person(assignment.assigned_by),
                "due_at": assignment.due_at,
                "reason": assignment.reason,
                "evidence": assignment.evidence_text,
                "done_when": assignment.done_when,
                "rule": (assignment.basis or {}).get("rule", {}).get("name"),
                "rule_id": assignment.origin_rule_id,
                "rule_version": assignment.origin_rule_version,
                "evidence_items": (assignment.basis or {}).get("evidence", []),
                "held_because": assignment.hold_reason,
                "closed_because": assignment.closed_reason,
                "completed_at": assignment.completed_at,
                "cancelled_at": assignment.cancelled_at,
                "snoozed_until": assignment.snoozed_until,
                "snoozed_once": assignment.snooze_used,
                "history": [
                    {
                        "event": event.kind,
                        "at": event.at,
                        "by": _person(event.actor),
                        "note": event.note,
                    }
                    for event in assignment.events.all()
                ],
            }
            for assignment in assignments
        ],
    }
