"""The benchmark itself runs (small), so `make bench` cannot rot unnoticed."""

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATABASE = os.environ.get("DATABASE_URL", "")
BROKER = os.environ.get("CELERY_BROKER_URL", "")

pytestmark = [
    pytest.mark.postgresql(reason="the benchmark measures the production stack"),
    pytest.mark.redis(reason="the benchmark measures the production stack"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_the_benchmark_runs_end_to_end(tmp_path):
    out = tmp_path / "bench.json"
    database = DATABASE.rsplit("/", 1)[0] + "/academy_bench_smoke"
    result = subprocess.run(
        [
            sys.executable,
            "bench/signals_bench.py",
            "--learners",
            "60",
            "--signals",
            "600",
            "--batch",
            "200",
            "--port",
            str(free_port()),
            "--database",
            database,
            "--broker",
            BROKER.rsplit("/", 1)[0] + "/11",
            "--cache",
            BROKER.rsplit("/", 1)[0] + "/10",
            "--out",
            str(out),
            "--timeout",
            "300",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    figures = json.loads(out.read_text())
    assert figures["accepted"] == 600
    assert figures["nightly_evaluated"] == 60
    assert figures["assignments_written"] > 0
    assert figures["end_to_end_per_s"] > 0


def test_the_export_benchmark_runs(tmp_path):
    out = tmp_path / "exports.json"
    database = DATABASE.rsplit("/", 1)[0] + "/academy_export_bench_smoke"
    result = subprocess.run(
        [
            sys.executable,
            "bench/export_bench.py",
            "--learners",
            "100",
            "--database",
            database,
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    figures = json.loads(out.read_text())
    assert figures["progress_rows"] == 100 * 50
    assert (
        figures["csv"]["rows"]
        == figures["reference_copy"]["rows"]
        == figures["xlsx"]["rows"]
        == 5000
    )


def test_the_pages_benchmark_runs_end_to_end(tmp_path):
    out = tmp_path / "pages.json"
    result = subprocess.run(
        [
            sys.executable,
            "bench/pages_bench.py",
            "--learners",
            "200",
            "--seconds",
            "2",
            "--users",
            "1",
            "--port",
            str(free_port()),
            "--database",
            DATABASE.rsplit("/", 1)[0] + "/academy_pages_smoke",
            "--redis",
            BROKER.rsplit("/", 1)[0] + "/9",
            "--plan",
            str(tmp_path / "plan.json"),
            "--out",
            str(out),
        ],  # fmt: skip
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    figures = json.loads(out.read_text())
    scenarios = {row["scenario"] for row in figures["pages"]}
    assert scenarios == {"reference", "catalog", "course", "dashboard", "lesson", "quiz"}
    for row in figures["pages"] + figures["writes"]:
        assert row["requests"] > 0, row
        assert row["failures"] == 0, row
    submitted = figures["submissions"]
    assert submitted["errors"] == 0
    assert submitted["attempts_with_more"] == 0
    assert submitted["attempts_with_one_result"] == submitted["attempts"] > 0
    assert out.with_suffix(".md").read_text().startswith("Measured on")
