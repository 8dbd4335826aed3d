"""F5 and Shift+F5 in the library: present the chosen deck or exercise.

F5 starts at the first slide; Shift+F5 at the slide shown in the preview. When the trainer leaves
(Esc), the preview shows the slide where they left, so Shift+F5 goes on from there.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.events import BufferedEvents

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .controller import PresentationController

log = logging.getLogger(__name__)


class LibraryPresenter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.running: PresentationController | None = None

    def present(
        self, *, from_here: bool = False, details: dict[str, object] | None = None
    ) -> PresentationController | None:
        window = self.window
        if self.running is not None and not self.running.finished:
            from .screens import bring_to_front

            bring_to_front(self.running.console)
            return self.running
        item = window.controller.item(window.browser.current_id())
        if (
            item is None
            or item.kind not in ("deck", "exercise")
            or (item.kind == "deck" and not item.slides)
        ):
            message = self.tr("Choose a deck or an exercise to present.")
            window.statusBar().showMessage(message, 6000)
            return None
        start = 0
        deck = getattr(window.browser.preview, "deck", None)
        if from_here and item.kind == "deck" and deck is not None:
            start = max(0, deck.current_slide())
        module = window.controller.library_module(item.module_id)
        exercises = [i for i in module.items if i.kind == "exercise"] if module else []

        from . import open_presentation
        from .session import log_session

        events = BufferedEvents()
        self.running = open_presentation(
            item,
            settings=window.settings,
            theme=window.settings.get("theme"),
            start=start,
            exercises=exercises,
            events=events,
            library=window.controller.library,
        )
        log_session(self.running, events, item.title, details)
        self.running.closed.connect(self._closed)
        return self.running

    def _closed(self, ref: str, index: int) -> None:
        """Back in the library: show the slide where the trainer left."""
        window = self.window
        window.activateWindow()
        deck = getattr(window.browser.preview, "deck", None)
        item = window.controller.item(ref)
        if item is not None and item.kind == "deck" and deck is not None:
            if window.browser.current_id() != ref:
                window.browser.select_item(ref)
                window.browser.flush_preview()
            deck.show_slide(index)
