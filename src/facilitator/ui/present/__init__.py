"""Presentation mode: the audience window and the presenter console.

The public entry (used by ``facilitator present``, the library's F5, and ``benchmarks/run.py``)::

    from facilitator.ui.present import open_presentation

    controller = open_presentation(show, theme="light")
    controller.frame_painted.connect(lambda position: ...)  # a frame is on the audience screen
    controller.next(); controller.previous(); controller.goto(index)
    controller.leave()  # what Esc does; ``closed(item_id, slide_index)`` tells where we left

``show`` is a ``core.show.ShowRequest`` (``build_show(target, library, now, start)`` makes one
from a deck, an exercise or a plan: the screens, the start, the end time, the exercises, the
agenda); an ``Item`` is turned into one here. A ``QApplication`` must exist. With several
screens and no remembered audience screen, a chooser shows each screen's name on it first
(``choose=False`` skips it); a request with ``windowed=True`` shows both windows as ordinary
windows, with ``rehearsal=True`` only the console. The state is a
``core.presentation.Presentation`` (``controller.presentation``); time comes from the ``clock``
and ``wall`` given, so tests move time by hand. Modules: ``controller`` (keys, screens, timers),
``audience``, ``console``, ``overview``, ``room_panel``, ``agenda`` (a plan against the clock,
re-timing the rest), ``overlays`` (ink, countdown, room helpers drawn over slides), ``frames``
(pre-rendered pixmaps: advancing is a blit), ``screens`` (the screen adapter and the chooser),
``session`` (the session log, opened after the first slide is shown).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from ...core.model import Item
from ...core.show import ShowRequest, build_show

if TYPE_CHECKING:
    from ...core.agenda import Retiming
    from ...core.events import EventSink
    from ...core.settings import Settings
    from ...core.timers import Clock, WallClock
    from .controller import PresentationController
    from .screens import ScreenSource

__all__ = ["open_presentation"]


def open_presentation(
    show: ShowRequest | Item,
    *,
    theme: str | None = None,
    settings: Settings | None = None,
    events: EventSink | None = None,
    choose: bool = True,
    clock: Clock = time.monotonic,
    wall: WallClock = datetime.now,
    source: ScreenSource | None = None,
    on_retime: Callable[[Retiming], None] | None = None,
) -> PresentationController:
    """Open the presentation ``show`` describes and show it.

    With a plan in the request, the console shows the agenda against the clock and can re-time
    the rest; ``on_retime`` is called with each re-timing the trainer confirms (the planner
    saves it). The request's ``library`` is where the help deck and the grounding exercise are
    found, in the request's language.
    """
    from .controller import PresentationController
    from .words import present_words

    if isinstance(show, Item):
        show = build_show(show, None, wall())
    show = show.in_words(present_words(show.language).screens)
    theme_name = theme or (settings.get("theme") if settings is not None else "light")
    controller = PresentationController(
        show,
        theme=theme_name,
        settings=settings,
        events=events,
        clock=clock,
        wall=wall,
        source=source,
        on_retime=on_retime,
    )
    controller.start(choose=choose)
    return controller
