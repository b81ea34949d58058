"""HR filters, previews and exports a CSV in a real browser; the file holds the rows."""

import csv
import io

import pytest
from allauth.mfa.totp.internal.auth import TOTP

from demo.people import DEMO_TOTP_SECRET
from people.roles import Role
from people.services import role_grant
from tests.browser.test_learning_journey import sign_in
from tests.factories import VerifiedUserFactory
from tests.reports.builders import organisation

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_hr_filters_previews_and_downloads_a_csv(page):
    organisation(learners=15)
    hr = VerifiedUserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    TOTP.activate(hr, DEMO_TOTP_SECRET)
    sign_in(page, hr.email)

    page.get_by_role("link", name="Reports", exact=True).click()
    page.get_by_role("checkbox", name="Billing").check()
    page.get_by_role("checkbox", name="Completed").check()
    page.get_by_role("button", name="Preview").click()

    status = page.get_by_role("status").first
    status.wait_for()
    assert "rows in all" in status.inner_text() or "row in all" in status.inner_text()
    preview_rows = page.locator(".report-table tbody tr")
    expected = preview_rows.count()
    assert expected > 0

    page.get_by_label("Format").select_option("csv")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export").click()
    content = open(download.value.path(), encoding="utf-8").read()
    rows = list(csv.reader(io.StringIO(content)))
    header, body = rows[0], rows[1:]
    assert header[0] == "Employee id"
    assert len(body) == expected
    assert {row[header.index("Team")] for row in body} == {"Billing"}
    assert {row[header.index("Status")] for row in body} == {"completed"}
