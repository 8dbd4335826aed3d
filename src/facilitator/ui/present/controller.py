"""The presentation controller: one core ``Presentation``, its two windows, keys, screens, timers.

It holds no rules of its own: the place, the covers and the timers live in
``core.presentation.Presentation``; the windows only draw it. The controller connects them: it
builds the windows, binds every key of ``ui.present_actions.PRESENT_ACTIONS``, places the
windows on the screens (again when a screen comes or goes, or on swap), pre-renders the frames
around the place, and ticks the timers a few times a second.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from ...core import fields, safety
from ...core.events import EventSink
from ...core.model import Item
from ...core.presentation import Presentation
from ...core.screens import Screen, exercise_screens, pause_slide
from ...core.settings import Settings
from ...core.timers import Clock, WallClock
from ...render.theme import get_theme
from ..actions import ActionRegistry
from ..present_actions import PRESENT_ACTIONS, PRESENT_HINTS
from ..renderer import slide_painter
from .audience import AudienceWindow
from .changes import PresentationChanges
from .console import PresenterConsole
from .frames import FrameCache
from .overlays import RoomView, slide_rect
from .placement import WindowPlacement
from .screens import ScreenChooser, ScreenSource
from .words import present_words

if TYPE_CHECKING:
    from ...core.agenda import PlanRun, Retiming
    from ...core.show import ShowRequest

log = logging.getLogger(__name__)

TICK_MS = 200
FLASH_SECONDS = 3.0
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


class PresentationController(WindowPlacement, PresentationChanges, QObject):
    """Runs one presentation. See ``facilitator.ui.present`` for how to open one."""

    frame_painted = Signal(int)  # a frame of this position is on the audience screen
    position_changed = Signal(int)
    step_finished = Signal()
    closed = Signal(str, int)  # the item id and 0-based slide index where we left

    def __init__(
        self,
        show: ShowRequest,
        *,
        theme: str = "light",
        settings: Settings | None = None,
        events: EventSink | None = None,
        clock: Clock = time.monotonic,
        wall: WallClock = datetime.now,
        source: ScreenSource | None = None,
        on_retime: Callable[[Retiming], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.show = show
        self.settings = settings
        self.library = show.library
        plan = show.plan
        self.language = (
            show.language
            or (plan.language if plan is not None else "")
            or self._language(show.screens)
        )
        self.words = present_words(self.language)  # the projector speaks the deck's language
        notes_size = int(settings.get("notes_font_size")) if settings is not None else 18
        self.help_contacts: list[str] = (
            list(settings.get("help_contacts")) if settings is not None else []
        )
        if settings is not None:
            fields.use_settings(settings)  # {{ local_contacts }} on the slides and notes
        self.presentation = Presentation(
            safety.with_contacts(show.screens, self.help_contacts),
            title=show.title,
            clock=clock,
            wall=wall,
            events=events,
            start=show.start,
            end_time=show.end_time,
            notes_size=notes_size,
            words=self.words.screens,
        )
        if show.resume is not None:  # continued where it stopped: the time goes on from there
            self.presentation.carry_time(show.resume.elapsed, show.resume.spent)
        self.run: PlanRun | None = None
        if plan is not None and plan.entries:
            from ...core.agenda import PlanRun  # only for a plan: a deck starts sooner without

            self.run = PlanRun(plan, self.presentation)
        self.on_retime = on_retime
        self.theme_name = theme
        self.theme = get_theme(theme)
        self.painter = slide_painter(theme)
        self.pause_slide = pause_slide(self.words.screens)
        self.frames = FrameCache(self.painter)
        self.exercises = list(show.exercises)
        self.wanted_screen = show.screen or (settings.get("audience_screen") if settings else "")
        self.windowed = show.windowed
        self.rehearsal = show.rehearsal
        self.show_console_alone = False  # one screen: the console only when asked for
        self.room_view: RoomView | None = None
        self.live = False
        self.console_ready = False  # the console is shown after the audience's first frame
        self.finished = False
        self._flash_since: float | None = None
        self._console_behind = False
        self.screen_layout = "one"  # one screen, mirrored or extended: ScreenSource.layout
        self._hint_shown = False  # the one-screen hint, once at the start
        self.source = source or ScreenSource(self)
        self.source.added.connect(self._screen_added)
        self.source.removed.connect(self._screen_removed)

        self.audience = AudienceWindow(self)
        self.audience.painted.connect(self.frame_painted)
        self.audience.key_handler = self.handle_key
        self.console = PresenterConsole(self)
        self.console.key_handler = self.handle_key
        self.registry = ActionRegistry(
            handlers=self._handlers(),
            scopes={"window": (self.console, self.audience)},
            specs=PRESENT_ACTIONS,
            hints=PRESENT_HINTS,
            parent=self.console,  # its actions live in the console: they go together
        )
        self.console.attach_registry(self.registry)
        self.chooser: ScreenChooser | None = None

        self._views = self._view_handlers()
        self.presentation.subscribe(self._changed)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._tick)

    def _handlers(self) -> dict[str, object]:
        """Every key's handler; any key but Esc answers "stay" to an open "leave?" question."""
        handlers = self._key_handlers()
        for action_id, handler in handlers.items():
            if action_id != "present.leave":
                handlers[action_id] = self._staying(handler)  # type: ignore[arg-type]
        return handlers

    def _staying(self, handler: Callable[[], object]) -> Callable[[], None]:
        def run() -> None:
            self.stay()
            handler()

        return run

    def _key_handlers(self) -> dict[str, object]:
        p = self.presentation
        return {
            "present.next": self.next,
            "present.previous": self.previous,
            "present.first": p.first,
            "present.last": p.last,
            "present.black": p.toggle_black,
            "present.white": p.toggle_white,
            "present.panic": p.toggle_panic,
            "present.timer": p.toggle_timer,
            "present.minute": p.add_minute,
            "present.overview": p.toggle_overview,
            "present.swap": p.swap,
            "present.console": self.toggle_console,
            "present.bigger": p.bigger_notes,
            "present.smaller": p.smaller_notes,
            "present.laser": lambda: p.set_tool("laser"),
            "present.pen": lambda: p.set_tool("pen"),
            "present.clear-ink": p.clear_ink,
            "present.room": self.console.toggle_room,
            "present.start": p.uncover,
            "present.keys": self.console.toggle_key_help,
            "present.leave": self.escape,
            "present.next-entry": p.next_entry,
            "present.previous-entry": p.previous_entry,
            "present.help": self.toggle_help,
            "present.grounding": self.toggle_grounding,
            "present.retime": self.console.ask_retime,
        }

    def _language(self, screens: Sequence[Screen]) -> str:
        """The language of what is presented: the first item's, else the app's."""
        if self.library is not None:
            for screen in screens:
                item = self.library.item(screen.ref)
                if item is not None:
                    return item.language
        return str(self.settings.get("language")) if self.settings is not None else "da"

    # Safety: where to get help, and grounding --------------------------------------------------
    def toggle_help(self) -> None:
        """Show where to get help on the audience screen at once; again to return."""
        screens = safety.help_screens(
            self.library, self.language, self.help_contacts, self.words.help
        )
        self.presentation.toggle_detour("help", screens)

    def toggle_grounding(self) -> bool:
        """Begin the grounding exercise at once; again to return. False when there is none."""
        screens = safety.grounding_screens(self.library, self.language, self.words.screens)
        if not screens and self.presentation.detour is None:
            message = self.tr("The grounding exercise is not in the library.")
            self.console.show_message(message)
            return False
        self.presentation.toggle_detour("grounding", screens)
        return True

    # Re-timing the rest of a plan ----------------------------------------------------------------
    def apply_retiming(self, retiming: Retiming) -> None:
        """Run the re-timed plan, and hand it on to be saved where the plan came from."""
        if self.run is None:
            return
        self.run.apply(retiming)
        self.console.agenda_changed()
        if self.on_retime is not None:
            try:
                self.on_retime(retiming)
            except Exception:  # the presentation goes on; the log keeps the details
                log.exception("the re-timed plan could not be handed on")

    # Moving ------------------------------------------------------------------------------------
    def next(self) -> None:
        self.presentation.next()

    def previous(self) -> None:
        if not self.presentation.backspace():
            self.presentation.previous()

    def goto(self, index: int) -> None:
        self.presentation.goto(index)

    def handle_key(self, event: QKeyEvent) -> bool:
        """Keys that are not shortcuts: digits of a slide number, and Enter."""
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if self.presentation.leaving and not enter:
            self.stay()  # any other key: stay
        if key in DIGIT_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.presentation.type_digit(DIGIT_KEYS[key])
            return True
        if enter:
            if self.presentation.leaving:  # Enter confirms leaving
                self.leave()
                return True
            typed = self.presentation.typed
            if not self.presentation.enter() and typed:
                self.console.show_message(
                    self.tr("There is no slide %1 here (hidden or not in this run).").replace(
                        "%1", typed
                    )
                )
            return True
        return False

    def escape(self) -> None:
        """Esc: close what is open first (the leave question, the one-screen note, overview, key
        help, the help slide or the grounding exercise); else ask whether to leave (Enter
        confirms), with the pause screen on the projector meanwhile."""
        if self.presentation.leaving:
            self.stay()
        elif self.audience.banner_open():
            self.audience.hide_banner()
        elif self.presentation.overview:
            self.presentation.close_overview()
        elif self.console.close_overlays():
            return
        elif self.presentation.typed:
            self.presentation.clear_typed()
        elif self.room_view is not None:
            self.show_room(None)
        elif self.presentation.detour is not None:  # back from the help slide or grounding
            self.presentation.goto(self.presentation.detour.back)
        else:
            self.ask_leave()

    def ask_leave(self) -> None:
        """Ask "leave?" on the console (or, with the console hidden, on the pause screen)."""
        self.presentation.ask_leave()
        if not self.console.isVisible():
            self.audience.show_banner(self.leave_question(), dismissable=False)

    def leave_question(self) -> str:
        return self.tr("Leave the presentation? Enter leaves, Esc stays.")

    def stay(self) -> None:
        if self.presentation.stay():
            self.audience.hide_banner()

    def present_exercise(self, item: Item) -> None:
        self.presentation.present_item(exercise_screens(item, self.words.screens))

    def show_room(self, view: RoomView | None) -> None:
        self.room_view = view
        self.audience.update()
        self.console.update_preview()

    # The pointer -------------------------------------------------------------------------------
    def pointer(self, what: str, x: float, y: float) -> None:
        ink = self.presentation.ink
        if ink.tool == "none":
            return
        if what == "press":
            ink.press(x, y)
        elif what == "move":
            ink.move(x, y)
        elif what == "release":
            ink.release()
        else:
            ink.leave()
        self.presentation.ink_changed()

    # Frames ------------------------------------------------------------------------------------
    def audience_resized(self, size: QSize) -> None:
        area = slide_rect(self.audience.rect().toRectF())
        self.frames.resize(
            QSize(round(area.width()), round(area.height())), self.audience.devicePixelRatioF()
        )
        if self.live:
            QTimer.singleShot(0, self._warm)

    def audience_frame(self, *, pause: bool = False) -> QPixmap:
        slide = self.pause_slide if pause else self.presentation.screen.slide
        # A window moved to a screen of another pixel ratio gets frames of that ratio.
        self.frames.resize(self.frames.size, self.audience.devicePixelRatioF())
        return self.frames.frame(slide)

    def _warm(self) -> None:
        """Draw the frames around the place ahead of time, so the next key press is a blit."""
        if self.finished or not self.console_ready:
            return  # not before the first frame is out (go_live)
        p = self.presentation
        around = [p.position + 1, p.position - 1, p.position + 2]
        slides = [p.screens[i].slide for i in around if 0 <= i < p.count]
        if self.audience.isVisible():
            self.frames.warm([p.screen.slide, self.pause_slide, *slides])
        self.console.warm(slides)

    def _tick(self) -> None:
        happened = self.presentation.tick()
        if "step-finished" in happened:
            self._flash_since = self.presentation.clock()
            self._beep()
            self.step_finished.emit()
        if self.console.built:
            self.console.tick()
        if (
            self.presentation.countdown() is not None
            or self.flash_level() > 0
            or self.room_view is not None
            and self.room_view.kind == "round"
        ):
            self.audience.update()

    def flash_level(self) -> float:
        """0 to 1: the gentle pulse at the end of a step (three slow pulses)."""
        if self._flash_since is None:
            return 0.0
        age = self.presentation.clock() - self._flash_since
        if age >= FLASH_SECONDS:
            self._flash_since = None
            return 0.0
        import math

        return 0.5 - 0.5 * math.cos(2 * math.pi * age)

    @staticmethod
    def _beep() -> None:
        """A sound only where the system has one (QtMultimedia is not in PySide6-Essentials)."""
        try:
            QApplication.beep()
        except Exception:  # no audio: the visual signal is enough
            log.debug("no beep on this system")

    # Leaving -----------------------------------------------------------------------------------
    def leave(self) -> None:
        self._close(record=True)

    def _keep_place(self) -> None:
        """Keep where we stopped, for the library's "Continue where you stopped"."""
        from ...core import resume
        from ...core.model import Plan

        target = self.show.target
        if not isinstance(target, Item | Plan):
            return
        p = self.presentation
        place = p.place_to_keep()
        screens = [s for i, s in enumerate(p.screens) if not self._in_detour(i)]
        kind: resume.Kind = "plan" if isinstance(target, Plan) else "item"
        point = resume.point_of(kind, target.id, self.show.title, screens, place, p.now())
        resume.keep(point)

    def _in_detour(self, index: int) -> bool:
        detour = self.presentation.detour
        return detour is not None and detour.start <= index < detour.start + detour.count

    def window_closed(self, window: QWidget) -> None:
        if not self.finished:
            QTimer.singleShot(0, self.leave)

    def _close(self, *, record: bool) -> None:
        if self.finished:
            return
        if record:
            self._keep_place()
        position = self.presentation.finish() if record else self.presentation.position
        self.finished = True
        self.ticker.stop()
        self.presentation.unsubscribe(self._changed)
        screen = self.presentation.screens[position]
        for window in (self.audience, self.console):
            window.close()
        self.frames.clear()
        self.closed.emit(screen.ref, screen.number - 1)
        for window in (self.audience, self.console):  # a finished show keeps no hidden windows
            window.deleteLater()
