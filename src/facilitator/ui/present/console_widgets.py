"""The parts of the presenter console: the slide previews (the current one takes the pointer),
the panel of a step's or a break's countdown, the end-time dialog, and small helpers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTime
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.timers import clock_text
from .. import icons, style
from .audience import paint_overlays
from .frames import FrameCache
from .overlays import slide_rect, to_canvas

if TYPE_CHECKING:
    from ...core.model import Slide
    from .host import Host

PACE_COLOURS = {  # (background, text) of the countdown pill
    "ahead": ("#1f7a4d", "#ffffff"),
    "on": ("#2f6f8f", "#ffffff"),
    "behind": ("#b7791f", "#1a1200"),
    "over": ("#b42318", "#ffffff"),
}


PREVIEW_BUDGET_BYTES = 6 * 1024 * 1024  # four frames of an 800x450 preview


class SlidePreview(QWidget):
    """One slide drawn with the slide painter, optionally with what is drawn over it."""

    def __init__(self, controller: Host, *, live: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.live = live  # the current slide: overlays, cover state and the pointer
        self.slide: Slide | None = None
        self.caption = ""
        # Its own few frames (the renderer's picture cache would keep dozens of console sizes).
        self.frames = FrameCache(controller.painter, budget=PREVIEW_BUDGET_BYTES)
        self.setMinimumSize(240, 135)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(live)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, 450)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return width * 9 // 16

    def area(self) -> QRectF:
        return slide_rect(QRectF(self.rect()).adjusted(2, 2, -2, -2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.controller
        look = style.look(c.theme_name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.area()
        if self.slide is None:
            painter.fillRect(area, QColor(look.alt))
            painter.setPen(QColor(look.muted))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.caption)
            painter.end()
            return
        self.frames.resize(
            QSize(round(area.width()), round(area.height())), self.devicePixelRatioF()
        )
        painter.drawPixmap(area.topLeft(), self.frames.frame(self.slide))
        if self.live:
            shows = c.presentation.audience_shows
            if shows == "pause":
                painter.drawPixmap(area.topLeft(), self.frames.frame(c.pause_slide))
            elif shows == "screen":
                paint_overlays(painter, c, area)
            else:  # black or white: a veil, so the trainer still sees the slide
                veil = QColor("#000000" if shows == "black" else "#ffffff")
                veil.setAlpha(200)
                painter.fillRect(area, veil)
        painter.setPen(QColor(look.slide_frame))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.end()

    # The pointer tools, from the console's preview ----------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pointer("move", event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pointer("press", event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pointer("release", event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802
        if self.live:
            self.controller.pointer("leave", 0.0, 0.0)

    def _pointer(self, what: str, event: QMouseEvent) -> None:
        if not self.live:
            return
        x, y = to_canvas(self.area(), event.position())
        self.controller.pointer(what, x, y)


class StepPanel(QFrame):
    """An exercise step's countdown on the console, with start/pause, a minute more and reset."""

    def __init__(self, controller: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepPanel")
        self.controller = controller
        self.time = QLabel(self)
        self.time.setObjectName("stepTime")
        self.state = QLabel(self)
        self.state.setObjectName("stepState")
        p = controller.presentation
        self.start = tool_button(self, "play", p.toggle_timer)
        self.minute = tool_button(self, "add-minute", p.add_minute)
        self.reset = tool_button(self, "restart", p.reset_timer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.state)
        text.addWidget(self.time)
        layout.addLayout(text, 1)
        for button in (self.start, self.minute, self.reset):
            layout.addWidget(button)
        self._button_texts(running=False)

    def refresh(self) -> None:
        countdown = self.controller.presentation.countdown()
        self.setVisible(countdown is not None)
        if countdown is None:
            return
        p = self.controller.presentation
        screen = p.screen
        self.time.setText(clock_text(countdown.remaining()))
        if screen.kind == "break":
            until = p.break_until.get(p.position)
            if countdown.finished:
                state = self.tr("Break: time is up")
            elif countdown.running and until is not None:
                state = self.tr("Break · we start again at %1").replace(
                    "%1", until.strftime("%H:%M")
                )
            elif countdown.started:
                state = self.tr("The break is paused")
            else:
                state = self.tr("Break: press T to start")
        elif countdown.finished:
            state = self.tr("Step %1: time is up").replace("%1", str(screen.step))
        elif countdown.running:
            state = self.tr("Step %1 is running").replace("%1", str(screen.step))
        elif countdown.started:
            state = self.tr("Step %1 is paused").replace("%1", str(screen.step))
        else:
            state = self.tr("Step %1: press T to start").replace("%1", str(screen.step))
        self.state.setText(state)
        self._button_texts(running=countdown.running)

    def _button_texts(self, *, running: bool) -> None:
        """Also before the first countdown: a screen reader names each button by its text."""
        self.start.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start.setIcon(themed_icon("pause" if running else "play"))
        self.minute.setText(self.tr("+1 min"))
        self.reset.setText(self.tr("Reset"))


def themed_icon(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    return icons.icon(name) if icons.is_ready() else QIcon()


def tool_button(parent: QWidget, icon: str, handler: Callable[[], object]) -> QToolButton:
    button = QToolButton(parent)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the presentation
    button.setAutoRaise(False)
    button.setIcon(themed_icon(icon))
    button.setProperty("iconName", icon)
    button.clicked.connect(lambda _=False: handler())
    return button


class EndTimeDialog(QDialog):
    """Set the time the session ends; the countdown and its pace colour follow it."""

    def __init__(self, current: datetime | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("End time"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("When does the session end?"), self))
        self.edit = QTimeEdit(self)
        self.edit.setDisplayFormat("HH:mm")
        if current is not None:
            self.edit.setTime(QTime(current.hour, current.minute))
        layout.addWidget(self.edit)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Set"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(
            self.tr("No end time"), QDialogButtonBox.ButtonRole.ResetRole
        ).clicked.connect(self._clear)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.cleared = False

    def _clear(self) -> None:
        self.cleared = True
        self.accept()


def vertical_rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setObjectName("consoleRule")
    return line
