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

from PySide6.QtWidgets import QApplication

from ...core.events import BufferedEvents
from ...core.model import Item
from ...core.presentation import Screen, Words
from ...core.settings import Settings
from .. import style
from ..app import create_application
from ..errors import ErrorReporter
from ..i18n import Translations
from ..logs import log_file, route_qt_messages, setup_logging

log = logging.getLogger("facilitator")


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
) -> int:
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
        list(build(present_words().screens)),
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
    )
    first: dict[str, Any] = {}

    def painted(_position: int) -> None:
        if not first:
            first["at"] = time.perf_counter() - started
            log.info("first slide on screen after %.0f ms", first["at"] * 1000)

    controller.frame_painted.connect(painted)
    controller.closed.connect(lambda _ref, _index: QApplication.quit())
    log_session(controller, events, title)
    try:
        code = app.exec()
    finally:
        reporter.uninstall()
        logging.getLogger().removeHandler(handler)
        handler.close()
    if not controller.finished:
        controller.leave()
    return code
