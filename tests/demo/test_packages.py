"""Content packages in content/packages/: read, zipped, stored and placed in
their lesson by the loader, and left alone when nothing changed."""

import io
import os
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision

from core.i18n import originals_only
from courses.models import LessonPage
from demo import load as loader
from demo.content import ContentError, content_read, package_archive
from demo.load import content_load
from packages.models import ScormPackage, ScormState
from packages.services import package_path
from tests.factories import VerifiedUserFactory

ROOT = Path(__file__).resolve().parents[2]
COPILOT = "working-with-your-ai-co-pilot"
MODULE = "reviewing-what-the-ai-drafts"
LESSON = "a-four-point-check"
LAST_LESSON = "correcting-a-draft"
PACKAGE = "check-before-you-send"
PACKAGE_FILE = f"packages/{PACKAGE}/package.yaml"


@pytest.fixture
def content_dir(tmp_path) -> Path:
    """A copy of content/ with the course the package goes in, cut down to the
    package's module and two of its lessons (the knowledge check goes in the
    second), and offered in Spanish (with no translated text: the English
    stands in), so that a load is quick and makes a translated lesson."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy, ignore=shutil.ignore_patterns("*.mo"))
    for folder in ("courses", "assessments"):
        for path in (copy / folder).glob("*.yaml"):
            if path.stem != COPILOT:
                path.unlink()

    def course(data):
        data["languages"] = ["es"]
        data["prerequisites"] = []
        data["modules"] = [module for module in data["modules"] if module["slug"] == MODULE]
        data["modules"][0]["lessons"] = [
            lesson
            for lesson in data["modules"][0]["lessons"]
            if lesson["slug"] in (LESSON, LAST_LESSON)
        ]

    def assessments(data):
        data["knowledge_checks"] = {MODULE: data["knowledge_checks"][MODULE]}

    _edit(copy / "courses" / f"{COPILOT}.yaml", course)
    _edit(copy / "assessments" / f"{COPILOT}.yaml", assessments)
    return copy


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _state(report, name=PACKAGE, kind="package", language="en"):
    return next(
        change.state
        for change in report.changes
        if (change.kind, change.name, change.language) == (kind, name, language)
    )


def _lesson(slug=LESSON) -> LessonPage:
    return LessonPage.objects.get(originals_only(), slug=slug)


def _types(lesson) -> list[str]:
    return [block["type"] for block in lesson.body.raw_data]


def _package_blocks(lesson) -> list[dict]:
    return [block["value"] for block in lesson.body.raw_data if block["type"] == "scorm"]


def _folders(settings) -> list[Path]:
    root = Path(settings.PACKAGES_ROOT)
    return sorted(root.iterdir()) if root.exists() else []


def _counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        ScormPackage.objects.count(),
    )


# --- Loading --------------------------------------------------------------------------


@pytest.mark.django_db
def test_loading_stores_the_package_and_places_it_after_the_lesson_s_own_blocks(
    content_dir, settings
):
    report = content_load(root=content_dir)

    package = ScormPackage.objects.get()
    assert package.title == "Check before you send"
    assert package.original_name == f"{PACKAGE}.zip"
    assert (package.version, package.pass_mark) == ("2004", 80)
    assert sorted(skill.code for skill in package.skills.all()) == [
        "ai-tool-literacy",
        "qa-accurate-diagnosis",
    ]
    assert [sco["href"] for sco in package.scos] == ["index.html"]
    files = sorted(path.name for path in package_path(package).iterdir())
    assert files == ["check.css", "check.js", "imsmanifest.xml", "index.html"]  # no package.yaml
    assert _folders(settings) == [package_path(package)]
    assert _state(report) == "created"

    lesson = _lesson()
    assert lesson.live and not lesson.has_unpublished_changes
    assert _types(lesson)[-2:] == ["reflection", "scorm"]
    assert _package_blocks(lesson) == [{"package": package.pk}]
    # The module's knowledge check stays in its last lesson, after the content.
    assert _types(_lesson(LAST_LESSON))[-1] == "knowledge_check"
    assert _package_blocks(_lesson(LAST_LESSON)) == []


@pytest.mark.django_db
def test_the_translated_lesson_holds_the_same_package(content_dir):
    content_load(root=content_dir)

    lesson = _lesson()
    spanish = lesson.get_translation(Locale.objects.get(language_code="es")).specific
    assert spanish.live
    assert _types(spanish) == _types(lesson)
    assert [block["id"] for block in spanish.body.raw_data] == [
        block["id"] for block in lesson.body.raw_data
    ]
    assert _package_blocks(spanish) == [{"package": ScormPackage.objects.get().pk}]


@pytest.mark.django_db
def test_loading_again_changes_nothing(content_dir, settings):
    content_load(root=content_dir)
    package = ScormPackage.objects.get()
    before = _counts()

    again = content_load(root=content_dir)

    assert again.changed == []
    assert {change.state for change in again.changes} == {"unchanged"}
    assert _state(again) == "unchanged"
    assert _counts() == before
    same = ScormPackage.objects.get()
    assert (same.pk, same.folder, same.sha256) == (package.pk, package.folder, package.sha256)
    assert _folders(settings) == [package_path(package)]
    assert _package_blocks(_lesson()) == [{"package": package.pk}]


@pytest.mark.django_db
def test_a_changed_file_replaces_the_files_and_keeps_the_row_and_the_progress(
    content_dir, settings, django_capture_on_commit_callbacks
):
    content_load(root=content_dir)
    package = ScormPackage.objects.get()
    learner = VerifiedUserFactory()
    ScormState.objects.create(
        user=learner, package=package, sco=package.scos[0]["identifier"], completion="incomplete"
    )
    css = content_dir / "packages" / PACKAGE / "check.css"
    css.write_text(css.read_text() + "\nh1 { letter-spacing: 0.01em; }\n")

    with django_capture_on_commit_callbacks(execute=True):
        report = content_load(root=content_dir)

    replaced = ScormPackage.objects.get()
    assert replaced.pk == package.pk
    assert replaced.folder != package.folder and replaced.sha256 != package.sha256
    assert "letter-spacing" in (package_path(replaced) / "check.css").read_text()
    assert _folders(settings) == [package_path(replaced)]  # the old files are gone
    assert ScormState.objects.get(user=learner).package_id == package.pk
    assert _state(report) == "updated"
    assert [(c.kind, c.name) for c in report.changed] == [("package", PACKAGE)]
    assert _package_blocks(_lesson()) == [{"package": package.pk}]


@pytest.mark.django_db
def test_a_changed_pass_mark_or_skill_is_saved_without_new_files(content_dir):
    content_load(root=content_dir)
    package = ScormPackage.objects.get()

    _edit(
        content_dir / PACKAGE_FILE,
        lambda data: data.update(pass_mark=60, skills=["ai-tool-literacy"]),
    )
    report = content_load(root=content_dir)

    changed = ScormPackage.objects.get()
    assert (changed.pk, changed.folder) == (package.pk, package.folder)
    assert changed.pass_mark == 60
    assert [skill.code for skill in changed.skills.all()] == ["ai-tool-literacy"]
    assert _state(report) == "updated"


@pytest.mark.django_db
def test_a_package_moved_to_another_lesson_leaves_the_first(content_dir):
    content_load(root=content_dir)
    package = ScormPackage.objects.get()

    _edit(
        content_dir / PACKAGE_FILE,
        lambda data: data.update(lesson=f"{COPILOT}/{MODULE}/{LAST_LESSON}"),
    )
    report = content_load(root=content_dir)

    assert _package_blocks(_lesson()) == []
    last = _lesson(LAST_LESSON)
    # After the lesson's own blocks, before its knowledge check.
    assert _types(last)[-2:] == ["scorm", "knowledge_check"]
    assert _package_blocks(last) == [{"package": package.pk}]
    assert _state(report) == "updated"
    spanish = last.get_translation(Locale.objects.get(language_code="es")).specific
    assert _types(spanish)[-2:] == ["scorm", "knowledge_check"]
    assert "scorm" not in _types(
        _lesson().get_translation(Locale.objects.get(language_code="es")).specific
    )


@pytest.mark.django_db
def test_a_changed_lesson_text_keeps_the_package_in_place(content_dir):
    content_load(root=content_dir)
    lesson = _lesson()
    ids = [block["id"] for block in lesson.body.raw_data]

    def change(data):
        data["modules"][0]["lessons"][0]["body"][0] = {"heading": "Why each draft needs a check"}

    _edit(content_dir / "courses" / f"{COPILOT}.yaml", change)
    report = content_load(root=content_dir)

    lesson = _lesson()
    assert lesson.body.raw_data[0]["value"] == "Why each draft needs a check"
    assert [block["id"] for block in lesson.body.raw_data] == ids
    assert _types(lesson)[-1] == "scorm"
    assert _state(report, COPILOT, kind="course") == "updated"
    assert _state(report) == "unchanged"


@pytest.mark.django_db
def test_a_dry_run_leaves_no_package_and_no_files(content_dir, settings):
    out = io.StringIO()

    call_command("load_content", "--dry-run", "--content", str(content_dir), stdout=out)

    assert not ScormPackage.objects.exists()
    assert _folders(settings) == []
    assert f"package    {PACKAGE}" in out.getvalue()


@pytest.mark.django_db
def test_a_failure_after_the_package_was_stored_removes_its_files(
    content_dir, settings, monkeypatch
):
    def broken(**kwargs):
        raise ContentError("courses", "translation", "broken on purpose")

    monkeypatch.setattr(loader, "course_translation_sync", broken)

    with pytest.raises(ContentError):
        content_load(root=content_dir)

    assert not ScormPackage.objects.exists()
    assert _folders(settings) == []


# --- The archive ----------------------------------------------------------------------


def test_the_same_files_make_the_same_archive_whenever_they_were_copied(tmp_path):
    folder = tmp_path / PACKAGE
    shutil.copytree(ROOT / "content" / "packages" / PACKAGE, folder)
    first = package_archive(folder)
    for path in folder.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))
    (folder / ".DS_Store").write_bytes(b"\0\0")

    second = package_archive(folder)

    assert second == first
    names = zipfile.ZipFile(io.BytesIO(second)).namelist()
    assert names == ["check.css", "check.js", "imsmanifest.xml", "index.html"]
    (folder / "check.css").write_text("body { margin: 0; }\n")
    assert package_archive(folder) != first


# --- Bad content ----------------------------------------------------------------------


def _manifest_without_its_page(folder: Path) -> None:
    (folder / "index.html").unlink()


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (
            lambda data: data.update(kind="aicc"),
            f"{PACKAGE_FILE}: kind: Unknown package kind aicc (known: scorm, h5p).",
        ),
        (
            lambda data: data.update(kind="h5p"),
            f"{PACKAGE_FILE}: kind: A package of kind h5p needs h5p.json at the top of its",
        ),
        (
            lambda data: data.update(lesson=f"{COPILOT}/{MODULE}/no-such-lesson"),
            f"{PACKAGE_FILE}: lesson: The module {MODULE} has no lesson no-such-lesson.",
        ),
        (
            lambda data: data.update(lesson="no-such-course/a/b"),
            f"{PACKAGE_FILE}: lesson: No course in content/ has the slug no-such-course.",
        ),
        (
            lambda data: data.update(lesson=LESSON),
            f"{PACKAGE_FILE}: lesson: Name the lesson as course-slug/module-slug/lesson-slug.",
        ),
        (
            lambda data: data.update(skills=["ai-tool-literacy", "no-such-skill"]),
            f"{PACKAGE_FILE}: skills: No skill in taxonomy.yaml has the code no-such-skill.",
        ),
        (
            lambda data: data.update(pass_mark=120),
            f"{PACKAGE_FILE}: pass_mark: A pass mark is a percentage, from 0 to 100.",
        ),
        (
            lambda data: data.pop("title"),
            f"{PACKAGE_FILE}: title: This field is required.",
        ),
        (
            "missing-manifest",
            f"{PACKAGE_FILE}: kind: A package of kind scorm needs imsmanifest.xml at the top",
        ),
        (
            "missing-package-yaml",
            f"{PACKAGE_FILE}: -: Each folder in packages/ needs a package.yaml",
        ),
        (
            "missing-launch-page",
            f"packages/{PACKAGE}: -: ",
        ),
        (
            "a-zip-file",
            f"packages/{PACKAGE}.zip: -: A package is a folder",
        ),
    ],
    ids=[
        "unknown-kind",
        "wrong-kind",
        "unknown-lesson",
        "unknown-course",
        "lesson-not-a-path",
        "unknown-skill",
        "pass-mark",
        "missing-title",
        "missing-manifest",
        "missing-package-yaml",
        "missing-launch-page",
        "a-zip-file",
    ],
)
@pytest.mark.django_db
def test_a_bad_package_names_the_file_and_key_and_writes_nothing(
    content_dir, settings, change, where
):
    folder = content_dir / "packages" / PACKAGE
    if callable(change):
        _edit(folder / "package.yaml", change)
    elif change == "missing-manifest":
        (folder / "imsmanifest.xml").unlink()
    elif change == "missing-package-yaml":
        (folder / "package.yaml").unlink()
    elif change == "missing-launch-page":
        _manifest_without_its_page(folder)
    elif change == "a-zip-file":
        (folder.parent / f"{PACKAGE}.zip").write_bytes(package_archive(folder))
    before = _counts()

    with pytest.raises(CommandError) as raised:
        call_command("load_content", "--content", str(content_dir), stdout=io.StringIO())

    assert where in str(raised.value)
    assert _counts() == before
    assert not ScormPackage.objects.exists()
    assert _folders(settings) == []


def test_the_demo_package_reads_as_it_is_committed():
    [package] = content_read().packages
    assert (package["kind"], package["lesson"]) == ("scorm", [COPILOT, MODULE, LESSON])
    assert package["archive_name"] == f"{PACKAGE}.zip"
