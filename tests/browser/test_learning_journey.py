"""A learner goes from the catalog to a certificate, in a real browser."""

import re

import pytest

from demo.people import DEMO_TOTP_SECRET
from tests.accounts.test_auth_flows import totp
from tests.courses.builders import build_course
from tests.factories import DEFAULT_PASSWORD, VerifiedUserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(DEFAULT_PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    enter_code_if_asked(page)
    page.get_by_role("link", name="My learning", exact=True).wait_for()


def enter_code_if_asked(page, secret=DEMO_TOTP_SECRET):
    """Staff pass a second factor: type the authenticator app's current code."""
    page.wait_for_load_state()
    if "/accounts/2fa/authenticate/" in page.url:
        code = page.locator("input[name=code]")
        code.fill(totp(secret))
        with page.expect_navigation():
            code.press("Enter")


def test_catalog_to_enrolment_to_completion_to_certificate(page):
    course = build_course("Handovers that keep context", modules=1, lessons=2, reflection=True)
    learner = VerifiedUserFactory(first_name="Amara", last_name="Osei")
    sign_in(page, learner.email)

    page.get_by_role("link", name="Courses", exact=True).click()
    page.get_by_label("Search").fill("handovers")
    page.get_by_role("button", name="Show courses").click()
    page.get_by_role("link", name="Handovers that keep context").click()

    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_text("You are enrolled in").wait_for()
    page.get_by_role("link", name="Start the course").click()

    page.get_by_role("heading", level=1, name=course.lessons[0].title).wait_for()
    page.get_by_label("What will you try next time?").fill("Read the bot transcript first.")
    page.get_by_role("button", name="Save my reflection").click()
    page.get_by_text("Your reflection is saved. Only you can read it.").wait_for()
    assert page.get_by_label("What will you try next time?").input_value() == (
        "Read the bot transcript first."
    )

    page.get_by_role("button", name="Mark as done and go to the next lesson").click()
    page.get_by_role("heading", level=1, name=course.lessons[1].title).wait_for()
    page.get_by_role("button", name="Mark as done").click()

    page.get_by_text("Your certificate is ready.").wait_for()
    assert page.get_by_text("100% complete").first.is_visible()
    page.get_by_role("link", name="View the certificate page").click()

    page.get_by_text("This certificate is valid.").wait_for()
    assert page.get_by_text("Amara Osei").is_visible()
    assert page.get_by_text("Handovers that keep context").is_visible()
    assert re.search(r"/certificates/[A-Z0-9-]+/$", page.url)

    page.get_by_role("link", name="My learning", exact=True).click()
    page.get_by_role("heading", name="Completed").wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("Download the certificate")).click()
    assert download.value.suggested_filename.endswith(".pdf")
