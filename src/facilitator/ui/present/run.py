"""``facilitator present``: start Qt, open the presentation, and run until the trainer leaves.

The screens are built after the translations are installed, so generated screens (exercise
steps, the pause screen) speak the user's language. The session log is attached after the first
slide is on screen (``session``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ...core.events import BufferedEvents
from ...core.model import Item, Library, Plan
from ...core.presentation import Screen, Words
from ...core.settings import Settings
from .. import style
from ..app import create_application
from ..background import in_background
from ..errors import ErrorReporter
from ..i18n import Translations
from ..logs import log_file, route_qt_messages, setup_logging
from ..signals import end_on_signals

log = logging.getLogger("facilitator")
LIBRARY_DELAY_MS = 2000  # after the first slide: loading the library takes a moment


def _plan_saver(plan: Plan, library: Library) -> Callable[[Any], None]:
    """Save a re-timing of one of the user's plans as the planner does (``PlanController``)."""

    def save(retiming: Any) -> None:
        from ..planner.controller import PlanController

        plans = PlanController(library)
        if plans.open(plan.id):
            plans.retime(retiming.from_position, retiming.now)
            plans.close()
        else:
            log.warning("the re-timed plan %s could not be opened to save it", plan.id)

    return save


def run_presentation(
    build: Callable[[Words | None], Sequence[Screen]],
    *,
    title: str,
    start: int = 0,
    screen: str = "",
    windowed: bool = False,
    rehearsal: bool = False,
    exercises: Sequence[Item] = (),
    end_time: datetime | None = None,
    argv: Sequence[str] | None = None,
    plan: Plan | None = None,
    library: Library | Callable[[], Library] | None = None,
    saved_plan: bool = False,
    language: str = "",
) -> int:
    """Present what ``build`` makes and run until the trainer leaves.

    ``language`` is what is presented in: the words the app adds on the projector (exercise
    steps, breaks, the help slide) are in it ("": the app's language).

    ``plan`` gives the console its agenda; with ``saved_plan`` (one of the user's plans) a
    re-timing is saved to the database the way the planner saves it. ``library`` is where the
    help deck and the grounding exercise come from: a loader is called a moment after the first
    slide is shown (until then, the built-in help screen stands in).
    """
    started = time.perf_counter()
    app = create_application(argv)
    handler = setup_logging()
    route_qt_messages()
    reporter = ErrorReporter(log_file(), app)
    reporter.install()
    settings = Settings.load()
    translations = Translations()
    translations.install(settings.get("language"))
    theme = settings.get("theme")
    style.apply(app, theme)

    from . import open_presentation
    from .session import log_session
    from .words import present_words

    events = BufferedEvents()
    controller = open_presentation(
        list(build(present_words(language).screens)),
        title=title,
        theme=theme,
        settings=settings,
        events=events,
        start=start,
        screen=screen,
        windowed=windowed,
        rehearsal=rehearsal,
        exercises=exercises,
        end_time=end_time,
        plan=plan,
        language=language,
        library=library if isinstance(library, Library) else None,
        on_retime=(
            _plan_saver(plan, library)
            if plan is not None and saved_plan and isinstance(library, Library)
            else None
        ),
    )
    if callable(library):
        loader = library

        def loaded(found: Library) -> None:
            controller.library = found

        def load_library() -> None:
            # On a worker thread (the loader is Qt-free): a key pressed meanwhile is not kept
            # waiting. If it fails, the built-in help screen stands in (the log says why).
            in_background(loader, loaded, controller, what="load the library for the help slide")

        QTimer.singleShot(LIBRARY_DELAY_MS, load_library)
    first: dict[str, Any] = {}

    def painted(_position: int) -> None:
        if not first:
            first["at"] = time.perf_counter() - started
            log.info("first slide on screen after %.0f ms", first["at"] * 1000)

    controller.frame_painted.connect(painted)
    controller.closed.connect(lambda _ref, _index: QApplication.quit())
    log_session(controller, events, title)

    def end() -> None:  # Ctrl+C or SIGTERM: leave as Esc does, so the session record is closed
        controller.leave()
        QApplication.quit()

    restore_signals = end_on_signals(app, end)
    try:
        code = app.exec()
    finally:
        restore_signals()
        reporter.uninstall()
        logging.getLogger().removeHandler(handler)
        handler.close()
    if not controller.finished:
        controller.leave()
    return code
