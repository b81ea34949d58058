"""What every learner sees of a course, read once and kept in the cache.

A course's published outline in one language is the same for every learner:
its modules and lessons in order with their titles, addresses and lengths, the
course's own title, level, length and cover image (courses/covers.py), its
catalog, and the names of the skills it teaches. It is
built for any number of courses in a fixed number of queries and kept in the
cache (Redis in production) under the content version of core/pagecache.py, so
any save, publish, unpublish, move or delete of a page or a skill, and any
save or delete of an image (courses/receivers.py), replaces it;
it expires after CONTENT_CACHE_SECONDS anyway. The learner's pages add only
the learner's own rows to it. Previews build it afresh from the revision
being previewed and never keep it.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q, prefetch_related_objects

from core.i18n import active_language, is_default_language, originals_only, translations_of
from core.pagecache import content_key
from courses.covers import Cover, covers_of
from courses.models import CatalogPage, CoursePage, LessonPage, Level, ModulePage

#: What an outline reads of each lesson.
LESSON_FIELDS = (
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


@dataclass(frozen=True)
class LessonEntry:
    id: int
    title: str
    url: str
    minutes: int
    optional: bool
    module_id: int
    #: The original's language when the title is shown untranslated, else "".
    lang: str = ""


@dataclass(frozen=True)
class ModuleEntry:
    id: int
    title: str
    url: str
    summary: str
    lessons: tuple[LessonEntry, ...]
    #: The original's language when the text is shown untranslated, else "".
    lang: str = ""


@dataclass(frozen=True)
class CourseMap:
    id: int
    live: bool
    title: str
    url: str
    catalog_title: str
    catalog_url: str
    skill_names: tuple[str, ...]
    modules: tuple[ModuleEntry, ...]
    #: Lessons with a knowledge check are done only by passing it.
    requires_checks: bool = False
    #: The cover image's rendition, or None: the cards show no image then.
    cover: Cover | None = None
    #: The level's code (Level) and the estimated length, for the cards.
    level: str = ""
    minutes: int = 0

    @property
    def level_label(self) -> str:
        """The level's name in the active language."""
        return str(Level(self.level).label) if self.level in Level.values else ""

    @property
    def lessons(self) -> tuple[LessonEntry, ...]:
        return tuple(lesson for module in self.modules for lesson in module.lessons)

    def position(self, lesson_id: int) -> int | None:
        """The lesson's place in the whole course, counted from 1."""
        return next((n for n, lesson in enumerate(self.lessons, 1) if lesson.id == lesson_id), None)

    def module(self, module_id: int) -> ModuleEntry | None:
        return next((module for module in self.modules if module.id == module_id), None)

    def lesson(self, lesson_id: int) -> LessonEntry | None:
        for module in self.modules:
            for lesson in module.lessons:
                if lesson.id == lesson_id:
                    return lesson
        return None


#: Part of every key: a release that changes what a map holds reads none of
#: the maps an earlier release kept.
FORMAT = 4


def _key(course_id: int, *, request, language: str) -> str:
    host = request.get_host() if request is not None else "-"
    return content_key(f"course-map.{FORMAT}", host, language, course_id, request=request)


def course_maps(courses, *, request=None) -> dict[int, CourseMap]:
    """The maps of these courses (pages or ids), from the cache where kept.

    One cache round trip; the courses not kept are built together in a fixed
    number of queries, however many they are, and kept.
    """
    language = active_language()
    by_id = {getattr(course, "pk", course): course for course in courses}
    if not by_id:
        return {}
    if getattr(request, "is_preview", False):
        return build(_pages(by_id), request=request, language=language)
    keys = {course_id: _key(course_id, request=request, language=language) for course_id in by_id}
    kept = cache.get_many(list(keys.values()))
    found = {course_id: kept[key] for course_id, key in keys.items() if key in kept}
    missing = {course_id: by_id[course_id] for course_id in by_id if course_id not in found}
    if missing:
        built = build(_pages(missing), request=request, language=language)
        cache.set_many(
            {keys[course_id]: entry for course_id, entry in built.items()},
            timeout=settings.CONTENT_CACHE_SECONDS,
        )
        found.update(built)
    return found


def course_map(course, *, request=None) -> CourseMap | None:
    return course_maps([course], request=request).get(getattr(course, "pk", course))


def _pages(by_id: dict) -> list[CoursePage]:
    """Course pages for a mix of pages and ids: the ids read in one query."""
    ids = [course_id for course_id, course in by_id.items() if not isinstance(course, CoursePage)]
    read = {page.pk: page for page in CoursePage.objects.filter(pk__in=ids)} if ids else {}
    pages = []
    for course_id, course in by_id.items():
        page = course if isinstance(course, CoursePage) else read.get(course_id)
        if page is not None:
            pages.append(page)
    return pages


def _under(pages, depth_below: int) -> Q:
    return reduce(
        or_, (Q(path__startswith=page.path, depth=page.depth + depth_below) for page in pages)
    )


def live_tree(courses) -> dict[int, list[tuple[ModulePage, list[LessonPage]]]]:
    """Each course's live modules in tree order, each with its live lessons in
    order, read from the database in two queries however many courses."""
    if not courses:
        return {}
    modules = list(ModulePage.objects.live().filter(_under(courses, 1)).order_by("path"))
    lessons = (
        LessonPage.objects.live().filter(_under(courses, 2)).order_by("path").only(*LESSON_FIELDS)
    )
    lessons_of: dict[str, list[LessonPage]] = {module.path: [] for module in modules}
    for lesson in lessons:
        parent = lesson.path[: -LessonPage.steplen]
        if parent in lessons_of:
            lessons_of[parent].append(lesson)
    tree: dict[str, list] = {course.path: [] for course in courses}
    for module in modules:
        parent = module.path[: -ModulePage.steplen]
        if parent in tree:
            tree[parent].append((module, lessons_of[module.path]))
    return {course.pk: tree[course.path] for course in courses}


def build(courses: list[CoursePage], *, request, language: str) -> dict[int, CourseMap]:
    """The maps of ``courses`` from the database: live modules and lessons in
    tree order, text in ``language`` where a live translation exists."""
    if not courses:
        return {}
    if not getattr(request, "is_preview", False):
        # A previewed course keeps the skills of its revision, in memory.
        prefetch_related_objects(courses, "skills")
    tree = live_tree(courses)
    modules = [module for branch in tree.values() for module, _lessons in branch]
    lessons = [lesson for branch in tree.values() for _module, ls in branch for lesson in ls]
    catalogs = {
        page.path: page
        for page in CatalogPage.objects.filter(
            path__in={course.path[: -CoursePage.steplen] for course in courses}
        )
    }
    skills = {skill.pk: skill for course in courses for skill in course.skills.all()}
    covers = covers_of(courses)
    texts = {}
    for pages in (modules, lessons, list(courses), list(catalogs.values()), list(skills.values())):
        texts.update(translations_of(pages, language=language))

    def shown(obj):
        return texts.get(obj.translation_key, obj)

    def lang(obj) -> str:
        # Marks text left in the original's language (screen readers switch voice).
        if is_default_language(language) or obj.translation_key in texts:
            return ""
        return settings.LANGUAGE_CODE

    def entry(module, lessons) -> ModuleEntry:
        return ModuleEntry(
            id=module.pk,
            title=shown(module).title,
            url=module.get_url(request),
            summary=shown(module).summary,
            lessons=tuple(
                LessonEntry(
                    id=lesson.pk,
                    title=shown(lesson).title,
                    url=lesson.get_url(request),
                    minutes=lesson.estimated_minutes,
                    optional=lesson.optional,
                    module_id=module.pk,
                    lang=lang(lesson),
                )
                for lesson in lessons
            ),
            lang=lang(module),
        )

    maps = {}
    for course in courses:
        catalog = catalogs.get(course.path[: -CoursePage.steplen])
        maps[course.pk] = CourseMap(
            id=course.pk,
            live=course.live,
            title=shown(course).title,
            url=course.get_url(request) or "",
            catalog_title=shown(catalog).title if catalog else "",
            catalog_url=(catalog.get_url(request) or "") if catalog else "",
            skill_names=tuple(shown(skill).name for skill in course.skills.all()),
            modules=tuple(entry(module, lessons) for module, lessons in tree[course.pk]),
            requires_checks=course.completion_requires_checks,
            cover=covers.get(course.pk),
            level=course.level,
            minutes=course.estimated_minutes,
        )
    return maps


def catalog_url(*, request=None) -> str:
    """The address of the course catalog, from the cache where kept."""
    key = content_key("catalog-url", request.get_host() if request else "-", request=request)
    url = cache.get(key)
    if url is None:
        catalog = CatalogPage.objects.live().filter(originals_only()).order_by("path").first()
        url = (catalog.get_url(request) or "") if catalog else ""
        cache.set(key, url, timeout=settings.CONTENT_CACHE_SECONDS)
    return url


def course_id_above(page, *, request=None) -> int | None:
    """The id of the course a module or lesson belongs to, from the cache where kept."""
    key = content_key("course-above", page.pk, request=request)
    course_id = cache.get(key)
    if course_id is None:
        course_id = CoursePage.objects.ancestor_of(page).values_list("pk", flat=True).first() or 0
        cache.set(key, course_id, timeout=settings.CONTENT_CACHE_SECONDS)
    return course_id or None
