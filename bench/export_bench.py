"""Benchmark: the completion report's CSV and XLSX exports at organisation scale.

Builds 20,000 learners enrolled in 5 courses of 10 modules each: 1,000,000
module-progress rows, so the module-level report has 1,000,000 rows. Then, each
in a fresh process so its peak memory is its own, it measures:

* reference: the report's own query through PostgreSQL's COPY ... TO STDOUT
  WITH CSV, read to the end;
* the CSV export as the site sends it (reports.exports.csv_chunks);
* the XLSX export (reports.exports.write_xlsx, XlsxWriter's constant-memory mode).

Target: the CSV within 1.5x of the reference's time and under 200 MB peak.

Usage (make bench runs it): python bench/export_bench.py [--learners 20000]
It creates and drops its own database (academy_export_bench).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COURSES = 5
MODULES_PER_COURSE = 10


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "measure"])
    parser.add_argument("--kind", choices=["copy", "csv", "xlsx"])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument(
        "--database", default="postgres://postgres@127.0.0.1:5432/academy_export_bench"
    )
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "exports.json"))
    parser.add_argument("--skip-xlsx", action="store_true")
    return parser.parse_args(argv)


def _env(database: str) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": database,
        "CELERY_BROKER_URL": "filesystem://localhost//",
        "DJANGO_DEBUG": "false",
        "LOG_LEVEL": "WARNING",
    }


def recreate_database(url: str, *, create: bool = True) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


def build(learners: int) -> dict:
    """The organisation, written with INSERT … SELECT so a million rows take seconds."""
    from django.db import connection, transaction

    from courses.models import CatalogPage, CoursePage, ModulePage
    from people.models import Department, Team

    catalog = CatalogPage.objects.first()
    module_ids = []
    course_ids = []
    for c in range(COURSES):
        course = CoursePage(
            title=f"Course {c}",
            slug=f"course-{c}",
            summary="x",
            level="foundation",
            estimated_minutes=60,
        )
        catalog.add_child(instance=course)
        course_ids.append(course.pk)
        for m in range(MODULES_PER_COURSE):
            module = ModulePage(title=f"Module {c}.{m}", slug=f"module-{m}")
            course.add_child(instance=module)
            module_ids.append((course.pk, module.pk))
    departments = [Department.objects.create(name=f"Department {n}") for n in range(4)]
    teams = [
        Team.objects.create(department=departments[n % 4], name=f"Team {n}") for n in range(20)
    ]

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO people_user (password, is_superuser, first_name, last_name, email, is_staff,
                                     is_active, date_joined)
            SELECT '!', false, 'Learner', n::text, 'learner' || n || '@bench.example.com', false, true, now()
            FROM generate_series(1, %s) n
            """,
            [learners],
        )
        cursor.execute(
            """
            INSERT INTO people_profile (user_id, employee_id, job_role, department_id, team_id,
                                        preferred_language, learning_emails, updated_at)
            SELECT u.id, 'B' || lpad(u.id::text, 7, '0'), 'Agent',
                   (%s::bigint[])[1 + (u.id %% 4)], (%s::bigint[])[1 + (u.id %% 20)], 'en', true, now()
            FROM people_user u WHERE u.email LIKE '%%@bench.example.com'
            """,
            [[d.pk for d in departments], [t.pk for t in teams]],
        )
        cursor.execute(
            """
            INSERT INTO courses_enrollment (user_id, course_id, status, source, enrolled_at, completed_at,
                                            lessons_done, lessons_total, progress_percent, last_activity_at)
            SELECT u.id, c, CASE WHEN (u.id + c) %% 5 = 0 THEN 'completed' ELSE 'active' END, 'self',
                   now() - interval '30 days',
                   CASE WHEN (u.id + c) %% 5 = 0 THEN now() - interval '1 day' END,
                   (u.id + c) %% 11, 10, LEAST(100, ((u.id + c) %% 11) * 10), now()
            FROM people_user u CROSS JOIN unnest(%s::bigint[]) c
            WHERE u.email LIKE '%%@bench.example.com'
            """,
            [course_ids],
        )
        cursor.execute(
            """
            INSERT INTO courses_moduleprogress (enrollment_id, module_id, lessons_done, lessons_total, percent)
            SELECT e.id, m.module_id, (e.id + m.module_id) %% 3, 2, ((e.id + m.module_id) %% 3) * 50
            FROM courses_enrollment e
            JOIN (SELECT unnest(%s::bigint[]) AS course_id, unnest(%s::bigint[]) AS module_id) m
              ON m.course_id = e.course_id
            """,
            [[c for c, _m in module_ids], [m for _c, m in module_ids]],
        )
        cursor.execute(
            """
            INSERT INTO courses_assignment (user_id, course_id, module_id, due_at, reason, evidence_text,
                                            done_when, basis, source, priority, status, hold_reason,
                                            closed_reason, created_at, snooze_used, facts)
            SELECT e.user_id, e.course_id, NULL, now() + ((e.user_id %% 20) - 5) * interval '1 day',
                   'Bench', '', '', '{}', 'manual', 'normal', 'open', '', '', now() - interval '10 days', false,
                   '{}'
            FROM courses_enrollment e WHERE e.user_id %% 5 = 0
            """,
            [],
        )
        cursor.execute(
            """
            INSERT INTO courses_certificate (enrollment_id, user_id, course_id, code, learner_name,
                                             course_title, issued_at, basis, criteria)
            SELECT e.id, e.user_id, e.course_id, 'BENCH-' || e.id, 'Learner', 'Course', e.completed_at,
                   'lessons', '{}'
            FROM courses_enrollment e WHERE e.status = 'completed'
            """,
            [],
        )
        cursor.execute("ANALYZE")
        cursor.execute("SELECT count(*) FROM courses_moduleprogress")
        progress_rows = cursor.fetchone()[0]
    return {"learners": learners, "progress_rows": progress_rows}


def measure(kind: str) -> dict:
    """One export, in this process; prints its time, rows and peak memory."""
    import django

    django.setup()
    from django.db import connection
    from django.utils import timezone

    from reports import exports
    from reports.queries import ReportFilters

    filters = ReportFilters(level="module")
    started = time.perf_counter()
    rows = 0
    if kind == "copy":
        statement = exports.copy_statement(filters, timezone.now())
        with connection.connection.cursor() as cursor, cursor.copy(statement) as copy:
            for data in copy:
                rows += bytes(data).count(b"\n")
    elif kind == "csv":
        for chunk in exports.csv_chunks(filters):
            rows += chunk.count(b"\n")
        rows -= 1  # the header
    else:
        with tempfile.TemporaryFile() as target:
            rows = exports.write_xlsx(target, filters)
    elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "kind": kind,
        "rows": rows,
        "seconds": round(elapsed, 2),
        "rows_per_s": round(rows / elapsed),
        "peak_mib": round(peak_mib, 1),
    }


def run(args) -> dict:
    env = _env(args.database)
    os.environ.update(env)
    recreate_database(args.database)
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    print(
        f"Building {args.learners} learners × {COURSES * MODULES_PER_COURSE} modules…", flush=True
    )
    started = time.perf_counter()
    scale = build(args.learners)
    print(
        f"Built {scale['progress_rows']:,} progress rows in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    connection.close()

    results = {}
    for kind in ["copy", "csv"] + ([] if args.skip_xlsx else ["xlsx"]):
        output = subprocess.run(
            [sys.executable, __file__, "measure", "--kind", kind, "--database", args.database],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        results[kind] = json.loads(output.stdout.strip().splitlines()[-1])
        print(json.dumps(results[kind]), flush=True)

    from bench.signals_bench import machine

    summary = {
        "machine": {**machine(), "postgresql": postgres},
        **scale,
        "reference_copy": results["copy"],
        "csv": results["csv"],
        "csv_time_vs_copy": round(results["csv"]["seconds"] / results["copy"]["seconds"], 2),
        "xlsx": results.get("xlsx"),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))
    recreate_database(args.database, create=False)
    return summary


def main(argv=None):
    args = parse_args(argv)
    if args.command == "measure":
        os.environ.update(_env(args.database))
        print(json.dumps(measure(args.kind)))
        return None
    return run(args)


if __name__ == "__main__":
    main()
