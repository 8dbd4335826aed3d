"""What to present, decided once: :func:`build_show` turns a deck, an exercise or a plan into a
:class:`ShowRequest`, the one description the library's F5, the planner's "Present plan" and
``facilitator present`` hand to the presentation.

The request holds the screens (and how to build them again in the projector's words), where to
start, the end time the countdown runs to, the exercises the console offers, and the plan for
the agenda. The rules live here and nowhere else: a plan's end time is
:func:`~facilitator.core.agenda.plan_end_time`; an item's is now plus its minutes; an item's
exercises are the other exercises of its module. How the windows open (which screen, windowed,
rehearsal) travels along in the same request, so the layers pass one value instead of a list
of keywords.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from .agenda import plan_end_time
from .model import Item, Library, Module, Plan
from .resume import ResumePoint, start_in
from .screens import Screen, Words, item_screens, plan_screens

__all__ = ["ShowRequest", "build_show", "module_exercises", "NothingToShow", "continued"]


class NothingToShow(ValueError):
    """The target cannot be presented: not a deck, an exercise or a plan with entries."""


@dataclass(frozen=True)
class ShowRequest:
    """One presentation to open. ``screens`` are built in ``words`` (English by default); call
    :meth:`in_words` once the projector's language is known."""

    target: Item | Plan | None
    screens: tuple[Screen, ...]
    title: str = ""
    language: str = ""
    start: int = 0  # the screen to open at, 0-based
    end_time: datetime | None = None
    exercises: tuple[Item, ...] = ()
    plan: Plan | None = None  # the agenda on the console
    own_plan: bool = False  # one of the user's plans: a re-timing is saved to it
    problems: tuple[str, ...] = ()  # entries of a plan left out, one message each
    sensitive: bool = False  # an item marked sensitive: the console checks the help contacts
    resume: ResumePoint | None = None  # continued where it stopped: the time to go on with
    # How the windows open:
    screen: str = ""  # the audience screen's name ("" = the remembered one)
    windowed: bool = False
    rehearsal: bool = False
    library: Library | None = field(default=None, compare=False, repr=False)
    words: Words | None = field(default=None, compare=False, repr=False)  # the screens' words

    def in_words(self, words: Words | None) -> ShowRequest:
        """The same request with generated screens (exercise steps, breaks) in ``words``."""
        if words == self.words:
            return self
        if isinstance(self.target, Plan) and self.library is not None:
            screens = plan_screens(self.target, self.library, words)[0]
            return replace(self, screens=tuple(screens), words=words)
        if isinstance(self.target, Item):
            return replace(self, screens=tuple(item_screens(self.target, words)), words=words)
        return self


def module_exercises(library: Library | None, item: Item) -> tuple[Item, ...]:
    """The exercises of ``item``'s module: what the console offers beside a deck."""
    module: Module | None = None
    if library is not None:
        module = next((m for m in library.modules if m.id == item.module_id), None)
    return tuple(i for i in module.items if i.kind == "exercise") if module else ()


def build_show(
    target: Item | Plan | Sequence[Screen],
    library: Library | None,
    now: datetime,
    start: int = 0,
    *,
    words: Words | None = None,
    own_plan: bool = False,
) -> ShowRequest:
    """The request to present ``target`` from ``start``, decided at ``now``.

    For a plan, ``start`` is an entry position (the run begins at its first screen and ends at
    the plan's end time from there); for an item it is a slide index (its end time is ``now``
    plus its minutes, whatever the start). A list of screens is shown as it is. ``library``
    holds the module of an item (for its exercises) and the items of a plan. Raises
    :class:`NothingToShow` for anything else.
    """
    if isinstance(target, Plan):
        if library is None or not target.entries:
            raise NothingToShow(f"the plan '{target.id}' has nothing to present")
        screens, problems = plan_screens(target, library, words)
        if not screens:
            raise NothingToShow(f"the plan '{target.id}' has nothing to present")
        first = next((i for i, s in enumerate(screens) if (s.entry or 0) >= start), 0)
        sensitive = any(
            (item := library.item(entry.ref)) is not None and item.sensitive
            for entry in target.entries
            if entry.kind == "item"
        )
        return ShowRequest(
            target,
            tuple(screens),
            title=target.title,
            language=target.language,
            start=first,
            end_time=plan_end_time(target, now, start),
            plan=target,
            own_plan=own_plan,
            problems=tuple(problems),
            sensitive=sensitive,
            library=library,
            words=words,
        )
    if isinstance(target, Item):
        screens = item_screens(target, words)
        if not screens:
            raise NothingToShow(
                f"'{target.id}' is {target.kind}: only decks and exercises are presented"
            )
        return ShowRequest(
            target,
            tuple(screens),
            title=target.title,
            language=target.language,
            start=start,
            end_time=now + timedelta(minutes=target.duration),
            exercises=module_exercises(library, target),
            sensitive=target.sensitive,
            library=library,
            words=words,
        )
    given = tuple(target)
    if not given:
        raise NothingToShow("nothing to present")
    return ShowRequest(None, given, start=start, library=library)


def continued(show: ShowRequest, point: ResumePoint) -> ShowRequest:
    """``show`` opened where ``point`` stopped, with its elapsed time and step countdowns. If
    that slide is no longer there, ``show`` starts where it would have (the caller says so);
    if it moved, the countdowns start afresh."""
    start = start_in(show.screens, point)
    if start is None:
        return show
    spent = point.spent if start == point.position else {}
    return replace(show, start=start, resume=replace(point, spent=spent))
