"""Build the one-folder Facilitator bundle, report its size, and smoke-test it headless.

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--no-smoke]

Runs PyInstaller (from this Python's environment) on ``packaging/facilitator.spec``. The bundle
lands in ``DIR/Facilitator`` (default ``packaging/dist``). Then the built program is started with
the offscreen Qt platform and a throw-away FACILITATOR_HOME:

1. ``Facilitator --smoke-test`` must show its main window with the bundled library and exit 0,
   and its log must hold no warning or error from the app;
2. ``Facilitator check-content --json`` must load the bundled library (every module, every slide
   laid out with the bundled fonts) with no errors and nothing on stderr.

Exit status: 0 when all is well, 1 when the build fails, 2 when the smoke test fails; the last
lines printed say what went wrong.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "facilitator.spec"
NAME = "Facilitator"
SMOKE_TIMEOUT_S = 120
# Log lines the app writes: "2026-11-23 07:29:54,182 WARNING facilitator.x: message".
LOG_LINE = re.compile(r"^\S+ \S+ (?P<level>[A-Z]+)\s+(?P<logger>[\w.]+): (?P<message>.*)$")


class Failure(Exception):
    """A step failed; the message says which and why."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=HERE / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="PyInstaller's work dir")
    parser.add_argument("--no-smoke", action="store_true", help="build only; do not start it")
    args = parser.parse_args(argv)
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
        if not args.no_smoke:
            smoke_test(bundle)
    except Failure as failure:
        print(f"build.py: FAILED: {failure}", file=sys.stderr, flush=True)
        return failure.status
    return 0


def build(dist: Path, work: Path) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise Failure(
            f"PyInstaller is not installed for {sys.executable}; "
            "install the test extra: .venv/bin/pip install -e '.[test]'",
            1,
        ) from None
    work.mkdir(parents=True, exist_ok=True)
    log_path = work / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print(f"Building {NAME} with PyInstaller into {dist} ...", flush=True)
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log:
        result = subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    seconds = time.perf_counter() - started
    bundle = dist / NAME
    program = bundle / (NAME + (".exe" if sys.platform.startswith("win") else ""))
    if result.returncode != 0 or not program.is_file():
        tail = "\n".join(log_path.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        raise Failure(
            f"PyInstaller exited with status {result.returncode} "
            f"(full output: {log_path}); its last lines:\n{tail}",
            1,
        )
    print(f"Built {bundle} in {seconds:.0f} s", flush=True)
    print(f"Bundle size: {folder_size(bundle) / 1e6:.1f} MB", flush=True)
    return bundle


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def smoke_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(home / "home")
    # A machine-wide settings file that does not exist: the machine's own must not matter here.
    env["FACILITATOR_SITE_CONFIG"] = str(home / "site-settings.toml")
    if sys.platform.startswith("linux"):
        env["LC_ALL"] = "C.UTF-8"  # Qt warns on stderr under a non-UTF-8 locale
    return env


def run_bundle(program: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(
            [str(program), *args],
            env=env,
            cwd=program.parent,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=SMOKE_TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        command = " ".join([NAME, *args])
        raise Failure(f"'{command}' did not finish in {SMOKE_TIMEOUT_S} s", 2) from None
    except OSError as exc:
        raise Failure(f"cannot start {program}: {exc}", 2) from None


def smoke_test(bundle: Path) -> None:
    program = bundle / (NAME + (".exe" if sys.platform.startswith("win") else ""))
    with tempfile.TemporaryDirectory(prefix="facilitator-smoke-") as tmp:
        env = smoke_env(Path(tmp))
        print(f"Smoke test: {program.name} --smoke-test (offscreen) ...", flush=True)
        result = run_bundle(program, ["--smoke-test"], env)
        log_file = Path(env["FACILITATOR_HOME"]) / "logs" / "facilitator.log"
        log = log_file.read_text(encoding="utf-8", errors="replace") if log_file.is_file() else ""
        shown = re.search(r"main window shown with the library after (\d+) ms", log)
        if result.returncode != 0 or not shown:
            raise Failure(
                f"the bundle did not show its main window and quit cleanly "
                f"(exit status {result.returncode}).\nstderr:\n{result.stderr.strip()}\n"
                f"log ({log_file}):\n{log.strip()}",
                2,
            )
        problems = log_problems(log)
        if problems:
            raise Failure(
                "the bundle started, but its log has warnings or errors:\n" + "\n".join(problems),
                2,
            )
        print(f"Smoke test: main window shown with the library after {shown[1]} ms", flush=True)

        if sys.platform.startswith(("win", "darwin")):
            return  # a windowed program there: no stdout for the JSON report
        print(f"Smoke test: {program.name} check-content --json ...", flush=True)
        result = run_bundle(program, ["check-content", "--json"], env)
        summary = check_content_summary(result)
        print(f"Smoke test: check-content found {summary}", flush=True)
    print("Smoke test passed", flush=True)


def log_problems(log: str) -> list[str]:
    """The app's own warnings and errors, and any traceback. Qt's warnings of the offscreen
    platform ("does not support propagateSizeHints()") are not the app's and pass."""
    problems = []
    qt_warning = ("qt", "WARNING")
    for line in log.splitlines():
        match = LOG_LINE.match(line)
        serious = match is not None and match["level"] in {"WARNING", "ERROR", "CRITICAL"}
        if "Traceback" in line or (serious and (match["logger"], match["level"]) != qt_warning):
            problems.append(line)
    return problems


def check_content_summary(result: subprocess.CompletedProcess) -> str:
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise Failure(
            f"check-content in the bundle printed no JSON (exit status {result.returncode}).\n"
            f"stderr:\n{result.stderr.strip()}",
            2,
        ) from None
    modules = report.get("modules", [])
    items = sum(len(m.get("items", [])) for m in modules)
    errors = [f"{e['file']}:{e['line']}: {e['message']}" for e in report.get("errors", [])]
    if result.returncode != 0 or errors or not modules:
        raise Failure(
            f"check-content in the bundle: exit status {result.returncode}, "
            f"{len(modules)} modules, errors:\n" + "\n".join(errors or ["(none)"]),
            2,
        )
    if result.stderr.strip():
        raise Failure(
            "check-content in the bundle worked but complained on stderr (a missing resource?):\n"
            + result.stderr.strip(),
            2,
        )
    plans = len(report.get("plans", []))
    return f"{len(modules)} modules, {items} items, {plans} plans, no errors"


if __name__ == "__main__":
    sys.exit(main())
