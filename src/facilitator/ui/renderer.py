"""The UI's access to the one slide painter in ``facilitator.render``.

:func:`slide_painter` returns the real ``SlideRenderer`` when it is available and a plain text
painter otherwise, so the library still shows every slide's text. A renderer that fails on one
slide is logged once and that slide is drawn as text; a bad slide never takes a screen down.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

from ..core.model import Slide

log = logging.getLogger(__name__)

CANVAS = QSize(1920, 1080)


class SlidePainter(Protocol):
    def image(self, slide: Slide, size: QSize) -> QImage: ...

    def paint(self, painter: QPainter, slide: Slide, rect: QRectF) -> None: ...


_FALLBACK_COLOURS = {
    "light": ("#fbfaf7", "#1f2933", "#0a6373"),
    "dark": ("#141a22", "#e8edf2", "#66d9e8"),
    "high-contrast": ("#000000", "#ffffff", "#ffe14d"),
}


class TextSlidePainter:
    """Draws a slide's heading and text plainly: used until (or when) the renderer is missing."""

    def __init__(self, theme: str = "light") -> None:
        self.background, self.foreground, self.accent = _FALLBACK_COLOURS.get(
            theme, _FALLBACK_COLOURS["light"]
        )

    def image(self, slide: Slide, size: QSize) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(self.background))
        painter = QPainter(image)
        try:
            self.paint(painter, slide, QRectF(0, 0, size.width(), size.height()))
        finally:
            painter.end()
        return image

    def paint(self, painter: QPainter, slide: Slide, rect: QRectF) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(rect, QColor(self.background))
        scale = rect.width() / CANVAS.width()
        margin = 110 * scale
        inner = rect.adjusted(margin, margin * 0.8, -margin, -margin * 0.8)
        painter.fillRect(
            QRectF(rect.left(), rect.top(), max(2.0, 18 * scale), rect.height()),
            QColor(self.accent),
        )
        title = slide.title
        lines = [
            line.strip().lstrip("#>-*").strip()
            for line in slide.markdown.splitlines()
            if line.strip() and not line.strip().startswith("<!--")
        ]
        if lines and lines[0] == title:
            lines = lines[1:]
        heading = QFont("Lato")
        heading.setPixelSize(max(4, round(76 * scale)))
        heading.setBold(True)
        painter.setFont(heading)
        painter.setPen(QPen(QColor(self.foreground)))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(inner, flags, title)
        painter.drawText(inner, flags, title)
        body = QFont("Lato")
        body.setPixelSize(max(3, round(44 * scale)))
        painter.setFont(body)
        rest = QRectF(inner.left(), used.bottom() + 40 * scale, inner.width(), inner.height())
        rest.setBottom(inner.bottom())
        painter.drawText(rest, flags, "\n".join(lines))
        painter.restore()


class GuardedPainter:
    """Wraps the real renderer: if it raises for a slide, log it and draw that slide as text."""

    def __init__(self, real: SlidePainter, fallback: TextSlidePainter) -> None:
        self.real = real
        self.fallback = fallback
        self._failed: set[tuple[int, int]] = set()

    def image(self, slide: Slide, size: QSize) -> QImage:
        try:
            return self.real.image(slide, size)
        except Exception:
            self._log(slide)
            return self.fallback.image(slide, size)

    def paint(self, painter: QPainter, slide: Slide, rect: QRectF) -> None:
        painter.save()
        try:
            self.real.paint(painter, slide, rect)
        except Exception:
            self._log(slide)
            painter.restore()
            painter.save()
            self.fallback.paint(painter, slide, rect)
        finally:
            painter.restore()

    def _log(self, slide: Slide) -> None:
        key = (slide.line, slide.index)
        if key not in self._failed:
            self._failed.add(key)
            log.exception("the slide renderer failed on slide %d; showing text", slide.index + 1)


def device_size(size: QSize, ratio: float) -> QSize:
    """``size`` in logical pixels as device pixels on a screen of ``ratio`` (2 on HiDPI)."""
    return QSize(max(1, round(size.width() * ratio)), max(1, round(size.height() * ratio)))


def slide_pixmap(painter: SlidePainter, slide: Slide, size: QSize, ratio: float) -> QPixmap:
    """``slide`` for a place of ``size`` logical pixels on a screen of ``ratio`` device pixels
    per pixel: drawn at the device's pixels and marked with the ratio, so Qt draws it 1:1, sharp
    (a logical-size picture would be stretched, and blurred, on a HiDPI screen)."""
    pixmap = QPixmap.fromImage(painter.image(slide, device_size(size, ratio)))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def slide_painter(theme: str) -> SlidePainter:
    """The best painter available for slides in ``theme`` (light, dark or high-contrast)."""
    fallback = TextSlidePainter(theme)
    try:
        from ..render.fonts import ensure_fonts_loaded
        from ..render.slides import SlideRenderer
        from ..render.theme import get_theme
    except ImportError as exc:
        log.info("slide renderer not available (%s); slides are shown as text", exc)
        return fallback
    try:
        ensure_fonts_loaded()
        return GuardedPainter(SlideRenderer(get_theme(theme)), fallback)
    except Exception:
        log.exception("the slide renderer could not start; slides are shown as text")
        return fallback
