"""SCORM packages through the whole site, in Chromium: an author uploads them
in the editing area (a bad one is refused with its reason and nothing is
kept); a learner plays single- and multi-SCO packages in the lesson's
sandboxed frame, leaves, comes back where they were, and finishes; a passing
score finishes the lesson and is skill evidence, a failing one does not; and a
package that tries every way out of its sandbox gets none.

The packages are built by tests/packages/scorm_builders.py: each SCO shows
what it resumed (entry, location, suspend data, total time) on its page."""

import json

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile

from courses.models import LessonCompletion
from courses.services import enrollment_create
from packages import services
from packages.models import ScormPackage, ScormState
from people.roles import Role
from skills.models import Signal, Skill
from tests.browser.test_authoring_journeys import save, staff
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import VerifiedUserFactory
from tests.packages import scorm_builders as build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

FRAME = "iframe[data-package-frame]"


def package_of(data: bytes, *, pass_mark=80, skill="empathy") -> ScormPackage:
    upload = SimpleUploadedFile("package.zip", data, content_type="application/zip")
    package = services.package_save(package=ScormPackage(pass_mark=pass_mark), upload=upload)
    if skill:
        package.skills.set([Skill.objects.originals().get(code=skill)])
        package.save()  # a ParentalManyToManyField is written on save
    return package


def lesson_with(package, title="Vendor content"):
    course = build_course(title, modules=1, lessons=2)
    course.page.completion_requires_checks = True
    course.page.save()
    lesson = course.lessons[0]
    lesson.body = json.dumps([{"type": "scorm", "value": {"package": package.pk}}])
    lesson.save()
    return course, lesson


def learner_in(course):
    learner = VerifiedUserFactory()
    enrollment_create(user=learner, course=course.page)
    return learner


def open_lesson(page, lesson):
    """The lesson, its package's frame in view (it loads lazily)."""
    page.goto(lesson.url)
    page.locator(FRAME).scroll_into_view_if_needed()
    frame = page.frame_locator(FRAME)
    frame.locator("#sco-api", has_text="Started: true").wait_for()
    return frame


def status(page):
    return page.locator("[data-package-status]")


def shown(frame, element_id: str) -> str:
    return frame.locator(f"#{element_id}").inner_text()


# ---------------------------------------------------------------------- authors


def upload_in_editing_area(page, data: bytes, name: str, title: str = "") -> None:
    page.goto("/cms/snippets/packages/scormpackage/add/")
    page.set_input_files(
        "#id_archive_upload", files=[{"name": name, "mimeType": "application/zip", "buffer": data}]
    )
    if title:
        page.locator("#id_title").fill(title)
    save(page)


def package_folders() -> list:
    root = settings.PACKAGES_ROOT
    return list(root.iterdir()) if root.exists() else []


def test_an_author_uploads_scorm_packages_and_a_bad_one_is_refused(page):
    author = staff(Role.LD_AUTHOR)
    sign_in(page, author.email)

    upload_in_editing_area(page, build.missing_file_package(), "broken.zip")
    error = page.locator(".error-message, .help-critical, [class*=error]").filter(
        has_text="no such file"
    )
    error.first.wait_for()
    assert "“missing.html”" in error.first.inner_text()
    upload_in_editing_area(page, build.dotdot_package(), "escaping.zip")
    page.get_by_text("points outside the package").first.wait_for()
    assert not ScormPackage.objects.exists()
    assert package_folders() == []

    upload_in_editing_area(page, build.scorm12_package(3, mastery_score=80), "listening.zip")
    upload_in_editing_area(page, build.scorm2004_package(), "handover.zip", title="Handing over")
    page.goto("/cms/snippets/packages/scormpackage/")
    page.get_by_role("link", name="Listening on the phone").wait_for()
    page.get_by_role("link", name="Handing over").wait_for()

    twelve = ScormPackage.objects.get(title="Listening on the phone")
    assert twelve.version == "1.2"
    assert [sco["identifier"] for sco in twelve.scos] == ["item-1", "item-2", "item-3"]
    assert twelve.sco("item-2")["href"] == "sco-2/index.html"  # through xml:base
    assert twelve.sco("item-1")["mastery_score"] == 80
    later = ScormPackage.objects.get(title="Handing over")
    assert later.version == "2004" and later.manifest["schema_version"] == "2004 4th Edition"
    assert len(package_folders()) == 2


# ---------------------------------------------------------------------- learners


def test_a_learner_leaves_a_scorm_12_sco_resumes_it_and_passes(page):
    package = package_of(build.scorm12_package())
    course, lesson = lesson_with(package)
    learner = learner_in(course)
    sign_in(page, learner.email)

    frame = open_lesson(page, lesson)
    assert shown(frame, "sco-entry") == "Entry: ab-initio"
    assert shown(frame, "sco-status") == "Status: not attempted"
    frame.get_by_role("button", name="Save and leave").click()
    frame.get_by_text("Saved at page-1.").wait_for()
    assert "Commit: true. Finish: true." in shown(frame, "sco-result")
    status(page).filter(has_text="In progress").wait_for()

    frame = open_lesson(page, lesson)  # they come back
    assert shown(frame, "sco-entry") == "Entry: resume"
    assert shown(frame, "sco-location") == "Location: page-1"
    assert shown(frame, "sco-suspend") == "Suspend data: saved=1;sco=item-1"
    assert shown(frame, "sco-status") == "Status: incomplete"
    assert shown(frame, "sco-total") == "Total time: 0000:00:05.00"
    assert learner.last_name in shown(frame, "sco-learner")
    assert status(page).inner_text().strip() == "In progress"
    assert not LessonCompletion.objects.filter(user=learner).exists()

    frame.get_by_role("button", name="Finish with score 90").click()
    status(page).filter(has_text="Lesson done.").wait_for()
    assert "Completed" in status(page).inner_text() and "Score: 90%" in status(page).inner_text()
    page.locator("[data-lesson-finish]").wait_for()

    state = ScormState.objects.get(user=learner, package=package)
    assert (state.completion, state.success, state.score) == ("completed", "passed", 0.9)
    assert state.total_seconds == 10 and state.sessions == 2
    completion = LessonCompletion.objects.get(user=learner, lesson=lesson)
    assert completion.how == "package"
    signal = Signal.objects.get(user=learner)
    assert (signal.skill.code, signal.source, signal.value) == ("empathy", "assessment", 0.9)

    frame = open_lesson(page, lesson)  # done, and the next launch starts afresh
    assert shown(frame, "sco-entry") == "Entry: (none)"
    assert shown(frame, "sco-status") == "Status: passed"
    assert "Lesson done" not in status(page).inner_text()  # the page says it its own way
    page.get_by_text("You have done this lesson.").wait_for()


def test_a_learner_takes_a_multi_sco_scorm_2004_package_part_by_part(page):
    package = package_of(build.scorm2004_package(2, title="Handover"))
    course, lesson = lesson_with(package)
    learner = learner_in(course)
    sign_in(page, learner.email)

    frame = open_lesson(page, lesson)
    parts = page.get_by_role("navigation", name="Parts of this activity")
    assert parts.get_by_role("button").all_inner_texts() == [
        "Part 1 of Handover",
        "Part 2 of Handover",
    ]
    assert frame.get_by_role("heading", level=1).inner_text() == "Part 1 of Handover"
    frame.get_by_role("button", name="Save and leave").click()
    frame.get_by_text("Saved at page-1.").wait_for()

    frame = open_lesson(page, lesson)
    assert shown(frame, "sco-entry") == "Entry: resume"
    assert shown(frame, "sco-suspend") == "Suspend data: saved=1;sco=item-1"
    assert shown(frame, "sco-total") == "Total time: PT0H0M5S"
    frame.get_by_role("button", name="Finish with score 90").click()
    frame.get_by_text("Finished with score 90.").wait_for()
    status(page).filter(has_text="Completed").wait_for()
    assert "Lesson done" not in status(page).inner_text()  # one part is still to take
    assert not LessonCompletion.objects.filter(user=learner).exists()

    parts.get_by_role("button", name="Part 2 of Handover").click()
    frame.get_by_role("heading", level=1, name="Part 2 of Handover").wait_for()
    frame.locator("#sco-api", has_text="Started: true").wait_for()
    assert shown(frame, "sco-entry") == "Entry: ab-initio"  # its own data, not part 1's
    assert shown(frame, "sco-location") == "Location: (none)"
    frame.get_by_role("button", name="Finish with score 90").click()
    status(page).filter(has_text="Lesson done.").wait_for()

    states = ScormState.objects.filter(user=learner, package=package).order_by("sco")
    assert [(s.sco, s.completion, s.success) for s in states] == [
        ("item-1", "completed", "passed"),
        ("item-2", "completed", "passed"),
    ]
    assert LessonCompletion.objects.filter(user=learner, lesson=lesson, how="package").exists()

    page.goto(lesson.url)
    done = page.get_by_role("navigation", name="Parts of this activity").locator(".badge--done")
    assert done.count() == 2


def test_a_failing_score_leaves_the_lesson_to_do(page):
    package = package_of(build.scorm2004_package())
    course, lesson = lesson_with(package)
    learner = learner_in(course)
    sign_in(page, learner.email)

    frame = open_lesson(page, lesson)
    frame.get_by_role("button", name="Finish with score 40").click()
    status(page).filter(has_text="Not passed yet").wait_for()
    assert "Score: 40%" in status(page).inner_text()
    assert "Lesson done" not in status(page).inner_text()

    state = ScormState.objects.get(user=learner, package=package)
    assert (state.completion, state.success, state.score) == ("completed", "failed", 0.4)
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert not Signal.objects.filter(user=learner).exists()
    page.reload()
    assert page.locator("[data-lesson-pending]").is_visible()
    assert page.locator("[data-lesson-finish]").is_hidden()


def test_a_sco_that_reports_only_completion_is_judged_by_its_mastery_score(page):
    data = build.scorm12_package(mastery_score=95, reports="completion", scores=(90,))
    package = package_of(data, pass_mark=50)
    course, lesson = lesson_with(package)
    learner = learner_in(course)
    sign_in(page, learner.email)

    frame = open_lesson(page, lesson)
    assert shown(frame, "sco-api").startswith("Started: true")
    frame.get_by_role("button", name="Finish with score 90").click()
    status(page).filter(has_text="Not passed yet").wait_for()  # 90 is under 95
    state = ScormState.objects.get(user=learner, package=package)
    assert (state.success, state.score) == ("failed", 0.9)
    assert not LessonCompletion.objects.filter(user=learner).exists()


# ---------------------------------------------------------------------- isolation

# Everything but the message to the lesson page, which the package may always
# send (the page shows it; the site keeps only what the server decided).
MUST_BE_BLOCKED = [attempt for attempt in build.ESCAPE_ATTEMPTS if attempt != "forged-message"]


@pytest.mark.browser_problems_expected  # the browser reports every refusal it makes
def test_a_package_that_tries_to_escape_gets_nowhere(page, live_server):
    package = package_of(build.escaping_package())
    course, lesson = lesson_with(package)
    learner = learner_in(course)
    sign_in(page, learner.email)
    cookies_before = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}

    page.goto(lesson.url)
    page.locator(FRAME).scroll_into_view_if_needed()
    frame = page.frame_locator(FRAME)
    frame.get_by_text("All attempts made").wait_for(timeout=30_000)
    outcomes = dict(
        zip(
            frame.locator("li[data-attempt]").evaluate_all(
                "items => items.map(item => item.dataset.attempt)"
            ),
            frame.locator("li[data-attempt]").evaluate_all(
                "items => items.map(item => item.dataset.outcome)"
            ),
            strict=True,
        )
    )
    report = frame.locator("#attempts").inner_text()
    assert set(outcomes) == set(build.ESCAPE_ATTEMPTS), report
    assert "leaked" not in outcomes.values(), report
    assert {attempt: outcomes[attempt] for attempt in MUST_BE_BLOCKED} == dict.fromkeys(
        MUST_BE_BLOCKED, "blocked"
    ), report

    # The top window stayed on the lesson, and no other window opened.
    assert page.url == f"{live_server.url}{lesson.url}"
    assert len(page.context.pages) == 1
    # The site's cookies are as they were, and the learner is still signed in.
    cookies_after = {cookie["name"]: cookie["value"] for cookie in page.context.cookies()}
    assert cookies_after == cookies_before
    page.goto("/learning/")
    page.get_by_role("link", name="My learning", exact=True).wait_for()
    # The forged "lesson done" message changed nothing the site keeps.
    assert not LessonCompletion.objects.filter(user=learner).exists()
    assert not ScormState.objects.filter(user=learner, completion="completed").exists()
    page.goto(lesson.url)
    assert page.locator("[data-lesson-pending]").is_visible()
