"""Getting a presentation on screen: which screen the slides go to (asked once with several
screens, then remembered), going live (the first slide first, the console after it), and placing
the windows by ``core.placement``'s rules, again when a screen is plugged in or out, on swap, or
when C shows the console over a single screen.

A mixin of ``PresentationController``: its words keep the ``PresentationController`` translation
context.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QScreen

from .screens import ScreenChooser

log = logging.getLogger(__name__)

CONSOLE_AT_LATEST_MS = 400  # the console follows the first frame, or comes after this anyway


class WindowPlacement:
    """Part of ``PresentationController`` (see the module's docstring)."""

    source: Any  # ScreenSource
    settings: Any  # Settings | None
    presentation: Any  # Presentation
    audience: Any  # AudienceWindow
    console: Any  # PresenterConsole
    show: Any  # ShowRequest
    theme: Any
    ticker: Any  # QTimer
    chooser: ScreenChooser | None
    wanted_screen: str
    screen_layout: str
    rehearsal: bool
    windowed: bool
    live: bool
    finished: bool
    console_ready: bool
    show_console_alone: bool
    _hint_shown: bool
    help_contacts: Any
    _close: Any
    _warm: Any

    # Going live --------------------------------------------------------------------------------
    def start(self, *, choose: bool = True) -> None:
        """Show the windows. With several screens and no remembered choice, ask first."""
        names = self.source.names()
        from ...core.placement import find_screen

        needs_choice = (
            choose
            and not self.rehearsal
            and not self.windowed
            and self.source.layout() == "extended"  # a mirrored pair is one picture
            and find_screen(names, self.wanted_screen) is None
        )
        if needs_choice:
            self.chooser = ScreenChooser(self.source, self.theme.accent)
            self.chooser.chosen.connect(self._screen_chosen)
            self.chooser.rehearse.connect(self._rehearse_chosen)
            self.chooser.rejected.connect(self._chooser_cancelled)
            self.chooser.open()
            return
        self.go_live()

    def _screen_chosen(self, name: str) -> None:
        log.info("the trainer chose screen %s for the slides", name)
        self.wanted_screen = name
        if self.settings is not None and not self.settings.is_locked("audience_screen"):
            try:
                self.settings.set("audience_screen", name)
            except OSError as exc:
                log.warning("could not remember the audience screen: %s", exc)
        self.go_live()

    def _rehearse_chosen(self) -> None:
        self.rehearsal = True
        self.go_live()

    def _chooser_cancelled(self) -> None:
        if not self.live:
            self._close(record=False)

    def go_live(self) -> None:
        """Show the first slide first: the console (laying out and drawing it) and the frames
        ahead (rendering them) follow once the audience window has painted its first frame."""
        self.live = True
        self.place()
        self.ticker.start()
        if self.audience.isVisible():
            self.audience.painted.connect(
                self._first_frame_out, Qt.ConnectionType.SingleShotConnection
            )
            QTimer.singleShot(CONSOLE_AT_LATEST_MS, self._console_live)
        else:  # rehearsal: the console is all there is
            self._console_live()

    def _first_frame_out(self, _position: int) -> None:
        QTimer.singleShot(0, self._console_live)

    def _console_live(self) -> None:
        if self.console_ready or self.finished:
            return
        self.console_ready = True
        self.console.refresh_all()
        if self.show.sensitive and not any(c.strip() for c in self.help_contacts):
            self.console.show_notice(
                QCoreApplication.translate(
                    "PresentationController",
                    "No local help contacts are set: F11 shows only the national help lines. "
                    "Add the school's contacts in Settings.",
                )
            )
        self.place()
        QTimer.singleShot(0, self._warm)

    # Screens -----------------------------------------------------------------------------------
    def place(self) -> None:
        """Put the windows on the screens: the audience window on the chosen one, the console on
        another. With one screen the audience fills it and the console shows only on request;
        in rehearsal the console shows alone, with its preview."""
        if self.finished:
            return
        screens = self.source.screens()
        if not screens:
            return
        from ...core.placement import Placement, place_windows

        self.screen_layout = self.source.layout()
        if self.screen_layout == "extended":
            placement = place_windows(
                self.source.names(),
                self.source.primary_index(),
                self.wanted_screen,
                swapped=self.presentation.swapped,
            )
        else:  # one picture (one screen, or a mirrored display): the slides fill it
            placement = Placement(self.source.primary_index(), None)
        if self.rehearsal:
            self.audience.hide()
            console_screen = screens[placement.console if placement.console is not None else 0]
            self.console.show_on(console_screen, windowed=self.windowed)
            return
        audience_screen = screens[placement.audience]
        if self.audience.screen() is not audience_screen or not self.audience.isVisible():
            log.info(
                "the slides go to screen %s (%s); the console %s",
                audience_screen.name() or placement.audience + 1,
                self.screen_layout,
                f"to {screens[placement.console].name()}"
                if placement.console is not None
                else "on request (C)",
            )
        self.audience.show_on(audience_screen, windowed=self.windowed)
        if self.screen_layout != "extended" and not self.windowed and not self._hint_shown:
            self._hint_shown = True  # once: what C does, and how to extend the display
            self.audience.show_banner(self.one_screen_hint(), dismissable=True)
        if not self.console_ready:
            pass  # go_live shows it after the first frame
        elif placement.console is not None:
            self.console.show_on(screens[placement.console], windowed=self.windowed)
        elif self.show_console_alone or self.windowed:
            self.console.show_on(audience_screen, windowed=True)
        else:
            self.console.hide()
        target = self.console if self.console.isVisible() else self.audience
        target.activateWindow()
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def audience_screen(self) -> QScreen | None:
        return self.audience.screen() if self.audience.isVisible() else None

    def _screen_added(self, _screen: QScreen) -> None:
        log.info("a screen was plugged in; placing the windows again")
        QTimer.singleShot(0, self.place)

    def _screen_removed(self, screen: QScreen) -> None:
        log.info("screen %s was unplugged; placing the windows again", screen.name())
        self.place()

    def one_screen_hint(self) -> str:
        """What the trainer needs to know with one picture: C for the console, and how to
        extend the display."""
        extend = QCoreApplication.translate(
            "PresentationController",
            "To keep your notes on the laptop, set the display to extend "
            "(Windows: Win+P, Extend; macOS: Displays, turn off mirroring).",
        )
        if self.screen_layout == "mirrored":
            first = QCoreApplication.translate(
                "PresentationController",
                "The display is mirrored: the participants see what you see, so the console "
                "stays hidden (C would show your notes to everyone).",
            )
        else:
            first = QCoreApplication.translate(
                "PresentationController",
                "One screen: the slides fill it. C shows or hides your console.",
            )
        closing = QCoreApplication.translate("PresentationController", "Esc closes this note.")
        return f"{first} {extend} {closing}"

    def toggle_console(self) -> None:
        """With one picture, show or hide the console over the audience window."""
        if self.source.layout() == "extended" or self.rehearsal:
            return
        self.audience.hide_banner()
        self.show_console_alone = not self.show_console_alone
        self.place()
