"""The pointer over the slides, without Qt: the laser dot and the highlighter strokes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Tool = Literal["none", "laser", "pen"]
CANVAS_SIZE = (1920.0, 1080.0)


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
