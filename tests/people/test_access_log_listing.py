"""The access log in the editing area: Wagtail's report listing with its filters
and CSV/XLSX downloads, for superusers only."""

from datetime import UTC, datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from people.models import AccessLog
from people.roles import Role
from tests.factories import UserFactory
from tests.people.builders import person_with, superuser
from tests.spreadsheets import csv_rows, listing_rows, xlsx_cells

pytestmark = pytest.mark.django_db

URL = "/cms/privacy/access-log/"
HEADINGS = ["When", "Who", "What", "Whose data", "Where", "Items"]


def record(actor, subject, *, action, place, at, path="", count=None):
    return AccessLog.objects.create(
        actor=actor, subject=subject, action=action, place=place, at=at, path=path, count=count
    )


@pytest.fixture
def log():
    author = UserFactory(email="author@example.com")
    anna = UserFactory(email="anna@example.com")
    ben = UserFactory(email="ben@example.com")
    record(
        author,
        anna,
        action=AccessLog.Action.VIEWED_SIGNALS,
        place=AccessLog.Place.CONTESTS,
        at=datetime(2026, 1, 5, 10, tzinfo=UTC),
        path="/cms/contests/",
        count=2,
    )
    record(
        ben,
        ben,
        action=AccessLog.Action.DOWNLOADED_DATA,
        place=AccessLog.Place.MY_DATA,
        at=datetime(2026, 3, 5, 10, tzinfo=UTC),
    )
    record(
        None,
        anna,
        action=AccessLog.Action.UPLOADED_SIGNALS,
        place=AccessLog.Place.COMMAND_LINE,
        at=datetime(2026, 3, 6, 10, tzinfo=UTC),
    )
    return author, anna, ben


def test_the_listing_keeps_its_address_and_shows_every_entry(client, log):
    assert reverse("people_access_log:index") == URL
    client.force_login(superuser())
    html = listing_rows(client.get(URL))
    assert "author@example.com" in html and "ben@example.com" in html
    assert "Command line" in html and "<code>/cms/contests/</code>" in html


def test_filters_narrow_the_access_log(client, log):
    author, anna, ben = log
    client.force_login(superuser())

    html = listing_rows(client.get(URL, {"person": "anna@example.com"}))
    assert "Contest review" in html and "Command line" in html and "ben@example.com" not in html

    html = listing_rows(client.get(URL, {"person": str(ben.pk)}))
    assert "Personal data download page" in html and "anna@example.com" not in html

    html = listing_rows(client.get(URL, {"actor": author.pk}))
    assert "Contest review" in html and "ben@example.com" not in html

    html = listing_rows(client.get(URL, {"action": "downloaded_data"}))
    assert "ben@example.com" in html and "anna@example.com" not in html

    html = listing_rows(client.get(URL, {"place": "command_line"}))
    assert "Command line" in html and "ben@example.com" not in html

    html = listing_rows(client.get(URL, {"at_from": "2026-03-01", "at_to": "2026-03-05"}))
    assert "ben@example.com" in html and "anna@example.com" not in html

    response = client.get(reverse("people_access_log:results"), {"person": "nobody@example.com"})
    assert "Nobody has this e-mail address, employee id or id." in response.content.decode()


def test_the_csv_download_has_the_filtered_rows_and_runs_no_formula(client, log):
    _author, anna, _ben = log
    attacker = UserFactory(email="@SUM(1+1)x@example.com")
    record(
        attacker,
        anna,
        action=AccessLog.Action.VIEWED_SIGNALS,
        place=AccessLog.Place.CONTESTS,
        at=datetime(2026, 4, 1, tzinfo=UTC),
    )
    client.force_login(superuser())

    rows = csv_rows(client.get(URL, {"export": "csv"}))
    assert rows[0] == HEADINGS
    assert len(rows) == 1 + 4
    assert rows[1][1] == "'@SUM(1+1)x@example.com"  # newest first

    rows = csv_rows(client.get(URL, {"export": "csv", "person": "anna@example.com"}))
    assert [row[3] for row in rows[1:]] == ["anna@example.com"] * 3


def test_the_xlsx_download_has_the_filtered_rows(client, log):
    client.force_login(superuser())
    response = client.get(URL, {"export": "xlsx", "place": "contests"})
    rows = xlsx_cells(response)
    assert [cell.value for cell in rows[0]] == HEADINGS
    assert [[cell.value for cell in row][1:] for row in rows[1:]] == [
        [
            "author@example.com",
            "Viewed individual signals",
            "anna@example.com",
            "Contest review, editing area /cms/contests/",
            2,
        ]
    ]


@pytest.mark.parametrize("role", [None, Role.MANAGER, Role.HR_REPORTER, Role.LD_AUTHOR])
@pytest.mark.parametrize(
    "address", [URL, URL + "results/", URL + "?export=csv", URL + "?export=xlsx"]
)
def test_only_superusers_read_or_download_the_access_log(client, log, role, address):
    client.force_login(person_with(role) if role else UserFactory())
    assert client.get(address).status_code == 404  # docs/access-matrix.md
    client.force_login(superuser())
    assert client.get(address).status_code == 200


def test_reading_the_access_log_records_nothing(client, log):
    # As before the listing moved to Wagtail's report view: reading it is not logged.
    client.force_login(superuser())
    client.get(URL)
    client.get(URL, {"export": "csv"})
    assert AccessLog.objects.count() == 3


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_the_access_log_reads_in_as_many_queries_for_more_rows(client):
    client.force_login(superuser())

    def add(count):
        for _n in range(count):
            record(
                UserFactory(),
                UserFactory(),
                action=AccessLog.Action.VIEWED_SIGNALS,
                place=AccessLog.Place.CONTESTS,
                at=datetime(2026, 1, 5, tzinfo=UTC),
            )

    add(3)
    few = queries_for(client, URL)
    add(12)
    assert queries_for(client, URL) == few
