"""The editing area's logs as Wagtail report listings, in Chromium, under the
strict policy: Wagtail's filter drawer narrows the listing in place (its
scripts and date pickers run with script-src 'self'), and the listing offers
its downloads. The page fixture fails a test on any console error, refused
content or 5xx (tests/browser/conftest.py)."""

import pytest

from reports.models import ReportAudit
from tests.browser.test_authoring_journeys import staff
from tests.browser.test_learning_journey import sign_in
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_superuser_filters_the_report_audit_log_in_place(page):
    admin = staff(superuser=True)
    for email, delivery in [("one@example.com", "download"), ("two@example.com", "background")]:
        ReportAudit.objects.create(
            actor=UserFactory(email=email), delivery=delivery, format="csv", filters={}
        )
    sign_in(page, admin.email)

    page.goto("/cms/report-audit/")
    listing = page.locator("#listing-results")
    listing.get_by_text("one@example.com").wait_for()
    page.get_by_role("button", name="Show filters").click()
    page.locator("[aria-controls=drilldown-id_delivery]").click()
    page.get_by_label("Exported in the background").check()
    listing.get_by_text("one@example.com").wait_for(state="detached")
    assert listing.get_by_text("two@example.com").is_visible()
    assert "delivery=background" in page.url

    page.keyboard.press("Escape")
    page.get_by_role("button", name="Actions").click()
    assert page.get_by_role("link", name="Download CSV").is_visible()


def test_a_superuser_finds_whose_data_was_seen_in_the_access_log(page):
    admin = staff(superuser=True)
    sign_in(page, admin.email)

    page.goto("/cms/privacy/access-log/")
    page.get_by_role("button", name="Show filters").click()
    page.locator("[aria-controls=drilldown-id_person]").click()
    page.get_by_label("Whose data (e-mail address, employee id or id)").fill("nobody@example.com")
    page.get_by_label("Whose data (e-mail address, employee id or id)").press("Enter")
    page.get_by_text("Nobody has this e-mail address, employee id or id.").wait_for()
