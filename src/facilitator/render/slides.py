"""The slide painter: one ``Slide`` onto any ``QPainter``, on a fixed 1920x1080 canvas.

Markdown becomes safe HTML (``markup``), a ``QTextDocument`` with the theme's style sheet lays it
out in canvas pixels (``textbox``, ``layouts``), and the painter draws it scaled to the target
rectangle. The audience window, the presenter's previews, thumbnails and PDF pages all go through
:meth:`SlideRenderer.paint`, so they show the same line breaks and the same shrink.

Layout is done once per slide and cached; painting a cached layout costs little, and
:meth:`SlideRenderer.image` caches finished pictures for thumbnails and pre-rendering.

Text that does not fit shrinks as a whole (fonts, spacing and inline images alike) until it fits,
like a presentation program's auto-fit; below :data:`MIN_SCALE` the rest is clipped, never drawn
outside the slide. QtGui only: the render package must not import QtWidgets.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from facilitator.core.model import Slide
from facilitator.render.fonts import ensure_fonts_loaded
from facilitator.render.layout_base import CANVAS, CANVAS_HEIGHT, CANVAS_WIDTH, SlideLayout
from facilitator.render.layouts import LayoutBuilder
from facilitator.render.markup import markdown_to_html
from facilitator.render.textbox import MIN_READABLE_SCALE, MIN_SCALE
from facilitator.render.theme import Theme

__all__ = [
    "CANVAS_HEIGHT",
    "CANVAS_WIDTH",
    "MIN_READABLE_SCALE",
    "MIN_SCALE",
    "SlideRenderer",
    "markdown_to_html",
]


class SlideRenderer:
    """Draws slides in one theme. Not thread-safe: use it from the GUI thread.

    ``slide_numbers`` adds the slide's number (``slide.index + 1``) in the bottom right corner.
    """

    # A layout holds each text box's QTextDocument (about 0.5 MB a slide): the frames and
    # previews are drawn from a few around the current place, the rest are laid out again.
    layout_cache_size = 24
    image_cache_bytes = 48 * 1024 * 1024  # thumbnails: 256x144 is 147 kB, 100 of them 15 MB

    def __init__(self, theme: Theme, *, slide_numbers: bool = False) -> None:
        ensure_fonts_loaded()
        self.theme = theme
        self.slide_numbers = slide_numbers
        self._layouts: OrderedDict[Slide, SlideLayout] = OrderedDict()
        self._pictures: OrderedDict[tuple[Slide, int, int], QImage] = OrderedDict()
        self._picture_bytes = 0
        self._builder = LayoutBuilder(theme, slide_numbers=slide_numbers)
        self._background = QColor(theme.background)

    # Public API -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, slide: Slide, target: QRectF) -> None:
        """Draw ``slide`` into ``target`` (any size; the 16:9 canvas is centred and scaled)."""
        if target.width() <= 0 or target.height() <= 0:
            return
        layout = self._layout(slide)
        scale = min(target.width() / CANVAS_WIDTH, target.height() / CANVAS_HEIGHT)
        painter.save()
        left = target.center().x() - CANVAS_WIDTH * scale / 2
        top = target.center().y() - CANVAS_HEIGHT * scale / 2
        if left - target.left() > 0.01 or top - target.top() > 0.01:
            painter.fillRect(target, self._background)  # letterbox in the theme's colour
        painter.translate(left, top)
        painter.scale(scale, scale)
        painter.setClipRect(CANVAS, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(CANVAS, layout.background)
        for op in layout.ops:
            op(painter)
        painter.restore()

    def image(self, slide: Slide, size: QSize) -> QImage:
        """``slide`` as a picture of ``size`` pixels; cached, so call it freely for thumbnails."""
        if size.width() <= 0 or size.height() <= 0:
            return QImage()
        key = (slide, size.width(), size.height())
        cached = self._pictures.get(key)
        if cached is not None:
            self._pictures.move_to_end(key)
            return cached
        picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if size.width() * CANVAS_HEIGHT != size.height() * CANVAS_WIDTH:
            picture.fill(self._background)  # not 16:9: make sure no pixel stays unset
        painter = QPainter(picture)
        self.paint(painter, slide, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        self._pictures[key] = picture
        self._picture_bytes += picture.sizeInBytes()
        while self._picture_bytes > self.image_cache_bytes and len(self._pictures) > 1:
            _, old = self._pictures.popitem(last=False)
            self._picture_bytes -= old.sizeInBytes()
        return picture

    def fit(self, slide: Slide) -> float:
        """The factor the slide's text was shrunk by to fit (1.0 = not shrunk)."""
        return self._layout(slide).fit

    def problems(self, slide: Slide) -> list[str]:
        """What is wrong with how the slide shows: shrunk text, missing images, removed HTML."""
        return list(self._layout(slide).problems)

    # Layout cache ---------------------------------------------------------------------------

    def _layout(self, slide: Slide) -> SlideLayout:
        layout = self._layouts.get(slide)
        if layout is not None:
            self._layouts.move_to_end(slide)
            return layout
        layout = self._builder.build(slide)
        self._layouts[slide] = layout
        while len(self._layouts) > self.layout_cache_size:
            self._layouts.popitem(last=False)
        return layout
