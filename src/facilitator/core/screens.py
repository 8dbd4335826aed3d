"""The screens of a presentation, built without Qt from a deck, an exercise or a plan.

A presentation is a run of :class:`Screen` s built from a deck (:func:`deck_screens`), an exercise
(:func:`exercise_screens`: a title and purpose screen, one screen per step with its countdown, and
the reflection questions) or a plan (:func:`plan_screens`: every entry in order, breaks and free
entries as slides of their own). The words these generated screens use come in as
:class:`Words`, which the UI translates.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from .model import Item, Library, Plan, Slide

ScreenKind = Literal["slide", "exercise-intro", "exercise-step", "exercise-reflection", "break"]


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


# The sections of an exercise only the trainer sees, headed as the content's language heads them.
_TRAINER_HEADINGS = {
    "da": ("Formål", "Materialer", "Noter til underviseren", "Variationer"),
    "nb": ("Formål", "Materiell", "Notater til kursholder", "Variasjoner"),
    "en": ("Purpose", "Materials", "Facilitator notes", "Variations"),
}


def _console_notes(item: Item, meta: str, *, notes_first: bool = False) -> str:
    """What only the trainer sees of an exercise, on every one of its screens: its time and
    group form, purpose, materials, facilitator notes and variations
    (``docs/content-format.md``, "Exercises": who sees what). While the steps run, the
    facilitator notes come first."""
    parts = item.exercise
    if parts is None:
        return ""
    headings = _TRAINER_HEADINGS.get(item.language, _TRAINER_HEADINGS["en"])
    texts = (parts.purpose, parts.materials, parts.notes, parts.variations)
    order = (2, 1, 0, 3) if notes_first else (0, 1, 2, 3)
    sections = [f"*{meta}*"] + [
        f"**{headings[i]}**\n\n{texts[i].strip()}" for i in order if texts[i].strip()
    ]
    return "\n\n".join(sections)


def exercise_screens(
    item: Item,
    words: Words | None = None,
    *,
    minutes: int | None = None,
    entry: int | None = None,
) -> list[Screen]:
    """The title, then one screen per step (with its countdown), then reflection.

    The projector shows only what is for the participants: the title, each step without its
    trainer's part (``Step.shown``) and the reflection questions. The time, group form,
    purpose, materials, notes, variations and a step's trainer part are the console's notes.
    """
    words = words or Words()
    parts = item.exercise
    base = item.path.parent
    total_minutes = minutes if minutes is not None else item.duration
    steps = parts.steps if parts else ()
    timed = sum(s.minutes or 0 for s in steps)
    meta = [words.minutes.format(minutes=total_minutes)]
    meta += [words.group_forms.get(form, form) for form in item.group_form]
    notes = _console_notes(item, " · ".join(meta))
    running = _console_notes(item, " · ".join(meta), notes_first=True)
    intro = f"# {item.title}\n"
    built: list[tuple[ScreenKind, str, int | None, int, str]] = [
        ("exercise-intro", intro, None, 0, notes)
    ]
    for n, step in enumerate(steps, start=1):
        heading = words.step.format(n=n, total=len(steps))
        seconds = step.minutes * 60 if step.minutes else None
        shown = step.for_participants
        aside = f"> {step.aside}\n\n{running}" if step.aside else running
        built.append(("exercise-step", f"## {heading}\n\n{shown}\n", seconds, n, aside))
    reflection = parts.reflection.strip() if parts else ""
    if reflection:
        built.append(
            ("exercise-reflection", f"## {words.reflection}\n\n{reflection}\n", None, 0, running)
        )
    # Planned time: the steps' own minutes; what is left of the exercise's minutes goes to the
    # screens without a countdown.
    spare = max(0, total_minutes - timed) * 60
    untimed = sum(1 for kind, _, seconds, _, _ in built if seconds is None)
    screens = []
    for number, (kind, markdown, seconds, step_number, screen_notes) in enumerate(built, start=1):
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
                notes=screen_notes,
                seconds=seconds,
                step=step_number,
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
