"""Reads for the learner's pages. Each runs a fixed number of queries, however
many courses, modules, lessons or enrolments there are."""

import math
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from wagtail.models import Locale

from core.i18n import (
    active_language,
    is_default_language,
    localized,
    translations_of,
)
from courses.blocks import GRADED_BLOCKS
from courses.coursemap import (
    CourseMap,
    LessonEntry,
    course_id_above,
    course_map,
    course_maps,
    live_tree,
)
from courses.covers import Cover, covers_of
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
    #: The original's language when the title is shown untranslated, else "".
    lang: str = ""


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
    lang: str = ""

    @property
    def progress_id(self) -> str:
        return f"module-{self.id}-progress"


class CourseOutline:
    """A course as one learner sees it: the shared outline (courses/coursemap.py)
    with the learner's enrolment and progress laid over it. The course page
    itself, its translation, the open assignments and the prerequisites are
    read only if asked for."""

    def __init__(
        self,
        *,
        course: CoursePage | None,
        course_map: CourseMap,
        modules: list[ModuleItem],
        enrollment: Enrollment | None,
        user,
    ):
        self._course = course
        self.map = course_map
        self.modules = modules
        self.enrollment = enrollment
        self._user = user

    @property
    def title(self) -> str:
        return self.map.title

    @property
    def skill_names(self) -> list[str]:
        return list(self.map.skill_names)

    @cached_property
    def course(self) -> CoursePage:
        return self._course or CoursePage.objects.get(pk=self.map.id)

    @cached_property
    def content(self) -> CoursePage:
        """The course in the reader's language where translated, else the course itself."""
        return localized(self.course)

    @cached_property
    def assignments(self) -> list[Assignment]:
        """The learner's open assignments in this course, each with its
        ``module_title`` in the reader's language."""
        if not self._user.is_authenticated:
            return []
        assignments = list(
            Assignment.objects.filter(
                user=self._user, course_id=self.map.id, status=Assignment.Status.OPEN
            )
        )
        _name_assigned_modules(assignments, self.map)
        return assignments

    @cached_property
    def prerequisites(self) -> list[tuple[CoursePage, bool]]:
        # .all() rather than a live() query: in a preview the relation is an
        # in-memory list built from the revision.
        pages = sorted(
            (page for page in self.course.prerequisites.all() if page.live),
            key=lambda page: page.title,
        )
        if not pages or not self._user.is_authenticated:
            return [(page, False) for page in pages]
        completed = set(
            Enrollment.objects.filter(
                user=self._user, course__in=pages, status=Enrollment.Status.COMPLETED
            ).values_list("course_id", flat=True)
        )
        return [(page, page.pk in completed) for page in pages]

    @property
    def lessons(self) -> list[LessonItem]:
        return [lesson for module in self.modules for lesson in module.lessons]

    @property
    def can_open_lessons(self) -> bool:
        # The assignments are read only for a learner not enrolled.
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


def module_share(lessons: list[tuple[int, bool]], done_ids: set[int]) -> tuple[int, int, int]:
    """A module's progress from its (lesson id, optional) pairs and the lessons
    done: (required lessons done, required lessons, percent). Optional lessons
    never count; a module with none required is complete."""
    required = [lesson_id for lesson_id, optional in lessons if not optional]
    done = sum(1 for lesson_id in required if lesson_id in done_ids)
    return done, len(required), round(100 * done / len(required)) if required else 100


def finished_work(targets) -> set[tuple[int, int, int | None]]:
    """Which of these (learner, course, module or None) the learner has already
    finished: a module whose required lessons were all done at some point (its
    ``completed_at`` is kept), a course whose enrolment is completed. Two queries
    however many there are."""
    targets = set(targets)
    if not targets:
        return set()
    users = {user_id for user_id, _course, _module in targets}
    courses = {course_id for _user, course_id, _module in targets}
    modules = {module_id for _user, _course, module_id in targets if module_id is not None}
    done = set()
    if modules:
        done |= {
            (user_id, course_id, module_id)
            for user_id, course_id, module_id in ModuleProgress.objects.filter(
                enrollment__user_id__in=users,
                enrollment__course_id__in=courses,
                module_id__in=modules,
                completed_at__isnull=False,
            ).values_list("enrollment__user_id", "enrollment__course_id", "module_id")
        }
    if any(module_id is None for _user, _course, module_id in targets):
        done |= {
            (user_id, course_id, None)
            for user_id, course_id in Enrollment.objects.filter(
                user_id__in=users, course_id__in=courses, status=Enrollment.Status.COMPLETED
            ).values_list("user_id", "course_id")
        }
    return done & targets


def lesson_needs_check(*, course: CoursePage, lesson) -> bool:
    """Whether ``lesson`` is finished only by passing its knowledge check: the
    course requires its checks to be passed and the lesson holds one."""
    return course.completion_requires_checks and any(
        block.block_type in GRADED_BLOCKS for block in lesson.body
    )


def course_structure(*, course: CoursePage) -> list[tuple[ModulePage, list[LessonPage]]]:
    """The live modules of ``course`` in order, each with its live lessons in order.
    Read from the database: for progress, which must not trust a cache."""
    return live_tree([course])[course.pk]


def course_outline(
    *, course: CoursePage | int, user, request=None, shared: CourseMap | None = None
) -> CourseOutline:
    """The course (a page or its id) for ``user``: the shared outline from the
    cache (or ``shared``, already read), and the learner's enrolment and
    completions in two queries."""
    shared = shared or course_map(course, request=request)
    course_id = shared.id
    enrollment = None
    done_ids: set[int] = set()
    if user.is_authenticated:
        enrollment = (
            Enrollment.objects.filter(user=user, course_id=course_id)
            .select_related("certificate")
            .first()
        )
        done_ids = set(
            LessonCompletion.objects.filter(user=user, course_id=course_id).values_list(
                "lesson_id", flat=True
            )
        )

    modules = []
    for module in shared.modules:
        item = ModuleItem(
            id=module.id,
            title=module.title,
            url=module.url,
            summary=module.summary,
            lang=module.lang,
        )
        item.lessons = [
            LessonItem(
                id=lesson.id,
                title=lesson.title,
                url=lesson.url,
                minutes=lesson.minutes,
                optional=lesson.optional,
                done=lesson.id in done_ids,
                module_id=module.id,
                lang=lesson.lang,
            )
            for lesson in module.lessons
        ]
        item.done, item.total, item.percent = module_share(
            [(lesson.id, lesson.optional) for lesson in module.lessons], done_ids
        )
        modules.append(item)

    return CourseOutline(
        course=course if isinstance(course, CoursePage) else None,
        course_map=shared,
        modules=modules,
        enrollment=enrollment,
        user=user,
    )


def _modules_read(module_ids, *, request=None) -> dict[int, tuple[str, str]]:
    """Title (in the reader's language) and address of modules the outlines do
    not list: taken off the site after they were assigned. One query."""
    if not module_ids:
        return {}
    modules = list(ModulePage.objects.filter(pk__in=module_ids))
    texts = translations_of(modules)
    return {
        module.pk: (texts.get(module.translation_key, module).title, module.get_url(request) or "")
        for module in modules
    }


def _name_assigned_modules(assignments: list[Assignment], shared: CourseMap) -> None:
    """Each assignment's ``module_title`` in the reader's language."""
    listed = {a.module_id: shared.module(a.module_id) for a in assignments if a.module_id}
    read = _modules_read({module_id for module_id, entry in listed.items() if entry is None})
    for assignment in assignments:
        entry = listed.get(assignment.module_id)
        assignment.module_title = (
            entry.title if entry else read.get(assignment.module_id, ("", ""))[0]
        )


def skill_names_localized(skills) -> list[str]:
    """The skills' names in the reader's language, in one query."""
    texts = translations_of(skills)
    return [texts.get(skill.translation_key, skill).name for skill in skills]


def lesson_context(*, lesson: LessonPage, user, request=None) -> dict | None:
    """Everything the lesson page shows but the lesson's own text, or None when
    the lesson is not part of a live course (a draft module or course above it)."""
    course_id = course_id_above(lesson, request=request)
    shared = course_map(course_id, request=request) if course_id else None
    if shared is None or not shared.live:
        return None
    outline = course_outline(course=course_id, user=user, request=request, shared=shared)
    item = outline.lesson(lesson.pk)
    if item is None:
        return None
    previous, following = outline.neighbours(lesson.pk)
    lessons = outline.lessons
    return {
        # "Lesson 3 of 9": the place in the whole course.
        "lesson_position": next(n for n, entry in enumerate(lessons, 1) if entry.id == lesson.pk),
        "lesson_count": len(lessons),
        "outline": outline,
        "enrollment": outline.enrollment,
        "module_item": outline.module(item.module_id),
        "lesson_item": item,
        "previous_lesson": previous,
        "next_lesson": following,
        "can_open": outline.can_open_lessons,
    }


def reflections_on(*, lesson: LessonPage, user, body) -> dict:
    """The learner's saved reflections by block id; no query for a lesson
    without reflection blocks."""
    if not any(block.block_type == "reflection" for block in body):
        return {}
    return {str(row.block_id): row for row in Reflection.objects.filter(user=user, lesson=lesson)}


@dataclass
class CatalogEntry:
    course: CoursePage
    enrollment: Enrollment | None
    content: CoursePage | None = None
    skill_names: list[str] = field(default_factory=list)
    cover: Cover | None = None


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
            for page in CoursePage.objects.filter(pk__in=ranked_ids).prefetch_related("skills")
        }
        ordered = [found[pk] for pk in ranked_ids if pk in found]
    else:
        ordered = list(courses.order_by("path").prefetch_related("skills"))

    enrollments = {}
    if user.is_authenticated and ordered:
        enrollments = {
            row.course_id: row
            for row in Enrollment.objects.filter(user=user, course__in=[c.pk for c in ordered])
        }
    texts = translations_of(ordered)
    skills = {skill.pk: skill for course in ordered for skill in course.skills.all()}
    skill_texts = translations_of(list(skills.values()))
    covers = covers_of(ordered)
    return [
        CatalogEntry(
            course=c,
            enrollment=enrollments.get(c.pk),
            content=texts.get(c.translation_key, c),
            skill_names=[skill_texts.get(s.translation_key, s).name for s in c.skills.all()],
            cover=covers.get(c.pk),
        )
        for c in ordered
    ]


@dataclass(frozen=True)
class ContinueCard:
    """Where the learner left off: the last lesson opened in the course most
    recently active, with the course's place and progress."""

    course: CourseMap
    lesson: LessonEntry
    position: int
    total: int
    percent: int


@dataclass
class Dashboard:
    #: Page id (course, module or lesson) to its title in the reader's language.
    titles: dict[int, str]
    #: Page id to its address.
    urls: dict[int, str]
    assigned: list[Assignment]
    waiting: list[Assignment]
    in_progress: list[Enrollment]
    completed: list[Enrollment]
    now: object
    #: Assignment id to its status chips, (code, words): the learner's own view only.
    chips: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    #: Course id to its shared outline: cover, level, length and skills for the cards.
    courses: dict[int, CourseMap] = field(default_factory=dict)
    #: The "Continue where you left off" card, or None when no lesson is in progress.
    resume: ContinueCard | None = None

    @property
    def held_for_workload(self) -> bool:
        return any(a.hold_reason == Assignment.HoldReason.WORKLOAD for a in self.waiting)


def dashboard_for_learner(*, user, request=None) -> Dashboard:
    """The learner's assignments and courses: two queries for their rows; titles
    and addresses come from the courses' outlines in the cache."""
    active = list(
        Assignment.objects.filter(
            user=user, status__in=[Assignment.Status.OPEN, Assignment.Status.HELD]
        )
        # A contest waiting for review, read through the relation (skills' model).
        .annotate(contests_pending=Count("contests", filter=Q(contests__status="pending")))
        .order_by(F("due_at").asc(nulls_last=True), "created_at")
    )
    enrollments = list(
        Enrollment.objects.filter(
            user=user, status__in=[Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED]
        )
        .select_related("certificate")
        .order_by(F("last_activity_at").desc(nulls_last=True), "-enrolled_at", "-pk")
    )
    maps = course_maps(
        {a.course_id for a in active} | {e.course_id for e in enrollments}, request=request
    )
    titles: dict[int, str] = {}
    urls: dict[int, str] = {}
    for shared in maps.values():
        titles[shared.id], urls[shared.id] = shared.title, shared.url
        for module in shared.modules:
            titles[module.id], urls[module.id] = module.title, module.url
            for lesson in module.lessons:
                titles[lesson.id] = lesson.title
    read = _modules_read(
        {a.module_id for a in active if a.module_id and a.module_id not in titles},
        request=request,
    )
    for module_id, (title, url) in read.items():
        titles[module_id], urls[module_id] = title, url
    now = timezone.now()
    in_progress = [e for e in enrollments if e.status == Enrollment.Status.ACTIVE]
    return Dashboard(
        titles=titles,
        urls=urls,
        assigned=[a for a in active if a.status == Assignment.Status.OPEN],
        waiting=[a for a in active if a.status == Assignment.Status.HELD],
        in_progress=in_progress,
        completed=sorted(
            (e for e in enrollments if e.status == Enrollment.Status.COMPLETED),
            key=lambda e: e.completed_at,
            reverse=True,
        ),
        now=now,
        chips={a.pk: assignment_chips(a, now=now) for a in active},
        courses=maps,
        resume=continue_card(in_progress, maps),
    )


def continue_card(in_progress: list[Enrollment], maps: dict[int, CourseMap]) -> ContinueCard | None:
    """The last lesson opened of the most recently active course in progress
    (``in_progress`` comes most recent first), from the outlines already read:
    no query."""
    for enrollment in in_progress:
        shared = maps.get(enrollment.course_id)
        if shared is None or enrollment.last_lesson_id is None:
            continue
        lesson = shared.lesson(enrollment.last_lesson_id)
        if lesson is None:  # taken off the course since
            continue
        return ContinueCard(
            course=shared,
            lesson=lesson,
            position=shared.position(lesson.id) or 1,
            total=len(shared.lessons),
            percent=enrollment.progress_percent,
        )
    return None


#: How soon a due date is worth a chip of its own.
DUE_SOON_DAYS = 7


def assignment_chips(assignment: Assignment, *, now) -> list[tuple[str, str]]:
    """The status chips of one of the learner's own assignments, in words.

    Only for the learner's own dashboard: "waiting" tells why an assignment is
    held, which is the learner's alone (DESIGN.md, the wellbeing firewall)."""
    chips = []
    if assignment.status == Assignment.Status.HELD:
        chips.append(("waiting", gettext("Waiting")))
    if assignment.due_at is not None:
        if assignment.due_at < now:
            chips.append(("overdue", gettext("Overdue")))
        else:
            days = math.ceil((assignment.due_at - now).total_seconds() / 86400)
            if days <= DUE_SOON_DAYS:
                chips.append(
                    (
                        "due-soon",
                        ngettext("Due in %(days)d day", "Due in %(days)d days", days)
                        % {"days": days},
                    )
                )
    if assignment.snoozed_until is not None and assignment.snoozed_until > now:
        chips.append(("snoozed", gettext("Snoozed")))
    if getattr(assignment, "contests_pending", 0):
        chips.append(("contested", gettext("Contested: waiting for review")))
    return chips


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
                        "note": event.shown_note,
                    }
                    for event in assignment.events.all()
                ],
            }
            for assignment in assignments
        ],
    }
