"""What changed in a running presentation: the one value each view's listener is called with
(``Presentation.subscribe``; the views keep a table from each value to what they redraw); and
what may cover the audience screen."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

Cover = Literal["", "black", "white"]


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
