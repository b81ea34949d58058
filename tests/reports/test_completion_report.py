import csv
import io
from datetime import UTC

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from openpyxl import load_workbook

from people.roles import Role
from people.services import role_grant
from reports import exports
from reports.models import ReportAudit
from reports.queries import ReportFilters
from skills.ingest import signals_ingest
from tests.factories import UserFactory
from tests.reports.builders import organisation

pytestmark = pytest.mark.django_db

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hr_user():
    user = UserFactory()
    role_grant(user=user, role=Role.HR_REPORTER)
    return user


def csv_rows(filters=None, bom=False):
    data = b"".join(exports.csv_chunks(filters or ReportFilters(), bom=bom))
    text = data.decode("utf-8-sig" if bom else "utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    return header, list(reader)


def neutral(value: str) -> str:
    return "'" + value if value and value.startswith(FORMULA_STARTS) else value


def iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        value = parse_datetime(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


INDEPENDENT = """
SELECT p.employee_id, u.first_name, u.last_name, u.email, d.name, t.name, m.first_name, m.last_name,
       c.title, e.status, e.progress_percent, e.lessons_done, e.completed_at,
       sa.created_at, sa.due_at, sa.status,
       CASE WHEN sa.module_id IS NULL THEN 0 ELSE (
           SELECT COUNT(*) FROM courses_moduleprogress mp
           WHERE mp.enrollment_id = e.id AND mp.module_id = sa.module_id
             AND mp.completed_at IS NOT NULL) END,
       (SELECT MAX(r.percent) FROM assessments_attemptresult r
          JOIN assessments_attempt at ON at.id = r.attempt_id
          JOIN assessments_assessment s ON s.id = at.assessment_id
          WHERE s.kind = 'final' AND s.course_id = c.id AND at.user_id = u.id),
       (SELECT COUNT(*) FROM assessments_attempt at JOIN assessments_assessment s ON s.id = at.assessment_id
          WHERE s.kind = 'final' AND s.course_id = c.id AND at.user_id = u.id),
       cert.code, cert.basis
FROM people_user u
CROSS JOIN courses_coursepage cp
JOIN wagtailcore_page c ON c.id = cp.page_ptr_id
LEFT JOIN courses_enrollment e ON e.user_id = u.id AND e.course_id = c.id
LEFT JOIN courses_certificate cert ON cert.enrollment_id = e.id AND cert.revoked_at IS NULL
LEFT JOIN people_profile p ON p.user_id = u.id
LEFT JOIN people_department d ON d.id = p.department_id
LEFT JOIN people_team t ON t.id = p.team_id
LEFT JOIN people_user m ON m.id = p.manager_id
-- The assignment that speaks for the row: an active one of the course or of an
-- unfinished module of it, due first; else the latest.
LEFT JOIN courses_assignment sa ON sa.id = (
    SELECT a.id FROM courses_assignment a
    LEFT JOIN courses_moduleprogress amp ON amp.enrollment_id = e.id AND amp.module_id = a.module_id
    WHERE a.user_id = u.id AND a.course_id = c.id AND a.status <> 'cancelled'
    ORDER BY CASE WHEN a.status IN ('open', 'held') AND amp.completed_at IS NULL THEN 0 ELSE 1 END,
             CASE WHEN a.status IN ('open', 'held') AND amp.completed_at IS NULL
                  THEN COALESCE(a.due_at, '9999-12-31') END,
             CASE WHEN a.status IN ('open', 'held') AND amp.completed_at IS NULL
                  THEN a.created_at END,
             a.created_at DESC, a.id
    LIMIT 1)
WHERE EXISTS (SELECT 1 FROM courses_enrollment x WHERE x.user_id = u.id AND x.course_id = c.id AND x.status <> 'withdrawn')
   OR EXISTS (SELECT 1 FROM courses_assignment y WHERE y.user_id = u.id AND y.course_id = c.id AND y.status <> 'cancelled')
"""


def expected_rows(now):
    with connection.cursor() as cursor:
        cursor.execute(INDEPENDENT)
        raw = cursor.fetchall()
    rows = []
    for (
        employee_id,
        first,
        last,
        email,
        dept,
        team,
        m_first,
        m_last,
        course,
        e_status,
        percent,
        done,
        completed_at,
        assigned_at,
        due_at,
        a_status,
        module_done,
        best,
        attempts,
        code,
        basis,
    ) in raw:
        due = parse_datetime(due_at) if isinstance(due_at, str) else due_at
        if due is not None and timezone.is_naive(due):
            due = timezone.make_aware(due, UTC)
        if e_status == "completed":
            status = "completed"
        elif a_status in ("open", "held") and not module_done and due is not None and due < now:
            status = "overdue"
        elif (done or 0) > 0:
            status = "in_progress"
        else:
            status = "not_started"
        manager = f"{m_first} {m_last}".strip() if m_first is not None else ""
        rows.append(
            [
                neutral(employee_id or ""),
                neutral(f"{first} {last}".strip()),
                neutral(email),
                neutral(dept or ""),
                neutral(team or ""),
                neutral(manager),
                neutral(course),
                status,
                str(percent or 0),
                iso(assigned_at),
                iso(due_at),
                iso(completed_at),
                "" if best is None else f"{round(best, 1):.1f}",
                str(attempts),
                code or "",
                basis or "",
                # A name of their own, and an employee id, department and team from HR.
                "yes"
                if first.strip()
                and last.strip()
                and (employee_id or "").strip()
                and dept is not None
                and team is not None
                else "no",
            ]
        )
    return sorted(rows, key=lambda row: (row[0], row[6]))


def normalise(rows):
    fixed = []
    for row in rows:
        row = list(row)
        if row[12]:
            row[12] = f"{float(row[12]):.1f}"
        fixed.append(row)
    return sorted(fixed, key=lambda row: (row[0], row[6]))


def test_export_matches_an_independent_query_value_for_value():
    organisation(learners=300)
    now = timezone.now()

    header, rows = csv_rows()

    assert header[:3] == ["Employee id", "Name", "E-mail"]
    expected = expected_rows(now)
    assert len(rows) == 240  # 300 learners, 4 in 5 with learning
    assert normalise(rows) == expected
    statuses = {row[7] for row in rows}
    assert statuses == {"completed", "in_progress", "overdue", "not_started"}
    names = {row[1] for row in rows}
    assert any(name.startswith("Zoë") for name in names)
    assert any(name.startswith("李") for name in names)


def test_cells_that_would_run_as_formulas_are_neutralised():
    organisation(learners=10)
    _header, rows = csv_rows()
    names = [row[1] for row in rows]

    assert '\'=HYPERLINK("x") Learner 5' in names
    assert "'+44 Ann Learner 6" in names and "'@Mention Learner 8" in names
    formula_like = [
        name for name in names if name[:1] in "=+-@" or name[:2] in ("'=", "'+", "'-", "'@")
    ]
    assert formula_like and all(name.startswith("'") for name in formula_like)


def test_export_queries_do_not_grow_with_rows():
    organisation(learners=20)
    with CaptureQueriesContext(connection) as few:
        csv_rows()
    organisation(learners=60, prefix="More ")
    with CaptureQueriesContext(connection) as many:
        csv_rows()
    assert len(many) == len(few)


def test_excel_csv_has_a_bom_and_xlsx_holds_the_same_rows():
    organisation(learners=20)
    raw = b"".join(exports.csv_chunks(ReportFilters(), bom=True))
    assert raw.startswith(b"\xef\xbb\xbf")
    _header, rows = csv_rows()

    buffer = io.BytesIO()
    count = exports.write_xlsx(buffer, ReportFilters())
    buffer.seek(0)
    sheet = load_workbook(buffer, read_only=True).active
    xlsx = [
        ["" if v is None else str(v) for v in row]
        for row in sheet.iter_rows(min_row=2, values_only=True)
    ]

    assert count == len(rows)
    # The same text, without the apostrophe the CSV needs against formulas.
    assert [row[:8] for row in xlsx] == [[v.removeprefix("'") for v in row[:8]] for row in rows]


def test_module_level_rows():
    org = organisation(learners=10)
    _header, rows = csv_rows(ReportFilters(level="module"))
    course_rows = len(csv_rows()[1])
    assert len(rows) == course_rows * 2  # two modules per course
    assert {row[7] for row in rows} == {m.title for c in org["courses"] for m in c.modules}


def test_filters_narrow_the_rows():
    org = organisation(learners=30)
    billing = org["teams"][0]

    _header, rows = csv_rows(ReportFilters(team_ids=[billing.pk]))
    assert rows and all(row[4] == "Billing" for row in rows)
    _header, rows = csv_rows(ReportFilters(statuses=["overdue"]))
    assert rows and {row[7] for row in rows} == {"overdue"}
    _header, rows = csv_rows(ReportFilters(source="self"))
    assert rows and all(row[9] == "" for row in rows)
    _header, rows = csv_rows(ReportFilters(course_ids=[org["courses"][1].page.pk]))
    assert rows and {row[6] for row in rows} == {"Course 1"}
    today = timezone.now().date()
    _header, rows = csv_rows(ReportFilters(completed_from=today, completed_to=today))
    assert rows and {row[7] for row in rows} == {"completed"}


def test_wellbeing_data_never_appears(client):
    organisation(learners=10)
    from tests.skills.helpers import qa

    signals_ingest(
        [
            {
                **qa("w1", "E0000", 0.9, source="workload", skill=None, scale_max=1),
                "note": "WELLBEING-NOTE",
            },
        ],
        queue=False,
    )
    raw = b"".join(exports.csv_chunks(ReportFilters())).decode()
    assert "WELLBEING-NOTE" not in raw and "0.9" not in raw


# --- The pages ---------------------------------------------------------------------


def test_hr_previews_and_exports_with_an_audit_entry(client):
    organisation(learners=20)
    hr = hr_user()
    client.force_login(hr)

    preview = client.get(reverse("reports:report"), {"level": "course"})
    html = preview.content.decode()
    assert "rows in all" in html and "Overdue" in html

    response = client.post(reverse("reports:export_start"), {"level": "course", "format": "csv"})
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/csv")
    assert body.count("\n") == 1 + len(csv_rows()[1])
    entry = ReportAudit.objects.get()
    assert (entry.actor, entry.delivery, entry.row_count) == (hr, "download", len(csv_rows()[1]))


def test_learners_never_see_a_report(client):
    organisation(learners=5)
    # 404 for a read, 403 for a write (docs/access-matrix.md).
    client.force_login(UserFactory())
    assert client.get(reverse("reports:report")).status_code == 404
    assert (
        client.post(
            reverse("reports:export_start"), {"level": "course", "format": "csv"}
        ).status_code
        == 403
    )
    assert not ReportAudit.objects.exists()


def test_managers_export_their_own_team_only(client):
    org = organisation(learners=30)
    boss = org["boss"]
    role_grant(user=boss, role=Role.MANAGER)
    client.force_login(boss)

    # Even asking for another manager's people gives only their own.
    response = client.post(
        reverse("reports:export_start"),
        {"level": "course", "format": "csv", "manager": UserFactory().pk},
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))[1:]
    mine = {p.profile.employee_id for p in org["people"] if p.profile.manager_id == boss.pk}
    assert rows and {row[0] for row in rows} <= mine
    assert all(row[5] == "Maya Okafor" for row in rows)
    html = client.get(reverse("reports:report"), {"level": "course"}).content.decode()
    assert "Your team" in html and 'name="departments"' not in html


def test_filters_are_checked(client):
    client.force_login(hr_user())
    response = client.get(
        reverse("reports:report"),
        {
            "level": "course",
            "statuses": "nonsense",
            "due_from": "2026-12-01",
            "due_to": "2026-11-01",
        },
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Select a valid choice" in html
    assert "before its start" in html


def test_datetimes_are_utc_iso():
    organisation(learners=10)
    _header, rows = csv_rows()
    stamps = [row[11] for row in rows if row[11]]
    assert stamps and all(parse_datetime(s).tzinfo is not None for s in stamps)


def test_an_xlsx_with_more_rows_than_a_sheet_holds_goes_on_in_the_next(monkeypatch):
    organisation(learners=8)
    _header, rows = csv_rows()
    monkeypatch.setattr(exports, "SHEET_ROWS", 2)

    buffer = io.BytesIO()
    count = exports.write_xlsx(buffer, ReportFilters())
    buffer.seek(0)
    workbook = load_workbook(buffer, read_only=True)

    assert count == len(rows) > 4
    assert workbook.sheetnames[:2] == ["Completion", "Completion 2"]
    sheets = [list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets]
    assert all(sheet[0][0] == "Employee id" for sheet in sheets)
    assert sum(len(sheet) - 1 for sheet in sheets) == count
    assert all(len(sheet) - 1 <= 2 for sheet in sheets)


def test_xlsx_text_that_looks_like_a_formula_stays_text():
    # A learner who is in the report (the manager made by organisation() is not).
    profile = organisation(learners=2)["people"][0].profile
    profile.employee_id = "=1+1"
    profile.save(update_fields=["employee_id"])

    buffer = io.BytesIO()
    exports.write_xlsx(buffer, ReportFilters())
    buffer.seek(0)
    sheet = load_workbook(buffer).active

    cells = [row[0] for row in sheet.iter_rows(min_row=2)]
    assert "=1+1" in [cell.value for cell in cells]
    assert all(cell.data_type == "s" for cell in cells)
