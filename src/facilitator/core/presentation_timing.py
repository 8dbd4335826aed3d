"""The time of a running presentation, mixed into ``core.presentation.Presentation``: the
elapsed time with pause, the end time and the pace against it, the countdowns of exercise steps
and breaks, and the time kept for continuing later. Time comes from the presentation's injected
``clock`` and ``wall`` (``core.timers``), so tests drive it without sleeping."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from .events import EventSink
from .presentation_change import Change
from .screens import Screen, Words, break_markdown
from .timers import Clock, Countdown, Stopwatch, WallClock

if TYPE_CHECKING:
    from .presentation_run import Detour

Pace = Literal["ahead", "on", "behind", "over"]


class Timing:
    """The clocks of a presentation; the class that mixes this in holds the state below."""

    screens: list[Screen]
    position: int
    clock: Clock
    wall: WallClock
    words: Words
    events: EventSink
    stopwatch: Stopwatch
    end_time: datetime | None
    detour: Detour | None
    break_until: dict[int, datetime]
    _countdowns: dict[int, Countdown]
    _shown_since: float

    if TYPE_CHECKING:

        @property
        def count(self) -> int: ...

        @property
        def screen(self) -> Screen: ...

        def _changed(self, what: Change) -> None: ...

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
