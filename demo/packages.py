"""Content packages from content/packages/: each folder, zipped by demo.content,
stored as a SCORM package or H5P activity through the same service as an
upload in the editing area, and placed in the lesson its package.yaml names.
Development only.

A package is matched by the name of its archive (``<folder>.zip`` for SCORM,
``<folder>.h5p`` for H5P), which only the loader gives. Its files are replaced
only when the archive's checksum differs from the stored one, and then in
place: the package keeps its row, so lessons keep their block and learners
their progress. Its block goes after the lesson's own blocks and before any
knowledge check; course_sync keeps it there (demo.courses._body).
"""

import json
import shutil
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from core.i18n import originals_only
from courses.models import CoursePage, LessonPage, ModulePage
from demo.content import PACKAGE_KINDS, ContentError
from demo.courses import CREATED, UNCHANGED, UPDATED, fields_set
from packages.errors import PackageInvalid
from packages.services import package_path, package_save
from skills.models import Skill


def _holds(block: dict, kind: str, package) -> bool:
    value = block.get("value")
    return block["type"] == kind and isinstance(value, dict) and value.get("package") == package.pk


def _lesson(data: dict) -> LessonPage:
    """The original lesson ``data`` names; content_read checked that content/
    has it, and the courses are loaded first."""
    course_slug, module_slug, lesson_slug = data["lesson"]
    course = CoursePage.objects.filter(originals_only(), slug=course_slug).first()
    module = course and ModulePage.objects.child_of(course).filter(slug=module_slug).first()
    lesson = module and LessonPage.objects.child_of(module).filter(slug=lesson_slug).first()
    if lesson is None:
        raise ContentError(data["file"], "lesson", _("This lesson is not in the page tree."))
    return lesson.specific


def _place(*, package, data: dict, courses: list[str]) -> str:
    """The package's block in its lesson, and in no other lesson of the
    ``courses`` content/ holds (a package.yaml that names another lesson moves
    the block there)."""
    kind = data["kind"]
    lesson = _lesson(data)
    state = UNCHANGED
    others = []
    for course in CoursePage.objects.filter(originals_only(), slug__in=courses):
        others += LessonPage.objects.filter(originals_only()).descendant_of(course)
    for other in others:
        if other.pk == lesson.pk:
            continue
        body = list(other.body.raw_data)
        kept = [block for block in body if not _holds(block, kind, package)]
        if len(kept) != len(body):
            other.body = json.dumps(kept)
            other.save_revision().publish()
            state = UPDATED
    body = list(lesson.body.raw_data)
    if any(_holds(block, kind, package) for block in body):
        return state
    position = next(
        (number for number, block in enumerate(body) if block["type"] == "knowledge_check"),
        len(body),
    )
    body.insert(position, {"type": kind, "value": {"package": package.pk}})
    lesson.body = json.dumps(body)
    lesson.save_revision().publish()
    return UPDATED


def package_sync(*, data: dict, courses: list[str], written: list[Path]) -> str:
    """Create or update the package ``data`` describes (demo.content._package)
    and place it in its lesson (``courses``: the slugs of content/'s courses,
    where it may have stood before); returns what was done. Each folder of files
    written is added to ``written``, for the caller to remove if the load is
    rolled back (package_files_discard)."""
    model = PACKAGE_KINDS[data["kind"]]["model"]
    skills = list(Skill.objects.originals().filter(live=True, code__in=data["skills"]))
    fields = {"title": data["title"], "pass_mark": data["pass_mark"]}
    package = model.objects.filter(original_name=data["archive_name"]).order_by("pk").first()
    if package is None:
        package = model(**fields)
        package.skills = skills
        state, replace = CREATED, True
    else:
        changed = fields_set(package, fields)
        if {skill.pk for skill in package.skills.all()} != {skill.pk for skill in skills}:
            package.skills = skills
            changed = True
        replace = package.sha256 != data["sha256"]
        state = UPDATED if changed or replace else UNCHANGED
    try:
        if replace:
            package_save(
                package=package, upload=ContentFile(data["archive"], name=data["archive_name"])
            )
            written.append(package_path(package))
        elif state == UPDATED:
            package_save(package=package)
    except PackageInvalid as error:  # content_read checked it; the files changed since
        raise ContentError(data["folder"], "-", error.message) from error
    placed = _place(package=package, data=data, courses=courses)
    return state if state != UNCHANGED else placed


def package_files_discard(written: list[Path]) -> None:
    """Remove the folders a load wrote and then rolled back (a dry run, or a
    failure): the database no longer names them."""
    for folder in written:
        shutil.rmtree(folder, ignore_errors=True)
