"""Helpers for the room: random groups, a talking-round timer and a check-in scale.

Plain Python with an injected random generator and clock, so tests never depend on luck or sleep.
What goes to the session log (``core.events``) is counts and settings only, never names.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .events import EventSink

Clock = Callable[[], float]

MAX_PARTICIPANTS = 500


class RoomError(ValueError):
    """Input the room helpers cannot use. ``code`` lets the UI say it in the user's language."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


# Random groups --------------------------------------------------------------------------------


def parse_names(text: str) -> list[str]:
    """First names or pseudonyms typed on the spot: one a line, or separated by commas."""
    names = [part.strip() for part in re.split(r"[\n,;]+", text)]
    return [name for name in names if name]


def make_groups(
    people: int | Sequence[str],
    *,
    groups: int | None = None,
    size: int | None = None,
    rng: random.Random | None = None,
) -> list[list[str]]:
    """Split people into random groups, by number of ``groups`` or by group ``size``.

    ``people`` is a count (members are then numbered "1", "2", ...) or a list of names. Groups
    differ in size by at most one. By size, nobody is left alone: 10 people in groups of 3 make
    groups of 4, 3 and 3.
    """
    if (groups is None) == (size is None):
        raise RoomError("how", "give either a number of groups or a group size")
    members = [str(n) for n in range(1, people + 1)] if isinstance(people, int) else list(people)
    count = len(members)
    if count == 0:
        raise RoomError("nobody", "there is nobody to put in groups")
    if count > MAX_PARTICIPANTS:
        raise RoomError("too-many", f"at most {MAX_PARTICIPANTS} people")
    if groups is not None:
        if groups < 1:
            raise RoomError("groups", "the number of groups must be at least 1")
        if groups > count:
            raise RoomError("groups", f"{groups} groups need at least {groups} people")
        number = groups
    else:
        assert size is not None
        if size < 1:
            raise RoomError("size", "a group needs at least 1 person")
        number = max(1, count // size)
    generator = rng or random.Random()
    shuffled = list(members)
    generator.shuffle(shuffled)
    result: list[list[str]] = [[] for _ in range(number)]
    for index, member in enumerate(shuffled):
        result[index % number].append(member)
    return result


def groups_event(events: EventSink, people: int, made: list[list[str]], how: str) -> None:
    """Log that groups were made: how many people and groups, and their sizes; no names."""
    events.event("groups", people=people, how=how, sizes=[len(g) for g in made])


# Talking round ---------------------------------------------------------------------------------


@dataclass
class TalkingRound:
    """N people talk in turn for M seconds each; the trainer moves on with a key.

    The time of the current speaker runs from :meth:`start` (or :meth:`next`); :meth:`pause` holds
    it. ``remaining`` goes below zero when a speaker runs over; ``over`` tells the console to show
    that gently. After the last speaker, :meth:`next` ends the round.
    """

    people: int
    seconds: int
    clock: Clock
    speaker: int = 0  # 0 before the start, then 1..people
    done: bool = False
    _started_at: float | None = None
    _used: float = 0.0

    def __post_init__(self) -> None:
        if not 1 <= self.people <= MAX_PARTICIPANTS:
            raise RoomError("people", f"between 1 and {MAX_PARTICIPANTS} people")
        if not 5 <= self.seconds <= 3600:
            raise RoomError("seconds", "between 5 seconds and an hour each")

    @property
    def running(self) -> bool:
        return self._started_at is not None

    def start(self) -> None:
        if self.done:
            return
        if self.speaker == 0:
            self.speaker = 1
        if self._started_at is None:
            self._started_at = self.clock()

    def pause(self) -> None:
        if self._started_at is not None:
            self._used += self.clock() - self._started_at
            self._started_at = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def next(self) -> None:
        """The next speaker, with a fresh time; after the last one the round is done."""
        if self.done:
            return
        if self.speaker >= self.people:
            self.pause()
            self.done = True
            return
        self.speaker += 1
        self._used = 0.0
        self._started_at = self.clock()

    def elapsed(self) -> float:
        running = self.clock() - self._started_at if self._started_at is not None else 0.0
        return self._used + running

    def remaining(self) -> float:
        return self.seconds - self.elapsed()

    @property
    def over(self) -> bool:
        return self.speaker > 0 and not self.done and self.remaining() <= 0

    def as_event(self) -> dict[str, Any]:
        return {"people": self.people, "seconds": self.seconds, "reached": self.speaker}


# Check-in scale --------------------------------------------------------------------------------

ScaleKind = Literal["numbers", "weather"]
WEATHER = ("sun", "sun-cloud", "cloud", "rain", "storm")  # from best to worst
WEATHER_SYMBOLS = {"sun": "☀", "sun-cloud": "⛅", "cloud": "☁", "rain": "☂", "storm": "⚡"}


@dataclass
class CheckIn:
    """A quick check-in: the trainer counts hands for each value; no names are taken.

    ``numbers`` is a 1-5 scale (5 is best); ``weather`` is sun to storm.
    """

    kind: ScaleKind = "numbers"
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in ("numbers", "weather"):
            raise RoomError("scale", "the scale is 'numbers' or 'weather'")
        for value in self.values:
            self.counts.setdefault(value, 0)

    @property
    def values(self) -> tuple[str, ...]:
        return ("1", "2", "3", "4", "5") if self.kind == "numbers" else WEATHER

    def add(self, value: str, amount: int = 1) -> int:
        if value not in self.counts:
            raise RoomError("value", f"'{value}' is not on the {self.kind} scale")
        self.counts[value] = max(0, min(MAX_PARTICIPANTS, self.counts[value] + amount))
        return self.counts[value]

    def set(self, value: str, count: int) -> None:
        if value not in self.counts:
            raise RoomError("value", f"'{value}' is not on the {self.kind} scale")
        self.counts[value] = max(0, min(MAX_PARTICIPANTS, count))

    def clear(self) -> None:
        for value in self.counts:
            self.counts[value] = 0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def average(self) -> float | None:
        """The mean on the numbers scale (None without answers or on the weather scale)."""
        if self.kind != "numbers" or not self.total:
            return None
        return sum(int(v) * n for v, n in self.counts.items()) / self.total

    def record(self, events: EventSink) -> None:
        """Log the tally: the scale and a count per value, nothing else."""
        events.event("checkin", scale=self.kind, tally={v: self.counts[v] for v in self.values})
