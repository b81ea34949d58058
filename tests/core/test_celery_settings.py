"""Celery's settings keep their promises on Redis: a task is never handed to a
second worker while the first still runs it or waits for its ETA, and a task
handed back after its worker was lost is not handed back for ever."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from celery.exceptions import Reject
from django.conf import settings

from config.celery import app as celery_app

ROOT = Path(__file__).resolve().parents[2]
APPS = ("core", "privacy", "people", "courses", "skills", "assessments", "reports")


def redis_settings() -> dict:
    """The Celery settings a production process reads with a Redis broker."""
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'options': s.CELERY_BROKER_TRANSPORT_OPTIONS, "
        "'time_limit': s.CELERY_TASK_TIME_LIMIT}))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("CELERY_", "DJANGO_SETTINGS"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings",
        CELERY_BROKER_URL="redis://broker.example.com:6379/0",
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def project_tasks():
    celery_app.loader.import_default_modules()
    return [task for name, task in celery_app.tasks.items() if name.startswith(APPS)]


def longest_time_limit() -> int:
    limits = [task.time_limit or celery_app.conf.task_time_limit or 0 for task in project_tasks()]
    return max(limits)


def longest_retry_countdown() -> int:
    """The longest wait a task's automatic retries can ask for."""
    longest = 0
    for task in project_tasks():
        if getattr(task, "autoretry_for", None):
            if getattr(task, "retry_backoff", False):
                longest = max(longest, getattr(task, "retry_backoff_max", 600))
            else:
                longest = max(longest, task.default_retry_delay or 0)
    return longest


def countdowns_in_code() -> tuple[list[float], list[str]]:
    """Every countdown= or eta= the code passes: the constant ones' seconds, and
    where the others are (a test cannot judge those; a person must)."""
    constants, unknown = [], []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                for keyword in node.keywords:
                    if keyword.arg not in ("countdown", "eta"):
                        continue
                    try:
                        value = eval(  # noqa: S307 - a constant expression of our own code
                            compile(ast.Expression(keyword.value), str(path), "eval"),
                            {"__builtins__": {}},
                        )
                    except Exception:
                        unknown.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                    else:
                        constants.append(float(value))
    return constants, unknown


def test_the_visibility_timeout_outlasts_every_task_and_every_countdown():
    options = redis_settings()["options"]
    timeout = options["visibility_timeout"]
    constants, unknown = countdowns_in_code()

    assert timeout == settings.CELERY_VISIBILITY_TIMEOUT
    assert timeout > longest_time_limit() >= 2 * 60 * 60  # the exports
    assert timeout > longest_retry_countdown() >= 30 * 60  # the e-mail retries
    assert all(timeout > countdown for countdown in constants)
    assert not unknown, (
        "A countdown or ETA that is not a constant: make sure it stays under "
        f"CELERY_VISIBILITY_TIMEOUT and list it here: {unknown}"
    )
    # A publish to a broker that vanished fails instead of hanging the request.
    assert 0 < options["socket_timeout"] <= 30
    assert 0 < options["socket_connect_timeout"] <= 30


def test_lost_workers_hand_their_tasks_back_a_limited_number_of_times():
    assert settings.CELERY_TASK_ACKS_LATE is True
    assert settings.CELERY_TASK_REJECT_ON_WORKER_LOST is True
    assert settings.CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS is True
    assert settings.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert 1 <= settings.CELERY_TASK_MAX_REDELIVERIES <= 10
    assert all(isinstance(task, celery_app.Task) for task in project_tasks())


def test_a_message_handed_back_too_often_is_rejected(settings, caplog):
    from core.tasks import publish_scheduled_pages_task as task

    settings.CELERY_TASK_MAX_REDELIVERIES = 2

    def deliver(task_id, *, redelivered=True, retries=0):
        task.push_request(
            id=task_id,
            retries=retries,
            is_eager=False,
            delivery_info={"redelivered": redelivered},
        )
        try:
            task.before_start(task_id, (), {})
        finally:
            task.pop_request()

    deliver("t1", redelivered=False)  # the first delivery is not counted
    deliver("t1")
    deliver("t1")
    with pytest.raises(Reject) as rejected:
        deliver("t1")
    assert rejected.value.requeue is False
    assert "dropping it" in caplog.text
    deliver("t1", retries=1)  # a retry is a new message
    deliver("t2")  # and so is another task
