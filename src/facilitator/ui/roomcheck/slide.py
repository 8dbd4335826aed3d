"""The legibility test slide: the theme's text sizes down to the smallest a slide uses, and
contrast bars, drawn on the 1080p canvas like every slide and scaled to where it shows.

Shown full screen on the projector from the room check (any key or click closes it), and as a
small preview in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from ...core.roomcheck import CANVAS
from ...render.theme import Theme

GREY_STEPS = 11  # black to white in tens of percent: a projector that crushes the ends shows it


def _font(theme: Theme, size: float, bold: bool = False) -> QFont:
    font = QFont(theme.body_family)
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def paint_test_slide(painter: QPainter, target: QRectF, theme: Theme) -> None:
    """Draw the test slide into ``target`` (16:9 fitted and centred, the rest black)."""
    from ...render.fonts import ensure_fonts_loaded
    from ...render.textbox import MIN_READABLE_SCALE

    ensure_fonts_loaded()
    width, height = CANVAS
    scale = min(target.width() / width, target.height() / height)
    painter.save()
    painter.fillRect(target, QColor("#000000"))
    painter.translate(
        target.x() + (target.width() - width * scale) / 2,
        target.y() + (target.height() - height * scale) / 2,
    )
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, width, height), QColor(theme.background))
    painter.fillRect(QRectF(0, 0, 24, height), QColor(theme.accent))
    left, line_top = 110.0, 70.0
    smallest = theme.small_size * MIN_READABLE_SCALE
    lines = (
        (
            theme.heading_size,
            theme.heading,
            True,
            QCoreApplication.translate("RoomCheck", "Can the back row read this?"),
        ),
        (
            theme.body_size,
            theme.foreground,
            False,
            QCoreApplication.translate("RoomCheck", "Body text, as on most slides (%1 px)"),
        ),
        (
            theme.small_size,
            theme.muted,
            False,
            QCoreApplication.translate("RoomCheck", "Tables, captions and sources (%1 px)"),
        ),
        (
            smallest,
            theme.muted,
            False,
            QCoreApplication.translate(
                "RoomCheck", "The smallest text a slide shows when it must shrink (%1 px)"
            ),
        ),
    )
    for size, colour, bold, text in lines:
        painter.setFont(_font(theme, size, bold))
        painter.setPen(QColor(colour))
        box = QRectF(left, line_top, width - left - 80, size * 1.6)
        painter.drawText(
            box,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            text.replace("%1", str(round(size))),
        )
        line_top += size * 1.75
    # Contrast bars: each colour the theme writes with, on the slide's own background.
    bar_top = max(line_top + 30, 600.0)
    roles = (
        (theme.heading, QCoreApplication.translate("RoomCheck", "Headings")),
        (theme.foreground, QCoreApplication.translate("RoomCheck", "Text")),
        (theme.muted, QCoreApplication.translate("RoomCheck", "Faint text")),
        (theme.accent, QCoreApplication.translate("RoomCheck", "Accent")),
        (theme.rule, QCoreApplication.translate("RoomCheck", "Lines")),
    )
    bar_width = (width - left - 80) / len(roles)
    label_font = _font(theme, theme.small_size * 0.8)
    for index, (colour, label) in enumerate(roles):
        box = QRectF(left + index * bar_width, bar_top, bar_width - 24, 150)
        painter.fillRect(box, QColor(colour))
        painter.setFont(label_font)
        painter.setPen(QColor(theme.foreground))
        painter.drawText(
            QRectF(box.x(), box.bottom() + 8, box.width(), 50),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            label,
        )
    # A grey ramp from black to white: every step should look different from its neighbours.
    ramp_top = bar_top + 240
    step = (width - left - 80) / GREY_STEPS
    for index in range(GREY_STEPS):
        level = round(255 * index / (GREY_STEPS - 1))
        painter.fillRect(
            QRectF(left + index * step, ramp_top, step + 0.5, 120), QColor(level, level, level)
        )
    painter.setPen(QColor(theme.rule))  # a frame: the ramp's white end against a light slide
    painter.drawRect(QRectF(left, ramp_top, step * GREY_STEPS, 120))
    painter.setFont(label_font)
    painter.setPen(QColor(theme.foreground))
    painter.drawText(
        QRectF(left, ramp_top + 128, width - left - 80, 60),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        QCoreApplication.translate(
            "RoomCheck", "Every grey step should look different. Any key or click closes this."
        ),
    )
    painter.restore()


def legibility_pixmap(theme: Theme, width: int, height: int, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    paint_test_slide(painter, QRectF(0, 0, width, height), theme)
    painter.end()
    return pixmap


class LegibilityWindow(QWidget):
    """The test slide filling one screen (the projector); any key or click closes it."""

    def __init__(self, screen: QScreen, theme: Theme) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("roomTestSlide")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.theme = theme
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        paint_test_slide(painter, QRectF(self.rect()), self.theme)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.close()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.close()
