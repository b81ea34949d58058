"""HR's report marks people whose profile is incomplete (someone who signed up
themself has no employee id, department or team until HR's import gives them),
in the preview's words and as a column of the files."""

import csv
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from courses import services as course_services
from people.roles import Role
from people.services import role_grant
from reports import exports
from reports.queries import ReportFilters
from tests.courses.builders import build_course
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    course = build_course("Handovers", modules=1, lessons=1)
    team = TeamFactory(name="Billing", department__name="Customer Care")
    complete = UserFactory(first_name="Amara", last_name="Osei", email="amara@example.com")
    complete.profile.employee_id = "E0001"
    complete.profile.department, complete.profile.team = team.department, team
    complete.profile.save()
    newcomer = UserFactory(first_name="Nina", last_name="Newcomer", email="nina@example.com")
    nameless = UserFactory(first_name="", last_name="", email="nameless@example.com")
    nameless.profile.employee_id = "E0002"
    nameless.profile.department, nameless.profile.team = team.department, team
    nameless.profile.save()
    for person in (complete, newcomer, nameless):
        course_services.enrollment_create(user=person, course=course.page)
    return {"complete": complete, "newcomer": newcomer, "nameless": nameless}


def by_email(header, rows):
    return {row[header.index("E-mail")]: dict(zip(header, row, strict=True)) for row in rows}


def test_the_csv_says_whose_profile_is_complete(people):
    reader = csv.reader(io.StringIO(b"".join(exports.csv_chunks(ReportFilters())).decode()))
    header = next(reader)
    rows = by_email(header, list(reader))

    assert header[-1] == "Profile complete"
    assert rows["amara@example.com"]["Profile complete"] == "yes"
    assert rows["nina@example.com"]["Profile complete"] == "no"
    assert rows["nina@example.com"]["Department"] == ""  # files keep the data as it is
    assert rows["nameless@example.com"]["Profile complete"] == "no"  # HR's part, but no name


def test_the_xlsx_holds_the_same_column(people):
    buffer = io.BytesIO()
    exports.write_xlsx(buffer, ReportFilters(level="module"))
    buffer.seek(0)
    sheet = load_workbook(buffer, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    column = header.index("Profile complete")
    marks = {row[header.index("E-mail")]: row[column] for row in rows[1:]}

    assert marks == {
        "amara@example.com": "yes",
        "nina@example.com": "no",
        "nameless@example.com": "no",
    }


def test_the_preview_says_profile_incomplete_in_the_empty_cells(client, people):
    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    client.force_login(hr)

    html = client.get(reverse("reports:report"), {"level": "course"}).content.decode()

    row = html[html.index("nina@example.com") :].split("</tr>", 1)[0]
    # Department and team, and the profile column, say so; nothing is left blank.
    assert row.count("Profile incomplete") == 3
    complete = html[html.index("amara@example.com") :].split("</tr>", 1)[0]
    assert "Profile incomplete" not in complete
    assert "Customer Care" in complete and "Complete" in complete
    nameless = html[html.index("nameless@example.com") :].split("</tr>", 1)[0]
    assert nameless.count("Profile incomplete") == 1  # department and team are there
