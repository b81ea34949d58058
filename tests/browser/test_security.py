"""Security in a real browser: the Content Security Policy refuses nothing the
site itself needs (the editing area included), and a passkey registered with a
(virtual) authenticator signs a member of staff in, second factor included."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from core import csp
from demo.people import DEMO_TOTP_SECRET
from people.roles import Role
from people.services import role_grant
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory
from tests.waiting import wait_for

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
});
"""


def violations(page) -> list[str]:
    return page.evaluate("window.__cspViolations || []")


def author_with_code():
    author = VerifiedUserFactory(first_name="Ada", last_name="Author")
    role_grant(user=author, role=Role.LD_AUTHOR)
    TOTP.activate(author, DEMO_TOTP_SECRET)
    return author


def test_the_editing_area_works_under_the_policy(page):
    build_course("Policy course", modules=1, lessons=1)
    page.add_init_script(WATCH_CSP)
    sign_in(page, author_with_code().email)

    page.goto("/cms/")
    page.get_by_role("heading", level=1).first.wait_for()
    assert violations(page) == []

    # An inline panel (the options of a question) starts, and adds a row.
    page.goto("/cms/snippets/assessments/question/add/")
    page.wait_for_load_state("networkidle")
    assert (
        page.evaluate("document.querySelectorAll('[data-csp-init]:not([data-csp-started])').length")
        == 0
    )
    options = page.locator("[id^='inline_child_options-']:not(.deleted)")
    before = options.count()
    page.locator("#id_options-ADD").click()
    page.wait_for_function(
        f"document.querySelectorAll(\"[id^='inline_child_options-']\").length > {before}"
    )
    assert violations(page) == []

    # The date pickers start too (a course's go-live date, in the page editor).
    page.goto("/cms/pages/")
    page.goto(page.locator("a[href*='/cms/pages/'][href$='/edit/']").first.get_attribute("href"))
    page.wait_for_load_state("networkidle")
    assert (
        page.evaluate("document.querySelectorAll('[data-csp-init]:not([data-csp-started])').length")
        == 0
    )
    assert violations(page) == []


def test_learner_pages_work_under_the_policy(page):
    built = build_course("Policy learner course", modules=1, lessons=1)
    learner = VerifiedUserFactory()
    page.add_init_script(WATCH_CSP)
    sign_in(page, learner.email)
    for path in ("/", "/courses/", built.page.url, "/learning/", "/learning/skills/", "/privacy/"):
        page.goto(path)
        page.wait_for_load_state("networkidle")
    page.goto(built.page.url)
    page.get_by_role("button", name="Enrol").first.click()
    page.goto(built.lessons[0].url)
    page.wait_for_load_state("networkidle")
    assert violations(page) == []


def test_a_passkey_signs_staff_in_with_their_second_factor(page, live_server):
    author = author_with_code()
    cdp = page.context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    page.add_init_script(WATCH_CSP)
    sign_in(page, author.email)

    # Adding a key asks to confirm who you are first.
    page.goto("/accounts/2fa/webauthn/add/")
    if "/reauthenticate/" in page.url:
        page.locator("input[name=password]").fill(DEFAULT_PASSWORD)
        with page.expect_navigation():
            page.locator("input[name=password]").press("Enter")
    page.get_by_label("Name").fill("Work laptop")
    page.get_by_label("Passwordless").check()
    with page.expect_navigation():
        page.locator("#mfa_webauthn_add").click()
    assert Authenticator.objects.filter(user=author, type=Authenticator.Type.WEBAUTHN).exists()
    assert violations(page) == []

    page.get_by_role("button", name="Sign out").click()
    page.goto("/accounts/login/")
    with page.expect_navigation():
        page.locator("#passkey_login").click()
    page.wait_for_load_state()

    # Signed in with the passkey alone, and it counts as the second factor.
    page.goto("/cms/")
    assert page.url.endswith("/cms/")
    page.get_by_role("heading", level=1).first.wait_for()
    assert violations(page) == []


@pytest.mark.browser_problems_expected
def test_what_the_policy_refuses_reaches_the_report_endpoint(page):
    """The browser posts each refusal to /csp-report/, which every browser test
    reads at its end: a refused script fails the test that met it."""
    page.goto("/")
    page.evaluate(
        "() => { const s = document.createElement('script');"
        " s.textContent = 'window.__ran = true'; document.body.appendChild(s); }"
    )

    assert page.evaluate("window.__ran === undefined")
    assert wait_for(lambda: csp.reports_recent(), timeout=10)
    report = csp.reports_recent()[0]
    assert report["directive"].startswith("script-src")
    assert report["blocked"] == "inline"
    assert any("policy refused" in problem for problem in page.problems.all())
