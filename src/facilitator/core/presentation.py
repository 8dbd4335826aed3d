"""Presentation state: what the audience sees, where we are, and every timer, without Qt.

A presentation is a run of :class:`Screen` s built from a deck (:func:`deck_screens`), an exercise
(:func:`exercise_screens`: a title and purpose screen, one screen per step with its countdown, and
the reflection questions) or a plan (:func:`plan_screens`). :class:`Presentation` holds the place
(next, previous, go to a number typed before Enter, the overview), what covers the audience screen
(black, white, or the calm pause screen of the panic key), the swap flag, the notes size, the
pointer ink, the elapsed time with pause, the wall clock and the countdown to a set end time with
its pace (``ahead``, ``on``, ``behind``, ``over``), and the per-step countdowns of exercises.

Time comes from two injected callables: ``clock`` (monotonic seconds, for durations) and ``wall``
(a ``datetime``, for the wall clock and the end time), so tests drive time without sleeping. The
audience window and the presenter console are two thin views of one ``Presentation``; they
subscribe with :meth:`Presentation.subscribe` and call :meth:`Presentation.tick` a few times a
second to learn when a step's time ran out. What was shown, and for how long, goes to an
:class:`~facilitator.core.events.EventSink`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal, TypeVar

from .events import EventSink, MemoryEvents
from .model import Item, Library, Plan, Slide

Clock = Callable[[], float]
WallClock = Callable[[], datetime]
ScreenKind = Literal["slide", "exercise-intro", "exercise-step", "exercise-reflection", "break"]
Cover = Literal["", "black", "white"]
Pace = Literal["ahead", "on", "behind", "over"]
Tool = Literal["none", "laser", "pen"]

T = TypeVar("T")
NOTES_SIZES = (10, 12, 14, 16, 18, 20, 24, 28, 32, 40, 48)
DEFAULT_NOTES_SIZE = 18
MAX_TYPED_DIGITS = 4
CANVAS_SIZE = (1920.0, 1080.0)


@dataclass(frozen=True)
class Words:
    """The words the generated screens use, in the user's language (the UI translates them).

    ``{n}``, ``{total}`` and ``{minutes}`` are filled in; the defaults are English.
    """

    step: str = "Step {n} of {total}"
    reflection: str = "Reflection"
    minutes: str = "{minutes} min"
    pause_title: str = "A short pause"
    pause_text: str = "We continue in a moment."
    restart: str = "We start again at {time}"
    break_title: str = "Break"
    group_forms: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Screen:
    """One thing the audience screen shows. ``slide`` is what the slide renderer draws."""

    kind: ScreenKind
    item_kind: str  # deck, exercise, break, free: what the session log records
    ref: str  # the item id, or a plan entry's label
    title: str  # the item's title, for the console
    slide: Slide
    number: int  # 1-based place within its item
    count: int  # screens in its item
    notes: str = ""  # only ever on the console
    seconds: int | None = None  # an exercise step's countdown
    step: int = 0  # 1-based step number
    steps: int = 0
    planned: float = 0.0  # planned seconds on this screen
    entry: int | None = None  # position of the plan entry it comes from
    generated: bool = False  # a break's slide made from its label (it shows the restart time)


# Building screens -----------------------------------------------------------------------------


def deck_screens(
    item: Item,
    *,
    only: Iterable[int] = (),
    hidden: Iterable[int] = (),
    minutes: int | None = None,
    entry: int | None = None,
) -> list[Screen]:
    """A deck's slides as screens; ``only`` and ``hidden`` are 1-based slide numbers."""
    chosen = set(only)
    skipped = set(hidden)
    slides = [
        s
        for s in item.slides
        if (not chosen or s.index + 1 in chosen) and s.index + 1 not in skipped
    ]
    total = minutes if minutes is not None else item.duration
    each = total * 60 / len(slides) if slides else 0.0
    return [
        Screen(
            kind="slide",
            item_kind=item.kind,
            ref=item.id,
            title=item.title,
            slide=slide,
            number=slide.index + 1,
            count=len(item.slides),
            notes=slide.notes,
            planned=each,
            entry=entry,
        )
        for slide in slides
    ]


def _console_notes(item: Item) -> str:
    parts = item.exercise
    if parts is None:
        return ""
    sections = [text.strip() for text in (parts.notes, parts.materials) if text.strip()]
    return "\n\n".join(sections)


def exercise_screens(
    item: Item,
    words: Words | None = None,
    *,
    minutes: int | None = None,
    entry: int | None = None,
) -> list[Screen]:
    """Title and purpose, then one screen per step (with its countdown), then reflection."""
    words = words or Words()
    parts = item.exercise
    base = item.path.parent
    notes = _console_notes(item)
    total_minutes = minutes if minutes is not None else item.duration
    steps = parts.steps if parts else ()
    timed = sum(s.minutes or 0 for s in steps)
    meta = [words.minutes.format(minutes=total_minutes)]
    meta += [words.group_forms.get(form, form) for form in item.group_form]
    purpose = parts.purpose.strip() if parts else ""
    intro = f"# {item.title}\n\n{purpose}\n\n*{' · '.join(meta)}*\n"
    built: list[tuple[ScreenKind, str, int | None, int, float]] = [
        ("exercise-intro", intro, None, 0, 0.0)
    ]
    for n, step in enumerate(steps, start=1):
        heading = words.step.format(n=n, total=len(steps))
        seconds = step.minutes * 60 if step.minutes else None
        built.append(("exercise-step", f"## {heading}\n\n{step.text}\n", seconds, n, 0.0))
    reflection = parts.reflection.strip() if parts else ""
    if reflection:
        built.append(
            ("exercise-reflection", f"## {words.reflection}\n\n{reflection}\n", None, 0, 0)
        )
    # Planned time: the steps' own minutes; what is left of the exercise's minutes goes to the
    # screens without a countdown.
    spare = max(0, total_minutes - timed) * 60
    untimed = sum(1 for kind, _, seconds, _, _ in built if seconds is None)
    screens = []
    for number, (kind, markdown, seconds, step, _) in enumerate(built, start=1):
        planned = float(seconds) if seconds is not None else spare / max(1, untimed)
        screens.append(
            Screen(
                kind=kind,
                item_kind="exercise",
                ref=item.id,
                title=item.title,
                slide=Slide(markdown=markdown, layout="exercise", base_dir=base, index=number - 1),
                number=number,
                count=len(built),
                notes=notes,
                seconds=seconds,
                step=step,
                steps=len(steps),
                planned=planned,
                entry=entry,
            )
        )
    return screens


def item_screens(item: Item, words: Words | None = None) -> list[Screen]:
    """The screens of any item that can be presented (a deck or an exercise); else none."""
    if item.kind == "deck":
        return deck_screens(item)
    if item.kind == "exercise":
        return exercise_screens(item, words)
    return []


def plan_screens(
    plan: Plan, library: Library, words: Words | None = None
) -> tuple[list[Screen], list[str]]:
    """Every entry of a plan as screens, in order; and a message for each entry left out."""
    words = words or Words()
    screens: list[Screen] = []
    problems: list[str] = []
    for position, entry in enumerate(plan.entries):
        if entry.kind == "item":
            item = library.item(entry.ref)
            if item is None:
                problems.append(f"line {entry.line}: unknown item '{entry.ref}'")
                continue
            if item.kind == "deck":
                screens += deck_screens(
                    item,
                    only=entry.slides,
                    hidden=entry.hidden,
                    minutes=entry.minutes,
                    entry=position,
                )
            elif item.kind == "exercise":
                screens += exercise_screens(item, words, minutes=entry.minutes, entry=position)
            else:
                screens.append(_own_screen(f"# {item.title}\n", entry, position, item, "free"))
        else:
            if entry.kind == "break" and not entry.label.strip():
                entry = replace(entry, label=words.break_title)
            markdown = entry.slide or (
                break_markdown(entry.label, words.minutes.format(minutes=entry.minutes))
                if entry.kind == "break"
                else f"# {entry.label}\n"
            )
            folder = plan.path.parent if plan.path is not None else None  # none in the database
            screens.append(_own_screen(markdown, entry, position, None, entry.kind, folder))
    return screens, problems


def break_markdown(title: str, line: str) -> str:
    """A break's own screen: its label, and the minutes (or, once it runs, when we start again)."""
    return f"# {title}\n\n{line}\n"


def _own_screen(  # type: ignore[no-untyped-def]
    markdown: str, entry, position: int, item: Item | None, kind: str, folder: Path | None = None
) -> Screen:
    """A screen of its own; ``folder`` is where its images are (a plan file's folder; a plan
    kept in the app's database has none, and shows no local image)."""
    label = item.title if item is not None else entry.label
    layout = "section" if kind == "break" and not entry.slide else "title"
    if entry.slide:
        layout = "content"
    is_break = kind == "break"
    return Screen(
        kind="break" if is_break else "slide",
        item_kind=item.kind if item is not None else kind,
        ref=item.id if item is not None else entry.label,
        title=label,
        slide=Slide(markdown=markdown, layout=layout, base_dir=folder),
        number=1,
        count=1,
        notes=entry.note,
        seconds=entry.minutes * 60 if is_break and entry.minutes > 0 else None,
        planned=entry.minutes * 60.0,
        entry=position,
        generated=is_break and not entry.slide,
    )


def pause_slide(words: Words | None = None) -> Slide:
    """The calm screen the panic key shows."""
    words = words or Words()
    return Slide(markdown=f"# {words.pause_title}\n\n{words.pause_text}\n", layout="title")


# Timers --------------------------------------------------------------------------------------


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


# Pointer ink ---------------------------------------------------------------------------------


@dataclass
class Ink:
    """The laser dot and the highlighter strokes, in canvas pixels (1920x1080)."""

    tool: Tool = "none"
    laser: tuple[float, float] | None = None
    strokes: list[list[tuple[float, float]]] = field(default_factory=list)
    drawing: bool = False

    @staticmethod
    def _clamp(x: float, y: float) -> tuple[float, float]:
        return (min(max(x, 0.0), CANVAS_SIZE[0]), min(max(y, 0.0), CANVAS_SIZE[1]))

    def point(self, x: float, y: float) -> None:
        """The pointer is over the slide at (x, y): the laser follows it."""
        if self.tool == "laser":
            self.laser = self._clamp(x, y)

    def press(self, x: float, y: float) -> None:
        if self.tool == "pen":
            self.strokes.append([self._clamp(x, y)])
            self.drawing = True
        else:
            self.point(x, y)

    def move(self, x: float, y: float) -> None:
        if self.tool == "pen" and self.drawing and self.strokes:
            self.strokes[-1].append(self._clamp(x, y))
        else:
            self.point(x, y)

    def release(self) -> None:
        self.drawing = False

    def leave(self) -> None:
        self.laser = None

    def clear(self) -> None:
        self.strokes.clear()
        self.laser = None
        self.drawing = False

    @property
    def empty(self) -> bool:
        return not self.strokes and self.laser is None


# The presentation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Detour:
    """Screens shown for a moment (the help slide, the grounding exercise): ``count`` screens
    from ``start``, and ``back``, the screen to return to."""

    key: str
    back: int
    start: int
    count: int


class Presentation:
    """The place, the covers and the timers of one presentation. Views subscribe to changes.

    Listeners are called with a word saying what changed: ``position``, ``cover``, ``overview``,
    ``typed``, ``swap``, ``notes``, ``timer``, ``ink``, ``end``, ``screens``, and ``slide`` when
    the current screen's slide was redrawn (a break saying when we start again).
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
        self.swapped = False
        self.notes_size = notes_size
        self.ink = Ink()
        self.stopwatch = Stopwatch(clock, running=True)
        self.started_wall = wall()
        self.end_time = end_time
        self._countdowns: dict[int, Countdown] = {}
        self._shown_since = clock()
        self._listeners: list[Callable[[str], None]] = []
        self.finished = False
        self._entry_seconds: dict[int, float] = {}  # plan entry -> seconds shown so far
        self.break_until: dict[int, datetime] = {}  # break screen -> when we start again
        self.detour: Detour | None = None
        self._arrived()

    # Listening ---------------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[str], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[str], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _changed(self, what: str) -> None:
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
    def previous_screen(self) -> Screen | None:
        return self.screens[self.position - 1] if self.position > 0 else None

    @property
    def at_end(self) -> bool:
        return self.position == self.count - 1

    def goto(self, index: int) -> bool:
        """Show screen ``index`` (0-based). False (and nothing changes) when it does not exist."""
        self.typed = ""
        if not 0 <= index < self.count:
            self._changed("typed")
            return False
        if index == self.position:
            self._changed("typed")
            return True
        self._record_shown()
        self.position = index
        self.ink.clear()
        self._end_detour_if_left()
        self._arrived()
        self._changed("position")
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
            self._changed("typed")
        return False

    # Number, then Enter -------------------------------------------------------------------------
    def type_digit(self, digit: int) -> None:
        if not 0 <= digit <= 9:
            raise ValueError("a digit is 0 to 9")
        if len(self.typed) < MAX_TYPED_DIGITS:
            self.typed += str(digit)
            self._changed("typed")

    def backspace(self) -> bool:
        """Remove the last typed digit; False when nothing was typed (Backspace then goes back)."""
        if not self.typed:
            return False
        self.typed = self.typed[:-1]
        self._changed("typed")
        return True

    def enter(self) -> bool:
        """Go to the typed number (1-based). With nothing typed, Enter goes to the next screen."""
        if not self.typed:
            return self.next()
        number = int(self.typed)
        return self.goto(number - 1)

    def clear_typed(self) -> None:
        if self.typed:
            self.typed = ""
            self._changed("typed")

    # Overview ---------------------------------------------------------------------------------
    def toggle_overview(self) -> None:
        self.overview = not self.overview
        self._changed("overview")

    def close_overview(self) -> None:
        if self.overview:
            self.overview = False
            self._changed("overview")

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
        self._changed("cover")

    def toggle_panic(self) -> None:
        """Cover the audience screen with the calm pause screen at once; again to return."""
        self.panic = not self.panic
        self._changed("cover")

    @property
    def audience_shows(self) -> str:
        """What the audience sees now: ``pause``, ``black``, ``white`` or ``screen``."""
        if self.panic:
            return "pause"
        return self.cover or "screen"

    # Screens and notes ------------------------------------------------------------------------
    def swap(self) -> None:
        self.swapped = not self.swapped
        self._changed("swap")

    def bigger_notes(self) -> None:
        bigger = [s for s in NOTES_SIZES if s > self.notes_size]
        if bigger:
            self.notes_size = bigger[0]
            self._changed("notes")

    def smaller_notes(self) -> None:
        smaller = [s for s in NOTES_SIZES if s < self.notes_size]
        if smaller:
            self.notes_size = smaller[-1]
            self._changed("notes")

    # Pointer tools ----------------------------------------------------------------------------
    def set_tool(self, tool: Tool) -> None:
        """Choose the laser or the pen; choosing the tool in use puts it away."""
        self.ink.tool = "none" if self.ink.tool == tool else tool
        if self.ink.tool != "laser":
            self.ink.laser = None
        self._changed("ink")

    def ink_changed(self) -> None:
        self._changed("ink")

    def clear_ink(self) -> None:
        self.ink.clear()
        self._changed("ink")

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
        self._changed("timer")

    def elapsed(self) -> float:
        return self.stopwatch.seconds()

    def now(self) -> datetime:
        return self.wall()

    def set_end_time(self, end: datetime | None) -> None:
        self.end_time = end
        self._changed("end")

    def end_in(self, minutes: float) -> None:
        self.set_end_time(self.wall() + timedelta(minutes=minutes))

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
        self._changed("timer")

    def add_minute(self) -> None:
        countdown = self.countdown()
        if countdown is not None:
            countdown.add_minute()
            self._update_break()
            self._changed("timer")

    def reset_timer(self) -> None:
        countdown = self.countdown()
        if countdown is not None:
            countdown.reset()
            self._changed("timer")

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
            self._changed("timer")
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
        self._changed("screens")
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
                self._changed("slide")

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
        self._changed("screens")

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
        self._changed("screens")
        self._changed("cover")
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
        self._changed("screens")

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


# Which screen shows what ---------------------------------------------------------------------


@dataclass(frozen=True)
class Placement:
    """Where the windows go: indexes into the list of screens. ``console`` is None with one
    screen (the audience window then fills it, and the console is shown only on request)."""

    audience: int
    console: int | None


def find_screen(names: Sequence[str], wanted: str) -> int | None:
    """The screen ``wanted`` names: its name (case-insensitive) or its 1-based number."""
    wanted = wanted.strip()
    if not wanted:
        return None
    for index, name in enumerate(names):
        if name.casefold() == wanted.casefold():
            return index
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return int(wanted) - 1
    return None


def place_windows(
    names: Sequence[str], primary: int = 0, wanted: str = "", *, swapped: bool = False
) -> Placement:
    """Choose the audience screen and the console screen.

    The screen ``wanted`` names gets the audience window; without one (or when it is gone), the
    first screen that is not the primary one does, since the laptop's own screen is the primary
    one. The console goes on the primary screen, or the first other one. ``swapped`` exchanges
    the two. With one screen there is no console screen.
    """
    if not names:
        raise ValueError("no screens")
    if len(names) == 1:
        return Placement(0, None)
    primary = primary if 0 <= primary < len(names) else 0
    audience = find_screen(names, wanted)
    if audience is None:
        audience = next(i for i in range(len(names)) if i != primary)
    console = (
        primary if primary != audience else next(i for i in range(len(names)) if i != audience)
    )
    if swapped:
        audience, console = console, audience
    return Placement(audience, console)
