"""What is drawn over a slide while presenting: ink, a step's countdown, the room helpers.

Everything is drawn in the slide's 1920x1080 canvas pixels, scaled to the slide's rectangle on
the widget, so the audience window and the console's preview show the same thing at any size.
Colours come from the slide theme (``render.theme``), so overlays match the slides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from ...core.ink import Ink
from ...core.room import WEATHER_SYMBOLS, CheckIn, TalkingRound
from ...core.timers import Countdown, clock_text
from ...render.theme import Theme

CANVAS_W = 1920.0
CANVAS_H = 1080.0


def slide_rect(area: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in ``area`` (where the slide is drawn)."""
    width = min(area.width(), area.height() * CANVAS_W / CANVAS_H)
    height = width * CANVAS_H / CANVAS_W
    return QRectF(
        area.left() + (area.width() - width) / 2,
        area.top() + (area.height() - height) / 2,
        width,
        height,
    )


def to_canvas(rect: QRectF, point: QPointF) -> tuple[float, float]:
    """A point on the widget as canvas pixels of the slide drawn in ``rect``."""
    if rect.width() <= 0:
        return (0.0, 0.0)
    scale = CANVAS_W / rect.width()
    return ((point.x() - rect.left()) * scale, (point.y() - rect.top()) * scale)


class _Canvas:
    """``with _Canvas(painter, rect):`` draws in canvas pixels inside ``rect``."""

    def __init__(self, painter: QPainter, rect: QRectF) -> None:
        self.painter = painter
        self.rect = rect

    def __enter__(self) -> QPainter:
        p = self.painter
        p.save()
        p.translate(self.rect.topLeft())
        p.scale(self.rect.width() / CANVAS_W, self.rect.height() / CANVAS_H)
        p.setClipRect(QRectF(0, 0, CANVAS_W, CANVAS_H), Qt.ClipOperation.IntersectClip)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        return p

    def __exit__(self, *_exc: object) -> None:
        self.painter.restore()


def _font(size: float, *, bold: bool = False, family: str = "Lato") -> QFont:
    font = QFont(family)
    font.setPixelSize(max(1, int(size)))
    font.setBold(bold)
    return font


def _colour(value: str, alpha: int = 255) -> QColor:
    colour = QColor(value)
    colour.setAlpha(alpha)
    return colour


# Ink --------------------------------------------------------------------------------------------


def paint_ink(painter: QPainter, ink: Ink, rect: QRectF) -> None:
    if ink.empty:
        return
    with _Canvas(painter, rect) as p:
        pen = QPen(QColor(255, 214, 0, 110), 26)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for stroke in ink.strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                p.drawPoint(QPointF(x, y))
                continue
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            p.drawPath(path)
        if ink.laser is not None:
            centre = QPointF(*ink.laser)
            p.setPen(Qt.PenStyle.NoPen)
            for radius, alpha in ((34, 40), (24, 80), (15, 255)):
                p.setBrush(QColor(230, 30, 40, alpha))
                p.drawEllipse(centre, radius, radius)
            p.setBrush(QColor(255, 220, 220, 230))
            p.drawEllipse(centre, 5, 5)


# A step's countdown --------------------------------------------------------------------------


def paint_countdown(
    painter: QPainter,
    countdown: Countdown,
    rect: QRectF,
    theme: Theme,
    *,
    done_text: str,
    paused_text: str,
    flash: float = 0.0,
) -> None:
    """A large countdown in a card at the bottom right of the slide, with a ring of time left.

    ``flash`` (0 to 1) lights the card in the accent colour: the gentle end-of-step signal.
    """
    with _Canvas(painter, rect) as p:
        # Inside the exercise card's bottom right corner, on the slide's own background.
        card = QRectF(CANVAS_W - 128 - 48 - 620, CANVAS_H - 96 - 48 - 290, 620, 290)
        base = QColor(theme.background)
        if flash > 0:
            accent = QColor(theme.accent)
            mix = min(1.0, flash)
            base = QColor(
                round(base.red() + (accent.red() - base.red()) * mix),
                round(base.green() + (accent.green() - base.green()) * mix),
                round(base.blue() + (accent.blue() - base.blue()) * mix),
            )
        p.setPen(QPen(QColor(theme.rule), 3))
        p.setBrush(base)
        p.drawRoundedRect(card, 36, 36)
        # A ring showing the share of time left.
        ring = QRectF(card.left() + 48, card.top() + 55, 180, 180)
        p.setPen(QPen(_colour(theme.rule, 160), 16))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(ring)
        share = countdown.remaining() / countdown.seconds if countdown.seconds else 0.0
        if share > 0:
            pen = QPen(QColor(theme.accent), 16)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            p.drawArc(ring, 90 * 16, int(-360 * 16 * min(1.0, share)))
        text_colour = QColor(theme.on_accent if flash > 0.5 else theme.heading)
        p.setPen(text_colour)
        numbers = QRectF(ring.right() + 28, card.top() + 30, card.right() - ring.right() - 60, 190)
        shown = clock_text(countdown.remaining())
        size = 150
        while size > 60 and QFontMetricsF(_font(size, bold=True)).horizontalAdvance(shown) > (
            numbers.width()
        ):
            size -= 10  # "15:00" and longer fit the card too
        p.setFont(_font(size, bold=True))
        p.drawText(
            numbers,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        label = ""
        if countdown.finished:
            label = done_text
        elif countdown.started and not countdown.running:
            label = paused_text
        if label:
            p.setFont(_font(40))
            p.setPen(QColor(theme.on_accent if flash > 0.5 else theme.muted))
            p.drawText(
                QRectF(numbers.left() - 40, card.top() + 212, numbers.width() + 40, 60),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )


# Room helpers shown large --------------------------------------------------------------------


@dataclass
class RoomView:
    """What the room helpers show on the audience screen; ``kind`` is groups, round or checkin."""

    kind: str
    title: str = ""
    groups: list[list[str]] = field(default_factory=list)
    group_label: str = "Group {n}"
    talk: TalkingRound | None = None
    speaker_label: str = "Speaker {n} of {total}"
    checkin: CheckIn | None = None
    checkin_labels: dict[str, str] = field(default_factory=dict)


def paint_room(painter: QPainter, view: RoomView, rect: QRectF, theme: Theme) -> None:
    with _Canvas(painter, rect) as p:
        p.fillRect(QRectF(0, 0, CANVAS_W, CANVAS_H), QColor(theme.background))
        p.fillRect(QRectF(0, 0, 18, CANVAS_H), QColor(theme.accent))
        p.setPen(QColor(theme.heading))
        p.setFont(_font(theme.heading_size, bold=True))
        p.drawText(
            QRectF(128, 70, CANVAS_W - 256, 110),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            view.title,
        )
        body = QRectF(128, 220, CANVAS_W - 256, CANVAS_H - 220 - 96)
        if view.kind == "groups":
            _paint_groups(p, view, body, theme)
        elif view.kind == "round" and view.talk is not None:
            _paint_round(p, view, body, theme)
        elif view.kind == "checkin" and view.checkin is not None:
            _paint_checkin(p, view, body, theme)


def _paint_groups(p: QPainter, view: RoomView, body: QRectF, theme: Theme) -> None:
    count = len(view.groups)
    if not count:
        return
    columns = min(count, 4 if count > 6 else 3 if count > 2 else count)
    rows = math.ceil(count / columns)
    gap = 36.0
    width = (body.width() - gap * (columns - 1)) / columns
    height = (body.height() - gap * (rows - 1)) / rows
    longest = max(len(g) for g in view.groups)
    line = min(64.0, (height - 110) / max(1, longest) if longest else 64.0)
    line = min(line, width / 7)
    for index, group in enumerate(view.groups):
        row, column = divmod(index, columns)
        card = QRectF(
            body.left() + column * (width + gap), body.top() + row * (height + gap), width, height
        )
        p.setPen(QPen(QColor(theme.rule), 2))
        p.setBrush(QColor(theme.surface))
        p.drawRoundedRect(card, 24, 24)
        p.setPen(QColor(theme.accent))
        p.setFont(_font(min(56, line * 1.05 + 8), bold=True))
        head = QRectF(card.left() + 32, card.top() + 18, card.width() - 64, min(80, line + 24))
        p.drawText(
            head,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            view.group_label.format(n=index + 1),
        )
        p.setPen(QColor(theme.foreground))
        p.setFont(_font(line * 0.78))
        top = head.bottom() + 8
        for n, member in enumerate(group):
            p.drawText(
                QRectF(card.left() + 32, top + n * line, card.width() - 64, line),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                member,
            )


def _paint_round(p: QPainter, view: RoomView, body: QRectF, theme: Theme) -> None:
    talk = view.talk
    assert talk is not None
    p.setPen(QColor(theme.foreground))
    p.setFont(_font(72, bold=True))
    p.drawText(
        QRectF(body.left(), body.top(), body.width(), 120),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
        view.speaker_label.format(n=max(1, talk.speaker), total=talk.people),
    )
    p.setPen(QColor(theme.accent if not talk.over else theme.muted))
    p.setFont(_font(300, bold=True))
    p.drawText(
        QRectF(body.left(), body.top() + 140, body.width(), 380),
        int(Qt.AlignmentFlag.AlignCenter),
        clock_text(max(0.0, talk.remaining())),
    )
    # One dot per person: the ones who have spoken are filled.
    size = min(44.0, body.width() / max(1, talk.people) - 12)
    total = talk.people * (size + 12) - 12
    left = body.center().x() - total / 2
    y = body.bottom() - size - 20
    for n in range(talk.people):
        p.setPen(QPen(QColor(theme.accent), 3))
        p.setBrush(QColor(theme.accent) if n < talk.speaker else Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(left + n * (size + 12), y, size, size))


def _paint_checkin(p: QPainter, view: RoomView, body: QRectF, theme: Theme) -> None:
    check = view.checkin
    assert check is not None
    values = check.values
    gap = 40.0
    width = (body.width() - gap * (len(values) - 1)) / len(values)
    for index, value in enumerate(values):
        card = QRectF(
            body.left() + index * (width + gap), body.top() + 60, width, body.height() - 120
        )
        p.setPen(QPen(QColor(theme.rule), 2))
        p.setBrush(QColor(theme.surface))
        p.drawRoundedRect(card, 28, 28)
        p.setPen(QColor(theme.accent))
        symbol = value if check.kind == "numbers" else WEATHER_SYMBOLS[value]
        p.setFont(_font(200, bold=True, family="Lato" if check.kind == "numbers" else ""))
        p.drawText(
            QRectF(card.left(), card.top() + 40, card.width(), card.height() * 0.6),
            int(Qt.AlignmentFlag.AlignCenter),
            symbol,
        )
        label = view.checkin_labels.get(value, "")
        if label:
            p.setPen(QColor(theme.foreground))
            p.setFont(_font(40))
            p.drawText(
                QRectF(card.left() + 12, card.bottom() - 150, card.width() - 24, 110),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                label,
            )
