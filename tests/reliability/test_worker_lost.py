"""Real ``celery -A config worker`` processes on the Redis broker, killed with
SIGKILL in the middle of a task.

* The task comes back: Redis hands the unacknowledged message to the next
  worker once the visibility timeout has passed (shortened here through
  CELERY_VISIBILITY_TIMEOUT), and the work is done exactly once.
* A task that kills its worker every time is not handed back for ever: after
  CELERY_TASK_MAX_REDELIVERIES it is dropped, with an error in the log.
* The broker connection is cut while a task runs: the message comes back and
  the work is done once.

Each test uses a queue of its own, so no other worker takes its messages.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from django.conf import settings
from django.db import connection

from config.celery import app as celery_app
from courses.models import Assignment
from skills.ingest import signals_ingest
from skills.models import Signal
from tests.skills.helpers import course_with_modules, learner, qa, rule_for
from tests.waiting import wait_for

ROOT = Path(__file__).resolve().parents[2]
VISIBILITY_TIMEOUT = 3

pytestmark = [
    pytest.mark.worker,
    pytest.mark.redis(
        reason="a killed worker's task comes back only from a broker that redelivers "
        "unacknowledged messages (the embedded one does not)"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _database_url() -> str:
    """The test database, for the worker processes."""
    params = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{params['NAME']}"
    credentials = quote(params.get("USER") or "")
    if params.get("PASSWORD"):
        credentials += ":" + quote(params["PASSWORD"])
    host = params.get("HOST") or "localhost"
    port = params.get("PORT") or 5432
    return f"postgres://{credentials}@{host}:{port}/{params['NAME']}"


def _shared_cache_url() -> str:
    configured = os.environ.get("CACHE_URL", "")
    if configured.startswith("redis://"):
        return configured
    return settings.CELERY_BROKER_URL.rsplit("/", 1)[0] + "/12"


class Workers:
    """Start ``celery -A config worker`` subprocesses on one queue; kill them."""

    def __init__(self, tmp_path: Path, **extra_env):
        self.queue = f"lost-{uuid.uuid4().hex[:8]}"
        self.marks_key = f"reliability:{self.queue}"
        self.marks = redis.Redis.from_url(settings.CELERY_BROKER_URL)
        self.tmp_path = tmp_path
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DATABASE_URL": _database_url(),
            "CELERY_BROKER_URL": settings.CELERY_BROKER_URL,
            # Deliveries are counted in the cache, which the workers must share.
            "CACHE_URL": _shared_cache_url(),
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "RELIABILITY_MARKS_URL": settings.CELERY_BROKER_URL,
            "RELIABILITY_MARKS": self.marks_key,
            **extra_env,
        }
        self.env.pop("CELERY_BROKER_WRITE_URL", None)
        self.processes: list[subprocess.Popen] = []

    def start(self) -> subprocess.Popen:
        number = len(self.processes) + 1
        log = (self.tmp_path / f"worker-{number}.log").open("wb")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "config",
                "worker",
                "--pool=prefork",
                "--concurrency=1",
                f"--queues={self.queue}",
                f"--hostname={self.queue}-{number}@localhost",
                "--include=tests.reliability.worker_hooks",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
                "--loglevel=INFO",
            ],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: kill -9 takes the pool too
        )
        self.processes.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        """kill -9 the worker and its pool processes, as the OOM killer or a lost
        machine would: no warm shutdown, nothing handed back by the worker."""
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait(timeout=10)
        for key in self.marks.scan_iter(f"{self.marks_key}:*"):
            self.marks.delete(key)
        self.marks.delete(self.queue)
        self.marks.close()

    def mark(self, name: str):
        return self.marks.get(f"{self.marks_key}:{name}")

    def logs(self) -> str:
        return "\n".join(
            path.read_text(errors="replace") for path in sorted(self.tmp_path.glob("worker-*.log"))
        )

    def queue_length(self) -> int:
        return self.marks.llen(self.queue)

    def cut_from_the_broker(self, process: subprocess.Popen) -> int:
        """Close every connection the worker (and its pool) has to Redis, from
        the server's side, as a broker restart or a network cut would. Returns
        how many were closed."""
        ports = _local_tcp_ports(_process_group(process.pid))
        killed = 0
        for client in self.marks.client_list():
            port = int(client["addr"].rsplit(":", 1)[1])
            if port in ports:
                killed += self.marks.execute_command("CLIENT", "KILL", "ID", client["id"])
        return killed


def _process_group(pgid: int) -> set[int]:
    pids = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    pids.add(int(entry.name))
            except ProcessLookupError:
                continue
    return pids


def _local_tcp_ports(pids: set[int]) -> set[int]:
    """The local ports of the TCP sockets these processes hold (Linux /proc)."""
    inodes = set()
    for pid in pids:
        fd_dir = Path(f"/proc/{pid}/fd")
        for fd in fd_dir.iterdir() if fd_dir.exists() else []:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


@pytest.fixture
def workers(tmp_path):
    made = []

    def make(**extra_env):
        made.append(Workers(tmp_path, **extra_env))
        return made[-1]

    yield make
    for group in made:
        group.stop_all()


def test_a_task_whose_worker_is_killed_is_redelivered_and_done_once(workers):
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 55)], queue=False)
    group = workers(RELIABILITY_SLOW_ENGINE="1")
    celery_app.conf.task_always_eager = False  # (the conftest turns it back off)

    first = group.start()
    celery_app.send_task(
        "skills.tasks.process_learners_task", args=[[person.pk]], queue=group.queue
    )
    assert wait_for(lambda: group.mark("blocked") is not None, timeout=60), group.logs()
    # The worker is inside the learner's transaction, the assignment written but
    # not committed. Kill it.
    group.kill(first)
    assert not Assignment.objects.exists()
    assert Signal.objects.filter(processed_at__isnull=True).count() == 2

    # Past the visibility timeout, the next worker takes the message back.
    time.sleep(VISIBILITY_TIMEOUT + 1)
    group.start()

    assert wait_for(
        lambda: not Signal.objects.filter(processed_at__isnull=True).exists(), timeout=40
    ), group.logs()
    assert Assignment.objects.filter(user=person).count() == 1
    assert int(group.mark("calls")) == 2
    flags = group.marks.lrange(f"{group.marks_key}:redelivered", 0, -1)
    assert flags == [b"0", b"1"]  # the second run was the same message, handed back


def test_a_task_that_kills_every_worker_is_dropped_after_the_redelivery_limit(workers):
    group = workers(CELERY_TASK_MAX_REDELIVERIES="2")
    celery_app.conf.task_always_eager = False
    group.start()

    celery_app.send_task("tests.reliability.die_task", queue=group.queue)

    # Run once, handed back twice (reject_on_worker_lost), then dropped.
    assert wait_for(lambda: "dropping it" in group.logs(), timeout=60), group.logs()
    assert int(group.mark("die-runs")) == 3
    time.sleep(1)
    assert int(group.mark("die-runs")) == 3
    assert group.queue_length() == 0
    assert group.processes[0].poll() is None  # the worker itself carries on


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="finds connections in Linux's /proc")
def test_a_task_running_when_the_broker_connection_is_lost_is_done_once(workers):
    built = course_with_modules()
    rule_for(built.modules[0])
    person = learner("E1")
    signals_ingest([qa("a", "E1", 50), qa("b", "E1", 55)], queue=False)
    group = workers(RELIABILITY_SLOW_ENGINE="1")
    celery_app.conf.task_always_eager = False

    worker = group.start()
    celery_app.send_task(
        "skills.tasks.process_learners_task", args=[[person.pk]], queue=group.queue
    )
    assert wait_for(lambda: group.mark("blocked") is not None, timeout=60), group.logs()
    # Mid-task, the broker goes away: every connection of the worker is cut.
    assert group.cut_from_the_broker(worker) >= 1
    group.marks.set(f"{group.marks_key}:release", 1)

    # The message can no longer be acknowledged: the worker hands it back as it
    # reconnects and stops the run in progress (its transaction rolls back);
    # the message runs again, once.
    assert wait_for(lambda: int(group.mark("calls") or 0) >= 2, timeout=40), group.logs()
    assert wait_for(
        lambda: not Signal.objects.filter(processed_at__isnull=True).exists(), timeout=20
    ), group.logs()
    time.sleep(1)
    assert Assignment.objects.filter(user=person).count() == 1
    assert int(group.mark("calls")) == 2
    assert worker.poll() is None, group.logs()  # the worker reconnected and carries on
