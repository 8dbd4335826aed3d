"""``facilitator present``: start Qt, open the presentation, and run until the trainer leaves.

The screens are built after the translations are installed, so generated screens (exercise
steps, the pause screen) speak the user's language. The session log is attached after the first
slide is on screen (``session``).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ...core.events import BufferedEvents
from ...core.model import Library
from ...core.settings import Settings
from ...core.show import ShowRequest
from .. import style
from ..app import create_application
from ..background import in_background
from ..errors import ErrorReporter
from ..i18n import Translations
from ..logs import log_file, route_qt_messages, setup_logging
from ..signals import end_on_signals

if TYPE_CHECKING:
    from ...core.agenda import Retiming

log = logging.getLogger("facilitator")
LIBRARY_DELAY_MS = 2000  # after the first slide: loading the library takes a moment


def _plan_saver(plan_id: str, library: Library | None) -> Callable[[Retiming], None]:
    """Save a re-timing of one of the user's plans as the planner does (``PlanWorkspace``)."""

    def save(retiming: Retiming) -> None:
        from ...core.workspace import save_retiming

        if not save_retiming(retiming, plan_id, library):
            log.warning("the re-timed plan %s could not be opened to save it", plan_id)

    return save


def unknown_screen(wanted: str) -> str:
    """The message for ``--screen`` naming no screen (by name or number), listing the screens;
    "" when it names one (or none was asked for)."""
    from ...core.placement import find_screen
    from .screens import ScreenSource, describe

    if not wanted.strip():
        return ""
    source = ScreenSource()
    if find_screen(source.names(), wanted) is not None:
        return ""
    listed = "\n".join(f"  {describe(s, i)}" for i, s in enumerate(source.screens()))
    return (
        f"facilitator present: --screen {wanted}: there is no such screen. Name one of these "
        f"(or its number):\n{listed}"
    )


def run_presentation(
    show: ShowRequest,
    *,
    argv: Sequence[str] | None = None,
    library: Library | Callable[[], Library] | None = None,
) -> int:
    """Present what ``show`` asks for and run until the trainer leaves.

    The screens are built again in the words of ``show.language`` (exercise steps, breaks, the
    help slide) by ``open_presentation``, once the translations are installed. ``show.plan``
    gives the console its agenda; with ``show.own_plan`` (one of the user's plans) a re-timing
    is saved to the database the way the planner saves it. ``library`` is where the help deck
    and the grounding exercise come from: a loader is called a moment after the first slide is
    shown (until then, the built-in help screen stands in).
    """
    started = time.perf_counter()
    app = create_application(argv)
    unknown = unknown_screen(show.screen)
    if unknown:  # a typo in --screen: say which screens there are, and open nothing
        print(unknown, file=sys.stderr)
        return 2
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

    events = BufferedEvents()
    if isinstance(library, Library) and show.library is None:
        show = replace(show, library=library)
    controller = open_presentation(
        show,
        theme=theme,
        settings=settings,
        events=events,
        on_retime=_plan_saver(show.plan.id, show.library)
        if show.plan is not None and show.own_plan
        else None,
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
    # Recorded without a group; with its plan, so a rehearsal's times reach the planner.
    plan_ref = show.plan.id if show.plan is not None else ""
    log_session(controller, events, show.title, {"plan_ref": plan_ref, "rehearsal": show.rehearsal})

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
