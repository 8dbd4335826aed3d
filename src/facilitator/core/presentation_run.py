"""How the screens of a running presentation change on the way, mixed into
:class:`~facilitator.core.presentation.Presentation`: another item shown right after this one,
the plan's entries (skipping, seconds spent, re-timing), and the detours of the help slide and
the grounding exercise, which leave the run as it was."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from .presentation_change import Change, Cover
from .screens import Screen, Words, break_markdown
from .timers import Clock, Countdown

T = TypeVar("T")


@dataclass(frozen=True)
class Detour:
    """Screens shown for a moment (the help slide, the grounding exercise): ``count`` screens
    from ``start``, and ``back``, the screen to return to."""

    key: str
    back: int
    start: int
    count: int


class RunScreens:
    """The screen list's changes; the class that mixes this in holds the state below."""

    screens: list[Screen]
    position: int
    clock: Clock
    words: Words
    detour: Detour | None
    panic: bool
    cover: Cover
    finished: bool
    break_until: dict[int, datetime]
    _countdowns: dict[int, Countdown]
    _entry_seconds: dict[int, float]
    _shown_since: float

    if TYPE_CHECKING:

        @property
        def count(self) -> int: ...

        @property
        def screen(self) -> Screen: ...

        def goto(self, index: int) -> bool: ...

        def _stay(self) -> bool: ...

        def _changed(self, what: Change) -> None: ...

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
