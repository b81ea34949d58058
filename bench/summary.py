"""The targets of `make bench`, each as a ratio to its reference measured in the
same run, read from the JSON files the benchmarks wrote. Writes
bench/results/summary.md (and prints it); exits 1 when a target is missed, so
that a regression shows.

Usage (make bench runs it last): python bench/summary.py [--results bench/results]
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _load(folder: Path, name: str) -> dict | None:
    path = folder / name
    return json.loads(path.read_text()) if path.exists() else None


def targets(pages: dict | None, signals: dict | None, exports: dict | None) -> list[dict]:
    rows = []
    if pages:
        by = {(r["scenario"], r["users"]): r for r in pages["pages"]}
        for scenario in ("catalog", "course"):
            worst = min(
                (by[(scenario, users)]["rps"] / by[("reference", users)]["rps"], users)
                for scenario_name, users in by
                if scenario_name == scenario and ("reference", users) in by
            )
            rows.append(
                {
                    "target": f"Anonymous {scenario} page: requests/s at least 70% of the "
                    "no-database view's (lowest over 1, 10, 50 clients)",
                    "measured": f"{worst[0]:.0%} at {worst[1]} clients",
                    "met": worst[0] >= 0.70,
                }
            )
        for scenario in ("dashboard", "lesson"):
            if (scenario, 10) not in by or ("reference", 10) not in by:
                continue  # a run without 10 clients (the test suite's small one)
            ratio = by[(scenario, 10)]["p95_ms"] / max(by[("reference", 10)]["p95_ms"], 1)
            rows.append(
                {
                    "target": f"Signed-in {scenario}: p95 under 10× the no-database view's "
                    "at 10 clients",
                    "measured": f"{ratio:.1f}× ({by[(scenario, 10)]['p95_ms']:.0f} ms vs "
                    f"{by[('reference', 10)]['p95_ms']:.0f} ms)",
                    "met": ratio < 10,
                }
            )
        s = pages["submissions"]
        rows.append(
            {
                "target": "50 quiz submissions at once (each sent twice): no error, exactly "
                "one graded result per attempt",
                "measured": f"{s['errors']} errors, {s['attempts_with_one_result']} of "
                f"{s['attempts']} with one result",
                "met": s["errors"] == 0 and s["attempts_with_one_result"] == s["attempts"],
            }
        )
    if exports:
        copy = exports["reference_copy"]
        csv_ratio = exports["csv"]["seconds"] / copy["seconds"]
        xlsx_ratio = exports["xlsx"]["seconds"] / copy["seconds"]
        peak_mb = max(exports[k]["peak_mib"] for k in ("csv", "xlsx")) * 1.048576
        rows += [
            {
                "target": "CSV export of 1,000,000 rows: within 1.5× of COPY",
                "measured": f"{csv_ratio:.2f}× ({exports['csv']['seconds']} s vs "
                f"{copy['seconds']} s)",
                "met": csv_ratio <= 1.5,
            },
            {
                "target": "XLSX export: under 10× of COPY",
                "measured": f"{xlsx_ratio:.1f}× ({exports['xlsx']['seconds']} s)",
                "met": xlsx_ratio < 10,
            },
            {
                "target": "Peak memory of an export of 1,000,000 rows: under 200 MB",
                "measured": f"{peak_mb:.0f} MB",
                "met": peak_mb < 200,
            },
        ]
    if signals:
        ratio = signals["end_to_end_per_s"] / signals["reference_bulk_insert_per_s"]
        rows.append(
            {
                "target": "Signal ingestion end to end (API to assignments written): at "
                "least 25% of a bare bulk insert's rows/s",
                "measured": f"{ratio:.0%} ({signals['end_to_end_per_s']:,} vs "
                f"{signals['reference_bulk_insert_per_s']:,} rows/s)",
                "met": ratio >= 0.25,
            }
        )
    return rows


def figures(signals: dict | None) -> list[str]:
    """Measured without a target of their own."""
    if not signals:
        return []
    return [
        f"- Nightly re-evaluation of a rule over every learner: "
        f"{signals['nightly_evaluated']:,} learners in {signals['nightly_reevaluation_seconds']} s.",
        f"- Signals API, checked and committed: {signals['api_accepted_per_s']:,} signals/s; "
        f"{signals['signals']:,} signals took {signals.get('learner_evaluations', 0):,} learner "
        f"evaluations and wrote {signals['assignments_written']:,} assignments.",
    ]


def markdown(rows: list[dict], machine: dict | None, date: str | None) -> str:
    lines = []
    if machine:
        lines += [
            f"Measured {'on ' + date + ' ' if date else ''}on {machine.get('cores')} cores "
            f"({machine.get('cpu', 'unknown CPU')}), every figure beside its reference in "
            "the same run.",
            "",
        ]
    lines += ["| target | measured | met |", "| --- | --- | --- |"]
    lines += [
        f"| {row['target']} | {row['measured']} | {'yes' if row['met'] else '**no**'} |"
        for row in rows
    ]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args(argv)
    folder = Path(args.results)
    pages, signals, exports = (
        _load(folder, "pages.json"),
        _load(folder, "signals.json"),
        _load(folder, "exports.json"),
    )
    rows = targets(pages, signals, exports)
    text = markdown(
        rows, (pages or signals or exports or {}).get("machine"), (pages or {}).get("date")
    )
    if extra := figures(signals):
        text += "\n" + "\n".join(extra) + "\n"
    (folder / "summary.md").write_text(text)
    print(text)
    return 0 if all(row["met"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
