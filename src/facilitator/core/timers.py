"""The presentation's clocks, without Qt: a stopwatch that can pause, an exercise step's
countdown, and how their times are written. Time comes from an injected ``clock`` (monotonic
seconds), so tests move it by hand."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], float]  # monotonic seconds, for durations
WallClock = Callable[[], datetime]  # the time of day, for the wall clock and an end time


class Stopwatch:
    """Counts running time from a clock and can be paused."""

    def __init__(self, clock: Clock, *, running: bool = False) -> None:
        self._clock = clock
        self._used = 0.0
        self._since: float | None = clock() if running else None

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        if self._since is not None:
            self._used += self._clock() - self._since
            self._since = None

    def reset(self) -> None:
        self._used = 0.0
        self._since = self._clock() if self._since is not None else None

    def seconds(self) -> float:
        running = self._clock() - self._since if self._since is not None else 0.0
        return self._used + running

    def carry(self, seconds: float) -> None:
        """Count ``seconds`` already used (a presentation continued where it stopped)."""
        self._used += max(0.0, seconds)


class Countdown:
    """An exercise step's countdown: start, pause, add a minute, and a signal once at zero."""

    def __init__(self, seconds: float, clock: Clock) -> None:
        self.seconds = float(seconds)
        self._watch = Stopwatch(clock)
        self.signalled = False

    @property
    def running(self) -> bool:
        return self._watch.running

    @property
    def started(self) -> bool:
        return self.running or self._watch.seconds() > 0

    def start(self) -> None:
        self._watch.start()

    def pause(self) -> None:
        self._watch.pause()

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def add_minute(self) -> None:
        self.seconds += 60
        if self.remaining() > 0:
            self.signalled = False

    def reset(self) -> None:
        self._watch.pause()
        self._watch.reset()
        self.signalled = False

    def spent(self) -> float:
        """Seconds it has run so far."""
        return self._watch.seconds()

    def carry(self, seconds: float) -> None:
        """Count ``seconds`` already run, paused (a presentation continued where it stopped)."""
        self._watch.carry(seconds)

    def remaining(self) -> float:
        """Seconds left; it stops at zero."""
        return max(0.0, self.seconds - self._watch.seconds())

    @property
    def finished(self) -> bool:
        return self._watch.seconds() >= self.seconds

    def stop(self) -> None:
        """Stop at zero: a minute added later gives a whole minute."""
        self._watch.pause()
        self.seconds = max(self.seconds, self._watch.seconds())


def clock_text(seconds: float) -> str:
    """'M:SS' (or 'H:MM:SS') for a duration; a minus sign when it is negative."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))  # a countdown shows 0:00 at zero
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"


def elapsed_text(seconds: float) -> str:
    """'M:SS' or 'H:MM:SS' for an elapsed time (counted down, not up)."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
