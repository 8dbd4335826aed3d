"""F5 and Shift+F5 in the library: present the chosen deck or exercise.

F5 starts at the first slide; Shift+F5 at the slide shown in the preview. When the trainer leaves
(Esc), the preview shows the slide where they left, so Shift+F5 goes on from there. The presenter
works with the library browser and the settings it is given; what it has to say goes out as
``message`` (the main window shows it in the status bar).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.events import BufferedEvents
from ...core.show import build_show, continued

if TYPE_CHECKING:
    from ...core.resume import ResumePoint
    from ...core.settings import Settings
    from ..library.browser import LibraryBrowser
    from .controller import PresentationController

log = logging.getLogger(__name__)


class LibraryPresenter(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self, browser: LibraryBrowser, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.browser = browser
        self.library = browser.controller
        self.settings = settings
        self.running: PresentationController | None = None

    def present(
        self,
        *,
        from_here: bool = False,
        details: dict[str, object] | None = None,
        point: ResumePoint | None = None,
    ) -> PresentationController | None:
        """Present the chosen item; with ``point``, that item where it stopped (its slide and
        timers: "Continue where you stopped")."""
        if self.running is not None and not self.running.finished:
            from .screens import bring_to_front

            bring_to_front(self.running.console)
            return self.running
        item = self.library.item(point.ref if point is not None else self.browser.current_id())
        if (
            item is None
            or item.kind not in ("deck", "exercise")
            or (item.kind == "deck" and not item.slides)
        ):
            self.message.emit(self.tr("Choose a deck or an exercise to present."))
            return None
        start = self.browser.preview_slide() if from_here and item.kind == "deck" else 0
        show = build_show(item, self.library.library, datetime.now(), start)
        if point is not None:
            found = continued(show, point)
            if found.resume is None:
                self.message.emit(
                    self.tr("Slide %1 is no longer in '%2': it starts from the beginning.")
                    .replace("%1", str(point.slide))
                    .replace("%2", item.title)
                )
            show = found
        if details and details.get("rehearsal"):  # chosen before presenting: the console alone
            from dataclasses import replace

            show = replace(show, rehearsal=True)

        from . import open_presentation
        from .session import log_session

        events = BufferedEvents()
        self.running = open_presentation(
            show, settings=self.settings, theme=self.settings.get("theme"), events=events
        )
        if details is not None:  # None: presented without recording (the dialog's Skip)
            log_session(self.running, events, item.title, details)
        self.running.closed.connect(self._closed)
        return self.running

    def _closed(self, ref: str, index: int) -> None:
        """Back in the library: show the slide where the trainer left, and say how to go on."""
        self.browser.window().activateWindow()
        self.browser.show_slide_of(ref, index)
        self.message.emit(stopped_message())


def stopped_message() -> str:
    """What the status bar says after a presentation: where it stopped, and how to go on."""
    from ...core import resume

    point = resume.last()
    if point is None:
        return ""
    return (
        QCoreApplication.translate(
            "LibraryPresenter",
            "Stopped at slide %1 of '%2'. Present > Continue where you stopped (Alt+F5).",
        )
        .replace("%1", str(point.slide))
        .replace("%2", point.title)
    )
