"""Sign up, verify by the e-mailed link, sign in and out, in a real browser."""

import re

import pytest
from django.core import mail

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "a-Sturdy-passphrase-42"


def test_sign_up_verify_sign_in_sign_out(page, live_server):
    page.goto("/")
    page.get_by_role("link", name="Create an account").click()

    page.get_by_label("First name").fill("Bruno")
    page.get_by_label("Last name").fill("Browser")
    page.get_by_label("Email").fill("browser.learner@example.com")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_role("button", name="Sign Up").click()

    page.get_by_role("heading", name="Verify Your Email Address").wait_for()
    (message,) = mail.outbox
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    path = link.split("/accounts/", 1)[1]

    page.goto(f"/accounts/{path}")
    page.get_by_role("button", name="Confirm").click()

    page.get_by_label("Email").fill("browser.learner@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()

    page.get_by_role("heading", name="Welcome, Bruno").wait_for()
    assert page.get_by_text("Learner", exact=True).is_visible()

    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("link", name="Sign in").first.wait_for()
    assert page.get_by_role("button", name="Sign out").count() == 0


def test_keyboard_user_reaches_main_content_with_the_skip_link(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main-content"
