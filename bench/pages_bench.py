"""Benchmark: the pages and writes of a whole contact centre at shift start.

Builds an organisation with `manage.py seed_scale` in a database of its own,
starts gunicorn with the production settings (workers: 2 x cores + 1) on
PostgreSQL and Redis, and drives it with locust (headless, in another
process, on loopback):

* pages: the catalog and a course page for visitors, and the dashboard, a
  lesson and a quiz in progress for signed-in learners, at 1, 10 and 50
  concurrent clients; requests per second and p50/p95/p99, each beside the
  reference: the same server answering a view that touches no database;
* writes under 50 concurrent learners: marking a lesson done and saving a quiz
  answer; then 50 quiz submissions at once, each sent twice (a double click),
  checked for exactly one graded result per attempt.

Usage (make bench runs it): python bench/pages_bench.py [--learners 20000]
It creates and drops its own database (academy_pages_bench).
"""

import argparse
import base64
import csv
import json
import os
import platform
import secrets
import signal as os_signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = ROOT / ".venv" / "bin"
PAGES = ["reference", "catalog", "course", "dashboard", "lesson", "quiz"]
WRITES = ["lesson_done", "quiz_save"]


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", default="run", choices=["run", "prepare"])
    parser.add_argument("--learners", type=int, default=20_000)
    parser.add_argument(
        "--database", default="postgres://postgres@127.0.0.1:5432/academy_pages_bench"
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--users", default="1,10,50")
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--reuse", action="store_true", help="keep an already seeded database")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "pages.json"))
    parser.add_argument("--plan", default="")
    return parser.parse_args(argv)


def credentials_key() -> str:
    """A fresh signing key for the Open Badge credentials, as production needs one."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from credentials.keys import generate_seed, secret_multibase  # noqa: PLC0415

    return secret_multibase(generate_seed())


def production_env(args) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "MFA_ENCRYPTION_KEYS": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "CREDENTIALS_SIGNING_KEY": credentials_key(),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": args.database,
        "DATABASE_CONN_MAX_AGE": "60",
        "CELERY_BROKER_URL": args.redis,
        "CACHE_URL": args.redis,
        "EMAIL_URL": "consolemail://",
        "BENCH_REFERENCE_VIEW": "true",
        "LOG_LEVEL": "WARNING",
    }


def manage(args, *command, env=None):
    subprocess.run(
        [str(BIN / "python"), "manage.py", *command], cwd=ROOT, env=env or production_env(args),
        check=True,
    )  # fmt: skip


def recreate_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def prepare(plan_path: str) -> None:
    """In a Django process: sessions for 60 learners, each with an open lesson
    and a quiz in progress, written to the plan file the load tool reads."""
    import django

    sys.path.insert(0, str(ROOT))
    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string
    from django.urls import reverse

    from assessments.models import Assessment
    from assessments.services import attempt_start
    from courses.models import CatalogPage, Enrollment, LessonCompletion, LessonPage
    from demo.scale import SCALE_DOMAIN
    from people.middleware import SESSION_KEY as LANGUAGE_KEY

    now = time.time()
    learners = []
    enrollments = (
        Enrollment.objects.filter(
            status="active", source="self", lessons_done__lt=10,
            user__email__endswith=SCALE_DOMAIN, user__profile__manager__isnull=False,
        )
        .select_related("user__profile", "course")
        .order_by("user_id")
    )  # fmt: skip
    seen = set()
    for enrollment in enrollments.iterator():
        if enrollment.user_id in seen:
            continue
        seen.add(enrollment.user_id)
        user, course = enrollment.user, enrollment.course
        done = set(
            LessonCompletion.objects.filter(user=user, course=course).values_list(
                "lesson_id", flat=True
            )
        )
        lesson = (
            LessonPage.objects.live().descendant_of(course).exclude(pk__in=done).order_by("path")
        ).first()
        check = Assessment.objects.filter(course=course, kind="knowledge_check").order_by("pk")
        check = check.exclude(attempts__user=user).first()
        if lesson is None or check is None:
            continue
        attempt = attempt_start(user=user, assessment=check)
        question = attempt.paper["questions"][0]
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session["_signed_in_at"] = now
        session["_last_seen_at"] = now
        # As signing in does: the learner reads in their own language.
        session[LANGUAGE_KEY] = user.profile.preferred_language
        session.create()
        learners.append(
            {
                "session": session.session_key,
                "csrf": _get_new_csrf_string(),
                "lesson": lesson.url,
                "lesson_done": reverse("courses:lesson_done", args=[course.pk, lesson.pk]),
                "attempt": reverse("assessments:attempt", args=[attempt.pk]),
                "attempt_id": attempt.pk,
                "save_one": reverse("assessments:save_one", args=[attempt.pk, question["ref"]]),
                "submit": reverse("assessments:submit", args=[attempt.pk]),
                "choice": question["options"][0]["token"],
                "language": user.profile.preferred_language,
            }
        )
        if len(learners) == 60:
            break
    catalog = CatalogPage.objects.filter(locale__language_code="en").first()
    course = catalog.get_children().live().order_by("path").first()
    Path(plan_path).write_text(
        json.dumps({"learners": learners, "catalog": catalog.url, "course": course.url})
    )


def start_web(args, env):
    workers = 2 * (os.cpu_count() or 1) + 1
    web = subprocess.Popen(
        [str(BIN / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{args.port}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(  # noqa: S310 - loopback
                f"http://127.0.0.1:{args.port}/bench/no-database/", timeout=2
            ) as response:
                if response.status == 200:
                    return web, workers
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("the web server did not start")


def stop(process) -> None:
    try:
        os.kill(process.pid, os_signal.SIGTERM)
        process.wait(timeout=30)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, os_signal.SIGKILL)


def load(args, plan_path: str, scenario: str, users: int, seconds: int | None = None) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        prefix = str(Path(folder) / "run")
        subprocess.run(
            [str(BIN / "locust"), "-f", str(ROOT / "bench" / "locustfile.py"), "--headless",
             "--users", str(users), "--spawn-rate", str(users), "--run-time", f"{seconds or args.seconds}s",
             "--host", f"http://127.0.0.1:{args.port}", "--csv", prefix, "--only-summary",
             "--loglevel", "ERROR", "--stop-timeout", "5"],
            cwd=ROOT, check=False, capture_output=True,
            env={**os.environ, "BENCH_PLAN": plan_path, "BENCH_SCENARIO": scenario},
        )  # fmt: skip
        with open(f"{prefix}_stats.csv", newline="") as stats:
            row = next(r for r in csv.DictReader(stats) if r["Name"] == "Aggregated")
    return {
        "scenario": scenario,
        "users": users,
        "requests": int(row["Request Count"]),
        "failures": int(row["Failure Count"]),
        "rps": round(float(row["Requests/s"]), 1),
        "p50_ms": float(row["50%"]),
        "p95_ms": float(row["95%"]),
        "p99_ms": float(row["99%"]),
    }


def submissions(args, plan: dict) -> dict:
    """50 submissions at once, each sent twice: one graded result per attempt."""
    import psycopg

    learners = plan["learners"][:50]

    def submit(me):
        request = urllib.request.Request(  # noqa: S310 - loopback
            f"http://127.0.0.1:{args.port}{me['submit']}",
            # Unanswered questions: confirmed, as "Submit anyway" does (else the page asks).
            data=b"confirm=1",
            method="POST",
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"sessionid={me['session']}; csrftoken={me['csrf']}",
                "X-CSRFToken": me["csrf"],
                "Referer": f"http://127.0.0.1:{args.port}{me['attempt']}",
            },
        )
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=100) as pool:
        statuses = list(pool.map(submit, [me for me in learners for _ in range(2)]))
    seconds = time.perf_counter() - started
    ids = [me["attempt_id"] for me in learners]
    with psycopg.connect(args.database) as connection:
        rows = connection.execute(
            "SELECT attempt_id, count(*) FROM assessments_attemptresult "
            "WHERE attempt_id = ANY(%s) GROUP BY attempt_id",
            [ids],
        ).fetchall()
    graded = dict(rows)
    return {
        "attempts": len(ids),
        "requests": len(statuses),
        "errors": sum(1 for status in statuses if status >= 500),
        "statuses": {str(s): statuses.count(s) for s in sorted(set(statuses))},
        "attempts_with_one_result": sum(1 for i in ids if graded.get(i) == 1),
        "attempts_with_more": sum(1 for i in ids if graded.get(i, 0) > 1),
        "seconds": round(seconds, 2),
    }


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "python": platform.python_version()}


def markdown(result: dict) -> str:
    lines = [
        f"Measured on {result['date']} ({result['machine']['cores']} cores, "
        f"{result['machine']['cpu']}; gunicorn {result['web_workers']} workers, "
        f"{result['learners']:,} learners; the signed-in ones read in "
        + ", ".join(f"{lang} ({n})" for lang, n in result.get("languages", {}).items())
        + ").",
        "",
        "| scenario | clients | requests/s | p50 ms | p95 ms | p99 ms | failures | vs reference |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    reference = {r["users"]: r for r in result["pages"] if r["scenario"] == "reference"}
    for row in result["pages"] + result["writes"]:
        ref = reference.get(row["users"])
        if row["scenario"] == "reference" or ref is None:
            versus = "reference"
        elif row["scenario"] in {"catalog", "course"}:
            versus = f"{row['rps'] / ref['rps']:.0%} of its requests/s"
        else:
            versus = f"p95 {row['p95_ms'] / max(ref['p95_ms'], 1):.1f}×"
        lines.append(
            f"| {row['scenario']} | {row['users']} | {row['rps']:,} | {row['p50_ms']:.0f} | "
            f"{row['p95_ms']:.0f} | {row['p99_ms']:.0f} | {row['failures']} | {versus} |"
        )
    s = result["submissions"]
    lines += [
        "",
        f"50 quiz submissions at once, each sent twice: {s['errors']} errors, "
        f"{s['attempts_with_one_result']} of {s['attempts']} attempts with exactly one graded "
        f"result, {s['attempts_with_more']} with more, in {s['seconds']} s.",
    ]
    return "\n".join(lines) + "\n"


def run(args) -> dict:
    env = production_env(args)
    if not args.reuse:
        recreate_database(args.database)
        manage(args, "migrate", "--noinput", "-v", "0")
        started = time.perf_counter()
        manage(args, "seed_scale", "--learners", str(args.learners),
               "--teams", str(max(1, args.learners // 50)),
               "--progress-rows", str(args.learners * 50),
               "--attempts", str(args.learners * 10), "--signals", str(args.learners * 15),
               env={**env, "DJANGO_ENV": "development", "DJANGO_DEBUG": "false"})  # fmt: skip
        seeded = time.perf_counter() - started
    else:
        seeded = None
    manage(args, "collectstatic", "--noinput", "-v", "0")
    plan_path = args.plan or str(Path(tempfile.gettempdir()) / "academy-bench-plan.json")
    subprocess.run(
        [str(BIN / "python"), str(Path(__file__).resolve()), "prepare", "--plan", plan_path],
        cwd=ROOT, env={**env, "DJANGO_ENV": "development", "DJANGO_DEBUG": "false"}, check=True,
    )  # fmt: skip
    plan = json.loads(Path(plan_path).read_text())
    web, workers = start_web(args, env)
    try:
        # Warm every worker and cache first, so that no row pays for the
        # first requests of a process (imports, connections, cached outlines).
        for scenario in PAGES:
            load(args, plan_path, scenario, 10, seconds=3)
        pages = [
            load(args, plan_path, scenario, users)
            for users in [int(n) for n in args.users.split(",")]
            for scenario in PAGES
        ]
        writes = [load(args, plan_path, scenario, 50) for scenario in WRITES]
        submitted = submissions(args, plan)
    finally:
        stop(web)
    result = {
        "date": datetime.now(UTC).date().isoformat(),
        "machine": machine(),
        "learners": args.learners,
        "seed_seconds": seeded,
        "web_workers": workers,
        "seconds_per_run": args.seconds,
        "pages": pages,
        "writes": writes,
        "submissions": submitted,
        "languages": {
            language: sum(1 for me in plan["learners"] if me.get("language") == language)
            for language in sorted({me.get("language", "") for me in plan["learners"]})
        },
    }
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    Path(args.out).with_suffix(".md").write_text(markdown(result))
    return result


def main(argv=None):
    args = parse_args(argv)
    if args.command == "prepare":
        prepare(args.plan)
        return
    result = run(args)
    print(markdown(result))


if __name__ == "__main__":
    main()
