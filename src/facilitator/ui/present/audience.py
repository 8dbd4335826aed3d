"""The audience window: frameless, full screen on the chosen screen, and nothing but the show.

It draws the current screen's pre-rendered frame (a blit), or black, white or the calm pause
screen; over a slide it draws a step's countdown, the room helpers and the pointer ink. It never
shows notes, the console or a dialog. ``painted`` is emitted after every frame (benchmarks and
tests wait for it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from .overlays import paint_countdown, paint_ink, paint_room, slide_rect, to_canvas

if TYPE_CHECKING:
    from .host import Host


def paint_overlays(painter: QPainter, c: Host, area: QRectF) -> None:
    """What is drawn over the slide in ``area``: a room helper or a step's countdown, and the
    ink. The console's preview of the current slide draws the same."""
    if c.room_view is not None:
        paint_room(painter, c.room_view, area, c.theme)
    else:
        countdown = c.presentation.countdown()
        if countdown is not None:
            paint_countdown(
                painter,
                countdown,
                area,
                c.theme,
                done_text=c.words.time_up,
                paused_text=c.words.paused,
                flash=c.flash_level(),
            )
    paint_ink(painter, c.presentation.ink, area)


class AudienceWindow(QWidget):
    painted = Signal(int)  # the position whose frame was just painted

    def __init__(self, controller: Host) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("audienceWindow")
        self.controller = controller
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.frames_painted = 0
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.banner: Banner | None = None

    # Placing -----------------------------------------------------------------------------------
    def show_on(self, screen: QScreen, *, windowed: bool = False) -> None:
        """Fill ``screen`` (set the geometry first: without a window manager, full screen keeps
        the old size), or a 16:9 window on it with ``windowed``."""
        if self.screen() is not screen:
            self.setScreen(screen)
        area = screen.geometry()
        if windowed:
            width = min(1280, area.width() * 2 // 3)
            height = width * 9 // 16
            self.showNormal()
            self.setGeometry(
                area.left() + (area.width() - width) // 2,
                area.top() + (area.height() - height) // 2,
                width,
                height,
            )
            self.show()
            return
        self.setGeometry(area)
        self.showFullScreen()

    def slide_area(self) -> QRectF:
        return slide_rect(QRectF(self.rect()))

    # A note for the trainer ---------------------------------------------------------------------
    def show_banner(self, text: str, *, dismissable: bool) -> None:
        """A short note at the foot of the window: the one-screen hint, or the "leave?"
        question when the console is hidden. Only ever a sentence, never notes or a dialog."""
        if self.banner is None:
            self.banner = Banner(self)
        self.banner.set_text(text, dismissable=dismissable)
        self._place_banner()
        self.banner.show()
        self.banner.raise_()

    def hide_banner(self) -> None:
        if self.banner is not None:
            self.banner.hide()

    def banner_open(self) -> bool:
        return self.banner is not None and self.banner.isVisible()

    def banner_text(self) -> str:
        return self.banner.label.text() if self.banner_open() and self.banner else ""

    def _place_banner(self) -> None:
        if self.banner is None:
            return
        width = max(320, min(self.width() - 40, int(self.width() * 0.62)))
        self.banner.setFixedWidth(width)
        self.banner.adjustSize()
        height = self.banner.sizeHint().height()
        self.banner.move((self.width() - width) // 2, self.height() - height - 28)

    # Drawing -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.controller.audience_resized(self.size())
        self._place_banner()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = self.controller
        show = c.presentation
        painter = QPainter(self)
        shows = show.audience_shows
        if shows == "black":
            painter.fillRect(self.rect(), QColor("#000000"))
        elif shows == "white":
            painter.fillRect(self.rect(), QColor("#ffffff"))
        else:
            frame = c.audience_frame(pause=shows == "pause")
            painter.fillRect(self.rect(), QColor(c.theme.background))
            area = self.slide_area()
            if not frame.isNull():
                painter.drawPixmap(area.topLeft(), frame)
            if shows == "screen":
                paint_overlays(painter, c, area)
        painter.end()
        self.frames_painted += 1
        self.painted.emit(show.position)

    # Keys and the pointer ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._pointer("move", event.position())

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pointer("press", event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._pointer("release", event.position())

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        self.controller.pointer("leave", 0.0, 0.0)

    def _pointer(self, what: str, position: QPointF) -> None:
        x, y = to_canvas(self.slide_area(), position)
        self.controller.pointer(what, x, y)

    def tool_changed(self, tool: str) -> None:
        self.setCursor(Qt.CursorShape.CrossCursor if tool == "pen" else Qt.CursorShape.BlankCursor)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Closing the audience window (Alt+F4) leaves the presentation, keeping the place.
        self.controller.window_closed(self)
        super().closeEvent(event)


class Banner(QFrame):
    """The note at the foot of the audience window; × (or Esc) closes a dismissable one."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("audienceBanner")
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setStyleSheet(
            "#audienceBanner { background: rgba(16, 22, 29, 235); border-radius: 10px; }"
            "#audienceBanner QLabel { color: #e8edf2; font-size: 16pt; }"
            "#audienceBanner QToolButton { color: #e8edf2; font-size: 16pt; border: none; }"
        )
        self.label = QLabel(self)
        self.label.setObjectName("bannerText")
        self.label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("bannerClose")
        self.close_button.setText("×")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 14, 12, 14)
        row.addWidget(self.label, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def set_text(self, text: str, *, dismissable: bool) -> None:
        self.label.setText(text)
        self.close_button.setVisible(dismissable)
        self.close_button.setAccessibleName(self.tr("Close this note"))
