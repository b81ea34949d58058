"""The completion report as one SQL query.

One query, built here for PostgreSQL and SQLite, feeds the preview, the CSV
(streamed straight out of PostgreSQL's COPY), the XLSX and the scheduled runs,
so every format holds the same rows. Text cells that a spreadsheet would run as
a formula (starting with = + - @, a tab or a carriage return) are neutralised
in the query itself with a leading apostrophe.

Rows: one per learner and course where the learner is enrolled (not withdrawn)
or has an assignment of the course; the module variant has one per learner and
module of those courses. Wellbeing data is never part of it.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from django.utils.translation import gettext_lazy as _

COURSE_COLUMNS = [
    ("employee_id", _("Employee id")),
    ("name", _("Name")),
    ("email", _("E-mail")),
    ("department", _("Department")),
    ("team", _("Team")),
    ("manager", _("Manager")),
    ("course", _("Course")),
    ("status", _("Status")),
    ("progress", _("Progress (%)")),
    ("assigned_at", _("Assigned at")),
    ("due_at", _("Due at")),
    ("completed_at", _("Completed at")),
    ("best_score", _("Best score (%)")),
    ("attempts", _("Attempts")),
    ("certificate", _("Certificate code")),
]
MODULE_COLUMNS = [*COURSE_COLUMNS[:7], ("module", _("Module")), *COURSE_COLUMNS[7:]]
STATUSES = ["not_started", "in_progress", "completed", "overdue"]
TEXT_COLUMNS = {
    "employee_id",
    "name",
    "email",
    "department",
    "team",
    "manager",
    "course",
    "module",
    "certificate",
}


@dataclass
class ReportFilters:
    level: str = "course"  # or "module"
    department_ids: list[int] = field(default_factory=list)
    team_ids: list[int] = field(default_factory=list)
    manager_id: int | None = None
    course_ids: list[int] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    source: str = ""  # "assigned" | "self" | ""
    assigned_from: date | None = None
    assigned_to: date | None = None
    due_from: date | None = None
    due_to: date | None = None
    completed_from: date | None = None
    completed_to: date | None = None

    def as_json(self) -> dict:
        return {
            key: (value.isoformat() if isinstance(value, date) else value)
            for key, value in self.__dict__.items()
        }

    @classmethod
    def from_json(cls, data: dict) -> "ReportFilters":
        values = dict(data)
        for key in (
            "assigned_from",
            "assigned_to",
            "due_from",
            "due_to",
            "completed_from",
            "completed_to",
        ):
            if values.get(key):
                values[key] = date.fromisoformat(values[key])
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})

    @property
    def columns(self):
        return MODULE_COLUMNS if self.level == "module" else COURSE_COLUMNS


class Dialect:
    def __init__(self, vendor: str):
        if vendor not in ("postgresql", "sqlite"):
            raise ValueError(f"The report needs PostgreSQL or SQLite, not {vendor}.")
        self.vendor = vendor

    def iso(self, column: str) -> str:
        if self.vendor == "postgresql":
            return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')"""
        return f"strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', {column})"

    def neutral(self, expression: str) -> str:
        char = "chr" if self.vendor == "postgresql" else "char"
        return (
            f"CASE WHEN substr({expression}, 1, 1) IN ('=', '+', '-', '@', {char}(9), {char}(13)) "
            f"THEN '''' || {expression} ELSE {expression} END"
        )

    def round1(self, expression: str) -> str:
        if self.vendor == "postgresql":
            return f"round(({expression})::numeric, 1)"
        return f"round({expression}, 1)"


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


def _day_end(value: date) -> datetime:
    return datetime.combine(value, time.max, tzinfo=UTC)


MODULE_CONDITION = {
    "any": "",
    "module": "AND a.module_id IS NOT NULL",
    "course": "AND a.module_id IS NULL",
}


def _latest_assignments(scope: str, *, kind: str) -> str:
    """The assignment that speaks for a learner and a course or module: an active
    one if there is one, else the latest."""
    return f"""
        SELECT user_id, {scope} AS target_id, created_at, due_at, status, source FROM (
            SELECT a.user_id, a.{scope}, a.created_at, a.due_at, a.status, a.source,
                   ROW_NUMBER() OVER (
                       PARTITION BY a.user_id, a.{scope}
                       ORDER BY CASE WHEN a.status IN ('open', 'held') THEN 0 ELSE 1 END,
                                a.created_at DESC, a.id DESC
                   ) AS rank
            FROM courses_assignment a
            WHERE a.status <> 'cancelled' {MODULE_CONDITION[kind]}
        ) ranked WHERE rank = 1
    """


def report_sql(filters: ReportFilters, *, vendor: str, now: datetime) -> tuple[str, list]:
    """The report's SELECT and its parameters (``%s`` placeholders)."""
    d = Dialect(vendor)
    params: list = [now]
    module_level = filters.level == "module"

    # Who and which courses, narrowed where the pairs are read: a report on one
    # team reads that team's enrolments and assignments, through their indexes.
    people = []
    people_params: list = []
    for column, values in (
        ("department_id", filters.department_ids),
        ("team_id", filters.team_ids),
        ("manager_id", [] if filters.manager_id is None else [filters.manager_id]),
    ):
        if values:
            people.append(f"{column} IN ({', '.join(['%s'] * len(values))})")
            people_params.extend(values)
    narrow = ""
    if people:
        narrow += (
            " AND user_id IN (SELECT user_id FROM people_profile WHERE "
            + " AND ".join(people)
            + ")"
        )
    if filters.course_ids:
        narrow += f" AND course_id IN ({', '.join(['%s'] * len(filters.course_ids))})"
        people_params.extend(filters.course_ids)
    pairs = f"""
        SELECT user_id, course_id FROM courses_enrollment WHERE status <> 'withdrawn'{narrow}
        UNION
        SELECT user_id, course_id FROM courses_assignment WHERE status <> 'cancelled'{narrow}
    """
    score_kind = "knowledge_check" if module_level else "final"
    score_key = "module_id" if module_level else "course_id"
    scores = f"""
        SELECT t.user_id, s.{score_key} AS target_id,
               MAX(r.percent) AS best, COUNT(t.id) AS attempts
        FROM assessments_attempt t
        JOIN assessments_assessment s ON s.id = t.assessment_id AND s.kind = '{score_kind}'
        LEFT JOIN assessments_attemptresult r ON r.attempt_id = t.id
        GROUP BY t.user_id, s.{score_key}
    """
    # A course row speaks for any assignment in the course; a module row for the
    # module's own assignment, else the whole course's.
    course_scope = "course" if module_level else "any"
    course_assignment = (
        f"LEFT JOIN ({_latest_assignments('course_id', kind=course_scope)}) lc "
        "ON lc.user_id = pair.user_id AND lc.target_id = c.id"
    )

    if module_level:
        # Live modules with their course, computed once for the whole report.
        modules = """
            SELECT mp.id, mp.title, mp.path, course_page.id AS course_id
            FROM wagtailcore_page mp
            JOIN courses_modulepage mm ON mm.page_ptr_id = mp.id
            JOIN wagtailcore_page course_page
              ON course_page.path = substr(mp.path, 1, length(mp.path) - 4)
            WHERE mp.live
        """
        unit_join = f"""
            JOIN ({modules}) unit ON unit.course_id = c.id
            LEFT JOIN courses_moduleprogress progress
              ON progress.enrollment_id = e.id AND progress.module_id = unit.id
            LEFT JOIN ({_latest_assignments("module_id", kind="module")}) la
              ON la.user_id = pair.user_id AND la.target_id = unit.id
            {course_assignment}
            LEFT JOIN ({scores}) sc ON sc.user_id = pair.user_id AND sc.target_id = unit.id
        """
        a_status, a_due = "COALESCE(la.status, lc.status)", "COALESCE(la.due_at, lc.due_at)"
        a_created, a_source = (
            "COALESCE(la.created_at, lc.created_at)",
            "COALESCE(la.source, lc.source)",
        )
        progress = "COALESCE(progress.percent, 0)"
        done = "progress.percent = 100 AND progress.lessons_total > 0"
        started = "COALESCE(progress.lessons_done, 0) > 0"
        completed_at = (
            "CASE WHEN progress.percent = 100 AND progress.lessons_total > 0 "
            "THEN COALESCE(e.completed_at, e.last_activity_at) END"
        )
        unit_column = f"{d.neutral('unit.title')} AS module,"
        unit_order = ", unit.path AS _unit"
    else:
        unit_join = f"""
            {course_assignment}
            LEFT JOIN ({scores}) sc ON sc.user_id = pair.user_id AND sc.target_id = c.id
        """
        a_status, a_due, a_created, a_source = (
            "lc.status",
            "lc.due_at",
            "lc.created_at",
            "lc.source",
        )
        progress = "COALESCE(e.progress_percent, 0)"
        done = "e.status = 'completed'"
        started = "COALESCE(e.lessons_done, 0) > 0"
        completed_at = "e.completed_at"
        unit_column = ""
        unit_order = ""

    status = f"""
        CASE WHEN {done} THEN 'completed'
             WHEN {a_status} IN ('open', 'held') AND {a_due} < %s THEN 'overdue'
             WHEN {started} THEN 'in_progress'
             ELSE 'not_started' END
    """
    name = "TRIM(u.first_name || ' ' || u.last_name)"
    manager = "TRIM(m.first_name || ' ' || m.last_name)"

    select = f"""
        SELECT
            {d.neutral("COALESCE(p.employee_id, '')")} AS employee_id,
            {d.neutral(name)} AS name,
            {d.neutral("u.email")} AS email,
            {d.neutral("COALESCE(dept.name, '')")} AS department,
            {d.neutral("COALESCE(team.name, '')")} AS team,
            {d.neutral(f"COALESCE({manager}, '')")} AS manager,
            {d.neutral("c.title")} AS course,
            {unit_column}
            {status} AS status,
            {progress} AS progress,
            {d.iso(a_created)} AS assigned_at,
            {d.iso(a_due)} AS due_at,
            {d.iso(completed_at)} AS completed_at,
            {d.round1("sc.best")} AS best_score,
            COALESCE(sc.attempts, 0) AS attempts,
            COALESCE(cert.code, '') AS certificate,
            {a_source} AS _source, {a_created} AS _assigned, {a_due} AS _due,
            {completed_at} AS _completed,
            dept.name AS _dept, team.name AS _team, u.last_name AS _last, u.first_name AS _first,
            u.id AS _user, c.title AS _course {unit_order}
        FROM ({pairs}) pair
        JOIN people_user u ON u.id = pair.user_id
        LEFT JOIN people_profile p ON p.user_id = u.id
        LEFT JOIN people_department dept ON dept.id = p.department_id
        LEFT JOIN people_team team ON team.id = p.team_id
        LEFT JOIN people_user m ON m.id = p.manager_id
        JOIN wagtailcore_page c ON c.id = pair.course_id
        LEFT JOIN courses_enrollment e ON e.user_id = pair.user_id AND e.course_id = pair.course_id
        {unit_join}
        LEFT JOIN courses_certificate cert ON cert.enrollment_id = e.id AND cert.revoked_at IS NULL
    """

    params.extend(people_params * 2)  # the pairs' two halves, after the columns' %s
    where = []
    if filters.department_ids:
        where.append(f"p.department_id IN ({', '.join(['%s'] * len(filters.department_ids))})")
        params.extend(filters.department_ids)
    if filters.team_ids:
        where.append(f"p.team_id IN ({', '.join(['%s'] * len(filters.team_ids))})")
        params.extend(filters.team_ids)
    if filters.manager_id is not None:
        where.append("p.manager_id = %s")
        params.append(filters.manager_id)
    if filters.course_ids:
        where.append(f"c.id IN ({', '.join(['%s'] * len(filters.course_ids))})")
        params.extend(filters.course_ids)
    if where:
        select += " WHERE " + " AND ".join(where)

    outer = []
    if filters.statuses:
        outer.append(f"status IN ({', '.join(['%s'] * len(filters.statuses))})")
        params.extend(filters.statuses)
    if filters.source == "assigned":
        outer.append("_source IS NOT NULL")
    elif filters.source == "self":
        outer.append("_source IS NULL")
    for column, start, end in (
        ("_assigned", filters.assigned_from, filters.assigned_to),
        ("_due", filters.due_from, filters.due_to),
        ("_completed", filters.completed_from, filters.completed_to),
    ):
        if start:
            outer.append(f"{column} >= %s")
            params.append(_day_start(start))
        if end:
            outer.append(f"{column} <= %s")
            params.append(_day_end(end))

    columns = ", ".join(name for name, _label in filters.columns)
    # People without a department or team come last on PostgreSQL and SQLite alike
    # (the two put NULL at opposite ends by default).
    order = "_dept IS NULL, _dept, _team IS NULL, _team, _last, _first, _user, _course" + (
        ", _unit" if module_level else ""
    )
    sql = f"SELECT {columns} FROM ({select}) report"
    if outer:
        sql += " WHERE " + " AND ".join(outer)
    sql += f" ORDER BY {order}"
    return sql, params


def counts_sql(filters: ReportFilters, *, vendor: str, now: datetime) -> tuple[str, list]:
    """Rows by status for the same filters."""
    sql, params = report_sql(filters, vendor=vendor, now=now)
    inner = sql.rsplit(" ORDER BY ", 1)[0]
    return f"SELECT status, COUNT(*) FROM ({inner}) counted GROUP BY status", params
