"""Screenshots of the planner for the documentation (``ui/screenshots.py --only planner``).

- ``planner``: a full course day from the bundled four-day course template, a deck chosen;
- ``planner-console-behind`` (1366x768, and ``-1920`` at 1920x1080): the presenter console
  running that plan, the morning's entries having taken longer than planned, so the agenda shows
  the break 20 minutes late and each section's drift;
- ``plan-<kind>``: the first page of each PDF kind, drawn by ``pdftoppm -png -r 60 -f 1 -l 1``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .entries import Column

COURSE_DAY = "kursus.dag-1"
PDF_KINDS = ("runsheet", "deck", "notes", "handout", "cards")


class _Clock:
    """A clock the screenshot moves by hand: a morning is run through in a moment."""

    def __init__(self, start: datetime) -> None:
        self.seconds = 0.0
        self.start = start

    def __call__(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds)

    def minutes(self, minutes: float) -> None:
        self.seconds += minutes * 60


# Minutes the morning's first entries took (planned 30, 35 and 15); then 3 minutes of the break.
MORNING = (34, 44, 18)


def _behind_plan(planner):  # type: ignore[no-untyped-def]
    clock = _Clock(datetime.now().replace(hour=9, minute=4, second=0, microsecond=0))
    running = planner.present_plan(0, windowed=True, choose=False, clock=clock, wall=clock.wall)
    if running is None:
        return None
    state = running.presentation
    for minutes in MORNING:
        clock.minutes(minutes)
        state.next_entry()
    clock.minutes(3)
    return running


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

    # The console while behind plan: the morning ran long, and the break comes 20 minutes late.
    from ..present.shots import place

    for size, suffix in (((1366, 768), ""), ((1920, 1080), "-1920x1080")):
        running = _behind_plan(planner)
        if running is None:
            break
        console = running.console
        for _ in range(10):  # the window is mapped at its first size before it takes another
            app.processEvents()
        place(console, *size)
        for _ in range(10):
            app.processEvents()
        running._tick()
        for _ in range(5):
            app.processEvents()
        save(console, f"planner-console-behind{suffix}")
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
