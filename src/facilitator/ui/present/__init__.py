"""Presentation mode: the audience window and the presenter console.

The public entry (used by ``facilitator present``, the library's F5, and ``benchmarks/run.py``)::

    from facilitator.ui.present import open_presentation

    controller = open_presentation(item_or_screens, start=0, theme="light")
    controller.frame_painted.connect(lambda position: ...)  # a frame is on the audience screen
    controller.next(); controller.previous(); controller.goto(index)
    controller.leave()  # what Esc does; ``closed(item_id, slide_index)`` tells where we left

``item_or_screens`` is a deck or exercise ``Item`` or a list of ``core.presentation.Screen`` s
(``deck_screens``, ``exercise_screens``, ``plan_screens``; give ``plan=`` too for the agenda).
A ``QApplication`` must exist. With several screens and no remembered audience screen, a chooser
shows each screen's name on it first (``choose=False`` skips it); ``windowed=True`` shows both
windows as ordinary windows, ``rehearsal=True`` only the console. The state is a
``core.presentation.Presentation`` (``controller.presentation``); time comes from the ``clock``
and ``wall`` given, so tests move time by hand. Modules: ``controller`` (keys, screens, timers),
``audience``, ``console``, ``overview``, ``room_panel``, ``agenda`` (a plan against the clock,
re-timing the rest), ``overlays`` (ink, countdown, room helpers drawn over slides), ``frames``
(pre-rendered pixmaps: advancing is a blit), ``screens`` (the screen adapter and the chooser),
``session`` (the session log, opened after the first slide is shown).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from ...core.model import Item

if TYPE_CHECKING:
    from ...core.agenda import Retiming
    from ...core.events import EventSink
    from ...core.model import Library, Plan
    from ...core.presentation import Clock, Screen, WallClock
    from ...core.settings import Settings
    from .controller import PresentationController
    from .screens import ScreenSource

__all__ = ["open_presentation"]


def open_presentation(
    what: Item | Sequence[Screen],
    *,
    title: str = "",
    theme: str | None = None,
    settings: Settings | None = None,
    events: EventSink | None = None,
    start: int = 0,
    screen: str = "",
    windowed: bool = False,
    rehearsal: bool = False,
    exercises: Sequence[Item] = (),
    end_time: datetime | None = None,
    choose: bool = True,
    clock: Clock = time.monotonic,
    wall: WallClock = datetime.now,
    source: ScreenSource | None = None,
    plan: Plan | None = None,
    library: Library | None = None,
    language: str = "",
    on_retime: Callable[[Retiming], None] | None = None,
) -> PresentationController:
    """Open a presentation of ``what`` at screen ``start`` (0-based) and show it.

    With ``plan`` (the plan the screens come from), the console shows the agenda against the
    clock and can re-time the rest; ``on_retime`` is called with each re-timing the trainer
    confirms (the planner saves it). ``library`` is where the help deck and the grounding
    exercise are found, in ``language`` (the plan's or the item's by default).
    """
    from .controller import PresentationController
    from .words import present_words

    if isinstance(what, Item):
        from ...core.presentation import item_screens  # not needed to show the library

        language = language or what.language
        screens = item_screens(what, present_words(language).screens)
        if not screens:
            raise ValueError(f"'{what.id}' is {what.kind}: only decks and exercises are presented")
        title = title or what.title
        if end_time is None:  # the countdown and its pace colour work from the first slide
            end_time = wall() + timedelta(minutes=what.duration)
    else:
        screens = list(what)
    theme_name = theme or (settings.get("theme") if settings is not None else "light")
    controller = PresentationController(
        screens,
        title=title,
        theme=theme_name,
        settings=settings,
        events=events,
        start=start,
        screen=screen,
        windowed=windowed,
        rehearsal=rehearsal,
        exercises=exercises,
        end_time=end_time,
        clock=clock,
        wall=wall,
        source=source,
        plan=plan,
        library=library,
        language=language,
        on_retime=on_retime,
    )
    controller.start(choose=choose)
    return controller
