"""The report audit log in the editing area: Wagtail's report listing with its
filters and CSV/XLSX downloads, for superusers only."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.roles import Role
from people.services import role_grant
from reports.models import ReportAudit
from tests.factories import UserFactory
from tests.spreadsheets import csv_rows, listing_rows, xlsx_cells

pytestmark = pytest.mark.django_db

URL = "/cms/report-audit/"


def superuser():
    return UserFactory(is_superuser=True, is_staff=True)


def entry(actor, *, delivery="download", fmt="csv", at=None, rows=3):
    audit = ReportAudit.objects.create(
        actor=actor, delivery=delivery, format=fmt, filters={"level": "course"}, row_count=rows
    )
    if at:
        ReportAudit.objects.filter(pk=audit.pk).update(at=at)
    return audit


@pytest.fixture
def log():
    hr = UserFactory(email="hr.one@example.com")
    other = UserFactory(email="hr.two@example.com")
    entry(hr, at=datetime(2026, 1, 5, 10, tzinfo=UTC))
    entry(hr, delivery="background", fmt="xlsx", at=datetime(2026, 3, 5, 10, tzinfo=UTC))
    entry(other, at=datetime(2026, 3, 6, 10, tzinfo=UTC))
    return hr, other


def test_the_listing_keeps_its_address_and_shows_every_export(client, log):
    assert reverse("reports_audit:index") == URL
    client.force_login(superuser())
    html = listing_rows(client.get(URL))
    assert "hr.one@example.com" in html and "hr.two@example.com" in html
    assert "Exported in the background" in html


def test_filters_narrow_the_audit_log(client, log):
    hr, other = log
    client.force_login(superuser())

    html = listing_rows(client.get(URL, {"actor": other.pk}))
    assert "hr.two@example.com" in html and "hr.one@example.com" not in html

    html = listing_rows(client.get(URL, {"delivery": "background"}))
    assert html.count("hr.one@example.com") == 1 and "hr.two@example.com" not in html

    html = listing_rows(client.get(URL, {"format": "xlsx"}))
    assert "Exported in the background" in html and "hr.two@example.com" not in html

    html = listing_rows(client.get(URL, {"at_from": "2026-03-01", "at_to": "2026-03-05"}))
    assert html.count("hr.one@example.com") == 1 and "hr.two@example.com" not in html

    # The filters' own results address (what the filter drawer fetches) filters too.
    html = client.get(reverse("reports_audit:results"), {"actor": other.pk}).content.decode()
    assert "hr.two@example.com" in html and "hr.one@example.com" not in html


def test_the_csv_download_has_the_filtered_rows_and_runs_no_formula(client, log):
    hr, _other = log
    attacker = UserFactory(email="=2+5@example.com")
    entry(attacker)
    client.force_login(superuser())

    response = client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert rows[0] == ["When", "Who", "What", "Format", "Rows", "Filters"]
    assert len(rows) == 1 + 4
    assert ["'=2+5@example.com"] == [row[1] for row in rows if "2+5" in row[1]]

    rows = csv_rows(client.get(URL, {"export": "csv", "actor": hr.pk}))
    assert [row[1] for row in rows[1:]] == ["hr.one@example.com", "hr.one@example.com"]


def test_the_xlsx_download_writes_formula_like_text_as_text(client, log):
    entry(UserFactory(email="=2+5@example.com"))
    client.force_login(superuser())

    response = client.get(URL, {"export": "xlsx", "delivery": "download"})
    assert response.status_code == 200
    rows = xlsx_cells(response)
    assert [cell.value for cell in rows[0]] == ["When", "Who", "What", "Format", "Rows", "Filters"]
    assert len(rows) == 1 + 3
    (cell,) = [row[1] for row in rows if "2+5" in str(row[1].value)]
    assert cell.value == "=2+5@example.com" and cell.data_type == "s"


@pytest.mark.parametrize("role", [None, Role.HR_REPORTER, Role.LD_AUTHOR])
@pytest.mark.parametrize(
    "address",
    [URL, URL + "results/", URL + "?export=csv", URL + "?export=xlsx"],
)
def test_only_superusers_read_or_download_the_audit_log(client, log, role, address):
    person = UserFactory(is_staff=True)
    if role:
        role_grant(user=person, role=role)
    client.force_login(person)
    assert client.get(address).status_code == 404  # docs/access-matrix.md
    client.force_login(superuser())
    assert client.get(address).status_code == 200


def test_the_menu_shows_the_audit_log_to_superusers_only(client, log):
    author = UserFactory()
    role_grant(user=author, role=Role.LD_AUTHOR)
    client.force_login(author)
    assert f'"{URL}"' not in client.get("/cms/").content.decode()
    client.force_login(superuser())
    assert f'"{URL}"' in client.get("/cms/").content.decode()


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_audit_log_reads_in_as_many_queries_for_more_rows(client):
    client.force_login(superuser())
    for _n in range(3):
        entry(UserFactory())
    few = queries_for(client, URL)
    for _n in range(12):
        entry(UserFactory())
    assert queries_for(client, URL) == few
