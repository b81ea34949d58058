"""Benchmark: skill signals in, assignments out, at organisation scale.

Ingests N signals for M learners through the real API (gunicorn), with real
Celery workers on Redis and PostgreSQL, and reports:

* reference: the same rows written straight into PostgreSQL with bulk_create,
  in this run, on this machine - the floor no API can beat;
* API acceptance: signals per second answered 202 (checked and committed);
* end to end: signals per second from the first request to the moment every
  signal is processed and every assignment written;
* the nightly re-evaluation: the rule run over every learner, in seconds.

Usage (make bench runs it with the defaults):
    python bench/signals_bench.py [--learners 10000] [--signals 100000]

It creates and drops its own database (academy_bench by default); it never
touches the development or test databases.
"""

import argparse
import json
import os
import platform
import random
import signal as os_signal
import subprocess
import sys
import threading
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=10_000)
    parser.add_argument("--signals", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1_000)
    parser.add_argument("--senders", type=int, default=2, help="concurrent API clients")
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--celery-workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--database", default="postgres://postgres@127.0.0.1:5432/academy_bench")
    parser.add_argument("--broker", default="redis://127.0.0.1:6379/13")
    parser.add_argument("--cache", default="redis://127.0.0.1:6379/12")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "signals.json"))
    parser.add_argument("--timeout", type=int, default=1800, help="seconds to wait for processing")
    return parser.parse_args(argv)


def recreate_database(url: str, *, create: bool = True) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if create:
            conn.execute(f'CREATE DATABASE "{name}"')


def machine() -> dict:
    info = {"python": platform.python_version(), "cores": os.cpu_count()}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gib"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return info


def setup_data(args):
    """Learners, a course with a module, an active rule, a token."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from courses.models import CatalogPage, CoursePage, LessonPage, ModulePage
    from people.models import Profile
    from skills.models import AssignmentRule, Skill
    from skills.services import api_token_create

    User = get_user_model()
    users = User.objects.bulk_create(
        [
            User(email=f"learner{n}@bench.example.com", first_name="Learner", last_name=str(n))
            for n in range(args.learners)
        ],
        batch_size=2000,
    )
    Profile.objects.bulk_create(
        [Profile(user=user, employee_id=f"B{n:06d}") for n, user in enumerate(users)],
        batch_size=2000,
    )
    learners = Group.objects.get(name="Learner")
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=user.pk, group_id=learners.pk) for user in users],
        batch_size=5000,
    )
    catalog = CatalogPage.objects.first()
    course = CoursePage(
        title="Bench course",
        slug="bench-course",
        summary="x",
        level="foundation",
        estimated_minutes=10,
    )
    catalog.add_child(instance=course)
    module = ModulePage(title="Bench module", slug="bench-module")
    course.add_child(instance=module)
    module.add_child(instance=LessonPage(title="Bench lesson", slug="bench-lesson", body="[]"))
    rule = AssignmentRule(
        name="Bench rule",
        explanation="Benchmark.",
        mode=AssignmentRule.Mode.ACTIVE,
        skill=Skill.objects.originals().get(code="empathy"),
        threshold=0.5,
        min_evidence=3,
        window_days=90,
        sources=["qa_soft_skills"],
    )
    rule.target_modules = [module]
    rule.save()
    _token, secret = api_token_create(name="bench", sources=["qa_soft_skills"], created_by=None)
    connection.close()
    return rule, secret


def signal_items(args):
    """Deterministic signals: every learner gets signals/learners of them."""
    from django.utils import timezone

    rng = random.Random(42)  # noqa: S311 - reproducible test data
    now = timezone.now()
    items = []
    for n in range(args.signals):
        learner = n % args.learners
        items.append(
            {
                "external_id": f"bench-{n}",
                "employee_id": f"B{learner:06d}",
                "skill": "empathy",
                "value": rng.randint(20, 100),
                "scale_min": 0,
                "scale_max": 100,
                "source": "qa_soft_skills",
                "observed_at": (now - timedelta(hours=rng.randint(1, 24 * 60))).isoformat(),
            }
        )
    return items


def reference_insert(items) -> float:
    """The floor: the same rows straight into the table. Returns rows per second."""
    from django.db import connection, transaction
    from django.utils.dateparse import parse_datetime

    from people.models import Profile
    from skills.models import Signal, Skill

    users = dict(Profile.objects.values_list("employee_id", "user_id"))
    empathy = Skill.objects.originals().get(code="empathy")
    started = time.perf_counter()
    with transaction.atomic():
        for start in range(0, len(items), 1000):
            Signal.objects.bulk_create(
                [
                    Signal(
                        user_id=users[i["employee_id"]],
                        skill=empathy,
                        value=i["value"] / 100,
                        raw_value=i["value"],
                        scale_min=0,
                        scale_max=100,
                        source=i["source"],
                        observed_at=parse_datetime(i["observed_at"]),
                        external_id="ref-" + i["external_id"],
                    )
                    for i in items[start : start + 1000]
                ]
            )
    elapsed = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM skills_signal WHERE external_id LIKE 'ref-%%'")
    return len(items) / elapsed


def start_services(args, env):
    web = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "config.wsgi",
            "--bind",
            f"127.0.0.1:{args.port}",
            "--workers",
            str(args.web_workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    workers = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "celery"),
            "-A",
            "config",
            "worker",
            "--concurrency",
            str(args.celery_workers),
            "--queues",
            "default",
            "--loglevel",
            "WARNING",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{args.port}/healthz/", timeout=2) as r:  # noqa: S310
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.5)
    else:
        raise RuntimeError("the web server did not start")
    return [web, workers]


def stop(processes):
    # A warm shutdown: the main processes stop their own children.
    for process in processes:
        try:
            os.kill(process.pid, os_signal.SIGTERM)
        except ProcessLookupError:
            continue
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, os_signal.SIGKILL)


def send(args, items, secret) -> tuple[float, int]:
    """POST every batch; returns (seconds, accepted)."""
    batches = [items[i : i + args.batch] for i in range(0, len(items), args.batch)]
    accepted = []
    errors = []
    lock = threading.Lock()

    def sender(mine):
        for batch in mine:
            request = urllib.request.Request(  # noqa: S310 - our own server on loopback
                f"http://127.0.0.1:{args.port}/api/v1/signals/",
                data=json.dumps({"signals": batch}).encode(),
                headers={"Content-Type": "application/json", "Authorization": f"Bearer {secret}"},
                method="POST",
            )
            try:
                with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310
                    body = json.loads(response.read())
                with lock:
                    accepted.append(len(body["accepted"]))
                    if body["rejected"]:
                        errors.append(body["rejected"][:1])
            except OSError as error:
                with lock:
                    errors.append(str(error))

    threads = [
        threading.Thread(target=sender, args=(batches[n :: args.senders],))
        for n in range(args.senders)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"some batches failed: {errors[:3]}")
    return elapsed, sum(accepted)


def main(argv=None):
    args = parse_args(argv)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": args.database,
        "CELERY_BROKER_URL": args.broker,
        "CACHE_URL": args.cache,
        "DJANGO_ENV": "development",
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    recreate_database(args.database)
    import django

    django.setup()
    import redis
    from django.core.management import call_command
    from django.db import connection

    redis.Redis.from_url(args.broker).flushdb()
    call_command("migrate", verbosity=0)
    print(f"Setting up {args.learners} learners…", flush=True)
    rule, secret = setup_data(args)
    items = signal_items(args)
    reference = reference_insert(items)
    print(f"Reference bulk insert: {reference:,.0f} rows/s", flush=True)

    from courses.models import Assignment
    from skills import engine
    from skills.models import Signal, SkillProfileSnapshot

    processes = start_services(args, env)
    try:
        print(f"Sending {len(items)} signals in batches of {args.batch}…", flush=True)
        first = time.perf_counter()
        api_seconds, accepted = send(args, items, secret)
        print(f"All answered 202 in {api_seconds:.1f} s", flush=True)
        deadline = time.monotonic() + args.timeout
        while Signal.objects.filter(processed_at__isnull=True).exists():
            if time.monotonic() > deadline:
                raise RuntimeError("processing did not finish in time")
            time.sleep(0.5)
        end_to_end = time.perf_counter() - first
        connection.close()
    finally:
        stop(processes)

    assignments = Assignment.objects.filter(origin_rule_id=rule.pk).count()
    # Every evaluation that took in new evidence changed the learner's profile and
    # left one snapshot: how many times the engine evaluated a learner.
    evaluations = SkillProfileSnapshot.objects.count()
    started = time.perf_counter()
    nightly = engine.rule_run(rule_id=rule.pk)
    nightly_seconds = time.perf_counter() - started

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    result = {
        "machine": {**machine(), "postgresql": postgres},
        "learners": args.learners,
        "signals": len(items),
        "accepted": accepted,
        "batch": args.batch,
        "web_workers": args.web_workers,
        "celery_workers": args.celery_workers,
        "reference_bulk_insert_per_s": round(reference),
        "api_accepted_per_s": round(accepted / api_seconds),
        "end_to_end_per_s": round(accepted / end_to_end),
        "end_to_end_seconds": round(end_to_end, 1),
        "assignments_written": assignments,
        "learner_evaluations": evaluations,
        "nightly_reevaluation_seconds": round(nightly_seconds, 1),
        "nightly_evaluated": nightly.evaluated,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    connection.close()
    recreate_database(args.database, create=False)  # leave nothing large behind
    return result


if __name__ == "__main__":
    main()
