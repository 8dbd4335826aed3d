"""Presentation state: what the audience sees, where we are, and every timer, without Qt.

:class:`Presentation` runs through a list of :class:`~facilitator.core.screens.Screen` s (built
by ``core.screens``; ``core.show.build_show`` decides which). It holds the place (next, previous,
go to a number typed before Enter, the overview), what covers the audience screen (black, white,
or the calm pause screen of the panic key), the swap flag, the notes size, the pointer ink
(``core.ink``), the elapsed time with pause, the wall clock and the countdown to a set end time
with its pace (``ahead``, ``on``, ``behind``, ``over``), and the per-step countdowns of exercises
(``core.timers``).

Time comes from two injected callables: ``clock`` (monotonic seconds, for durations) and ``wall``
(a ``datetime``, for the wall clock and the end time), so tests drive time without sleeping. The
audience window and the presenter console are two thin views of one ``Presentation``; they
subscribe with :meth:`Presentation.subscribe` and are told what changed as a ``Change``
(``core.presentation_change``), and call :meth:`Presentation.tick` a few times a second to learn
when a step's time ran out.
What was shown, and for how long, goes to an :class:`~facilitator.core.events.EventSink`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime

from .events import EventSink, MemoryEvents
from .ink import Ink, Tool
from .presentation_change import Change, Cover
from .presentation_run import Detour, RunScreens
from .presentation_timing import Timing
from .screens import Screen, Words
from .timers import Clock, Countdown, Stopwatch, WallClock

NOTES_SIZES = (10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48)
DEFAULT_NOTES_SIZE = 18
MAX_TYPED_DIGITS = 4


def _same_part(screen: Screen, other: Screen) -> bool:
    """Two screens of the same item in the same place of the run."""
    return screen.ref == other.ref and screen.entry == other.entry


class Presentation(Timing, RunScreens):
    """The place, the covers and the timers of one presentation. Views subscribe to changes.

    Listeners are called with a :class:`~facilitator.core.presentation_change.Change` saying
    what changed. The time (``Timing``) and the changes of the screen list on the way
    (``RunScreens``) are mixed in from ``core/presentation_timing.py`` and
    ``core/presentation_run.py``; this class holds the state they share.
    """

    def __init__(
        self,
        screens: Sequence[Screen],
        *,
        title: str = "",
        clock: Clock = time.monotonic,
        wall: WallClock = datetime.now,
        events: EventSink | None = None,
        start: int = 0,
        end_time: datetime | None = None,
        notes_size: int = DEFAULT_NOTES_SIZE,
        words: Words | None = None,
    ) -> None:
        if not screens:
            raise ValueError("nothing to present")
        self.screens: list[Screen] = list(screens)
        self.words = words or Words()
        self.title = title or self.screens[0].title
        self.clock = clock
        self.wall = wall
        self.events: EventSink = events if events is not None else MemoryEvents()
        self.position = min(max(0, start), len(self.screens) - 1)
        self.typed = ""
        self.overview = False
        self.cover: Cover = ""
        self.panic = False
        self.leaving = False  # Esc asked "leave?": the pause screen covers until answered
        self.swapped = False
        self.notes_size = notes_size
        self.ink = Ink()
        self.stopwatch = Stopwatch(clock, running=True)
        self.started_wall = wall()
        self.end_time = end_time
        self._countdowns: dict[int, Countdown] = {}
        self._shown_since = clock()
        self._listeners: list[Callable[[Change], None]] = []
        self.finished = False
        self._entry_seconds: dict[int, float] = {}  # plan entry -> seconds shown so far
        self.break_until: dict[int, datetime] = {}  # break screen -> when we start again
        self.detour: Detour | None = None
        self._arrived()

    # Listening ---------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, what: Change) -> None:
        for listener in list(self._listeners):
            listener(what)

    # Where we are ------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.screens)

    @property
    def screen(self) -> Screen:
        return self.screens[self.position]

    @property
    def next_screen(self) -> Screen | None:
        return self.screens[self.position + 1] if self.position + 1 < self.count else None

    @property
    def at_end(self) -> bool:
        return self.position == self.count - 1

    def goto(self, index: int) -> bool:
        """Show screen ``index`` (0-based). False (and nothing changes) when it does not exist."""
        self.typed = ""
        if not 0 <= index < self.count:
            self._changed(Change.TYPED)
            return False
        if index == self.position:
            self._changed(Change.TYPED)
            return True
        self._record_shown()
        self.position = index
        self.ink.clear()
        self._end_detour_if_left()
        self._arrived()
        self._changed(Change.POSITION)
        return True

    def next(self) -> bool:
        return self.goto(self.position + 1) if not self.at_end else self._stay()

    def previous(self) -> bool:
        return self.goto(self.position - 1) if self.position > 0 else self._stay()

    def first(self) -> bool:
        return self.goto(0)

    def last(self) -> bool:
        return self.goto(self.count - 1)

    def _stay(self) -> bool:
        if self.typed:
            self.typed = ""
            self._changed(Change.TYPED)
        return False

    # Number, then Enter -------------------------------------------------------------------------
    def type_digit(self, digit: int) -> None:
        if not 0 <= digit <= 9:
            raise ValueError("a digit is 0 to 9")
        if len(self.typed) < MAX_TYPED_DIGITS:
            self.typed += str(digit)
            self._changed(Change.TYPED)

    def backspace(self) -> bool:
        """Remove the last typed digit; False when nothing was typed (Backspace then goes back)."""
        if not self.typed:
            return False
        self.typed = self.typed[:-1]
        self._changed(Change.TYPED)
        return True

    def enter(self) -> bool:
        """Go to the typed slide number: the item's own number, as its printout and the console's
        counter show it (a hidden slide, the help slide or an inserted exercise do not move
        the numbers). With nothing typed, Enter goes to the next screen."""
        if not self.typed:
            return self.next()
        index = self.number_index(int(self.typed))
        if index is None:
            self.clear_typed()
            return False
        return self.goto(index)

    def number_index(self, number: int) -> int | None:
        """Where the current item's slide ``number`` (its own 1-based number) is in the run;
        None when it is not there (hidden, or no such slide)."""
        here = self.screen
        first = last = self.position
        while first > 0 and _same_part(self.screens[first - 1], here):
            first -= 1
        while last + 1 < self.count and _same_part(self.screens[last + 1], here):
            last += 1
        for index in range(first, last + 1):
            if self.screens[index].number == number:
                return index
        return None

    @property
    def counter(self) -> tuple[int, int]:
        """The slide number and count the console shows: the item's own (a deck's slide 5 of
        29 stays 5 of 29 with slides hidden, after the help slide, or within a plan)."""
        return self.screen.number, self.screen.count

    def clear_typed(self) -> None:
        if self.typed:
            self.typed = ""
            self._changed(Change.TYPED)

    # Overview ---------------------------------------------------------------------------------
    def toggle_overview(self) -> None:
        self.overview = not self.overview
        self._changed(Change.OVERVIEW)

    def close_overview(self) -> None:
        if self.overview:
            self.overview = False
            self._changed(Change.OVERVIEW)

    def choose(self, index: int) -> bool:
        """Pick a screen in the overview: go there and close the overview."""
        moved = self.goto(index)
        self.close_overview()
        return moved

    # What covers the audience screen -------------------------------------------------------------
    def toggle_black(self) -> None:
        self._set_cover("" if self.cover == "black" else "black")

    def toggle_white(self) -> None:
        self._set_cover("" if self.cover == "white" else "white")

    def uncover(self) -> None:
        self._set_cover("")

    def _set_cover(self, cover: Cover) -> None:
        self.cover = cover
        self._changed(Change.COVER)

    def toggle_panic(self) -> None:
        """Cover the audience screen with the calm pause screen at once; again to return."""
        self.panic = not self.panic
        self._changed(Change.COVER)

    def ask_leave(self) -> None:
        """Esc: the audience sees the calm pause screen while the trainer confirms leaving."""
        if not self.leaving:
            self.leaving = True
            self._changed(Change.COVER)

    def stay(self) -> bool:
        """The trainer stays after all: the slides come back. True when a question was open."""
        if not self.leaving:
            return False
        self.leaving = False
        self._changed(Change.COVER)
        return True

    @property
    def audience_shows(self) -> str:
        """What the audience sees now: ``pause``, ``black``, ``white`` or ``screen``."""
        if self.panic or self.leaving:
            return "pause"
        return self.cover or "screen"

    # Screens and notes ------------------------------------------------------------------------
    def swap(self) -> None:
        self.swapped = not self.swapped
        self._changed(Change.SWAP)

    def bigger_notes(self) -> None:
        bigger = [s for s in NOTES_SIZES if s > self.notes_size]
        if bigger:
            self.notes_size = bigger[0]
            self._changed(Change.NOTES)

    def smaller_notes(self) -> None:
        smaller = [s for s in NOTES_SIZES if s < self.notes_size]
        if smaller:
            self.notes_size = smaller[-1]
            self._changed(Change.NOTES)

    # Pointer tools ----------------------------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        """Choose the laser or the pen; choosing the tool in use puts it away."""
        self.ink.tool = "none" if self.ink.tool == tool else tool
        if self.ink.tool != "laser":
            self.ink.laser = None
        self._changed(Change.INK)

    def ink_changed(self) -> None:
        self._changed(Change.INK)

    def clear_ink(self) -> None:
        self.ink.clear()
        self._changed(Change.INK)

    # Leaving ----------------------------------------------------------------------------------
    def _record_shown(self) -> None:
        now = self.clock()
        screen = self.screen
        slide = screen.number if screen.item_kind in ("deck", "exercise") else None
        self.events.shown(screen.item_kind, screen.ref, slide, now - self._shown_since)
        if screen.entry is not None:
            spent = self._entry_seconds.get(screen.entry, 0.0)
            self._entry_seconds[screen.entry] = spent + now - self._shown_since
        self._shown_since = now

    def finish(self) -> int:
        """Leave the presentation (Esc): the last screen's time is recorded; returns the place."""
        if not self.finished:
            self._record_shown()
            self.stopwatch.pause()
            self.finished = True
        return self.position
