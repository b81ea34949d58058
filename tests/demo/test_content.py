"""Course, assessment and taxonomy text as data: content/ and its loader."""

import io
import shutil
from pathlib import Path

import polib
import pytest
import yaml
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, Revision

from assessments.models import Assessment, Question
from core.i18n import originals_only
from courses.models import CoursePage, LessonPage, ModulePage
from demo import load as loader
from demo.content import LANGUAGES, ContentError, content_read, messages, po_path
from demo.load import content_load
from packages.models import ScormPackage
from skills.models import Skill

ROOT = Path(__file__).resolve().parents[2]
AI = "how-ai-agents-work-and-fail"
FIRST_MODULE = "what-an-ai-agent-is"
FIRST_LESSON = "the-parts-of-an-ai-agent"


# --- The translation files -----------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_declared_text_has_a_current_translation(language):
    """Each text of a course or assessment offered in the language, and of the
    taxonomy, has a translation that is neither empty nor fuzzy."""
    content = content_read()
    po = polib.pofile(str(po_path(content.root, language)))
    entries = {entry.msgctxt: entry for entry in po if not entry.obsolete}
    problems = []
    for key, english, languages in messages(content):
        if language not in languages:
            continue
        entry = entries.get(key)
        if entry is None:
            problems.append(f"missing: {key}")
        elif entry.msgid != english:
            problems.append(f"the English changed since it was translated: {key}")
        elif "fuzzy" in entry.flags:
            problems.append(f"fuzzy: {key}")
        elif not entry.msgstr.strip():
            problems.append(f"untranslated: {key}")
    assert not po.metadata_is_fuzzy
    assert problems == []


def test_only_declared_languages_are_asked_for():
    content = content_read()
    spanish = {entry.msgctxt for entry in polib.pofile(str(po_path(content.root, "es")))}
    assert any(key.startswith(f"course:{AI}/") for key in spanish)
    assert not any(key.startswith("course:empathy-that-is-not-engineered/") for key in spanish)
    assert any(key.startswith("skill:") for key in spanish)


def test_the_translation_files_are_up_to_date():
    call_command("content_messages", "--check", stdout=io.StringIO())


def test_content_messages_marks_a_changed_text_fuzzy_and_drops_a_removed_one(content_dir):
    course_file = content_dir / "courses" / f"{AI}.yaml"
    course = yaml.safe_load(course_file.read_text())
    course["title"] = "How AI agents work, and how they fail"
    course["modules"][0]["lessons"][0]["body"].pop()  # the last block, a reflection
    course_file.write_text(yaml.safe_dump(course, allow_unicode=True, sort_keys=False))

    call_command("content_messages", "--content", str(content_dir), stdout=io.StringIO())

    po = polib.pofile(str(content_dir / "locale" / "es" / "LC_MESSAGES" / "content.po"))
    title = po.find(f"course:{AI}/title", by="msgctxt")
    assert title.msgid == "How AI agents work, and how they fail"
    assert "fuzzy" in title.flags
    assert title.msgstr == "Cómo funcionan y fallan los agentes de IA"
    assert title.previous_msgid == "How AI agents work and fail"
    lesson = f"course:{AI}/module:{FIRST_MODULE}/lesson:{FIRST_LESSON}"
    assert po.find(f"{lesson}/block:12/reflection/prompt", by="msgctxt") is None
    assert po.find(f"{lesson}/title", by="msgctxt").msgstr
    with pytest.raises(CommandError, match="Not up to date"):
        call_command(
            "content_messages", "--content", str(content_dir), "--check", stdout=io.StringIO()
        )


# --- Loading -------------------------------------------------------------------------


@pytest.fixture
def content_dir(tmp_path) -> Path:
    """A copy of content/ to edit, with the demo course cut down to its first
    module and lesson so that loading it is quick; the translations are the real ones.
    The content packages, placed in another course, are left out
    (tests/demo/test_packages.py loads them)."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy, ignore=shutil.ignore_patterns("*.mo"))
    shutil.rmtree(copy / "packages")
    for path in (copy / "courses").glob("*.yaml"):
        if path.stem != AI:
            path.unlink()
    for path in (copy / "assessments").glob("*.yaml"):
        if path.stem != AI:
            path.unlink()
    course_file = copy / "courses" / f"{AI}.yaml"
    course = yaml.safe_load(course_file.read_text())
    course["modules"] = course["modules"][:1]
    course["modules"][0]["lessons"] = course["modules"][0]["lessons"][:1]
    course_file.write_text(yaml.safe_dump(course, allow_unicode=True, sort_keys=False))
    assessments_file = copy / "assessments" / f"{AI}.yaml"
    assessments = yaml.safe_load(assessments_file.read_text())
    assessments["knowledge_checks"] = {FIRST_MODULE: assessments["knowledge_checks"][FIRST_MODULE]}
    assessments_file.write_text(yaml.safe_dump(assessments, allow_unicode=True, sort_keys=False))
    return copy


def _edit(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _edit_translation(content_dir: Path, language: str, key: str, text: str) -> None:
    path = content_dir / "locale" / language / "LC_MESSAGES" / "content.po"
    po = polib.pofile(str(path))
    po.find(key, by="msgctxt").msgstr = text
    po.save()


def _state(report, kind, name, language="en"):
    return next(
        change.state
        for change in report.changes
        if (change.kind, change.name, change.language) == (kind, name, language)
    )


def _counts():
    return (
        Page.objects.count(),
        Revision.objects.count(),
        Assessment.objects.count(),
        Question.objects.count(),
        Skill.objects.count(),
        ScormPackage.objects.count(),
    )


@pytest.mark.django_db
def test_the_demo_content_loads_then_a_second_load_changes_nothing():
    first = content_load()
    assert _state(first, "course", AI) == "created"
    assert _state(first, "course", AI, "es") == "created"
    assert _state(first, "assessment", f"{AI}/final", "fr") == "created"
    assert _state(first, "skill", "ai-how-agents-work") == "unchanged"  # as the migration left it
    assert _state(first, "package", "check-before-you-send") == "created"
    assert CoursePage.objects.live().filter(originals_only()).count() == 3
    before = _counts()

    second = content_load()

    assert second.changed == []
    assert {change.state for change in second.changes} == {"unchanged"}
    assert _counts() == before


@pytest.mark.django_db
def test_a_changed_english_text_updates_the_page_on_the_next_load(content_dir):
    content_load(root=content_dir)
    lesson = LessonPage.objects.get(originals_only(), slug=FIRST_LESSON)
    block_ids = [block["id"] for block in lesson.body.raw_data]
    revisions = Revision.objects.count()

    def change(course):
        lesson = course["modules"][0]["lessons"][0]
        lesson["title"] = "The parts that make an AI agent"
        lesson["body"][0] = {"heading": "Much more than a chatbot"}

    _edit(content_dir / "courses" / f"{AI}.yaml", change)
    report = content_load(root=content_dir)

    lesson = LessonPage.objects.get(originals_only(), slug=FIRST_LESSON)
    assert lesson.live and not lesson.has_unpublished_changes
    assert lesson.title == "The parts that make an AI agent"
    assert lesson.body.raw_data[0]["value"] == "Much more than a chatbot"
    assert [block["id"] for block in lesson.body.raw_data] == block_ids
    assert lesson.body.raw_data[-1]["type"] == "knowledge_check"
    assert _state(report, "course", AI) == "updated"
    assert _state(report, "assessment", f"{AI}/final") == "unchanged"
    assert [change.name for change in report.changed if change.language == "en"] == [AI]
    # The English page and its two translations: a translation of the old English
    # is stale, so the new English shows until it is translated again (as gettext
    # leaves a fuzzy entry out). The translations keep the original's blocks.
    assert Revision.objects.count() == revisions + 3
    spanish = lesson.get_translation(Locale.objects.get(language_code="es")).specific
    assert [block["id"] for block in spanish.body.raw_data] == block_ids
    assert spanish.body.raw_data[0]["value"] == "Much more than a chatbot"
    assert spanish.title == "The parts that make an AI agent"
    assert spanish.summary == LessonPage.objects.get(pk=spanish.pk).summary != lesson.summary
    assert _state(report, "course", AI, "es") == "updated"


@pytest.mark.django_db
def test_a_changed_translation_updates_the_translated_page_and_skill(content_dir):
    content_load(root=content_dir)
    _edit_translation(content_dir, "es", f"course:{AI}/title", "Cómo funcionan los agentes de IA")
    _edit_translation(
        content_dir, "fr", "skill:ai-escalation/name", "Savoir passer la main à une personne"
    )
    _edit_translation(
        content_dir,
        "es",
        f"assessments:{AI}/final/question:1/prompt",
        "¿Qué parte del agente falló aquí?",
    )

    report = content_load(root=content_dir)

    course = CoursePage.objects.get(originals_only(), slug=AI)
    assert course.get_translation(Locale.objects.get(language_code="es")).title == (
        "Cómo funcionan los agentes de IA"
    )
    assert course.get_translation(Locale.objects.get(language_code="fr")).title != course.title
    skill = Skill.objects.get(code="ai-escalation", locale__language_code="fr")
    assert skill.name == "Savoir passer la main à une personne"
    assert skill.live and skill.latest_revision is not None
    final = Assessment.objects.get(originals_only(), course=course, kind="final")
    first = final.fixed_questions.order_by("sort_order").first().question
    assert (
        Question.objects.get(
            translation_key=first.translation_key, locale__language_code="es"
        ).prompt
        == "¿Qué parte del agente falló aquí?"
    )
    assert _state(report, "course", AI, "es") == "updated"
    assert _state(report, "course", AI, "fr") == "unchanged"
    assert _state(report, "skill", "ai-escalation", "fr") == "updated"
    assert _state(report, "assessment", f"{AI}/final", "es") == "updated"
    assert _state(report, "course", AI) == "unchanged"


@pytest.mark.django_db
def test_a_changed_skill_description_in_the_taxonomy_is_published(content_dir):
    _edit(
        content_dir / "taxonomy.yaml",
        lambda data: data["skills"][0].update(description="Knowing what an AI agent does."),
    )
    revisions = Revision.objects.count()

    report = content_load(root=content_dir)

    skill = Skill.objects.get(
        originals_only(),
        code=yaml.safe_load((content_dir / "taxonomy.yaml").read_text())["skills"][0]["code"],
    )
    assert skill.description == "Knowing what an AI agent does."
    assert skill.live and not skill.has_unpublished_changes
    assert _state(report, "skill", skill.code) == "updated"
    assert [(c.name, c.language) for c in report.changed if c.kind == "skill"] == [
        (skill.code, "en"),
        # The translations of the old description are stale: English shows until
        # a translator brings them up to date (content_messages marks them fuzzy).
        (skill.code, "es"),
        (skill.code, "fr"),
    ]
    assert Revision.objects.filter(object_id=str(skill.pk)).count() >= 1
    assert Revision.objects.count() > revisions


@pytest.mark.django_db
def test_a_dry_run_reports_and_writes_nothing(content_dir):
    before = _counts()
    out = io.StringIO()

    call_command("load_content", "--dry-run", "--content", str(content_dir), stdout=out)

    assert _counts() == before
    assert not CoursePage.objects.exists()
    assert "Dry run, nothing written." in out.getvalue()
    assert AI in out.getvalue() and "created" in out.getvalue()


@pytest.mark.django_db
def test_load_content_reports_what_it_created_then_that_nothing_changed(content_dir):
    first, second = io.StringIO(), io.StringIO()
    call_command("load_content", "--content", str(content_dir), stdout=first)
    call_command("load_content", "--content", str(content_dir), stdout=second)

    assert f"course     {AI}" in first.getvalue()
    assert "0 created, 0 updated" in second.getvalue()
    assert AI not in second.getvalue()


@pytest.mark.parametrize(
    ("file", "change", "where"),
    [
        (f"courses/{AI}.yaml", "modules:\n  - [unclosed", f"courses/{AI}.yaml: line "),
        (
            f"courses/{AI}.yaml",
            lambda data: data["modules"][0]["lessons"][0]["body"].insert(1, {"quote": "Hi"}),
            f"courses/{AI}.yaml: modules[0].lessons[0].body[1]: Unknown block type quote",
        ),
        (
            f"courses/{AI}.yaml",
            lambda data: data["modules"][0]["lessons"][0].pop("title"),
            f"courses/{AI}.yaml: modules[0].lessons[0].title: This field is required.",
        ),
        (
            f"assessments/{AI}.yaml",
            lambda data: data["final"]["questions"][0].update(skills=["no-such-skill"]),
            f"assessments/{AI}.yaml: final.questions[0].skills: No skill in taxonomy.yaml",
        ),
    ],
    ids=["yaml-error", "unknown-block", "missing-field", "unknown-skill"],
)
@pytest.mark.django_db
def test_bad_content_names_the_file_and_key_and_changes_nothing(content_dir, file, change, where):
    path = content_dir / file
    if callable(change):
        _edit(path, change)
    else:
        path.write_text(change)
    before = _counts()

    with pytest.raises(CommandError) as raised:
        call_command("load_content", "--content", str(content_dir), stdout=io.StringIO())

    assert where in str(raised.value)
    assert _counts() == before


@pytest.mark.django_db
def test_a_failure_while_loading_undoes_the_whole_load(content_dir, monkeypatch):
    def broken(**kwargs):
        raise ContentError("assessments", "final", "broken on purpose")

    monkeypatch.setattr(loader, "assessments_sync", broken)
    before = _counts()

    with pytest.raises(ContentError):
        content_load(root=content_dir)

    assert _counts() == before
    assert not ModulePage.objects.exists()


@pytest.mark.django_db
def test_load_content_refuses_the_demo_courses_in_production(settings):
    settings.PRODUCTION = True

    with pytest.raises(CommandError, match="only the taxonomy"):
        call_command("load_content", stdout=io.StringIO())
    assert not CoursePage.objects.exists()


@pytest.mark.django_db
def test_production_takes_a_taxonomy_fix_from_content_and_nothing_else(settings, content_dir):
    """A typo in a skill's description reaches a production site by
    ``load_content --taxonomy``, not by a new migration, and no course appears."""
    _edit(
        content_dir / "taxonomy.yaml",
        lambda data: data["skills"][0].update(description="Knowing what an AI agent does."),
    )
    settings.PRODUCTION = True
    out = io.StringIO()

    call_command("load_content", "--taxonomy", "--content", str(content_dir), stdout=out)

    code = yaml.safe_load((content_dir / "taxonomy.yaml").read_text())["skills"][0]["code"]
    skill = Skill.objects.get(originals_only(), code=code)
    assert skill.description == "Knowing what an AI agent does."
    assert skill.live and not skill.has_unpublished_changes
    assert "course" not in out.getvalue() and "assessment" not in out.getvalue()
    assert not CoursePage.objects.exists()
