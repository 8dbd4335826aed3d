"""What the presentation's windows and panels may use of the controller that runs them.

The audience window, the console and its panels (agenda, overview, room helpers) are views: they
read the core ``Presentation`` and call back for what the controller does (move, draw a frame,
show a room helper, re-time the plan). They are typed against this protocol, not against
``PresentationController`` itself, so ``controller`` imports the views and no view imports the
controller back (``tests/core/test_import_cycles.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QWidget

    from ...core.agenda import PlanRun, Retiming
    from ...core.model import Item
    from ...core.presentation import Presentation
    from ...render.theme import Theme
    from ..renderer import SlidePainter
    from .overlays import RoomView
    from .words import PresentWords


class Console(Protocol):
    def ask_retime(self) -> None: ...


class Host(Protocol):
    """The presentation controller, as its views see it."""

    presentation: Presentation
    run: PlanRun | None
    theme: Theme
    theme_name: str
    painter: SlidePainter
    words: PresentWords
    exercises: Sequence[Item]
    room_view: RoomView | None

    @property
    def console(self) -> Console: ...

    def goto(self, index: int) -> None: ...

    def pointer(self, what: str, x: float, y: float) -> None: ...

    def audience_resized(self, size: QSize) -> None: ...

    def audience_frame(self, *, pause: bool = False) -> QPixmap: ...

    def flash_level(self) -> float: ...

    def window_closed(self, window: QWidget) -> None: ...

    def present_exercise(self, item: Item) -> None: ...

    def apply_retiming(self, retiming: Retiming) -> None: ...

    def show_room(self, view: RoomView | None) -> None: ...

    def toggle_help(self) -> None: ...

    def toggle_grounding(self) -> bool: ...

    def leave_question(self) -> str: ...
