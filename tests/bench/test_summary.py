"""bench/summary.py reads the benchmarks' figures and says, target by target,
whether each ratio to its reference holds."""

import json

from bench import summary


def page(scenario, users, rps, p95):
    return {"scenario": scenario, "users": users, "rps": rps, "p95_ms": p95}


def figures(*, lesson_p95=50, catalog_rps=900, end_to_end=4000, csv_seconds=20):
    pages = {
        "date": "2026-12-06",
        "machine": {"cores": 2, "cpu": "Test CPU"},
        "pages": [
            page("reference", 10, 1000, 10),
            page("catalog", 10, catalog_rps, 12),
            page("course", 10, 1000, 12),
            page("dashboard", 10, 150, 60),
            page("lesson", 10, 100, lesson_p95),
        ],
        "submissions": {"errors": 0, "attempts": 50, "attempts_with_one_result": 50},
    }
    signals = {
        "end_to_end_per_s": end_to_end,
        "reference_bulk_insert_per_s": 12000,
        "nightly_evaluated": 10000,
        "nightly_reevaluation_seconds": 5.2,
        "api_accepted_per_s": 4500,
        "signals": 100000,
        "learner_evaluations": 26000,
        "assignments_written": 2000,
    }
    exports = {
        "reference_copy": {"seconds": 16.0},
        "csv": {"seconds": csv_seconds, "peak_mib": 150.0},
        "xlsx": {"seconds": 120.0, "peak_mib": 151.0},
    }
    return pages, signals, exports


def test_every_target_is_judged_against_its_reference(tmp_path):
    pages, signals, exports = figures()
    for name, data in (("pages", pages), ("signals", signals), ("exports", exports)):
        (tmp_path / f"{name}.json").write_text(json.dumps(data))

    assert summary.main(["--results", str(tmp_path)]) == 0
    text = (tmp_path / "summary.md").read_text()
    assert text.count("| yes |") == 9
    assert "33% (4,000 vs 12,000 rows/s)" in text
    assert "10,000 learners in 5.2 s" in text


def test_a_missed_target_says_so_and_fails():
    rows = summary.targets(*figures(lesson_p95=120, catalog_rps=600, end_to_end=2000))

    missed = {row["target"].split(":")[0] for row in rows if not row["met"]}
    assert missed == {
        "Anonymous catalog page",
        "Signed-in lesson",
        "Signal ingestion end to end (API to assignments written)",
    }
    csv = next(r for r in summary.targets(*figures(csv_seconds=25)) if "CSV" in r["target"])
    assert csv["met"] is False and csv["measured"].startswith("1.56×")
