"""All of Facilitator's performance budgets (DESIGN.md section 6), measured in one run.

    .venv/bin/python benchmarks/run.py [--json OUT.json] [--runs N]

Measures, on this machine, under Qt's offscreen platform:

- ``startup_main_window_s``: ``facilitator --smoke-test`` in a fresh process, from starting the
  process to the main window shown with the bundled library loaded (median of ``--runs``).
- ``present_first_slide_s``: ``facilitator present DECK`` to the first slide on screen.
- ``render_cold_ms``: a slide never rendered before at 1920x1080 (median, p95), from
  ``render_bench.py``.
- ``advance_ms``: from the key press to the next (pre-rendered) slide painted (p50, p99).
- ``pdf_100_slides_s``: exporting 100 slides to PDF, from ``render_bench.py``.
- ``rss_present_100_mb``: resident memory while presenting a 100-slide deck.

Each result stands beside its budget with a pass flag. A measurement whose part of the app does
not exist yet is reported with null values and the reason, never with made-up numbers. Prints a
table; ``--json`` also writes the results. Exits 1 when a measured result misses its budget.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# DESIGN.md section 6, on a 2-core machine.
BUDGETS: dict[str, dict[str, Any]] = {
    "startup_main_window_s": {"budget": 0.8, "unit": "s", "judged_on": "value"},
    "present_first_slide_s": {"budget": 0.5, "unit": "s", "judged_on": "value"},
    "render_cold_ms": {"budget": 30.0, "unit": "ms", "judged_on": "p95"},
    "advance_ms": {"budget": 16.0, "unit": "ms", "judged_on": "p99"},
    "pdf_100_slides_s": {"budget": 5.0, "unit": "s", "judged_on": "value"},
    "rss_present_100_mb": {"budget": 250.0, "unit": "MB", "judged_on": "value"},
}

SMOKE_LINE = "main window shown"  # what ``facilitator --smoke-test`` prints (ui/app.py)
START_TIMEOUT_S = 60.0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _env(home: Path) -> dict[str, str]:
    """A child's environment: offscreen, its own per-user folders, no machine-wide file."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(home)
    env["FACILITATOR_SITE_CONFIG"] = str(home / "site-settings.toml")
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    return env


def time_until_line(command: list[str], line: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until it prints ``line``; then waits for it to end."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    seen = None
    assert process.stdout is not None
    for text in process.stdout:
        if line in text:
            seen = time.perf_counter() - started
            break
    try:
        process.wait(timeout=START_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    if seen is None:
        raise RuntimeError(f"{' '.join(command)} never printed {line!r}")
    return seen


# The measurements -------------------------------------------------------------------------


def measure_startup(runs: int) -> dict[str, Any]:
    """``facilitator --smoke-test`` from process start to the window shown with the library."""
    command = [sys.executable, "-m", "facilitator", "--smoke-test"]
    with tempfile.TemporaryDirectory(prefix="facilitator-bench-") as folder:
        env = _env(Path(folder))
        time_until_line(command, SMOKE_LINE, env)  # warm the file cache; not counted
        times = [time_until_line(command, SMOKE_LINE, env) for _ in range(runs)]
    return {"value": round(statistics.median(times), 3), "runs": [round(t, 3) for t in times]}


def measure_render_and_pdf() -> dict[str, dict[str, Any]]:
    """Cold slide render and the 100-slide PDF, from render_bench.py (one place measures them)."""
    import render_bench

    results = render_bench.measure()
    return {
        "render_cold_ms": dict(results["render_cold_ms"]),
        "pdf_100_slides_s": {"value": results["pdf_100_slides_s"]},
    }


def presentation_not_available() -> str | None:
    """Why the presentation measurements cannot run in this checkout, or None when they can."""
    try:
        import facilitator.ui.present  # noqa: F401
    except ImportError:
        return "the presentation mode (facilitator.ui.present) is not in this checkout yet"
    return (
        "facilitator.ui.present exists but has no entry point for these measurements yet; "
        "benchmarks/run.py needs to be taught it"
    )


def measure_presentation(runs: int) -> dict[str, dict[str, Any]]:
    """present_first_slide_s, advance_ms and rss_present_100_mb, or null values with the reason."""
    reason = presentation_not_available()
    if reason is not None:
        return {
            "present_first_slide_s": {"value": None, "reason": reason},
            "advance_ms": {"p50": None, "p99": None, "reason": reason},
            "rss_present_100_mb": {"value": None, "reason": reason},
        }
    raise AssertionError("unreachable until the presentation mode has an entry point")


# Report -----------------------------------------------------------------------------------


def judge(name: str, result: dict[str, Any]) -> dict[str, Any]:
    """``result`` with its budget, unit and pass flag (None when it could not be measured)."""
    rule = BUDGETS[name]
    value = result.get(rule["judged_on"])
    judged = dict(result)
    judged["unit"] = rule["unit"]
    judged["budget"] = rule["budget"]
    if rule["judged_on"] != "value":
        judged["budget_applies_to"] = rule["judged_on"]
    judged["pass"] = None if value is None else value < rule["budget"]
    return judged


def machine() -> dict[str, Any]:
    from PySide6 import __version__ as pyside

    return {
        "python": platform.python_version(),
        "pyside6": pyside,
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "qpa": "offscreen",
        "when": time.strftime("%Y-%m-%d %H:%M:%S %z"),
    }


def run_all(runs: int, progress: Callable[[str], None] = print) -> dict[str, Any]:
    results: dict[str, dict[str, Any]] = {}
    progress("start-up (fresh processes)...")
    results["startup_main_window_s"] = measure_startup(runs)
    progress("presentation...")
    results.update(measure_presentation(runs))
    progress("render and PDF...")
    results.update(measure_render_and_pdf())
    order = list(BUDGETS)
    judged = {name: judge(name, results[name]) for name in order}
    return {"machine": machine(), **judged}


def table(report: dict[str, Any]) -> str:
    lines = [f"{'measure':<24} {'result':>22} {'budget':>10}  verdict"]
    for name in BUDGETS:
        entry = report[name]
        unit = entry["unit"]
        if "median" in entry:
            shown = f"median {entry['median']} p95 {entry['p95']} {unit}"
        elif "p50" in entry:
            measured = entry["p50"] is not None
            shown = f"p50 {entry['p50']} p99 {entry['p99']} {unit}" if measured else "-"
        else:
            shown = "-" if entry["value"] is None else f"{entry['value']} {unit}"
        verdict = {True: "pass", False: "MISSED", None: "not measured"}[entry["pass"]]
        lines.append(f"{name:<24} {shown:>22} {'< ' + str(entry['budget']):>10}  {verdict}")
        if entry.get("reason"):
            lines.append(f"{'':<24}   ({entry['reason']})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write the results here")
    parser.add_argument("--runs", type=int, default=5, help="fresh processes per start-up")
    args = parser.parse_args(argv)
    report = run_all(max(1, args.runs), progress=lambda text: print(text, file=sys.stderr))
    print(table(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"written: {args.json}")
    missed = [name for name in BUDGETS if report[name]["pass"] is False]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
