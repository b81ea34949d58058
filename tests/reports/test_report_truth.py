"""What the completion report says must be true (the issue "What users see must
be true"): the most urgent state at course level, agreeing with the module
level; when a module was completed; typed XLSX cells; what a certificate proves."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from courses import services as course_services
from courses.models import Assignment, Certificate, LessonPage, ModuleProgress
from people.models import Profile
from people.roles import Role
from people.services import role_grant
from reports import exports
from reports.queries import ReportFilters
from tests.courses.builders import build_course, lesson_body
from tests.factories import UserFactory
from tests.reports.builders import organisation

pytestmark = pytest.mark.django_db


def report(filters: ReportFilters) -> list[dict]:
    """The CSV export's rows, as dicts keyed by column name."""
    text = b"".join(exports.csv_chunks(filters)).decode()
    lines = list(csv.reader(io.StringIO(text)))
    names = [name for name, _label in filters.columns]
    assert lines[0] == [str(label) for _name, label in filters.columns]
    return [dict(zip(names, line, strict=True)) for line in lines[1:]]


def z(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def assign(person, built, *, module=None, due_at, created_at=None) -> Assignment:
    """An assignment due at ``due_at`` (past dates allowed), made through the service."""
    assignment, _created = course_services.assignment_create(
        user=person,
        course=built.page,
        module=module,
        reason="Coaching plan.",
        due_at=timezone.now() + timedelta(days=1),
    )
    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=due_at, created_at=created_at or assignment.created_at
    )
    assignment.refresh_from_db()
    return assignment


# --- 1. The most urgent state, and both levels agree ------------------------------------


def test_a_course_row_shows_an_older_overdue_module_assignment():
    built = build_course("Urgent course", modules=2, lessons=2)
    person = UserFactory()
    now = timezone.now()
    overdue = assign(
        person,
        built,
        module=built.modules[0],
        due_at=now - timedelta(days=3),
        created_at=now - timedelta(days=10),
    )
    assign(person, built, due_at=now + timedelta(days=20))  # newer, due later

    [row] = report(ReportFilters())
    assert row["status"] == "overdue"
    assert (row["assigned_at"], row["due_at"]) == (z(overdue.created_at), z(overdue.due_at))
    assert [r["course"] for r in report(ReportFilters(statuses=["overdue"]))] == ["Urgent course"]
    assert report(ReportFilters(statuses=["not_started"])) == []

    modules = {r["module"]: r for r in report(ReportFilters(level="module"))}
    assert modules["Urgent course module 1"]["status"] == "overdue"
    assert modules["Urgent course module 1"]["due_at"] == z(overdue.due_at)
    # The second module is covered by the course's assignment, not yet due.
    assert modules["Urgent course module 2"]["status"] == "not_started"


def test_of_two_open_assignments_the_row_names_the_one_due_first():
    built = build_course("Two due", modules=2, lessons=1)
    person = UserFactory()
    now = timezone.now()
    sooner = assign(person, built, due_at=now + timedelta(days=5))
    assign(person, built, module=built.modules[1], due_at=now + timedelta(days=30))  # newer

    [row] = report(ReportFilters())
    assert row["status"] == "not_started"
    assert (row["assigned_at"], row["due_at"]) == (z(sooner.created_at), z(sooner.due_at))


def test_a_finished_module_makes_nothing_overdue():
    """A module whose assignment is past due but whose lessons are done is not
    overdue at either level (its assignment would normally be closed already)."""
    built = build_course("Done module", modules=2, lessons=1)
    person = UserFactory()
    now = timezone.now()
    late = assign(person, built, module=built.modules[0], due_at=now + timedelta(days=1))
    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)
    # As if the assignment had been left open: it is past due, its module is done.
    Assignment.objects.filter(pk=late.pk).update(status="open", due_at=now - timedelta(days=1))

    [row] = report(ReportFilters())
    modules = {r["module"]: r["status"] for r in report(ReportFilters(level="module"))}
    assert modules == {"Done module module 1": "completed", "Done module module 2": "not_started"}
    assert row["status"] == "in_progress"


# --- 2. When a module was completed -----------------------------------------------------


def test_module_completed_at_is_when_the_module_was_finished():
    built = build_course("Stamped", modules=2, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    for lesson in built.lessons[:2]:  # the first module
        course_services.lesson_complete(user=person, course=built.page, lesson_id=lesson.pk)
    finished = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    ModuleProgress.objects.filter(module=built.modules[0]).update(completed_at=finished)
    # Marked done again later: the enrolment's last activity moves, the module's
    # completion does not.
    course_services.lesson_complete(user=person, course=built.page, lesson_id=built.lessons[0].pk)

    rows = {r["module"]: r for r in report(ReportFilters(level="module"))}
    first, second = rows["Stamped module 1"], rows["Stamped module 2"]
    assert (first["status"], first["completed_at"]) == ("completed", "2025-03-04T09:30:00Z")
    assert (second["status"], second["completed_at"]) == ("not_started", "")

    on_the_day = ReportFilters(
        level="module", completed_from=date(2025, 3, 4), completed_to=date(2025, 3, 4)
    )
    assert [r["module"] for r in report(on_the_day)] == ["Stamped module 1"]
    today = timezone.now().date()
    assert report(ReportFilters(level="module", completed_from=today, completed_to=today)) == []


def test_a_module_completed_stays_completed_when_a_lesson_is_added():
    built = build_course("Growing", modules=1, lessons=2)
    person = UserFactory()
    course_services.enrollment_create(user=person, course=built.page)
    for lesson in built.lessons:
        course_services.lesson_complete(user=person, course=built.page, lesson_id=lesson.pk)
    stamp = ModuleProgress.objects.get().completed_at
    built.modules[0].add_child(
        instance=LessonPage(title="New lesson", slug="new-lesson", body=lesson_body("New"))
    )
    course_services.progress_refresh_for(user=person, course=built.page)

    [row] = report(ReportFilters(level="module"))
    assert (row["status"], row["progress"], row["completed_at"]) == ("completed", "67", z(stamp))


def test_a_day_range_includes_a_stamp_at_midnight():
    built = build_course("Midnight", modules=1, lessons=1)
    person = UserFactory()
    midnight = datetime(2025, 6, 1, tzinfo=UTC)
    assign(person, built, due_at=timezone.now() + timedelta(days=3), created_at=midnight)

    for start, end in ((date(2025, 6, 1), None), (None, date(2025, 6, 1))):
        rows = report(ReportFilters(assigned_from=start, assigned_to=end))
        assert [r["assigned_at"] for r in rows] == ["2025-06-01T00:00:00Z"]
    assert report(ReportFilters(assigned_from=date(2025, 6, 2))) == []
    assert report(ReportFilters(assigned_to=date(2025, 5, 31))) == []


# --- 3. Typed XLSX cells ------------------------------------------------------------------


def xlsx(filters: ReportFilters):
    buffer = io.BytesIO()
    exports.write_xlsx(buffer, filters)
    buffer.seek(0)
    return load_workbook(buffer).active


@pytest.mark.parametrize("level", ["course", "module"])
def test_xlsx_cells_have_types(level):
    org = organisation(learners=10)
    filters = ReportFilters(level=level)
    csv_rows = report(filters)
    sheet = xlsx(filters)
    names = [name for name, _label in filters.columns]
    header = [cell.value for cell in sheet[1]]
    assert header[names.index("due_at")] == "Due at (UTC)"
    assert header[names.index("employee_id")] == "Employee id"

    cells = [dict(zip(names, row, strict=False)) for row in sheet.iter_rows(min_row=2)]
    assert len(cells) == len(csv_rows)
    for row, expected in zip(cells, csv_rows, strict=True):
        for name in ("progress", "attempts"):
            assert row[name].data_type == "n" and row[name].value == int(expected[name])
        if expected["best_score"]:
            assert row["best_score"].data_type == "n"
            assert row["best_score"].value == pytest.approx(float(expected["best_score"]))
        for name in ("assigned_at", "due_at", "completed_at"):
            if expected[name]:
                assert row[name].is_date and "yyyy" in row[name].number_format
                assert z(row[name].value.replace(tzinfo=UTC)) == expected[name]
            else:
                assert row[name].value is None
        for name in ("name", "email", "course", "status"):
            assert row[name].data_type == "s"
            # What the CSV must neutralise, the sheet holds as plain text.
            assert row[name].value == expected[name].removeprefix("'")
    # Scores are of the course's final; the organisation has no knowledge checks.
    assert any(c["best_score"].value is not None for c in cells) == (level == "course")
    assert any(c["due_at"].value is not None for c in cells)
    assert any(c["completed_at"].value is not None for c in cells)
    assert org


def test_xlsx_formula_like_text_is_text_without_an_apostrophe():
    profile = organisation(learners=2)["people"][0].profile
    profile.employee_id = "=1+1"
    profile.save(update_fields=["employee_id"])

    sheet = xlsx(ReportFilters())
    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert "=1+1" in [cell.value for cell in cells]
    assert all(cell.data_type == "s" for cell in cells)
    assert [row["employee_id"] for row in report(ReportFilters())].count("'=1+1") == 1


# --- 4. What the certificate proves -------------------------------------------------------


def test_the_certificate_basis_column(client):
    org = organisation(learners=20)
    # Learners 0 and 10 completed course 0 and passed its final, 5 and 15 completed
    # course 1, which has none; 15's certificate predates the rule on finals.
    earlier = org["people"][15]
    Certificate.objects.filter(user=earlier).update(basis="lessons_earlier_rule")

    by_code = {}
    for level in ("course", "module"):
        for row in report(ReportFilters(level=level)):
            by_code.setdefault(row["certificate"], set()).add(row["certificate_basis"])
    assert by_code.pop("") == {""}
    proves = {code: basis.pop() for code, basis in by_code.items()}
    certificates = dict(Certificate.objects.values_list("code", "basis"))
    assert proves == certificates
    assert set(certificates.values()) == {
        "lessons_and_finals",
        "lessons",
        "lessons_earlier_rule",
    }

    sheet = xlsx(ReportFilters())
    header = [cell.value for cell in sheet[1]]
    column = header.index("Certificate basis")
    assert {row[column] for row in sheet.iter_rows(min_row=2, values_only=True)} == {
        None,
        "lessons_and_finals",
        "lessons",
        "lessons_earlier_rule",
    }

    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    client.force_login(hr)
    html = client.get(reverse("reports:report"), {"level": "course"}).content.decode()
    assert "Certificate basis" in html and "Lessons and final assessments" in html


def test_the_preview_shows_a_name_as_it_is_escaped_not_with_the_csv_apostrophe(client):
    people = organisation(learners=2)["people"]
    Profile.objects.filter(user=people[0]).update(employee_id="=HYPERLINK(1)")
    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    client.force_login(hr)

    html = client.get("/reports/", {"level": "course"}).content.decode()

    assert "=HYPERLINK(1)" in html
    assert "'=HYPERLINK(1)" not in html and "&#x27;=HYPERLINK(1)" not in html


def test_the_preview_says_statuses_and_certificate_bases_in_words(client):
    organisation(learners=5)
    hr = UserFactory()
    role_grant(user=hr, role=Role.HR_REPORTER)
    client.force_login(hr)

    html = client.get("/reports/", {"level": "course"}).content.decode()

    table = html[html.index("<tbody>") : html.index("</tbody>")]
    assert "not_started" not in table and "in_progress" not in table
    assert "lessons_earlier_rule" not in table and ">lessons<" not in table
    assert "Not started" in table or "In progress" in table or "Completed" in table
