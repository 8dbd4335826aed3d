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
subscribe with :meth:`Presentation.subscribe` and are told what changed as a :class:`Change`,
and call :meth:`Presentation.tick` a few times a second to learn when a step's time ran out.
What was shown, and for how long, goes to an :class:`~facilitator.core.events.EventSink`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Literal, TypeVar

from .events import EventSink, MemoryEvents
from .ink import Ink, Tool
from .screens import Screen, Words, break_markdown
from .timers import Clock, Countdown, Stopwatch

WallClock = Callable[[], datetime]
Cover = Literal["", "black", "white"]
Pace = Literal["ahead", "on", "behind", "over"]

NOTES_SIZES = (10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48)
DEFAULT_NOTES_SIZE = 18
MAX_TYPED_DIGITS = 4
T = TypeVar("T")


class Change(StrEnum):
    """What changed in a :class:`Presentation`; each listener is called with one of these."""

    POSITION = "position"  # another screen is shown
    COVER = "cover"  # black, white or the pause screen went on or off
    OVERVIEW = "overview"
    TYPED = "typed"  # a slide number being typed
    SWAP = "swap"  # the two windows changed screens
    NOTES = "notes"  # the notes size
    TIMER = "timer"  # a countdown or the stopwatch started, paused or changed
    INK = "ink"  # the pointer tool or its strokes
    END = "end"  # the end time
    SCREENS = "screens"  # screens were added or taken out (an exercise, a detour, a re-timing)
    SLIDE = "slide"  # the current screen's slide was redrawn (a break's restart time)


# The presentation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Detour:
    """Screens shown for a moment (the help slide, the grounding exercise): ``count`` screens
    from ``start``, and ``back``, the screen to return to."""

    key: str
    back: int
    start: int
    count: int


def _same_part(screen: Screen, other: Screen) -> bool:
    """Two screens of the same item in the same place of the run."""
    return screen.ref == other.ref and screen.entry == other.entry


class Presentation:
    """The place, the covers and the timers of one presentation. Views subscribe to changes.

    Listeners are called with a :class:`Change` saying what changed.
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

    # Time -------------------------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        return not self.stopwatch.running

    def toggle_pause(self) -> None:
        """Pause (or go on with) the elapsed time and the running step countdown."""
        if self.stopwatch.running:
            self.stopwatch.pause()
            for countdown in self._countdowns.values():
                countdown.pause()
        else:
            self.stopwatch.start()
        self._changed(Change.TIMER)

    def elapsed(self) -> float:
        return self.stopwatch.seconds()

    def now(self) -> datetime:
        return self.wall()

    def set_end_time(self, end: datetime | None) -> None:
        self.end_time = end
        self._changed(Change.END)

    def remaining(self) -> float | None:
        """Seconds to the end time (negative once it has passed), or None without one."""
        if self.end_time is None:
            return None
        return (self.end_time - self.wall()).total_seconds()

    def planned_left(self) -> float:
        """Planned seconds for the rest: this screen (less the time already on it) and the rest."""
        here = self.screen.planned
        spent = self.clock() - self._shown_since
        rest = sum(s.planned for s in self.screens[self.position + 1 :])
        return max(0.0, here - spent) + rest

    def pace(self) -> Pace | None:
        """Against the end time: ``ahead`` (time to spare), ``on``, ``behind`` or ``over``.

        The rest of the plan at its planned pace is compared with the time left; within a margin
        of a minute (or 5 % of the planned whole, if more) counts as on time.
        """
        left = self.remaining()
        if left is None:
            return None
        if left <= 0:
            return "over"
        slack = left - self.planned_left()
        margin = max(60.0, 0.05 * sum(s.planned for s in self.screens))
        if slack > margin:
            return "ahead"
        if slack < -margin:
            return "behind"
        return "on"

    def slack(self) -> float | None:
        """Seconds to spare (+) or short (-) at the planned pace; None without an end time."""
        left = self.remaining()
        return None if left is None else left - self.planned_left()

    # Exercise step countdowns -----------------------------------------------------------------
    def countdown(self, index: int | None = None) -> Countdown | None:
        """The countdown of a step screen (the current one by default); None for other screens."""
        index = self.position if index is None else index
        screen = self.screens[index]
        if screen.seconds is None:
            return None
        countdown = self._countdowns.get(index)
        if countdown is None:
            countdown = self._countdowns[index] = Countdown(screen.seconds, self.clock)
        return countdown

    def toggle_timer(self) -> None:
        """T: start or pause this step's countdown; elsewhere, pause or go on with the time."""
        countdown = self.countdown()
        if countdown is None:
            self.toggle_pause()
            return
        countdown.toggle()
        if countdown.running and self.paused:
            self.stopwatch.start()
        self._update_break()
        self._changed(Change.TIMER)

    def add_minute(self) -> None:
        countdown = self.countdown()
        if countdown is not None:
            countdown.add_minute()
            self._update_break()
            self._changed(Change.TIMER)

    def reset_timer(self) -> None:
        countdown = self.countdown()
        if countdown is not None:
            countdown.reset()
            self._changed(Change.TIMER)

    def tick(self) -> list[str]:
        """Call a few times a second. Returns ``step-finished`` once when a countdown runs out."""
        happened = []
        for index, countdown in self._countdowns.items():
            if countdown.finished and not countdown.signalled:
                countdown.signalled = True
                countdown.stop()
                screen = self.screens[index]
                self.events.event(
                    "step-timer", ref=screen.ref, step=screen.step, seconds=round(countdown.seconds)
                )
                happened.append("step-finished")
        if happened:
            self._changed(Change.TIMER)
        return happened

    # More screens -----------------------------------------------------------------------------
    def present_item(self, screens: Sequence[Screen]) -> None:
        """Show another item (an exercise from the console's list) right after this one.

        If its screens are already in the presentation, go to the first of them instead.
        """
        if not screens:
            return
        if self.detour is not None:
            self.goto(self.detour.back)
        ref = screens[0].ref
        for index, screen in enumerate(self.screens):
            if screen.ref == ref and screen.number == 1:
                self.goto(index)
                return
        at = self.position + 1
        while at < self.count and self.screens[at].ref == self.screen.ref:
            at += 1
        self._shift(at, len(screens))
        self.screens[at:at] = [replace(s, entry=self.screen.entry) for s in screens]
        self._changed(Change.SCREENS)
        self.goto(at)

    # Breaks -----------------------------------------------------------------------------------
    def _arrived(self) -> None:
        """A break's countdown starts by itself when its screen appears (no T needed)."""
        screen = self.screen
        if screen.kind != "break":
            return
        countdown = self.countdown()
        if countdown is not None and not countdown.started:
            countdown.start()
            self._update_break()

    def _update_break(self) -> None:
        """When a running break ends by the clock; its own screen says so."""
        index = self.position
        screen = self.screen
        countdown = self.countdown()
        if screen.kind != "break" or countdown is None or not countdown.running:
            return
        until = self.wall() + timedelta(seconds=countdown.remaining())
        until = (until + timedelta(seconds=30)).replace(second=0, microsecond=0)
        self.break_until[index] = until
        if screen.generated:
            line = self.words.restart.format(time=until.strftime("%H:%M"))
            slide = replace(screen.slide, markdown=break_markdown(screen.title, line))
            if slide != screen.slide:
                self.screens[index] = replace(screen, slide=slide)
                self._changed(Change.SLIDE)

    # Plan entries -------------------------------------------------------------------------------
    def _part(self, index: int) -> object:
        """What a screen belongs to: its plan entry, or else its item."""
        screen = self.screens[index]
        return screen.entry if screen.entry is not None else screen.ref

    def _part_start(self, index: int) -> int:
        part = self._part(index)
        while index > 0 and self._part(index - 1) == part:
            index -= 1
        return index

    def next_entry(self) -> bool:
        """Skip to the first screen of the next plan entry (or item)."""
        part = self._part(self.position)
        for index in range(self.position + 1, self.count):
            if self._part(index) != part:
                return self.goto(index)
        return self._stay()

    def previous_entry(self) -> bool:
        """Skip to the first screen of the plan entry (or item) before this one."""
        start = self._part_start(self.position)
        if start == 0:
            return self.goto(0) if self.position else self._stay()
        return self.goto(self._part_start(start - 1))

    def entry_seconds(self) -> dict[int, float]:
        """Seconds each plan entry has been on screen so far, the current one included."""
        spent = dict(self._entry_seconds)
        entry = self.screen.entry
        if entry is not None and not self.finished:
            spent[entry] = spent.get(entry, 0.0) + self.clock() - self._shown_since
        return spent

    def replan(self, minutes: dict[int, int]) -> None:
        """New planned minutes for plan entries (a re-timed plan): their screens share them as
        before, and a break that has not begun counts down its new minutes."""
        for entry, new in minutes.items():
            indexes = [i for i, s in enumerate(self.screens) if s.entry == entry]
            if not indexes:
                continue
            old = sum(self.screens[i].planned for i in indexes)
            for i in indexes:
                screen = self.screens[i]
                share = screen.planned / old if old else 1 / len(indexes)
                changed = replace(screen, planned=new * 60.0 * share)
                if screen.kind == "break" and i not in self._countdowns:
                    changed = replace(changed, seconds=new * 60 if new > 0 else None)
                    if screen.generated:
                        line = self.words.minutes.format(minutes=new)
                        slide = replace(screen.slide, markdown=break_markdown(screen.title, line))
                        changed = replace(changed, slide=slide)
                self.screens[i] = changed
        self._changed(Change.SCREENS)

    # Detours: the help slide and the grounding exercise -------------------------------------------
    def toggle_detour(self, key: str, screens: Sequence[Screen]) -> bool:
        """Show ``screens`` at once, right after this screen; the same ``key`` again returns to
        where we were. Leaving them any other way (next, previous, a number) takes them out
        again, so the run is as it was. True when the detour is now shown."""
        if self.detour is not None:
            back, same = self.detour.back, self.detour.key == key
            self.goto(back)  # takes the detour's screens out
            if same:
                return False
        if not screens:
            return False
        self.panic = False
        self.cover = ""
        at = self.position + 1
        self._shift(at, len(screens))
        self.screens[at:at] = [replace(s, entry=self.screen.entry) for s in screens]
        self.detour = Detour(key, self.position, at, len(screens))
        self._changed(Change.SCREENS)
        self._changed(Change.COVER)
        self.goto(at)
        return True

    def _end_detour_if_left(self) -> None:
        detour = self.detour
        if detour is None or detour.start <= self.position < detour.start + detour.count:
            return
        self.detour = None
        del self.screens[detour.start : detour.start + detour.count]
        self._shift(detour.start + detour.count, -detour.count)
        if self.position >= detour.start + detour.count:
            self.position -= detour.count
        self._changed(Change.SCREENS)

    def _shift(self, at: int, by: int) -> None:
        """Screens from ``at`` move by ``by`` (inserted before them, or taken out before them):
        their countdowns and break times move along."""

        def moved(index: int) -> int | None:
            if index < at + min(0, by):
                return index
            if index < at:
                return None  # taken out
            return index + by

        def remap(table: dict[int, T]) -> dict[int, T]:
            result = {}
            for index, value in table.items():
                new = moved(index)
                if new is not None:
                    result[new] = value
            return result

        self._countdowns = remap(self._countdowns)
        self.break_until = remap(self.break_until)

    def exercise_starts(self) -> list[int]:
        """Where each exercise in the presentation begins."""
        return [
            i
            for i, s in enumerate(self.screens)
            if s.kind == "exercise-intro" or (s.number == 1 and s.item_kind == "exercise")
        ]

    # Continuing later -----------------------------------------------------------------------
    def place_to_keep(self) -> tuple[int, float, dict[int, float]]:
        """Where we are, without the help slide or grounding detour: the screen index, the
        elapsed seconds and the seconds each step countdown has run (by screen index)."""
        detour = self.detour
        position = detour.back if detour is not None else self.position

        def outside(index: int) -> int | None:
            if detour is None or index < detour.start:
                return index
            if index < detour.start + detour.count:
                return None
            return index - detour.count

        spent = {}
        for index, countdown in self._countdowns.items():
            kept = outside(index)
            if kept is not None and countdown.spent() > 0:
                spent[kept] = round(countdown.spent(), 1)
        return position, round(self.elapsed(), 1), spent

    def carry_time(self, elapsed: float, spent: dict[int, float]) -> None:
        """Go on with the time of an earlier run: its elapsed seconds, and each step countdown
        where it stopped (paused: T goes on)."""
        self.stopwatch.carry(elapsed)
        for index, seconds in spent.items():
            if 0 <= index < self.count:
                countdown = self.countdown(index)
                if countdown is not None:
                    countdown.carry(min(seconds, countdown.seconds))
                    countdown.signalled = countdown.finished  # no second signal for a step done
        self._changed(Change.TIMER)

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
