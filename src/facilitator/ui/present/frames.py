"""Pre-rendered frames: slides drawn ahead into pixmaps, so advancing is a blit.

One :class:`FrameCache` per window size. The slide painter (``ui.renderer.slide_painter``, the one
``SlideRenderer``) draws each slide once into a ``QPixmap`` of that size; the cache keeps the
frames around the current place and drops the rest. A frame has the screen's device pixels (twice
the logical size each way on a HiDPI screen, with that device pixel ratio), so it is blitted 1:1.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

from ...core.model import Slide
from ..renderer import SlidePainter, device_size

KEEP = 5  # frames kept: the current one, the pause screen, one behind and two ahead


class FrameCache:
    def __init__(self, painter: SlidePainter, keep: int = KEEP) -> None:
        self.painter = painter
        self.keep = keep
        self.size = QSize()
        self.ratio = 1.0
        self._frames: OrderedDict[Slide, QPixmap] = OrderedDict()

    def resize(self, size: QSize, ratio: float = 1.0) -> None:
        """Frames of another size or pixel ratio from now on (a window moved to another
        screen): ``size`` in logical pixels, ``ratio`` the screen's device pixel ratio."""
        if size != self.size or ratio != self.ratio:
            self.size = QSize(size)
            self.ratio = ratio
            self._frames.clear()

    def has(self, slide: Slide) -> bool:
        return slide in self._frames

    def frame(self, slide: Slide) -> QPixmap:
        """The slide as a pixmap of the cache's size; drawn now if it was not ready."""
        pixmap = self._frames.get(slide)
        if pixmap is None:
            pixmap = self._render(slide)
        else:
            self._frames.move_to_end(slide)
        return pixmap

    def warm(self, slides: Iterable[Slide]) -> int:
        """Draw the given slides ahead; returns how many were drawn now."""
        drawn = 0
        for slide in slides:
            if slide not in self._frames:
                self._render(slide)
                drawn += 1
            else:
                self._frames.move_to_end(slide)
        return drawn

    def _render(self, slide: Slide) -> QPixmap:
        if self.size.isEmpty():
            return QPixmap()
        # Painted straight into the pixmap: no second copy in the renderer's picture cache.
        # The painter works in logical pixels; the pixmap's ratio maps them to device pixels.
        pixmap = QPixmap(device_size(self.size, self.ratio))
        pixmap.setDevicePixelRatio(self.ratio)
        if self.size.width() * 9 != self.size.height() * 16:
            pixmap.fill(QColor("#000000"))  # not 16:9: the painter letterboxes, leaving no gaps
        painter = QPainter(pixmap)
        try:
            self.painter.paint(painter, slide, QRectF(0, 0, self.size.width(), self.size.height()))
        finally:
            painter.end()
        self._frames[slide] = pixmap
        while len(self._frames) > self.keep:
            self._frames.popitem(last=False)
        return pixmap

    def clear(self) -> None:
        self._frames.clear()
