"""Screenshots of the planner for the documentation (``ui/screenshots.py --only planner``).

- ``planner``: a full course day from the bundled four-day course template, a deck chosen;
- ``planner-console-behind``: the presenter console running that plan at 14:00 while the plan
  is still in the morning, so the pace shows behind plan;
- ``plan-<kind>``: the first page of each PDF kind, drawn by ``pdftoppm -png -r 60 -f 1 -l 1``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .entries import Column

COURSE_DAY = "kursus.dag-1"
PDF_KINDS = ("runsheet", "deck", "notes", "handout", "cards")


def take(window, out: Path, save: Callable[[QWidget, str], None]) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    library = window.controller.library
    template = library.plan(COURSE_DAY) or max(library.plans, key=lambda p: p.minutes)
    window.show_page("plans")
    planner = window.planner
    planner.new_from_template(template.id)
    plan = window.plan_controller.plan
    deck = next(
        (i for i, e in enumerate(plan.entries) if e.kind == "item" and e.ref.endswith(".viden")),
        1,
    )
    window.plan_controller.set_header(day=datetime.now().strftime("%Y-%m-%d"))
    planner.tree.setCurrentIndex(planner.model.entry_index(deck, Column.ENTRY))
    planner.tree.setFocus()
    for _ in range(5):
        app.processEvents()
    save(window, "planner")

    # The console while behind plan: at 14:00 the morning's fourth entry is on screen.
    late = datetime.now().replace(hour=14, minute=0, second=0, microsecond=0)
    running = planner.present_plan(3, windowed=True, choose=False, wall=lambda: late)
    if running is not None:
        running.console.resize(1366, 768)
        for _ in range(10):
            app.processEvents()
        save(running.console, "planner-console-behind")
        running.leave()
        for _ in range(5):
            app.processEvents()

    # The first page of each PDF kind.
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no PDF page shots")
        return
    from ...render.plan_pdf import export_plan_pdf
    from ...render.theme import get_theme

    with tempfile.TemporaryDirectory() as folder:
        for kind in PDF_KINDS:
            pdf = Path(folder) / f"{kind}.pdf"
            export_plan_pdf(plan, library, kind, pdf, get_theme("light"))
            stem = out / f"plan-{kind}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    str(pdf),
                    stem,
                ],
                check=True,
            )
            print(f"{stem}.png")
