"""H5P activities as their people use them, in Chromium, on the live site: an
author uploads an .h5p file in the editing area (and a broken one, refused with
its reason and nothing stored); a learner plays it in a lesson, leaves, comes
back where they were, fails and then passes it, which finishes the lesson and
becomes evidence for the activity's skill. The content type is a real one,
written by the tests (tests/packages/h5p_builders.py), played by the H5P player
from npm in the lesson's sandboxed frame. The page fixture fails a test on any
console error, refused content or failed request (tests/browser/conftest.py)."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.models import LessonCompletion
from courses.services import enrollment_create
from packages import services
from packages.models import H5pActivity, H5pState
from people.roles import Role
from skills.models import Signal, Skill
from tests.browser.test_authoring_journeys import save, staff
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import VerifiedUserFactory
from tests.packages import h5p_builders as build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

RIGHT = build.DEFAULT_ANSWERS[0]["text"]
WRONG = build.DEFAULT_ANSWERS[1]["text"]
ADD = "/cms/snippets/packages/h5pactivity/add/"


def h5p_file(name: str, data: bytes) -> dict:
    return {"name": name, "mimeType": "application/zip", "buffer": data}


def test_an_author_uploads_an_activity_and_a_broken_one_is_refused(page, settings):
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    page.goto(ADD)
    page.locator("#id_archive_upload").set_input_files(
        h5p_file("escalation.h5p", build.missing_library())
    )
    save(page)
    page.get_by_text("The content needs the library H5P.HeaText 1.0").wait_for()
    assert not H5pActivity.objects.exists()
    assert not settings.PACKAGES_ROOT.exists() or not any(settings.PACKAGES_ROOT.iterdir())

    page.locator("#id_archive_upload").set_input_files(
        h5p_file("escalation.h5p", build.h5p_activity())
    )
    page.get_by_label("Empathy and authentic connection").check()
    save(page)
    activity = H5pActivity.objects.get()
    assert activity.title == "When to hand over to a person"
    assert activity.manifest["main_library"] == "H5P.HeaCheck 1.0"
    assert [skill.code for skill in activity.skills.all()] == ["empathy"]
    assert activity.uploaded_by == author
    page.goto("/cms/snippets/packages/h5pactivity/")
    page.get_by_role("link", name="When to hand over to a person").wait_for()


def _lesson_with_activity():
    activity = services.package_save(
        package=H5pActivity(pass_mark=80),
        upload=SimpleUploadedFile("check.h5p", build.h5p_activity(pass_score=1)),
    )
    activity.skills.set([Skill.objects.originals().get(code="empathy")])
    activity.save()
    course = build_course("Hand-offs that keep trust", modules=1, lessons=2)
    course.page.completion_requires_checks = True
    course.page.save()
    lesson = course.lessons[0]
    lesson.body = (
        '[{"type": "paragraph", "value": "<p>Try it.</p>"},'
        f' {{"type": "h5p", "value": {{"package": {activity.pk}}}}}]'
    )
    lesson.save()
    return activity, course, lesson


def test_a_learner_plays_leaves_comes_back_and_passes(page):
    build.require_h5p_player()
    activity, course, lesson = _lesson_with_activity()
    learner = VerifiedUserFactory()
    enrollment_create(user=learner, course=course.page)
    sign_in(page, learner.email)

    page.goto(lesson.url)
    status = page.locator("[data-package-status]")
    assert status.inner_text().strip() == "Not started"
    page.get_by_text("Complete the activity above to finish this lesson.").wait_for()
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_role("button", name=WRONG).click()
    page.get_by_text("Not passed yet: you can try again. · Score: 0%").wait_for()
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert not Signal.objects.filter(user=learner).exists()

    # Away to the dashboard and back: the activity starts where it was left.
    page.get_by_role("link", name="My learning", exact=True).click()
    page.goto(lesson.url)
    assert "Not passed yet" in status.inner_text()
    frame = page.frame_locator("iframe[data-package-frame]")
    frame.get_by_text(f"Visit 2. Resumed: {WRONG}.").wait_for()
    assert frame.get_by_role("button", name=WRONG).get_attribute("aria-pressed") == "true"

    frame.get_by_role("button", name=RIGHT).click()
    page.get_by_text("Completed · Score: 100% · Lesson done.").wait_for()
    page.get_by_text("You have done this lesson.").wait_for()
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson, how="package").exists()
    [evidence] = Signal.objects.filter(user=learner)
    assert (evidence.skill.code, evidence.source, evidence.value) == ("empathy", "assessment", 1.0)
    state = H5pState.objects.get(user=learner, activity=activity)
    assert (state.completion, state.success, state.score) == ("completed", "passed", 1.0)

    # The lesson is done for good: a later visit says so.
    page.goto(lesson.url)
    page.get_by_text("You have done this lesson.").wait_for()
