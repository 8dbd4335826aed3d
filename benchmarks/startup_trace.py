"""Where the start-up time goes: imports by package (``-X importtime``) and a timeline.

    .venv/bin/python benchmarks/startup_trace.py [--runs N] [--slides N]

For ``facilitator export-pdf deck.md`` and ``facilitator present deck.md`` (to the first slide,
through ``run.py``'s probe) on the generated deck of ``peers.py``, each in fresh processes:

- the whole command, start to exit (median of ``--runs``);
- ``-X importtime``: the time spent importing, by group (Qt for Python and its signature
  module, Python-Markdown, PyYAML, SQL, the app's own packages, the standard library), the
  fastest of ``--runs`` for each group;
- the floor: Python starting, importing QtGui and making a ``QGuiApplication``, and nothing
  else, for what the export adds to it;
- for the export, a timeline inside the process: imports, settings, reading the deck, the Qt
  application, laying out and painting the slides, writing the PDF.

Nothing here is judged; ``run.py`` and ``peers.py`` hold the budgets and goals.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

GROUPS = (
    ("Qt for Python (PySide6, shiboken6)", ("PySide6", "shiboken6", "shibokensupport")),
    ("Python-Markdown", ("markdown",)),
    ("PyYAML", ("yaml", "_yaml")),
    ("SQL (sqlmodel, SQLAlchemy, pydantic)", ("sqlmodel", "sqlalchemy", "pydantic")),
    ("qtawesome, qtpy", ("qtawesome", "qtpy")),
    ("facilitator.core", ("facilitator.core",)),
    ("facilitator.render", ("facilitator.render",)),
    ("facilitator.ui", ("facilitator.ui",)),
    ("facilitator (cli)", ("facilitator",)),
)
_LINE = re.compile(r"import time:\s+(\d+) \|\s+\d+ \|( *)(\S+)")

TIMELINE = """
import gc, sys, time
gc.disable()  # as the command does for an export (facilitator.cli)
started = time.perf_counter()
marks = []
def mark(what): marks.append((what, time.perf_counter()))
from pathlib import Path
from facilitator.cli import export, lookup
mark("import the command line")
from facilitator.core import fields
from facilitator.core.settings import Settings
fields.use_settings(Settings.load())
mark("settings")
item, _ = lookup.item_from_target(sys.argv[1], "exported")
mark("read the deck")
theme = export.chosen_theme(None)
import PySide6.QtGui
mark("import QtGui (PySide6, shiboken6)")
from facilitator.render.check import ensure_gui_application
from facilitator.render.pdf import export_slides_pdf
mark("import the renderer (Python-Markdown, Qt's enums it touches)")
ensure_gui_application()
mark("the Qt application")
export_slides_pdf(item.slides, Path(sys.argv[2]), theme, title=item.title)
mark("lay out, paint and write the PDF")
last = started
for what, at in marks:
    print(f"{what}\\t{(at - last) * 1000:.1f}")
    last = at
"""


# What every Facilitator command that draws pays before doing anything of its own.
FLOOR = "from PySide6.QtGui import QGuiApplication; QGuiApplication([])"


def env() -> dict[str, str]:
    found = dict(os.environ)
    found["QT_QPA_PLATFORM"] = "offscreen"
    found["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), str(HERE)) if p)
    found.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed app: from compiled bytecode
    return found


def group_of(module: str) -> str:
    for name, prefixes in GROUPS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    return "standard library and the rest"


def import_times(command: list[str], environment: dict[str, str]) -> Counter[str]:
    """Self time of every import in ``command``, summed by group, in ms."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command], env=environment, capture_output=True,
        text=True,
    )  # fmt: skip
    totals: Counter[str] = Counter()
    for line in done.stderr.splitlines():
        match = _LINE.match(line)
        if match:
            totals[group_of(match.group(3))] += int(match.group(1)) / 1000
    return totals


def wall(command: list[str], environment: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *command], env=environment, capture_output=True, check=True)
    return time.perf_counter() - started


def trace(name: str, command: list[str], environment: dict[str, str], runs: int) -> None:
    wall(command, environment)  # warm-up: bytecode, file cache
    times = [wall(command, environment) for _ in range(runs)]
    groups = [import_times(command, environment) for _ in range(runs)]
    best = {g: min(run.get(g, 0.0) for run in groups) for g in set().union(*groups)}
    print(f"\n{name}: {statistics.median(times) * 1000:.0f} ms start to exit (median of {runs})")
    print(f"  imports (fastest of {runs}), {sum(best.values()):.0f} ms in all:")
    for group, ms in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"    {ms:7.1f} ms  {group}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slides", type=int, default=50)
    args = parser.parse_args(argv)
    import peers

    environment = env()
    with tempfile.TemporaryDirectory(prefix="facilitator-trace-") as folder:
        work = Path(folder)
        environment["FACILITATOR_HOME"] = str(work / "home")
        environment["FACILITATOR_SITE_CONFIG"] = str(work / "site.toml")
        deck = work / "deck.md"
        deck.write_text(peers.make_deck(args.slides), encoding="utf-8")
        out = str(work / "deck.pdf")
        trace("export-pdf", ["-m", "facilitator", "export-pdf", str(deck), "-o", out],
              environment, args.runs)  # fmt: skip
        trace("the floor: Python, QtGui and a QGuiApplication, nothing else", ["-c", FLOOR],
              environment, args.runs)  # fmt: skip
        trace("present, to the first slide", [str(HERE / "run.py"), "--probe", "first",
              str(deck)], environment, args.runs)  # fmt: skip
        script = work / "timeline.py"
        script.write_text(TIMELINE, encoding="utf-8")
        rows: dict[str, list[float]] = {}
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, str(script), str(deck), out], env=environment,
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            for line in done.stdout.splitlines():
                what, ms = line.split("\t")
                rows.setdefault(what, []).append(float(ms))
    print(f"\nexport-pdf inside the process (median of {args.runs}; the interpreter's own start")
    print("and exit come on top):")
    for what, values in rows.items():
        print(f"  {statistics.median(values):7.1f} ms  {what}")
    load = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    print(f"\nload average (1 min) at the end: {load} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())
