"""The completion report as one SQL query.

One query, built here for PostgreSQL and SQLite, feeds the preview, the CSV
(streamed straight out of PostgreSQL's COPY), the XLSX and the scheduled runs,
so every format holds the same rows. For the CSV and the preview, text cells
that a spreadsheet would run as a formula (starting with = + - @, a tab or a
carriage return) are neutralised in the query itself with a leading apostrophe;
the XLSX asks for them as they are and writes them as text cells.

Rows: one per learner and course where the learner is enrolled (not withdrawn)
or has an assignment of the course; the module variant has one per learner and
live module of those courses. Wellbeing data is never part of it.

A row's status, most urgent first:

- ``completed``: the enrolment is completed (course rows); the module was
  finished once, ``ModuleProgress.completed_at`` (module rows);
- ``overdue``: an active (open or held) assignment that covers the row is past
  due. A course row is covered by the course's own assignments and by those of
  its modules not yet finished; a module row by its own and the course's;
- ``in_progress``: a required lesson of it is done;
- ``not_started``.

So a module row that is overdue makes its course row overdue, unless the course
is completed (a course can be complete without every module, below a 100%
completion threshold). "Assigned at" and "due at" are those of the assignment
that speaks for the row: of the covering active ones the one due first (the
overdue one, if any); without an active one, the latest assignment.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

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
    ("certificate_basis", _("Certificate basis")),
    # "yes" when HR's import gave the person an employee id, department and team
    # and they gave their name; people who signed up themselves start without.
    ("profile_complete", _("Profile complete")),
]
MODULE_COLUMNS = [*COURSE_COLUMNS[:7], ("module", _("Module")), *COURSE_COLUMNS[7:]]
STATUSES = ["not_started", "in_progress", "completed", "overdue"]
#: The codes of the status and certificate basis columns, in words, for people
#: reading a page (files keep the codes, which other systems read).
STATUS_LABELS = {
    "not_started": _("Not started"),
    "in_progress": _("In progress"),
    "completed": _("Completed"),
    "overdue": _("Overdue"),
}
PROFILE_LABELS = {
    "yes": _("Complete"),
    "no": _("Profile incomplete"),
}
BASIS_LABELS = {
    "lessons_and_finals": _("Lessons and final assessments"),
    "lessons": _("Lessons"),
    "lessons_earlier_rule": _("Lessons (earlier rule)"),
}
TEXT_COLUMNS = {
    "employee_id",
    "name",
    "email",
    "department",
    "team",
    "manager",
    "course",
    "module",
    "status",
    "certificate",
    "certificate_basis",
    "profile_complete",
}
#: Written as dates (UTC) in the XLSX; ISO 8601 text with a Z elsewhere.
DATE_COLUMNS = {"assigned_at", "due_at", "completed_at"}
#: Written as numbers in the XLSX.
NUMBER_COLUMNS = {"progress", "best_score", "attempts"}


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

    def stamp(self, value: datetime):
        """A datetime parameter as the database compares it with stored ones:
        SQLite holds them as naive UTC text, the way Django writes them."""
        if self.vendor == "postgresql":
            return value
        return str(value.astimezone(UTC).replace(tzinfo=None))

    def round1(self, expression: str) -> str:
        if self.vendor == "postgresql":
            return f"round(({expression})::numeric, 1)"
        return f"round({expression}, 1)"


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


def _day_after(value: date) -> datetime:
    return datetime.combine(value + timedelta(days=1), time.min, tzinfo=UTC)


def _narrow(people: list[str], course_ids: list[int], *, prefix: str = "") -> str:
    """The conditions that keep a table's rows to the report's people and courses."""
    narrow = ""
    if people:
        narrow += (
            f" AND {prefix}user_id IN (SELECT user_id FROM people_profile WHERE "
            + " AND ".join(people)
            + ")"
        )
    if course_ids:
        narrow += f" AND {prefix}course_id IN ({', '.join(['%s'] * len(course_ids))})"
    return narrow


#: An active assignment: it still asks something of the learner.
ACTIVE = "a.status IN ('open', 'held')"


def _speaking_assignments(*, module_level: bool, modules: str, narrow: str) -> str:
    """For each learner and course (or module), the assignment that speaks for
    the row, with ``covering`` = 1 when it is active and covers the row.

    Every assignment that is not cancelled is a candidate: at course level the
    course's and its modules', at module level the module's and the course's.
    Covering ones come first, due first (undated last), then the oldest; without
    one, the latest assignment."""
    if module_level:
        source = f"""
            FROM courses_assignment a
            JOIN ({modules}) unit
              ON unit.course_id = a.course_id AND (a.module_id = unit.id OR a.module_id IS NULL)
            WHERE a.status <> 'cancelled'{narrow}
        """
        target, covering = "unit.id", ACTIVE
    else:
        # A module's assignment stops covering the course once the module is done.
        source = f"""
            FROM courses_assignment a
            LEFT JOIN courses_enrollment ae
              ON ae.user_id = a.user_id AND ae.course_id = a.course_id
            LEFT JOIN courses_moduleprogress amp
              ON amp.enrollment_id = ae.id AND amp.module_id = a.module_id
            WHERE a.status <> 'cancelled'{narrow}
        """
        target, covering = "a.course_id", f"{ACTIVE} AND amp.completed_at IS NULL"
    return f"""
        SELECT user_id, target_id, created_at, due_at, source, covering FROM (
            SELECT user_id, target_id, created_at, due_at, source, covering,
                   ROW_NUMBER() OVER (
                       PARTITION BY user_id, target_id
                       ORDER BY covering DESC,
                                CASE WHEN covering = 1
                                     THEN CASE WHEN due_at IS NULL THEN 1 ELSE 0 END END,
                                CASE WHEN covering = 1 THEN due_at END,
                                CASE WHEN covering = 1 THEN created_at END,
                                CASE WHEN covering = 1 THEN id END,
                                created_at DESC, id DESC
                   ) AS rank
            FROM (
                SELECT a.id, a.user_id, {target} AS target_id, a.created_at, a.due_at, a.source,
                       CASE WHEN {covering} THEN 1 ELSE 0 END AS covering
                {source}
            ) candidate
        ) ranked WHERE rank = 1
    """


def report_sql(
    filters: ReportFilters, *, vendor: str, now: datetime, neutralise: bool = True
) -> tuple[str, list]:
    """The report's SELECT and its parameters (``%s`` placeholders).

    With ``neutralise=False`` text comes as it is, for a writer that marks its
    cells as text itself (the XLSX)."""
    d = Dialect(vendor)
    text = d.neutral if neutralise else (lambda expression: expression)
    params: list = [d.stamp(now)]
    module_level = filters.level == "module"

    # Who and which courses, narrowed where the pairs and the assignments are
    # read: a report on one team reads that team's rows, through their indexes.
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
    people_params.extend(filters.course_ids)
    narrow = _narrow(people, filters.course_ids)
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
    # Live modules with their course, computed once for the whole report.
    modules = """
        SELECT mp.id, mp.title, mp.path, course_page.id AS course_id
        FROM wagtailcore_page mp
        JOIN courses_modulepage mm ON mm.page_ptr_id = mp.id
        JOIN wagtailcore_page course_page
          ON course_page.path = substr(mp.path, 1, length(mp.path) - 4)
        WHERE mp.live
    """
    speaking = _speaking_assignments(
        module_level=module_level,
        modules=modules,
        narrow=_narrow(people, filters.course_ids, prefix="a."),
    )

    if module_level:
        unit_join = f"""
            JOIN ({modules}) unit ON unit.course_id = c.id
            LEFT JOIN courses_moduleprogress progress
              ON progress.enrollment_id = e.id AND progress.module_id = unit.id
            LEFT JOIN ({speaking}) sa ON sa.user_id = pair.user_id AND sa.target_id = unit.id
            LEFT JOIN ({scores}) sc ON sc.user_id = pair.user_id AND sc.target_id = unit.id
        """
        progress = "COALESCE(progress.percent, 0)"
        # Finished once is finished: the stamp is kept when lessons are added later.
        done = "progress.completed_at IS NOT NULL"
        started = "COALESCE(progress.lessons_done, 0) > 0"
        completed_at = "progress.completed_at"
        unit_column = f"{text('unit.title')} AS module,"
        unit_order = ", unit.path AS _unit"
    else:
        unit_join = f"""
            LEFT JOIN ({speaking}) sa ON sa.user_id = pair.user_id AND sa.target_id = c.id
            LEFT JOIN ({scores}) sc ON sc.user_id = pair.user_id AND sc.target_id = c.id
        """
        progress = "COALESCE(e.progress_percent, 0)"
        done = "e.status = 'completed'"
        started = "COALESCE(e.lessons_done, 0) > 0"
        completed_at = "e.completed_at"
        unit_column = ""
        unit_order = ""

    status = f"""
        CASE WHEN {done} THEN 'completed'
             WHEN sa.covering = 1 AND sa.due_at < %s THEN 'overdue'
             WHEN {started} THEN 'in_progress'
             ELSE 'not_started' END
    """
    name = "TRIM(u.first_name || ' ' || u.last_name)"
    manager = "TRIM(m.first_name || ' ' || m.last_name)"

    select = f"""
        SELECT
            {text("COALESCE(p.employee_id, '')")} AS employee_id,
            {text(name)} AS name,
            {text("u.email")} AS email,
            {text("COALESCE(dept.name, '')")} AS department,
            {text("COALESCE(team.name, '')")} AS team,
            {text(f"COALESCE({manager}, '')")} AS manager,
            {text("c.title")} AS course,
            {unit_column}
            {status} AS status,
            {progress} AS progress,
            {d.iso("sa.created_at")} AS assigned_at,
            {d.iso("sa.due_at")} AS due_at,
            {d.iso(completed_at)} AS completed_at,
            {d.round1("sc.best")} AS best_score,
            COALESCE(sc.attempts, 0) AS attempts,
            COALESCE(cert.code, '') AS certificate,
            COALESCE(cert.basis, '') AS certificate_basis,
            CASE WHEN TRIM(u.first_name) <> '' AND TRIM(u.last_name) <> ''
                  AND TRIM(COALESCE(p.employee_id, '')) <> ''
                  AND p.department_id IS NOT NULL AND p.team_id IS NOT NULL
                 THEN 'yes' ELSE 'no' END AS profile_complete,
            sa.source AS _source, sa.created_at AS _assigned, sa.due_at AS _due,
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

    # In the order of their placeholders: the status's "now" in the columns, the
    # pairs' two halves, then the speaking assignments.
    params.extend(people_params * 3)
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
    # Whole days in UTC, the start of the first to the start of the day after the last.
    for column, start, end in (
        ("_assigned", filters.assigned_from, filters.assigned_to),
        ("_due", filters.due_from, filters.due_to),
        ("_completed", filters.completed_from, filters.completed_to),
    ):
        if start:
            outer.append(f"{column} >= %s")
            params.append(d.stamp(_day_start(start)))
        if end:
            outer.append(f"{column} < %s")
            params.append(d.stamp(_day_after(end)))

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
