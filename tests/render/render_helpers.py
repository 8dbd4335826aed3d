"""Pixel helpers for the renderer tests."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage


def colour_at(image: QImage, x: int, y: int) -> QColor:
    return QColor(image.pixel(x, y))


def close(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    return (
        abs(a.red() - b.red()) <= tolerance
        and abs(a.green() - b.green()) <= tolerance
        and abs(a.blue() - b.blue()) <= tolerance
    )


def foreign_pixels(image: QImage, rect: QRect, background: QColor, step: int = 2) -> int:
    """How many pixels (sampled every ``step``) in ``rect`` differ visibly from ``background``."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    words = memoryview(rgb.constBits()).cast("I")
    stride = rgb.bytesPerLine() // 4
    exact = background.rgb() & 0xFFFFFF
    rect = rect.intersected(rgb.rect())
    count = 0
    for y in range(rect.top(), rect.bottom() + 1, step):
        start = y * stride + rect.left()
        for value in words[start : start + rect.width() : step]:
            value &= 0xFFFFFF
            if value != exact and not close(QColor(value), background):
                count += 1
    return count
