"""An independent check of the completion report.

A generated organisation (a fixed seed: a few hundred learners in random states)
is reported at both levels under every filter the report form offers, and each
report is compared, value for value, with a plain computation in Python over the
same tables, written from the rules in docs/reports.md, not from the
SQL. The status counts of the preview and the XLSX are checked against it too."""

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone
from openpyxl import load_workbook

from assessments.models import Attempt, AttemptResult
from courses.models import (
    Assignment,
    Certificate,
    CoursePage,
    Enrollment,
    ModulePage,
    ModuleProgress,
)
from reports import exports
from reports.queries import ReportFilters, counts_sql
from tests.reports.builders import generated_organisation

pytestmark = pytest.mark.django_db

SEED = 20250607
LEARNERS = 220
ACTIVE = ("open", "held")


# --- The computation -----------------------------------------------------------------------


@dataclass
class Row:
    """One expected row, with what the filters look at."""

    user: object
    course: CoursePage
    module: ModulePage | None
    status: str
    progress: int
    speaking: Assignment | None
    completed_at: datetime | None
    best: float | None
    attempts: int
    certificate: Certificate | None


def stamp(value: datetime | None) -> str:
    return "" if value is None else value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def neutral(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def full_name(user) -> str:
    return f"{user.first_name} {user.last_name}".strip()


def speaking(candidates: list[Assignment], covers) -> Assignment | None:
    """The assignment that speaks for a row: of the active ones that cover it, the
    one due first (undated last, then the oldest); else the latest of all."""
    covering = [a for a in candidates if a.status in ACTIVE and covers(a)]
    if covering:
        return min(
            covering, key=lambda a: (a.due_at is None, a.due_at or a.created_at, a.created_at, a.pk)
        )
    if candidates:
        return max(candidates, key=lambda a: (a.created_at, a.pk))
    return None


def is_overdue(assignment: Assignment | None, covers, now) -> bool:
    return (
        assignment is not None
        and assignment.status in ACTIVE
        and covers(assignment)
        and assignment.due_at is not None
        and assignment.due_at < now
    )


def expected_rows(level: str, now: datetime) -> list[Row]:
    users = {
        user.pk: user
        for user in get_user_model().objects.select_related(
            "profile__department", "profile__team", "profile__manager"
        )
    }
    courses = {course.pk: course for course in CoursePage.objects.all()}
    modules = {
        course_id: list(ModulePage.objects.live().child_of(course).order_by("path"))
        for course_id, course in courses.items()
    }
    enrolments = {(e.user_id, e.course_id): e for e in Enrollment.objects.all()}
    progress = {(p.enrollment_id, p.module_id): p for p in ModuleProgress.objects.all()}
    assignments = defaultdict(list)
    for assignment in Assignment.objects.exclude(status="cancelled"):
        assignments[(assignment.user_id, assignment.course_id)].append(assignment)
    certificates = {c.enrollment_id: c for c in Certificate.objects.filter(revoked_at__isnull=True)}
    attempts, best = Counter(), {}
    results = {r.attempt_id: r.percent for r in AttemptResult.objects.all()}
    for attempt in Attempt.objects.select_related("assessment"):
        quiz = attempt.assessment
        if quiz.kind == "final":
            key = ("course", attempt.user_id, quiz.course_id)
        elif quiz.kind == "knowledge_check":
            key = ("module", attempt.user_id, quiz.module_id)
        else:
            continue
        attempts[key] += 1
        if attempt.pk in results:
            best[key] = max(best.get(key, results[attempt.pk]), results[attempt.pk])

    pairs = {key for key, e in enrolments.items() if e.status != "withdrawn"} | set(assignments)
    rows = []
    for user_id, course_id in pairs:
        enrolment = enrolments.get((user_id, course_id))
        candidates = assignments.get((user_id, course_id), [])
        certificate = certificates.get(enrolment.pk) if enrolment else None

        def finished(module_id, enrolment=enrolment):
            done = enrolment and progress.get((enrolment.pk, module_id))
            return bool(done and done.completed_at)

        if level == "course":

            def covers(a, finished=finished):
                return a.module_id is None or not finished(a.module_id)

            chosen = speaking(candidates, covers)
            if enrolment and enrolment.status == "completed":
                status = "completed"
            elif is_overdue(chosen, covers, now):
                status = "overdue"
            elif enrolment and enrolment.lessons_done > 0:
                status = "in_progress"
            else:
                status = "not_started"
            key = ("course", user_id, course_id)
            rows.append(
                Row(
                    user=users[user_id],
                    course=courses[course_id],
                    module=None,
                    status=status,
                    progress=enrolment.progress_percent if enrolment else 0,
                    speaking=chosen,
                    completed_at=enrolment.completed_at if enrolment else None,
                    best=best.get(key),
                    attempts=attempts[key],
                    certificate=certificate,
                )
            )
            continue
        for module in modules[course_id]:
            mine = [a for a in candidates if a.module_id in (None, module.pk)]
            chosen = speaking(mine, lambda a: True)
            done = progress.get((enrolment.pk, module.pk)) if enrolment else None
            if done and done.completed_at:
                status = "completed"
            elif is_overdue(chosen, lambda a: True, now):
                status = "overdue"
            elif done and done.lessons_done > 0:
                status = "in_progress"
            else:
                status = "not_started"
            key = ("module", user_id, module.pk)
            rows.append(
                Row(
                    user=users[user_id],
                    course=courses[course_id],
                    module=module,
                    status=status,
                    progress=done.percent if done else 0,
                    speaking=chosen,
                    completed_at=done.completed_at if done else None,
                    best=best.get(key),
                    attempts=attempts[key],
                    certificate=certificate,
                )
            )
    return rows


def in_days(value: datetime | None, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if value is None:
        return False
    day = value.astimezone(UTC).date()
    return (start is None or day >= start) and (end is None or day <= end)


def selected(row: Row, f: ReportFilters) -> bool:
    profile = row.user.profile
    chosen = row.speaking
    return (
        (not f.department_ids or profile.department_id in f.department_ids)
        and (not f.team_ids or profile.team_id in f.team_ids)
        and (f.manager_id is None or profile.manager_id == f.manager_id)
        and (not f.course_ids or row.course.pk in f.course_ids)
        and (not f.statuses or row.status in f.statuses)
        and (f.source != "assigned" or chosen is not None)
        and (f.source != "self" or chosen is None)
        and in_days(chosen and chosen.created_at, f.assigned_from, f.assigned_to)
        and in_days(chosen and chosen.due_at, f.due_from, f.due_to)
        and in_days(row.completed_at, f.completed_from, f.completed_to)
    )


def as_csv(row: Row) -> list[str]:
    profile = row.user.profile
    manager = profile.manager
    cells = [
        neutral(profile.employee_id or ""),
        neutral(full_name(row.user)),
        neutral(row.user.email),
        neutral(profile.department.name if profile.department else ""),
        neutral(profile.team.name if profile.team else ""),
        neutral(full_name(manager) if manager else ""),
        neutral(row.course.title),
    ]
    if row.module is not None:
        cells.append(neutral(row.module.title))
    chosen = row.speaking
    return [
        *cells,
        row.status,
        str(row.progress),
        stamp(chosen and chosen.created_at),
        stamp(chosen and chosen.due_at),
        stamp(row.completed_at),
        "" if row.best is None else f"{row.best:.1f}",
        str(row.attempts),
        row.certificate.code if row.certificate else "",
        row.certificate.basis if row.certificate else "",
        "yes" if profile_complete(row.user) else "no",
    ]


def profile_complete(user) -> bool:
    """A name of their own, and an employee id, department and team from HR."""
    profile = user.profile
    return bool(
        user.first_name.strip()
        and user.last_name.strip()
        and (profile.employee_id or "").strip()
        and profile.department_id
        and profile.team_id
    )


# --- The report ----------------------------------------------------------------------------


def reported(filters: ReportFilters, now) -> list[list[str]]:
    text = b"".join(exports.csv_chunks(filters, now=now)).decode()
    lines = list(csv.reader(io.StringIO(text)))[1:]
    best = column(filters, "best_score")
    for line in lines:
        if line[best]:  # 50 and 50.0 are the same score
            line[best] = f"{float(line[best]):.1f}"
    return sorted(lines)


def column(filters: ReportFilters, name: str) -> int:
    return [column_name for column_name, _label in filters.columns].index(name)


def reported_counts(filters: ReportFilters, now) -> Counter:
    sql, params = counts_sql(filters, vendor=connection.vendor, now=now)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return Counter(dict(cursor.fetchall()))


def filter_sets(org, now) -> dict[str, ReportFilters]:
    today = now.date()
    departments, teams, managers = org["departments"], org["teams"], org["managers"]
    courses = [built.page.pk for built in org["courses"]]
    midnight = (
        Assignment.objects.filter(created_at__hour=0, created_at__minute=0, created_at__second=0)
        .order_by("pk")
        .first()
        .created_at.date()
    )
    sets = {"everything": {}}
    sets |= {f"department {n}": {"department_ids": [d.pk]} for n, d in enumerate(departments)}
    sets["two departments"] = {"department_ids": [departments[0].pk, departments[2].pk]}
    sets |= {f"team {n}": {"team_ids": [t.pk]} for n, t in enumerate(teams)}
    sets["two teams"] = {"team_ids": [teams[1].pk, teams[3].pk]}
    sets |= {f"manager {n}": {"manager_id": m.pk} for n, m in enumerate(managers)}
    sets |= {f"course {n}": {"course_ids": [pk]} for n, pk in enumerate(courses)}
    sets["two courses"] = {"course_ids": courses[1:]}
    for status in ("not_started", "in_progress", "completed", "overdue"):
        sets[f"status {status}"] = {"statuses": [status]}
    sets["overdue or completed"] = {"statuses": ["overdue", "completed"]}
    sets["assigned"] = {"source": "assigned"}
    sets["self-enrolled"] = {"source": "self"}
    day = timedelta(days=1)
    for name, start, end in (
        ("assigned", today - 30 * day, today - 10 * day),
        ("due", today, today + 10 * day),
        ("completed", today - 20 * day, today - 5 * day),
    ):
        sets[f"{name} from-to"] = {f"{name}_from": start, f"{name}_to": end}
        sets[f"{name} from"] = {f"{name}_from": end}
        sets[f"{name} to"] = {f"{name}_to": start}
    sets["assigned on a day with a stamp at midnight"] = {
        "assigned_from": midnight,
        "assigned_to": midnight,
    }
    sets["due before today"] = {"due_to": today - day}
    sets["many at once"] = {
        "department_ids": [departments[0].pk, departments[1].pk],
        "course_ids": courses[:2],
        "statuses": ["overdue", "in_progress", "not_started"],
        "source": "assigned",
        "due_from": today - 15 * day,
        "due_to": today + 30 * day,
    }
    return sets


def test_the_report_matches_a_plain_computation_under_every_filter():
    """One organisation, built once (it takes a while), for every check."""
    org = generated_organisation(seed=SEED, learners=LEARNERS)
    # "Now" a little after the data, so that nothing falls due at the very moment.
    now = timezone.now() + timedelta(seconds=1)
    for level in ("course", "module"):
        check_every_filter(org, now, level)
    check_the_levels_agree(now)
    check_the_xlsx(now)


def check_every_filter(org, now, level: str) -> None:
    rows = expected_rows(level, now)

    # The generated organisation has what the filters need to tell rows apart.
    assert len(rows) > LEARNERS
    assert {row.status for row in rows} == {"not_started", "in_progress", "completed", "overdue"}
    bases = {row.certificate.basis for row in rows if row.certificate}
    assert bases == {"lessons_and_finals", "lessons", "lessons_earlier_rule"}

    for name, values in filter_sets(org, now).items():
        filters = ReportFilters(level=level, **values)
        wanted = [row for row in rows if selected(row, filters)]
        assert wanted, f"{level}, {name}: the data has no row for this filter"
        assert name == "everything" or len(wanted) < len(rows), f"{level}, {name}"
        assert reported(filters, now) == sorted(as_csv(row) for row in wanted), f"{level}, {name}"
        assert reported_counts(filters, now) == Counter(row.status for row in wanted), (
            f"{level}, {name}"
        )


def check_the_levels_agree(now) -> None:
    """A module overdue makes its course row overdue, unless the course is completed."""
    course, module = ReportFilters(level="course"), ReportFilters(level="module")
    courses = {
        (row[column(course, "employee_id")], row[column(course, "course")]): row[
            column(course, "status")
        ]
        for row in reported(course, now)
    }
    overdue = [row for row in reported(module, now) if row[column(module, "status")] == "overdue"]

    assert overdue
    for row in overdue:
        key = (row[column(module, "employee_id")], row[column(module, "course")])
        assert courses[key] in ("overdue", "completed"), row


def check_the_xlsx(now) -> None:
    filters = ReportFilters(level="module", statuses=["overdue", "completed"])
    wanted = sorted(as_csv(row) for row in expected_rows("module", now) if selected(row, filters))
    best = column(filters, "best_score")

    buffer = io.BytesIO()
    exports.write_xlsx(buffer, filters)
    buffer.seek(0)
    sheet = load_workbook(buffer, read_only=True).active
    cells = []
    for values in sheet.iter_rows(min_row=2, values_only=True):
        line = []
        for index, value in enumerate(values):
            if value is None:
                line.append("")
            elif isinstance(value, datetime):
                line.append(stamp(value.replace(tzinfo=UTC)))
            elif index == best:
                line.append(f"{value:.1f}")
            else:
                line.append(str(value))
        cells.append(line)

    # The same values, without the apostrophe that only the CSV needs.
    assert sorted(cells) == sorted([value.removeprefix("'") for value in line] for line in wanted)
