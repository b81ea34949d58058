"""A learner takes their certificate as an Open Badge, and anyone checks it, in
a real browser: the certificate page, the JSON and the badge image downloaded,
each checked on the check page, then a changed copy and a revoked one."""

import json

import pytest

from courses import services as course_services
from courses.models import Certificate
from credentials import contexts
from tests.browser.test_learning_journey import sign_in
from tests.courses.builders import build_course
from tests.credentials.oracle import needs
from tests.factories import VerifiedUserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def check(page, *, text: str | None = None, badge=None) -> str:
    page.goto("/credentials/check/")
    if text is not None:
        page.get_by_label("The credential's JSON").fill(text)
    if badge is not None:
        page.get_by_label("Or the badge image").set_input_files(str(badge))
    page.get_by_role("button", name="Check").click()
    verdict = page.locator("[data-verdict]")
    verdict.wait_for()
    return verdict.get_attribute("data-verdict")


def test_download_the_credential_and_the_badge_and_check_them(page, tmp_path):
    needs(contexts.missing())
    course = build_course("Calm under pressure", modules=1, lessons=1)
    learner = VerifiedUserFactory(first_name="Amara", last_name="Osei")
    course_services.enrollment_create(user=learner, course=course.page)
    course_services.lesson_complete(
        user=learner, course=course.page, lesson_id=course.lessons[0].pk
    )
    certificate = Certificate.objects.get(user=learner)

    sign_in(page, learner.email)
    page.goto(f"/certificates/{certificate.code}/")
    page.get_by_role("heading", name="Open Badge").wait_for()
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the credential (JSON)").click()
    assert download.value.suggested_filename == f"credential-{certificate.code}.json"
    credential_file = tmp_path / "credential.json"
    download.value.save_as(credential_file)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the badge image (PNG)").click()
    assert download.value.suggested_filename == f"badge-{certificate.code}.png"
    badge_file = tmp_path / "badge.png"
    download.value.save_as(badge_file)

    # Anyone checks them: the holder signs out first.
    page.get_by_role("button", name="Sign out").click()
    page.goto(f"/certificates/{certificate.code}/")
    page.get_by_role("link", name="Check a credential or a badge someone showed you").click()
    page.get_by_role("heading", name="Check a credential").wait_for()

    text = credential_file.read_text()
    assert check(page, text=text) == "verified"
    assert page.get_by_text("This credential is valid").is_visible()
    assert page.get_by_text("Calm under pressure").is_visible()
    assert check(page, badge=badge_file) == "verified"

    changed = json.loads(text)
    changed["credentialSubject"]["achievement"]["name"] = "Calm under any pressure"
    assert check(page, text=json.dumps(changed)) == "tampered"
    assert page.get_by_text("has been changed since").is_visible()

    course_services.certificate_revoke(certificate=certificate)
    assert check(page, badge=badge_file) == "revoked"
    assert page.get_by_text("has been revoked").is_visible()


# The page answers 400, which Chromium reports in the console.
@pytest.mark.browser_problems_expected
def test_what_is_not_a_credential_gets_a_message(page):
    needs(contexts.missing())
    page.goto("/credentials/check/")
    page.get_by_label("The credential's JSON").fill("{this is not json")
    page.get_by_role("button", name="Check").click()
    page.get_by_text("This is not JSON: paste the whole credential file.").wait_for()
    assert page.locator("[data-verdict]").count() == 0
