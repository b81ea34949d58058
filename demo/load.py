"""Load content/ into the database: the taxonomy, the courses, their assessments,
the content packages and every declared translation, in one transaction.

Everything is read and checked first (demo.content), so bad content changes
nothing. Safe to run again: what already matches is not written, and the report
says, item by item, what was created, updated or left unchanged.
"""

from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale

from demo.assessments import assessment_translations_sync, assessments_sync
from demo.content import (
    Content,
    assessment_texts,
    content_read,
    course_texts,
    taxonomy_texts,
    translated,
)
from demo.courses import (
    CREATED,
    UNCHANGED,
    UPDATED,
    catalog_ensure,
    course_sync,
    course_translation_sync,
)
from demo.packages import package_files_discard, package_sync
from demo.taxonomy import taxonomy_sync, taxonomy_translation_sync
from skills.models import Skill


@dataclass(frozen=True)
class Change:
    kind: str  # "category", "skill", "course", "assessment" or "package"
    name: str  # code, slug, "<course slug>/<check|pre-test|final>", or the package's folder
    language: str
    state: str  # CREATED, UPDATED or UNCHANGED


@dataclass
class LoadReport:
    changes: list[Change] = field(default_factory=list)
    dry_run: bool = False

    def add(self, kind: str, name: str, language: str, state: str) -> None:
        self.changes.append(Change(kind, name, language, state))

    def count(self, state: str) -> int:
        return sum(1 for change in self.changes if change.state == state)

    @property
    def changed(self) -> list[Change]:
        return [change for change in self.changes if change.state != UNCHANGED]


def content_load(
    *, root: Path | str | None = None, dry_run: bool = False, taxonomy_only: bool = False
) -> LoadReport:
    """Load everything under ``root`` (settings.CONTENT_DIR), or with
    ``taxonomy_only`` the skills taxonomy and its translations alone. With
    ``dry_run`` the work is done and reported, then rolled back: nothing is
    written, and the packages' files it unpacked are removed again."""
    content = content_read(root)
    report = LoadReport(dry_run=dry_run)
    written: list[Path] = []
    try:
        with transaction.atomic():
            _taxonomy_load(content, report)
            if not taxonomy_only:
                _courses_load(content, report, written)
            if dry_run:
                transaction.set_rollback(True)
    except BaseException:
        package_files_discard(written)
        raise
    if dry_run:
        package_files_discard(written)
    return report


def _taxonomy_load(content: Content, report: LoadReport) -> None:
    default = Locale.get_default()
    taxonomy_sync(
        data=content.taxonomy,
        locale=default,
        report=lambda kind, code, state: report.add(kind, code, default.language_code, state),
    )
    for language, translation, locale in _translations(content):
        taxonomy_translation_sync(
            data=translated(content.taxonomy, taxonomy_texts, translation),
            locale=locale,
            report=lambda kind, code, state, language=language: report.add(
                kind, code, language, state
            ),
        )


def _translations(content: Content):
    """Each language of content/'s PO files that the site has a locale for."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    for language, translation in content.translations.items():
        if language in locales:
            yield language, translation, locales[language]


def _courses_load(content: Content, report: LoadReport, written: list[Path]) -> None:
    """The originals (courses, their assessments, the packages placed in their
    lessons), then the translations, which copy the original lessons' blocks."""
    default = Locale.get_default()
    skills = {skill.code: skill for skill in Skill.objects.originals().filter(live=True)}
    catalog = catalog_ensure()
    courses = {}
    for data in content.courses:
        course, state = course_sync(catalog=catalog, data=data, skills=skills)
        courses[data["slug"]] = course
        report.add("course", data["slug"], default.language_code, state)
    for data in content.assessments:
        assessments_sync(
            data=data,
            report=lambda name, state: report.add("assessment", name, default.language_code, state),
        )
    slugs = [data["slug"] for data in content.courses]
    for data in content.packages:
        state = package_sync(data=data, courses=slugs, written=written)
        report.add("package", data["slug"], default.language_code, state)
    for language, translation, locale in _translations(content):
        for data in content.courses:
            if language in data["languages"]:
                state = course_translation_sync(
                    course=courses[data["slug"]],
                    locale=locale,
                    data=translated(data, course_texts, translation),
                )
                report.add("course", data["slug"], language, state)
        for data in content.assessments:
            if language in data["languages"]:
                assessment_translations_sync(
                    data=translated(data, assessment_texts, translation),
                    locale=locale,
                    report=lambda name, state, language=language: report.add(
                        "assessment", name, language, state
                    ),
                )


def report_lines(report: LoadReport, *, verbosity: int = 1) -> list[str]:
    """One line per item created or updated (every item at verbosity 2), then the totals."""
    labels = {CREATED: _("created"), UPDATED: _("updated"), UNCHANGED: _("unchanged")}
    lines = [
        f"  {change.kind:<10} {change.name:<60} {change.language:<3} {labels[change.state]}"
        for change in report.changes
        if change.state != UNCHANGED or verbosity > 1
    ]
    totals = _("Content: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.") % {
        "created": report.count(CREATED),
        "updated": report.count(UPDATED),
        "unchanged": report.count(UNCHANGED),
    }
    if report.dry_run:
        totals = _("Dry run, nothing written. %(totals)s") % {"totals": totals}
    return [*lines, totals]
