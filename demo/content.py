"""Course, assessment and taxonomy text as data: reading and checking ``content/``.

``content/courses/<slug>.yaml`` holds a course (structure and English text),
``content/assessments/<course slug>.yaml`` that course's knowledge checks and final,
``content/taxonomy.yaml`` the skills taxonomy,
``content/packages/<slug>/`` a SCORM package or H5P activity (its files, and a
``package.yaml`` saying where it goes), and
``content/locale/<lang>/LC_MESSAGES/content.po`` the translations: one entry per
text, its ``msgctxt`` a stable key (``course:<slug>/module:<slug>/title``), its
``msgid`` the English text. The keys are made here, by ``*_texts``; the loader
(demo/load.py) and ``content_messages`` both use them, so they cannot drift apart.

Everything is read and checked before anything is written: bad content raises
ContentError naming the file and the key.
"""

import copy
import gettext
import hashlib
import io
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _

from packages.errors import PackageInvalid
from packages.models import H5pActivity, ScormPackage
from packages.services import package_check

#: The languages content may be offered in besides English.
LANGUAGES = ("es", "fr")
DOMAIN = "content"
#: Lesson body blocks that content can hold, with their text fields (the ones a
#: translation replaces). Knowledge checks are placed by the assessments, images
#: need an uploaded file: neither is written in content/.
BLOCK_TEXTS = {
    "heading": None,
    "paragraph": None,
    "callout": ("title", "text"),
    "scenario": ("title", "setting", "debrief"),
    "reflection": ("prompt", "hint"),
    "video": ("title", "transcript"),
}
BLOCK_REQUIRED = {
    "callout": ("tone", "text"),
    "scenario": ("title", "turns"),
    "reflection": ("prompt",),
    "video": ("video",),
}
TURN_TEXTS = ("name", "text")
#: The kinds of content package, each with the file its folder must hold at the
#: top and the extension of the archive the loader makes (its stable name).
PACKAGE_KINDS = {
    "scorm": {"model": ScormPackage, "manifest": "imsmanifest.xml", "extension": "zip"},
    "h5p": {"model": H5pActivity, "manifest": "h5p.json", "extension": "h5p"},
}
PACKAGE_FILE = "package.yaml"
#: Every file of a package archive gets this date, so that the same files
#: always make the same bytes (the earliest date a zip can hold).
ARCHIVE_DATE = (1980, 1, 1, 0, 0, 0)
QUESTION_KINDS = (
    "single_choice",
    "multiple_select",
    "true_false",
    "scenario",
    "short_answer",
    "ordering",
    "likert",
)


class ContentError(Exception):
    """Content that cannot be loaded: says which file and which key."""

    def __init__(self, file: Path | str, key: str, problem: str):
        self.file, self.key, self.problem = str(file), key, problem
        super().__init__(f"{self.file}: {key}: {problem}")


# --- Reading ---------------------------------------------------------------------------


def content_root(root: Path | str | None = None) -> Path:
    return Path(root) if root is not None else Path(settings.CONTENT_DIR)


def _yaml(path: Path):
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "-"
        raise ContentError(
            path, where, _("This is not valid YAML: %(error)s") % {"error": error}
        ) from error
    except OSError as error:
        raise ContentError(path, "-", str(error)) from error


class _Checker:
    """Checks one file's data; every complaint names the file and the key."""

    def __init__(self, path: Path):
        self.path = path

    def fail(self, key: str, problem: str):
        raise ContentError(self.path, key, problem)

    def mapping(self, value, key: str) -> dict:
        if not isinstance(value, dict):
            self.fail(key, _("A mapping (name: value) is expected here."))
        return value

    def items(self, value, key: str) -> list:
        if not isinstance(value, list):
            self.fail(key, _("A list is expected here."))
        return value

    def require(self, data: dict, names, key: str) -> None:
        for name in names:
            value = data.get(name)
            if value is None or value == "" or value == []:
                self.fail(f"{key}.{name}" if key else name, _("This field is required."))

    def text(self, data: dict, name: str, key: str) -> None:
        if name in data and not isinstance(data[name], str):
            self.fail(f"{key}.{name}" if key else name, _("Text is expected here."))

    def number(self, data: dict, name: str, key: str) -> None:
        if name in data and (not isinstance(data[name], int) or isinstance(data[name], bool)):
            self.fail(f"{key}.{name}" if key else name, _("A whole number is expected here."))

    def languages(self, data: dict) -> list[str]:
        languages = self.items(data.get("languages", []), "languages")
        for language in languages:
            if language not in LANGUAGES:
                self.fail(
                    "languages",
                    _("Unknown language %(language)s (known: %(known)s).")
                    % {"language": language, "known": ", ".join(LANGUAGES)},
                )
        return list(languages)


def _course(path: Path) -> dict:
    """A course file's data in the shape the loader uses: lesson bodies as
    ``[kind, value]`` pairs, module skills as ``[code, level]`` pairs."""
    check = _Checker(path)
    data = check.mapping(_yaml(path), "-")
    check.require(data, ("slug", "title", "summary", "level", "estimated_minutes", "modules"), "")
    for name in ("slug", "title", "summary", "audience", "level"):
        check.text(data, name, "")
    check.number(data, "estimated_minutes", "")
    course = {
        "slug": data["slug"],
        "languages": check.languages(data),
        "title": data["title"],
        "summary": data["summary"],
        "audience": data.get("audience", ""),
        "level": data["level"],
        "estimated_minutes": data["estimated_minutes"],
        "skills": list(check.items(data.get("skills", []), "skills")),
        "prerequisites": list(check.items(data.get("prerequisites", []), "prerequisites")),
        "modules": [],
        "file": path,
    }
    for m, module in enumerate(check.items(data["modules"], "modules")):
        key = f"modules[{m}]"
        check.mapping(module, key)
        check.require(module, ("slug", "title", "lessons"), key)
        objectives = check.items(module.get("objectives", []), f"{key}.objectives")
        for o, objective in enumerate(objectives):
            if not isinstance(objective, str) or not objective:
                check.fail(f"{key}.objectives[{o}]", _("Text is expected here."))
        skills = check.mapping(module.get("skills", {}), f"{key}.skills")
        lessons = []
        for n, lesson in enumerate(check.items(module["lessons"], f"{key}.lessons")):
            lesson_key = f"{key}.lessons[{n}]"
            check.mapping(lesson, lesson_key)
            check.require(lesson, ("slug", "title", "estimated_minutes", "body"), lesson_key)
            check.number(lesson, "estimated_minutes", lesson_key)
            lessons.append(
                {
                    "slug": lesson["slug"],
                    "title": lesson["title"],
                    "summary": lesson.get("summary", ""),
                    "estimated_minutes": lesson["estimated_minutes"],
                    "body": [
                        _block(check, block, f"{lesson_key}.body[{b}]")
                        for b, block in enumerate(check.items(lesson["body"], f"{lesson_key}.body"))
                    ],
                }
            )
        course["modules"].append(
            {
                "slug": module["slug"],
                "title": module["title"],
                "summary": module.get("summary", ""),
                "objectives": list(objectives),
                "skills": [[code, level] for code, level in skills.items()],
                "lessons": lessons,
            }
        )
    return course


def _block(check: _Checker, block, key: str) -> list:
    if not isinstance(block, dict) or len(block) != 1:
        check.fail(key, _("A block is one line “type: value”, such as “heading: Why it matters”."))
    ((kind, value),) = block.items()
    if kind not in BLOCK_TEXTS:
        check.fail(
            key,
            _("Unknown block type %(kind)s (known: %(known)s).")
            % {"kind": kind, "known": ", ".join(BLOCK_TEXTS)},
        )
    if BLOCK_TEXTS[kind] is None:
        if not isinstance(value, str) or not value.strip():
            check.fail(f"{key}.{kind}", _("Text is expected here."))
        return [kind, value]
    check.mapping(value, f"{key}.{kind}")
    check.require(value, BLOCK_REQUIRED[kind], f"{key}.{kind}")
    for t, turn in enumerate(value.get("turns", [])):
        check.mapping(turn, f"{key}.{kind}.turns[{t}]")
        check.require(turn, ("speaker", "text"), f"{key}.{kind}.turns[{t}]")
    return [kind, value]


def _paper(check: _Checker, paper, key: str) -> dict:
    check.mapping(paper, key)
    check.require(paper, ("title", "pass_mark", "questions"), key)
    check.number(paper, "pass_mark", key)
    for q, question in enumerate(check.items(paper["questions"], f"{key}.questions")):
        question_key = f"{key}.questions[{q}]"
        check.mapping(question, question_key)
        check.require(question, ("kind", "prompt", "skills"), question_key)
        if question["kind"] not in QUESTION_KINDS:
            check.fail(
                f"{question_key}.kind",
                _("Unknown question kind %(kind)s (known: %(known)s).")
                % {"kind": question["kind"], "known": ", ".join(QUESTION_KINDS)},
            )
        if question["kind"] == "short_answer":
            check.require(question, ("accepted",), question_key)
        elif question["kind"] != "likert":  # a self-rating has its fixed scale
            check.require(question, ("options",), question_key)
            for o, option in enumerate(question["options"]):
                check.mapping(option, f"{question_key}.options[{o}]")
                check.require(option, ("text",), f"{question_key}.options[{o}]")
    return paper


def _assessments(path: Path) -> dict:
    check = _Checker(path)
    data = check.mapping(_yaml(path), "-")
    check.require(data, ("course", "pre_test", "knowledge_checks", "final"), "")
    check.require(
        check.mapping(data["pre_test"], "pre_test"), ("title", "introduction"), "pre_test"
    )
    checks = check.mapping(data["knowledge_checks"], "knowledge_checks")
    for slug, paper in checks.items():
        _paper(check, paper, f"knowledge_checks.{slug}")
    _paper(check, data["final"], "final")
    return {
        "course": data["course"],
        "languages": check.languages(data),
        "pre_test": data["pre_test"],
        "knowledge_checks": dict(checks),
        "final": data["final"],
        "file": path,
    }


def _taxonomy(path: Path) -> dict:
    check = _Checker(path)
    data = check.mapping(_yaml(path), "-")
    check.require(data, ("categories", "skills"), "")
    codes = set()
    for c, category in enumerate(check.items(data["categories"], "categories")):
        check.mapping(category, f"categories[{c}]")
        check.require(category, ("code", "name"), f"categories[{c}]")
        codes.add(category["code"])
    for s, skill in enumerate(check.items(data["skills"], "skills")):
        key = f"skills[{s}]"
        check.mapping(skill, key)
        check.require(skill, ("code", "category", "name", "description", "levels"), key)
        if skill["category"] not in codes:
            check.fail(f"{key}.category", _("No category has this code."))
        levels = check.items(skill["levels"], f"{key}.levels")
        if len(levels) != 4 or not all(isinstance(text, str) and text for text in levels):
            check.fail(f"{key}.levels", _("Four level texts are expected, from Aware to Expert."))
    return {"categories": data["categories"], "skills": data["skills"], "file": path}


def package_files(folder: Path) -> list[tuple[str, Path]]:
    """The files of the package in ``folder``, as (name in the archive, path),
    sorted by name: everything but package.yaml and hidden files (``.DS_Store``,
    an editor's swap file), which are no part of the package."""
    found = []
    for path in folder.rglob("*"):
        name = path.relative_to(folder).as_posix()
        if name == PACKAGE_FILE or any(part.startswith(".") for part in name.split("/")):
            continue
        if path.is_symlink():
            raise ContentError(path, "-", _("A package may not hold links; copy the file here."))
        if path.is_file():
            found.append((name, path))
    return sorted(found)


def package_archive(folder: Path) -> bytes:
    """The package in ``folder`` as a zip: files in the order of their names,
    each with the same date and permissions and stored uncompressed, so that
    the same files make the same bytes on any machine, whenever they were
    copied (and the loader's checksum changes only when a file does)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, path in package_files(folder):
            info = zipfile.ZipInfo(name, date_time=ARCHIVE_DATE)
            info.create_system = 3  # Unix, wherever the zip is made
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            archive.writestr(info, path.read_bytes())
    return buffer.getvalue()


def _package(folder: Path) -> dict:
    """A package folder's package.yaml, checked, with the folder zipped and the
    archive checked as an upload in the editing area would be."""
    path = folder / PACKAGE_FILE
    if not path.is_file():
        raise ContentError(
            path, "-", _("Each folder in packages/ needs a package.yaml saying what it is.")
        )
    check = _Checker(path)
    data = check.mapping(_yaml(path), "-")
    check.require(data, ("kind", "title", "lesson"), "")
    for name in ("kind", "title", "lesson"):
        check.text(data, name, "")
    if data["kind"] not in PACKAGE_KINDS:
        check.fail(
            "kind",
            _("Unknown package kind %(kind)s (known: %(known)s).")
            % {"kind": data["kind"], "known": ", ".join(PACKAGE_KINDS)},
        )
    kind = PACKAGE_KINDS[data["kind"]]
    lesson = data["lesson"].split("/")
    if len(lesson) != 3 or not all(lesson):
        check.fail("lesson", _("Name the lesson as course-slug/module-slug/lesson-slug."))
    skills = check.items(data.get("skills", []), "skills")
    if not all(isinstance(code, str) for code in skills):
        check.fail("skills", _("A list of skill codes is expected here."))
    check.number(data, "pass_mark", "")
    pass_mark = data.get("pass_mark", 80)
    if not 0 <= pass_mark <= 100:
        check.fail("pass_mark", _("A pass mark is a percentage, from 0 to 100."))
    if not (folder / kind["manifest"]).is_file():
        check.fail(
            "kind",
            _(
                "A package of kind %(kind)s needs %(manifest)s at the top of its folder, "
                "beside this file."
            )
            % {"kind": data["kind"], "manifest": kind["manifest"]},
        )
    archive = package_archive(folder)
    name = f"{folder.name}.{kind['extension']}"
    try:
        package_check(package=kind["model"](), upload=ContentFile(archive, name=name))
    except PackageInvalid as error:
        raise ContentError(folder, "-", error.message) from error
    return {
        "slug": folder.name,
        "kind": data["kind"],
        "title": data["title"],
        "lesson": lesson,
        "skills": list(skills),
        "pass_mark": pass_mark,
        "archive": archive,
        "archive_name": name,
        "sha256": hashlib.sha256(archive).hexdigest(),
        "folder": folder,
        "file": path,
    }


def _packages(root: Path) -> list[dict]:
    folder = root / "packages"
    if not folder.is_dir():
        return []
    packages = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if not path.is_dir():
            raise ContentError(
                path,
                "-",
                _(
                    "A package is a folder holding its files and a package.yaml, "
                    "not a single file: unzip it into a folder of its own."
                ),
            )
        packages.append(_package(path))
    return packages


@dataclass
class Content:
    root: Path
    courses: list[dict] = field(default_factory=list)
    assessments: list[dict] = field(default_factory=list)
    packages: list[dict] = field(default_factory=list)
    taxonomy: dict = field(default_factory=dict)
    translations: dict[str, gettext.NullTranslations] = field(default_factory=dict)

    def course(self, slug: str) -> dict | None:
        return next((course for course in self.courses if course["slug"] == slug), None)


def content_read(root: Path | str | None = None) -> Content:
    """Read and check everything under ``root`` (settings.CONTENT_DIR by default)."""
    root = content_root(root)
    content = Content(root=root)
    content.taxonomy = _taxonomy(root / "taxonomy.yaml")
    content.courses = [_course(path) for path in sorted((root / "courses").glob("*.yaml"))]
    content.assessments = [
        _assessments(path) for path in sorted((root / "assessments").glob("*.yaml"))
    ]
    for data in content.courses:
        _unique(data["file"], "slug", data["slug"], [c["slug"] for c in content.courses])
    for data in content.assessments:
        if content.course(data["course"]) is None:
            raise ContentError(data["file"], "course", _("No course in content/ has this slug."))
    content.packages = _packages(root)
    for data in content.packages:
        _lesson_known(content, data)
    _skills_known(content)
    content.translations = {language: translations_read(root, language) for language in LANGUAGES}
    return content


def _skills_known(content: Content) -> None:
    """Every skill a course, module or question names is in the taxonomy."""
    codes = {skill["code"] for skill in content.taxonomy["skills"]}
    named = []
    for course in content.courses:
        named += [(course["file"], "skills", code) for code in course["skills"]]
        for m, module in enumerate(course["modules"]):
            named += [
                (course["file"], f"modules[{m}].skills", code) for code, _level in module["skills"]
            ]
    for data in content.assessments:
        papers = [
            (f"knowledge_checks.{slug}", paper) for slug, paper in data["knowledge_checks"].items()
        ]
        for key, paper in [*papers, ("final", data["final"])]:
            for q, question in enumerate(paper["questions"]):
                named += [
                    (data["file"], f"{key}.questions[{q}].skills", c) for c in question["skills"]
                ]
    for data in content.packages:
        named += [(data["file"], "skills", code) for code in data["skills"]]
    for path, key, code in named:
        if code not in codes:
            raise ContentError(
                path, key, _("No skill in taxonomy.yaml has the code %(code)s.") % {"code": code}
            )


def _lesson_known(content: Content, package: dict) -> None:
    """The lesson a package names is in content/courses."""
    course_slug, module_slug, lesson_slug = package["lesson"]
    course = content.course(course_slug)
    if course is None:
        problem = _("No course in content/ has the slug %(slug)s.") % {"slug": course_slug}
    else:
        module = next((m for m in course["modules"] if m["slug"] == module_slug), None)
        if module is None:
            problem = _("The course %(course)s has no module %(module)s.") % {
                "course": course_slug,
                "module": module_slug,
            }
        elif not any(lesson["slug"] == lesson_slug for lesson in module["lessons"]):
            problem = _("The module %(module)s has no lesson %(lesson)s.") % {
                "module": module_slug,
                "lesson": lesson_slug,
            }
        else:
            return
    raise ContentError(package["file"], "lesson", problem)


def _unique(path: Path, key: str, value: str, values: list[str]) -> None:
    if values.count(value) > 1:
        raise ContentError(path, key, _("Another file uses this slug too."))


def translations_read(root: Path, language: str) -> gettext.NullTranslations:
    """The language's compiled catalog (``make install`` compiles it). A catalog
    whose PO file is newer than its MO file, or that was never compiled, is
    compiled here in memory the same way, so an edit is never silently ignored.
    Fuzzy entries are left out, as msgfmt and pybabel leave them out."""
    po_path = root / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    mo_path = po_path.with_suffix(".mo")
    if not po_path.exists():
        return gettext.NullTranslations()
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        with mo_path.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    catalog = po_read(po_path, language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def po_read(path: Path, language: str):
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=language, domain=DOMAIN, abort_invalid=True)
    except Exception as error:  # babel raises several kinds for a broken file
        raise ContentError(
            path, "-", _("This is not a valid PO file: %(error)s") % {"error": error}
        ) from error


# --- Keys ----------------------------------------------------------------------------
# Each walker yields (key, holder, name): the text is holder[name]. A list of
# accepted answers is one entry, its answers one a line.


def _block_texts(prefix: str, block: list) -> Iterator[tuple[str, object, object]]:
    kind, value = block
    if BLOCK_TEXTS[kind] is None:
        yield f"{prefix}/{kind}", block, 1
        return
    for name in BLOCK_TEXTS[kind]:
        if value.get(name):
            yield f"{prefix}/{kind}/{name}", value, name
    for number, turn in enumerate(value.get("turns", []), 1):
        for name in TURN_TEXTS:
            if turn.get(name):
                yield f"{prefix}/{kind}/turn:{number}/{name}", turn, name


def course_texts(course: dict) -> Iterator[tuple[str, object, object]]:
    prefix = f"course:{course['slug']}"
    for name in ("title", "summary", "audience"):
        if course.get(name):
            yield f"{prefix}/{name}", course, name
    for module in course["modules"]:
        module_prefix = f"{prefix}/module:{module['slug']}"
        for name in ("title", "summary"):
            if module.get(name):
                yield f"{module_prefix}/{name}", module, name
        for number in range(len(module["objectives"])):
            yield f"{module_prefix}/objective:{number + 1}", module["objectives"], number
        for lesson in module["lessons"]:
            lesson_prefix = f"{module_prefix}/lesson:{lesson['slug']}"
            for name in ("title", "summary"):
                if lesson.get(name):
                    yield f"{lesson_prefix}/{name}", lesson, name
            for number, block in enumerate(lesson["body"], 1):
                yield from _block_texts(f"{lesson_prefix}/block:{number}", block)


def _paper_texts(prefix: str, paper: dict) -> Iterator[tuple[str, object, object]]:
    for name in ("title", "introduction"):
        if paper.get(name):
            yield f"{prefix}/{name}", paper, name
    for number, question in enumerate(paper["questions"], 1):
        question_prefix = f"{prefix}/question:{number}"
        for name in ("prompt", "context", "explanation"):
            if question.get(name):
                yield f"{question_prefix}/{name}", question, name
        if question["kind"] == "short_answer":
            yield f"{question_prefix}/accepted", question, "accepted"
        for option_number, option in enumerate(question.get("options", []), 1):
            for name in ("text", "feedback"):
                if option.get(name):
                    yield f"{question_prefix}/option:{option_number}/{name}", option, name


def assessment_texts(data: dict) -> Iterator[tuple[str, object, object]]:
    prefix = f"assessments:{data['course']}"
    for slug, paper in data["knowledge_checks"].items():
        yield from _paper_texts(f"{prefix}/check:{slug}", paper)
    yield from _paper_texts(f"{prefix}/final", data["final"])
    for name in ("title", "introduction"):
        yield f"{prefix}/pre-test/{name}", data["pre_test"], name


def taxonomy_texts(data: dict) -> Iterator[tuple[str, object, object]]:
    for category in data["categories"]:
        for name in ("name", "description"):
            if category.get(name):
                yield f"category:{category['code']}/{name}", category, name
    for skill in data["skills"]:
        for name in ("name", "description"):
            yield f"skill:{skill['code']}/{name}", skill, name
        for number in range(4):
            yield f"skill:{skill['code']}/level:{number + 1}", skill["levels"], number


def text_of(holder, name) -> str:
    value = holder[name]
    return "\n".join(value) if isinstance(value, list) else value


def messages(content: Content) -> list[tuple[str, str, tuple[str, ...]]]:
    """Every translatable text: (key, English, languages it is offered in)."""
    found = []
    every = tuple(LANGUAGES)
    for key, holder, name in taxonomy_texts(content.taxonomy):
        found.append((key, text_of(holder, name), every))
    for course in content.courses:
        for key, holder, name in course_texts(course):
            found.append((key, text_of(holder, name), tuple(course["languages"])))
    for data in content.assessments:
        for key, holder, name in assessment_texts(data):
            found.append((key, text_of(holder, name), tuple(data["languages"])))
    return found


def translated(data: dict, texts, translation: gettext.NullTranslations) -> dict:
    """A copy of ``data`` with each text replaced by its translation (the English
    where the catalog has none)."""
    data = copy.deepcopy(data)
    for key, holder, name in list(texts(data)):
        english = text_of(holder, name)
        text = translation.pgettext(key, english)
        holder[name] = text.split("\n") if isinstance(holder[name], list) else text
    return data


# --- Writing the translation files ------------------------------------------------------


def po_path(root: Path, language: str) -> Path:
    return root / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def po_write(content: Content, language: str, *, dry_run: bool = False) -> dict:
    """Rewrite the language's PO file from the English in ``content``: a text's
    translation is kept while its English is the same; when the English changed
    the old translation stays, marked fuzzy (and left out until a translator
    clears the flag); texts no longer in content/ are dropped. Returns counts,
    and whether the file changed."""
    path = po_path(content.root, language)
    old = po_read(path, language) if path.exists() else None
    previous = {message.context: message for message in old or [] if message.id}
    catalog = Catalog(
        locale=language,
        domain=DOMAIN,
        project="Human Edge Academy content",
        version="1",
        charset="utf-8",
        header_comment=PO_HEADER % {"language": language},
        creation_date=old.creation_date if old else None,
        revision_date=old.revision_date if old else None,
        fuzzy=False,
    )
    counts = {"total": 0, "untranslated": 0, "fuzzy": 0}
    for key, english, languages in messages(content):
        if language not in languages:
            continue
        known = previous.get(key)
        flags, string, previous_id = set(), "", ()
        if known is not None:
            string = known.string
            if known.id == english:
                flags = set(known.flags)
                previous_id = known.previous_id
            elif string:
                flags = {"fuzzy"}
                previous_id = (known.id,)
        message = catalog.add(english, string, context=key, flags=flags, previous_id=previous_id)
        # Content is text, not a format string: “19% now” has no placeholder in it.
        message.flags.discard("python-format")
        if "%" in english:
            message.flags.add("no-python-format")
        counts["total"] += 1
        counts["untranslated"] += not string
        counts["fuzzy"] += "fuzzy" in flags
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, include_previous=True)
    text = buffer.getvalue()
    counts["changed"] = not path.exists() or _without_dates(path.read_bytes()) != _without_dates(
        text
    )
    if counts["changed"] and not dry_run:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
    return counts


def _without_dates(text: bytes) -> bytes:
    return b"\n".join(
        line
        for line in text.splitlines()
        if not line.startswith((b'"POT-Creation-Date', b'"PO-Revision-Date', b'"Generated-By'))
    )


PO_HEADER = """\
# Translations (%(language)s) of the course, assessment and taxonomy text in content/.
# Each entry's msgctxt is a stable key, its msgid the English in the YAML files.
# Refresh with `manage.py content_messages`; see docs/content.md."""
