"""Simple charts drawn with QPainter: bars per module, check-ins over time, marks over time.

The painting functions draw onto any QPaintDevice (a widget, an image for the PDF export), so
the screen and the printout show the same chart. The widgets only hold the data and a palette.
No chart library: three small charts do not justify a new dependency in the bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.room import WEATHER

# Five steps from worst (1) to best (5), readable on light and dark backgrounds alike.
LEVEL_COLOURS = ("#c8553d", "#e09f3e", "#d9c85b", "#8fb573", "#3f8f6b")
# The five progress dimensions, each its own colour, distinguishable for most colour blindness.
SERIES_COLOURS = ("#2f6fb0", "#d1495b", "#3f8f6b", "#8a5bb3", "#e08a1e")
BAR_COLOUR = "#4a7fb5"


@dataclass
class Ink:
    """The colours a chart is drawn in, taken from a palette (the theme) or fixed for paper."""

    text: QColor = field(default_factory=lambda: QColor("#1d2733"))
    faint: QColor = field(default_factory=lambda: QColor("#6b7785"))
    grid: QColor = field(default_factory=lambda: QColor("#d5dbe1"))
    base: QColor = field(default_factory=lambda: QColor("#ffffff"))

    @classmethod
    def from_palette(cls, palette: QPalette) -> Ink:
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        faint = QColor(text)
        faint.setAlphaF(0.7)
        grid = QColor(text)
        grid.setAlphaF(0.15)
        return cls(text=text, faint=faint, grid=grid, base=base)


def _elide(metrics: QFontMetricsF, text: str, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


def paint_message(painter: QPainter, rect: QRectF, text: str, ink: Ink) -> None:
    painter.setPen(ink.faint)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)


def paint_bars(
    painter: QPainter,
    rect: QRectF,
    rows: Sequence[tuple[str, float]],
    ink: Ink,
    *,
    unit: str = "min",
    empty: str = "",
) -> None:
    """Horizontal bars, one a row, the label on the left and the value at the bar's end."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not rows:
        paint_message(painter, rect, empty, ink)
        painter.restore()
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    row_height = min(line * 2.0, rect.height() / len(rows))
    label_width = min(rect.width() * 0.42, max(metrics.horizontalAdvance(r[0]) for r in rows) + 12)
    value_width = metrics.horizontalAdvance(f"9999 {unit}") + 8
    bar_space = max(10.0, rect.width() - label_width - value_width)
    top = max((r[1] for r in rows), default=1.0) or 1.0
    for index, (label, value) in enumerate(rows):
        y = rect.top() + index * row_height
        painter.setPen(ink.text)
        text_rect = QRectF(rect.left(), y, label_width - 8, row_height)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            _elide(metrics, label, label_width - 8),
        )
        length = bar_space * value / top
        bar = QRectF(rect.left() + label_width, y + row_height * 0.2, length, row_height * 0.6)
        path = QPainterPath()
        path.addRoundedRect(bar, 3, 3)
        painter.fillPath(path, QColor(BAR_COLOUR))
        painter.setPen(ink.faint)
        shown = f"{value:.0f}" if value >= 10 or float(value).is_integer() else f"{value:.1f}"
        painter.drawText(
            QRectF(bar.right() + 6, y, value_width, row_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            f"{shown} {unit}",
        )
    painter.restore()


def level_counts(scale: str, tally: dict[str, int]) -> list[int]:
    """A check-in tally as counts for the levels 1 (worst) to 5 (best), whatever the scale."""
    counts = [0] * 5
    for value, count in tally.items():
        if value in WEATHER:
            level = 5 - WEATHER.index(value)
        elif value.isdigit() and 1 <= int(value) <= 5:
            level = int(value)
        else:
            continue
        counts[level - 1] += count
    return counts


def _short_day(day: str) -> str:
    try:
        d = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{d.day}/{d.month}"


def paint_checkins(
    painter: QPainter,
    rect: QRectF,
    columns: Sequence[tuple[str, list[int]]],
    ink: Ink,
    *,
    empty: str = "",
    legend: tuple[str, str] = ("worst", "best"),
) -> None:
    """One stacked column per check-in, its share of answers per level, oldest on the left."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if not columns:
        paint_message(painter, rect, empty, ink)
        painter.restore()
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    plot = rect.adjusted(0, 4, 0, -line * 2.4)
    gap = 4.0
    width = min(36.0, max(4.0, (plot.width() - gap * len(columns)) / len(columns)))
    every = max(1, int((line * 3) // (width + gap)) + 1)  # labels that do not overlap
    for index, (day, counts) in enumerate(columns):
        x = plot.left() + index * (width + gap)
        total = sum(counts) or 1
        y = plot.bottom()
        for level in range(5):
            h = plot.height() * counts[level] / total
            if h > 0:
                painter.fillRect(QRectF(x, y - h, width, h), QColor(LEVEL_COLOURS[level]))
            y -= h
        if index % every == 0:
            painter.setPen(ink.faint)
            painter.drawText(
                QRectF(x - 20, plot.bottom() + 2, width + 40, line),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                _short_day(day),
            )
    # Legend: a small strip from worst to best.
    y = rect.bottom() - line
    x = rect.left()
    painter.setPen(ink.faint)
    painter.drawText(QRectF(x, y, 200, line), Qt.AlignmentFlag.AlignVCenter, legend[0])
    x += metrics.horizontalAdvance(legend[0]) + 6
    for colour in LEVEL_COLOURS:
        painter.fillRect(QRectF(x, y + line * 0.25, line * 0.9, line * 0.5), QColor(colour))
        x += line
    painter.drawText(QRectF(x + 4, y, 200, line), Qt.AlignmentFlag.AlignVCenter, legend[1])
    painter.restore()


@dataclass(frozen=True)
class Series:
    name: str
    points: Sequence[tuple[str, int | None]]  # (day, mark 1-5 or None)
    colour: str


def paint_marks(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[Series],
    ink: Ink,
    *,
    reached: Sequence[tuple[str, str]] = (),
    empty: str = "",
) -> None:
    """Marks 1-5 over time, one line a dimension; reached sub-goals as flagged vertical lines."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    days = sorted(
        {d for s in series for d, v in s.points if v is not None} | {d for d, _ in reached}
    )
    if not any(v is not None for s in series for _d, v in s.points):
        paint_message(painter, rect, empty, ink)
        painter.restore()
        return
    metrics = QFontMetricsF(painter.font())
    line = metrics.height()
    legend_height = line * 1.6 if len(series) > 1 else 0.0
    plot = rect.adjusted(line * 1.6, line * 1.4, -line, -(line * 1.8 + legend_height))
    ordinals = [date.fromisoformat(d).toordinal() for d in days]
    first, last = min(ordinals), max(ordinals)
    span = max(1, last - first)

    def x_of(day: str) -> float:
        if first == last:
            return plot.center().x()
        return plot.left() + plot.width() * (date.fromisoformat(day).toordinal() - first) / span

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value - 1) / 4

    # Grid and the 1-5 scale.
    for value in range(1, 6):
        y = y_of(value)
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(ink.faint)
        painter.drawText(
            QRectF(rect.left(), y - line / 2, line * 1.2, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
    # Day labels: first, last and some between, never overlapping.
    label_width = metrics.horizontalAdvance("30/12") + 12
    placed: list[float] = []
    for day in days:
        x = x_of(day)
        if all(abs(x - p) >= label_width for p in placed):
            placed.append(x)
            painter.drawText(
                QRectF(x - label_width / 2, plot.bottom() + 4, label_width, line),
                Qt.AlignmentFlag.AlignHCenter,
                _short_day(day),
            )
    # Reached sub-goals.
    base_font = QFont(painter.font())
    flag_font = QFont(base_font)
    flag_font.setPointSizeF(max(6.0, painter.font().pointSizeF() * 0.9))
    for day, label in reached:
        x = x_of(day)
        pen = QPen(QColor("#3f8f6b"), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, plot.top() - line * 0.4), QPointF(x, plot.bottom()))
        star = QPainterPath()
        star.addEllipse(QPointF(x, plot.top() - line * 0.6), line * 0.3, line * 0.3)
        painter.fillPath(star, QColor("#3f8f6b"))
        painter.setFont(flag_font)
        painter.setPen(ink.text)
        room = QRectF(x + line * 0.45, rect.top(), 220, line * 1.2)
        painter.drawText(
            room,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _elide(QFontMetricsF(flag_font), label, room.width()),
        )
        painter.setFont(base_font)
    # The lines.
    offsets = _offsets(len(series))
    for s, offset in zip(series, offsets, strict=True):
        colour = QColor(s.colour)
        points = [(x_of(d), y_of(v) + offset) for d, v in s.points if v is not None]
        painter.setPen(QPen(colour, 2.2))
        for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.setBrush(colour)
        for x, y in points:
            painter.drawEllipse(QPointF(x, y), 3.2, 3.2)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    if len(series) > 1:
        x = plot.left()
        y = rect.bottom() - line
        for s in series:
            painter.fillRect(QRectF(x, y + line * 0.3, line * 0.9, line * 0.4), QColor(s.colour))
            painter.setPen(ink.text)
            width = metrics.horizontalAdvance(s.name)
            painter.drawText(
                QRectF(x + line, y, width + 4, line), Qt.AlignmentFlag.AlignVCenter, s.name
            )
            x += line + width + line
    painter.restore()


def _offsets(count: int) -> list[float]:
    """Small vertical offsets so lines with equal marks do not hide each other."""
    if count <= 1:
        return [0.0] * count
    return [(i - (count - 1) / 2) * 1.6 for i in range(count)]


class ChartView(QWidget):
    """A widget that paints one chart; ``set_*`` gives it data, the palette gives it colours."""

    def __init__(self, parent: QWidget | None = None, minimum: QSize | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._minimum = minimum or QSize(240, 160)
        self.kind = ""
        self.bars: list[tuple[str, float]] = []
        self.columns: list[tuple[str, list[int]]] = []
        self.series: list[Series] = []
        self.reached: list[tuple[str, str]] = []
        self.empty = ""
        self.unit = "min"
        self.legend = ("", "")

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return self._minimum

    def set_bars(self, rows: list[tuple[str, float]], unit: str, empty: str) -> None:
        self.kind, self.bars, self.unit, self.empty = "bars", rows, unit, empty
        self.update()

    def set_checkins(
        self, columns: list[tuple[str, list[int]]], empty: str, legend: tuple[str, str]
    ) -> None:
        self.kind, self.columns, self.empty, self.legend = "checkins", columns, empty, legend
        self.update()

    def set_marks(self, series: list[Series], reached: list[tuple[str, str]], empty: str) -> None:
        self.kind, self.series, self.reached, self.empty = "marks", series, reached, empty
        self.update()

    def paint_on(self, painter: QPainter, rect: QRectF, ink: Ink) -> None:
        if self.kind == "bars":
            paint_bars(painter, rect, self.bars, ink, unit=self.unit, empty=self.empty)
        elif self.kind == "checkins":
            paint_checkins(painter, rect, self.columns, ink, empty=self.empty, legend=self.legend)
        elif self.kind == "marks":
            paint_marks(painter, rect, self.series, ink, reached=self.reached, empty=self.empty)

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        ink = Ink.from_palette(self.palette())
        painter.fillRect(self.rect(), ink.base)
        self.paint_on(painter, QRectF(self.rect()).adjusted(10, 10, -10, -10), ink)
        painter.end()
