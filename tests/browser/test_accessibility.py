"""WCAG 2.2 AA in a real browser: axe-core on every key page, in English and
Spanish, at phone and desktop widths; and three keyboard-only journeys.

axe-core comes from the npm registry (package.json, package-lock.json; `npm ci`).
"""

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command

from assessments.models import Assessment
from core.i18n import originals_only
from courses.models import Assignment, Certificate, CoursePage, LessonPage
from demo.content import content_read, course_texts, translated
from tests.browser.test_learning_journey import enter_code_if_asked

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "human-edge-demo"
_CONTENT = content_read()
SPANISH_COURSE = translated(
    _CONTENT.course("how-ai-agents-work-and-fail"), course_texts, _CONTENT.translations["es"]
)
WIDTHS = {"phone": {"width": 375, "height": 740}, "desktop": {"width": 1280, "height": 900}}

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        message = "axe-core is missing: run `npm ci` in the project folder."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return AXE.read_text()


def violations(page, axe_source) -> list[dict]:
    # Evaluated by the browser's debugging protocol: the site's Content
    # Security Policy refuses inline scripts, rightly, so axe is not added as one.
    page.evaluate(axe_source)
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
        }"""
    )
    return [v for v in result if v["impact"] in ("serious", "critical")]


def switch_language(page, code: str) -> None:
    page.locator("#language-select").select_option(code)
    page.locator(".language-switcher button").click()
    page.wait_for_load_state()


def sign_in(page, email: str) -> None:
    page.goto("/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    with page.expect_navigation():
        page.locator("#id_password").press("Enter")
    enter_code_if_asked(page)


@pytest.fixture
def demo():
    call_command("seed_demo", stdout=io.StringIO())
    from skills import engine
    from skills.models import Signal

    for user_id in set(Signal.objects.values_list("user_id", flat=True)):
        engine.learner_reevaluate(user_id=user_id)
    copilot = CoursePage.objects.get(originals_only(), slug="working-with-your-ai-co-pilot")
    lesson = (
        LessonPage.objects.live().descendant_of(copilot).filter(slug="correcting-a-draft").first()
    )
    return {
        "course": copilot,
        "lesson": lesson,
        "final": Assessment.objects.get(
            originals_only(), course__slug="how-ai-agents-work-and-fail", kind="final"
        ),
        "assignment": Assignment.objects.filter(user__email="learner@example.com").first(),
        "certificate": Certificate.objects.get(user__email="learner@example.com"),
    }


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("language", ["en", "es"])
def test_key_pages_have_no_serious_violations(
    browser, live_server, axe_source, demo, language, width
):
    context = browser.new_context(base_url=live_server.url, viewport=WIDTHS[width])
    page = context.new_page()
    page.set_default_timeout(20_000)
    found = {}

    def check(name):
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == language, name
        problems = violations(page, axe_source)
        if problems:
            found[name] = problems

    page.goto("/")
    if language != "en":
        switch_language(page, language)
    check("home")
    page.goto("/accounts/signup/")
    check("sign-up")
    page.goto("/accounts/login/")
    check("log-in")

    sign_in(page, "learner@example.com")
    if language != "en":
        switch_language(page, language)
    page.goto("/courses/")
    check("catalog")
    page.goto(demo["course"].url)
    check("course")
    page.goto(demo["lesson"].url)
    check("lesson")
    page.goto("/learning/")
    check("dashboard")
    page.goto("/learning/skills/")
    check("my skills")
    page.goto(f"/learning/assignments/{demo['assignment'].pk}/")
    check("why-assigned")
    page.goto(f"/certificates/{demo['certificate'].code}/")
    check("certificate")
    page.goto("/privacy/")
    check("privacy")
    page.goto("/privacy/my-data/")
    check("download my data")
    page.goto(
        demo["course"].url.replace("working-with-your-ai-co-pilot", "how-ai-agents-work-and-fail")
    )
    if language == "es":  # the course shipped in Spanish reads in Spanish
        assert page.locator("h1").inner_text() == SPANISH_COURSE["title"]
    page.locator(f"form[action$='/assessments/{demo['final'].pk}/start/'] button").click()
    page.wait_for_url("**/assessments/attempts/**")
    check("quiz in progress")
    page.locator("[data-submit]").click()
    # Nothing answered: the page asks first, in a dialog.
    page.locator("dialog#confirm-submit").wait_for()
    check("quiz, asking before submitting")
    page.locator("[data-confirm-submit]").click()
    page.wait_for_url("**/result/")
    check("quiz result")

    page.goto("/")
    page.locator(".site-nav form button").click()  # sign out
    sign_in(page, "hr@example.com")
    if language != "en":
        switch_language(page, language)
    page.goto("/reports/?level=course")
    check("reports")
    context.close()

    assert found == {}, json.dumps(found, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("width", list(WIDTHS))
def test_key_pages_in_dark_mode_have_no_serious_violations(
    browser, live_server, axe_source, demo, width
):
    """The system's dark setting swaps the colour tokens of site.css; contrast
    holds there too."""
    context = browser.new_context(
        base_url=live_server.url, viewport=WIDTHS[width], color_scheme="dark"
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    found = {}

    def check(name):
        page.wait_for_load_state()
        problems = violations(page, axe_source)
        if problems:
            found[name] = problems

    page.goto("/")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 22, 25)", background  # --color-bg, dark
    check("home")
    sign_in(page, "learner@example.com")
    for name, url in (
        ("catalog", "/courses/"),
        ("course", demo["course"].url),
        ("lesson", demo["lesson"].url),
        ("dashboard", "/learning/"),
        ("my skills", "/learning/skills/"),
        ("why-assigned", f"/learning/assignments/{demo['assignment'].pk}/"),
    ):
        page.goto(url)
        check(name)
    context.close()

    assert found == {}, json.dumps(found, indent=2, ensure_ascii=False)


# --- Keyboard only ----------------------------------------------------------------------


def tab_to(page, predicate_js: str, limit: int = 80) -> None:
    """Press Tab until the focused element satisfies ``predicate_js`` (a JS expression
    over ``el``); fail if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const el = document.activeElement; return !!({predicate_js}); }})()"
        ):
            return
    raise AssertionError(f"Tab never reached: {predicate_js}")


def test_keyboard_only_enrol_take_a_quiz_and_export(browser, live_server, demo):
    context = browser.new_context(base_url=live_server.url, viewport=WIDTHS["desktop"])
    page = context.new_page()
    page.set_default_timeout(20_000)
    sign_in(page, "manager@example.com")

    # Enrol, from the catalog, without a mouse.
    page.goto("/courses/")
    tab_to(page, "el.tagName === 'A' && el.textContent.includes('How AI agents work and fail')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.includes('Enrol in this course')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.get_by_text("You are enrolled in").wait_for()

    # Take the final assessment: start it, answer by keyboard, submit.
    tab_to(page, f"el.closest(\"form[action$='/assessments/{demo['final'].pk}/start/']\")")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "el.type === 'radio'")
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, "el.hasAttribute && el.hasAttribute('data-submit')", limit=300)
    page.keyboard.press("Enter")
    # Questions left unanswered: the dialog asks, its focus on going back;
    # the keyboard reaches "Submit anyway" next.
    page.locator("dialog#confirm-submit").wait_for()
    assert page.evaluate("document.activeElement.hasAttribute('data-confirm-back')")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-confirm-submit')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/result/" in page.url
    assert page.get_by_role("status").first.is_visible()

    # Export a report as HR.
    tab_to(page, "el.tagName === 'BUTTON' && el.closest('.site-nav')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    sign_in(page, "hr@example.com")
    page.goto("/reports/")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Preview'", limit=200)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    tab_to(page, "el.tagName === 'BUTTON' && el.textContent.trim() === 'Export'", limit=300)
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith(".csv")
    context.close()
