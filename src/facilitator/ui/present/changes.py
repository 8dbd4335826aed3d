"""How the presentation windows follow the core ``Presentation``: each typed ``Change`` it
announces runs one handler (``_view_handlers``). A move repaints the audience window at once (a
pre-rendered frame), the console follows on the next turn of the event loop, and the frames
around the new place are rendered a moment later.

A mixin of ``PresentationController``; it has no words of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer

from ...core.presentation_change import Change

log = logging.getLogger(__name__)

WARM_DELAY_MS = 30  # after the new frame is out, before a quick second key press


class PresentationChanges:
    """Part of ``PresentationController`` (see the module's docstring)."""

    presentation: Any  # Presentation
    audience: Any  # AudienceWindow
    console: Any  # PresenterConsole
    settings: Any  # Settings | None
    position_changed: Any  # Signal(int)
    room_view: Any
    finished: bool
    _console_behind: bool
    _views: dict[Change, Callable[[], None]]
    place: Callable[[], None]
    _warm: Callable[[], None]

    def _changed(self, what: Change) -> None:
        if not self.finished:
            self._views[what]()

    def _view_handlers(self) -> dict[Change, Callable[[], None]]:
        """What each kind of change does to the two windows."""
        console = self.console
        return {
            Change.POSITION: self._moved,
            Change.COVER: self._redraw,
            Change.TIMER: self._redraw,
            Change.INK: self._ink_changed,
            Change.SWAP: self._swapped,
            Change.NOTES: self._notes_changed,
            Change.OVERVIEW: console.overview_changed,
            Change.SCREENS: console.screens_changed,
            Change.SLIDE: self._slide_redrawn,
            Change.TYPED: console.state_changed,
            Change.END: console.state_changed,
        }

    def _moved(self) -> None:
        self.room_view = None
        self.audience.hide_banner()
        if self.audience.isVisible():
            # The new frame is a blit: paint it now. The console (notes, previews) follows
            # from the event loop, and the frames around the new place a moment later.
            self.audience.repaint()
        else:
            self.audience.update()
        self._console_behind = True
        QTimer.singleShot(0, self._console_follows)
        self.position_changed.emit(self.presentation.position)
        QTimer.singleShot(WARM_DELAY_MS, self._warm)

    def _redraw(self) -> None:
        self.audience.update()
        self.console.state_changed()

    def _ink_changed(self) -> None:
        self._redraw()
        self.audience.tool_changed(self.presentation.ink.tool)

    def _swapped(self) -> None:
        self.place()
        self.console.state_changed()

    def _notes_changed(self) -> None:
        self.console.notes_changed()
        if self.settings is not None and not self.settings.is_locked("notes_font_size"):
            try:
                self.settings.set("notes_font_size", self.presentation.notes_size)
            except OSError as exc:
                log.warning("could not remember the notes size: %s", exc)

    def _slide_redrawn(self) -> None:
        """The current screen was redrawn (a break's restart time)."""
        self.audience.update()
        self._console_behind = True
        QTimer.singleShot(0, self._console_follows)

    def _console_follows(self) -> None:
        # A console not built yet (before the first frame) is filled when it is: _console_live.
        if self._console_behind and not self.finished and self.console.built:
            self._console_behind = False
            self.console.position_changed()
