"""The demo's SCORM activity, "Check before you send", as a learner meets it
in Chromium: loaded from content/ by the loader, played in its lesson's
sandboxed frame through the SCORM 2004 runtime, left half-way ("Save and
leave"), resumed, and finished with every draft judged well, which finishes
the lesson. A learner who reads the site in Spanish is given the activity in
Spanish (it reads cmi.learner_preference.language). The page fixture fails a
test on any console error, refused content or failed request
(tests/browser/conftest.py)."""

import shutil
import time
from pathlib import Path

import pytest
import yaml
from django.utils import translation
from django.utils.translation import gettext

from core.i18n import originals_only
from courses.models import CoursePage, Enrollment, LessonCompletion, LessonPage
from courses.services import enrollment_create
from demo.load import content_load
from packages.models import ScormPackage, ScormState
from tests.browser.test_learning_journey import sign_in
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

ROOT = Path(__file__).resolve().parents[2]
COPILOT = "working-with-your-ai-co-pilot"
MODULE = "reviewing-what-the-ai-drafts"
LESSON = "a-four-point-check"
#: What a careful agent does with each draft (check.js: ``answer``).
RIGHT = ["Edit it before sending", "Send it as it is", "Edit it before sending"]
RIGHT += ["Don't send it: hand over or get approval", "Edit it before sending"]


def _load(tmp_path) -> LessonPage:
    """content/ with the course the package goes in cut down to the package's
    module (a whole load takes minutes), loaded; the package's lesson."""
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy, ignore=shutil.ignore_patterns("*.mo"))
    for folder in ("courses", "assessments"):
        for path in (copy / folder).glob("*.yaml"):
            if path.stem != COPILOT:
                path.unlink()
    for name in ("courses", "assessments"):
        path = copy / name / f"{COPILOT}.yaml"
        data = yaml.safe_load(path.read_text())
        if name == "courses":
            data["modules"] = [module for module in data["modules"] if module["slug"] == MODULE]
        else:
            data["knowledge_checks"] = {MODULE: data["knowledge_checks"][MODULE]}
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    content_load(root=copy)
    return LessonPage.objects.get(originals_only(), slug=LESSON)


def _learner(**profile):
    learner = VerifiedUserFactory()
    for name, value in profile.items():
        setattr(learner.profile, name, value)
    learner.profile.save()
    course = CoursePage.objects.get(originals_only(), slug=COPILOT)
    enrollment_create(user=learner, course=course, source=Enrollment.Source.ASSIGNED)
    return learner


def _stored(learner, package, condition, seconds: float = 10) -> ScormState:
    """The learner's state once ``condition`` holds: the runtime saves in the
    background, after what the page shows."""
    deadline = time.monotonic() + seconds
    while True:
        state = ScormState.objects.filter(user=learner, package=package).first()
        if state is not None and condition(state):
            return state
        assert time.monotonic() < deadline, f"not stored: {state and state.cmi}"
        time.sleep(0.1)


def _leave(page, learner, package, *, sessions: int) -> None:
    """Away from the lesson: the activity's last session ends (it saves as its
    page goes), and is stored before the test ends."""
    page.goto("/")
    _stored(learner, package, lambda state: state.sessions >= sessions)


def _answer(frame, number: int) -> None:
    frame.get_by_role("heading", name=f"Draft {number} of 5").wait_for()
    frame.get_by_role("button", name=RIGHT[number - 1]).click()
    frame.get_by_text("Good call.").wait_for()


def test_a_learner_plays_leaves_comes_back_and_finishes_the_lesson(page, tmp_path):
    lesson = _load(tmp_path)
    package = ScormPackage.objects.get()
    learner = _learner()
    sign_in(page, learner.email)

    page.goto(lesson.url)
    status = page.locator("[data-package-status]")
    assert status.inner_text().strip() == "Not started"
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_role("heading", name="Check before you send").wait_for()
    frame.get_by_role("button", name="Start").click()
    _answer(frame, 1)
    frame.get_by_role("button", name="Next draft").click()
    _answer(frame, 2)
    page.get_by_text("In progress", exact=True).wait_for()
    frame.get_by_role("button", name="Save and leave").click()
    frame.get_by_text("Saved. You can close this and come back later.").wait_for()

    # Leaving ends the session suspended (Terminate), so the next one resumes.
    state = _stored(learner, package, lambda state: state.cmi.get("cmi.exit") == "suspend")
    assert state.completion == "incomplete"
    assert state.cmi["cmi.location"] == "1"
    assert not LessonCompletion.objects.filter(user=learner, lesson=lesson).exists()

    page.reload()
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_text("Welcome back: you are on draft 2.").wait_for()
    assert "In progress" in status.inner_text()
    # The second draft as it was left: answered, its explanation showing.
    frame.get_by_role("heading", name="Draft 2 of 5").wait_for()
    assert frame.get_by_role("button", name=RIGHT[1]).get_attribute("aria-pressed") == "true"
    for number in (3, 4, 5):
        frame.get_by_role("button", name="Next draft").click()
        _answer(frame, number)
    frame.get_by_role("button", name="Next draft").click()

    frame.get_by_text("You judged 5 of 5 drafts well.").wait_for()
    page.get_by_text("Completed · Score: 100% · Lesson done.").wait_for()
    completion = LessonCompletion.objects.get(user=learner, lesson=lesson)
    assert completion.how == "package"
    state.refresh_from_db()
    assert (state.completion, state.success, state.score) == ("completed", "passed", 1.0)

    # Done for good: the next visit says so, and the activity shows its result.
    page.goto(lesson.url)
    page.get_by_text("You have done this lesson.").wait_for()
    assert status.inner_text().startswith("Completed · Score: 100%")
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_text("You judged 5 of 5 drafts well.").wait_for()
    _leave(page, learner, package, sessions=3)


def test_a_learner_who_reads_spanish_gets_the_activity_in_spanish(page, tmp_path):
    lesson = _load(tmp_path)
    learner = _learner(preferred_language="es")

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(learner.email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    with translation.override("es"):
        my_learning = gettext("My learning")
    page.get_by_role("link", name=my_learning, exact=True).wait_for()

    page.goto(lesson.url)
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_role("heading", name="Revisa antes de enviar").wait_for()
    frame.get_by_role("button", name="Empezar").click()
    frame.get_by_role("heading", name="Borrador 1 de 5").wait_for()
    frame.get_by_role("button", name="Editarlo antes de enviarlo").click()
    frame.get_by_text("Bien visto.").wait_for()
    assert frame.locator("html").get_attribute("lang") == "es"
    _leave(page, learner, ScormPackage.objects.get(), sessions=1)
