"""The report's preview speaks the reader's language: dates as the active
locale writes them (the exports keep ISO 8601), and what people wrote marked
as such for the page."""

from datetime import UTC, datetime

from django.utils import translation

from reports.queries import COURSE_COLUMNS
from reports.services import Preview


def preview(**values) -> Preview:
    row = tuple(values.get(name) for name, _label in COURSE_COLUMNS)
    return Preview(columns=COURSE_COLUMNS, rows=[row], counts={"completed": 1})


def column(name: str) -> int:
    return [n for n, _label in COURSE_COLUMNS].index(name)


def test_preview_writes_dates_in_the_readers_format():
    # SQLite answers ISO 8601 text; PostgreSQL a datetime.
    shown = preview(
        completed_at="2025-03-04T09:30:00Z",
        assigned_at=datetime(2025, 2, 1, 9, 0, tzinfo=UTC),
        status="completed",
    )

    with translation.override("es"):
        row = shown.shown_rows[0]
    with translation.override("en"):
        english = shown.shown_rows[0]

    assert row[column("completed_at")] == "4 de marzo de 2025"
    assert row[column("assigned_at")] == "1 de febrero de 2025"
    assert english[column("completed_at")] == "March 4, 2025"
    assert row[column("due_at")] is None


def test_preview_marks_the_columns_people_wrote():
    marked = {COURSE_COLUMNS[index][0] for index in preview().content_columns}

    assert {"name", "email", "team", "course"} <= marked
    assert not marked & {"status", "progress", "completed_at", "certificate_basis"}
