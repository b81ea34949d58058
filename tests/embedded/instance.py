"""The product as a newcomer runs it: ``make run`` on the embedded defaults
(SQLite, the embedded broker, local-memory cache, console e-mail), in a folder
of its own, with the web server, a worker and beat."""

import json
import os
import re
import signal
import socket
import sqlite3
import subprocess
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"

#: Variables that would point the instance at real services instead of the defaults.
SERVICE_VARIABLES = ("DATABASE_URL", "CELERY_BROKER_URL", "CACHE_URL", "EMAIL_URL", "DJANGO_ENV")

#: What must never appear in the output of web, worker or beat.
PROBLEMS = re.compile(
    r"database is locked|database table is locked|Traceback|Internal Server Error"
    r"|OperationalError|IntegrityError|raised unexpected|\bERROR/|\] ERROR|\" 5\d\d "
    r"|Content Security Policy refused"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Instance:
    def __init__(self, folder: Path, **settings: str):
        self.folder = folder
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.env = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
        self.env.update(
            {"VAR_DIR": str(folder / "var"), "WEB_PORT": str(self.port), "PYTHONUNBUFFERED": "1"}
        )
        self.env.update(settings)
        self.log_path = folder / "make-run.log"
        self.process: subprocess.Popen | None = None
        #: ``snapshot()`` taken the moment the web server first answered a page.
        self.at_first_page: dict | None = None

    @property
    def database(self) -> Path:
        return self.folder / "var" / "db.sqlite3"

    # --- Running ---------------------------------------------------------------

    def start(self, timeout: float = 600) -> None:
        log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            ["make", "run"],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"make run stopped:\n{self.log()[-5000:]}")
            if self.at_first_page is None and self._answers():
                self.at_first_page = self.snapshot()
            if self.at_first_page is not None and self._worker_and_beat_started():
                return
            time.sleep(0.2)
        raise AssertionError(f"make run did not come up:\n{self.log()[-5000:]}")

    def _answers(self) -> bool:
        try:
            return requests.get(self.base_url + "/", timeout=5).status_code == 200
        except requests.RequestException:
            return False

    def _worker_and_beat_started(self) -> bool:
        log = self.log()
        return "celery@" in log and " ready." in log and "beat: Starting" in log

    def snapshot(self) -> dict:
        """What the engine and progress have made so far."""
        return {
            "rule_assignments": self.query(
                "SELECT COUNT(*) FROM courses_assignment WHERE origin_rule_id IS NOT NULL"
            )[0][0],
            "signals_waiting": self.query(
                "SELECT COUNT(*) FROM skills_signal WHERE processed_at IS NULL"
            )[0][0],
            "certificates": self.query("SELECT COUNT(*) FROM courses_certificate")[0][0],
        }

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    # --- Reading what it did ------------------------------------------------------

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def problems(self, since: int = 0) -> list[str]:
        """Lines of the output, from offset ``since``, that show something went wrong."""
        return [line for line in self.log()[since:].splitlines() if PROBLEMS.search(line)]

    def api_token(self) -> str:
        match = re.search(r"shown once\): (hea_\S+)", self.log())
        assert match, "seed_demo printed no API token"
        return match.group(1)

    def mailed_links(self, path: str) -> list[str]:
        """Links to ``path`` in the e-mails the worker printed, oldest first."""
        return re.findall(rf"http://\S*{re.escape(path)}\S*", self.log())

    def worker_is_idle(self) -> bool:
        """The embedded broker's queue folder holds no message."""
        queue = self.folder / "var" / "celery" / "queue"
        return not any(queue.iterdir()) if queue.exists() else True

    def query(self, sql: str, params=()) -> list[tuple]:
        """Read the instance's database directly, read-only, beside the running
        processes (WAL lets a reader in at any time)."""
        with sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, timeout=30) as db:
            return db.execute(sql, params).fetchall()

    def manage(self, *args: str, stdin: str | None = None) -> str:
        """A management command against the instance, as its owner would run it."""
        done = subprocess.run(
            [str(PYTHON), "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            input=stdin,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode:
            raise AssertionError(f"manage.py {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
        return done.stdout

    def shell_json(self, code: str):
        """Run Python in ``manage.py shell`` against the instance; its last line
        printed is read as JSON."""
        out = self.manage("shell", "--no-imports", "-c", code)
        return json.loads(out.strip().splitlines()[-1])
