"""The presenter console: what only the trainer sees.

The current slide (with the ink, the countdown and the room helpers as the audience sees them;
the mouse over it drives the laser and the pen), the next slide, the speaker notes (size with
+ and -), the slide number and a typed number, the elapsed time with pause, the wall clock, the
countdown to the end time coloured by pace, a step's (or a break's) countdown with its buttons,
the agenda when a plan is presented (``agenda``), the exercises of the deck, the room helpers
(with where to get help and the grounding exercise), the overview grid and the key help.

The console's widgets are built when it is first needed: the controller asks for it (and sends
it no updates) only after the audience's first frame, so building and styling the console never
delays the first slide.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.timers import clock_text, elapsed_text
from .. import icons, style
from ..actions import ActionRegistry
from .frames import FrameCache
from .overlays import paint_countdown, paint_ink, paint_room, slide_rect, to_canvas
from .screens import bring_to_front

if TYPE_CHECKING:
    from ...core.model import Slide
    from ..keyhelp import KeyHelpOverlay
    from .agenda import RetimeDialog
    from .host import Host

Refresh = TypeVar("Refresh", bound=Callable[..., None])


def _built_first(method: Refresh) -> Refresh:
    """A refresh that builds the console first if it is not built yet."""

    @functools.wraps(method)
    def refresh(self: PresenterConsole, *args: Any, **kwargs: Any) -> None:
        self.ensure_built()
        method(self, *args, **kwargs)

    return refresh  # type: ignore[return-value]


PACE_COLOURS = {  # (background, text) of the countdown pill
    "ahead": ("#1f7a4d", "#ffffff"),
    "on": ("#2f6f8f", "#ffffff"),
    "behind": ("#b7791f", "#1a1200"),
    "over": ("#b42318", "#ffffff"),
}


class SlidePreview(QWidget):
    """One slide drawn with the slide painter, optionally with what is drawn over it."""

    def __init__(self, controller: Host, *, live: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.live = live  # the current slide: overlays, cover state and the pointer
        self.slide: Slide | None = None
        self.caption = ""
        # Its own few frames (the renderer's picture cache would keep dozens of console sizes).
        self.frames = FrameCache(controller.painter, keep=4)
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
        self.frames.resize(QSize(round(area.width()), round(area.height())))
        painter.drawPixmap(area.topLeft(), self.frames.frame(self.slide))
        if self.live:
            shows = c.presentation.audience_shows
            if shows == "pause":
                painter.drawPixmap(area.topLeft(), self.frames.frame(c.pause_slide))
            elif shows == "screen":
                if c.room_view is not None:
                    paint_room(painter, c.room_view, area, c.theme)
                elif c.presentation.countdown() is not None:
                    paint_countdown(
                        painter,
                        c.presentation.countdown(),  # type: ignore[arg-type]
                        area,
                        c.theme,
                        done_text=c.words.time_up,
                        paused_text=c.words.paused,
                        flash=c.flash_level(),
                    )
                paint_ink(painter, c.presentation.ink, area)
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
        self.start = _button(self, "play", p.toggle_timer)
        self.minute = _button(self, "add-minute", p.add_minute)
        self.reset = _button(self, "restart", p.reset_timer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.state)
        text.addWidget(self.time)
        layout.addLayout(text, 1)
        for button in (self.start, self.minute, self.reset):
            layout.addWidget(button)

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
        self.start.setText(self.tr("Pause") if countdown.running else self.tr("Start"))
        self.start.setIcon(_icon("pause" if countdown.running else "play"))
        self.minute.setText(self.tr("+1 min"))
        self.reset.setText(self.tr("Reset"))


def _icon(name: str):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QIcon

    return icons.icon(name) if icons.is_ready() else QIcon()


def _button(parent: QWidget, icon: str, handler: Callable[[], object]) -> QToolButton:
    button = QToolButton(parent)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the presentation
    button.setAutoRaise(False)
    button.setIcon(_icon(icon))
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


class PresenterConsole(QWidget):
    def __init__(self, controller: Host) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterConsole")
        self.controller = controller
        self.key_handler: Callable[[QKeyEvent], bool] | None = None
        self.registry: ActionRegistry | None = None
        self.key_help: KeyHelpOverlay | None = None
        self.retime_dialog: RetimeDialog | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(self.tr("Presenter console"))
        self.built = False

    # Building ----------------------------------------------------------------------------------
    def ensure_built(self) -> None:
        """Build the widgets, once: the controller asks after the audience's first frame."""
        if self.built:
            return
        self.built = True
        self._build()
        self.retranslateUi()
        if self.registry is not None:
            self._attach_buttons()

    def __getattr__(self, name: str) -> Any:
        # A part of the console asked for before it was built (a test, the screenshots):
        # build it now rather than fail.
        if name.startswith("_") or self.__dict__.get("built", True):
            raise AttributeError(name)
        self.ensure_built()
        return object.__getattribute__(self, name)

    def _build(self) -> None:
        from ..library.documents import LocalTextBrowser
        from .agenda import AgendaPanel
        from .overview import OverviewGrid
        from .room_panel import RoomPanel

        c = self.controller
        # The header: where we are and the clocks.
        self.header = QFrame(self)
        self.header.setObjectName("consoleHeader")
        self.title = QLabel(self.header)
        self.title.setObjectName("consoleTitle")
        self.position = QLabel(self.header)
        self.position.setObjectName("consolePosition")
        self.typed = QLabel(self.header)
        self.typed.setObjectName("consoleTyped")
        self.elapsed = QLabel(self.header)
        self.elapsed.setObjectName("consoleElapsed")
        self.pause_button = _button(self.header, "pause", c.presentation.toggle_pause)
        self.pause_button.setObjectName("pauseTimers")
        self.clock = QLabel(self.header)
        self.clock.setObjectName("consoleClock")
        self.countdown = QPushButton(self.header)
        self.countdown.setObjectName("endCountdown")
        self.countdown.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.countdown.clicked.connect(self.ask_end_time)
        self.cover_state = QLabel(self.header)
        self.cover_state.setObjectName("coverState")
        self.message = QLabel(self.header)
        self.message.setObjectName("consoleMessage")
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message.hide)
        self.notice = QLabel(self.header)  # stays: e.g. the session log is off
        self.notice.setObjectName("consoleNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        head = QHBoxLayout(self.header)
        head.setContentsMargins(18, 8, 18, 8)
        head.setSpacing(14)
        # The title gives way (elided by its width) so the clocks are never cut off.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        head.addWidget(self.title, 1)
        head.addWidget(self.message)
        head.addWidget(self.notice)
        head.addWidget(self.cover_state)
        head.addWidget(self.typed)
        head.addWidget(self.position)
        head.addWidget(_rule(self.header))
        head.addWidget(self.elapsed)
        head.addWidget(self.pause_button)
        head.addWidget(_rule(self.header))
        head.addWidget(self.clock)
        head.addWidget(self.countdown)

        # The slides and the notes.
        self.current = SlidePreview(c, live=True)
        self.current.setObjectName("currentSlide")
        self.next_preview = SlidePreview(c, live=False)
        self.next_preview.setObjectName("nextSlide")
        self.next_label = QLabel()
        self.next_label.setObjectName("consoleCaption")
        self.notes_label = QLabel()
        self.notes_label.setObjectName("consoleCaption")
        self.notes = LocalTextBrowser()
        self.notes.setObjectName("consoleNotes")
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.smaller = _button(self, "", c.presentation.smaller_notes)
        self.bigger = _button(self, "", c.presentation.bigger_notes)
        self.smaller.setText("A−")
        self.bigger.setText("A+")
        self.step_panel = StepPanel(c)

        notes_box = QWidget()
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.setSpacing(4)
        notes_head = QHBoxLayout()
        notes_head.addWidget(self.notes_label, 1)
        notes_head.addWidget(self.smaller)
        notes_head.addWidget(self.bigger)
        notes_layout.addLayout(notes_head)
        notes_layout.addWidget(self.notes, 1)

        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("consoleLeft")
        left.setChildrenCollapsible(False)
        current_box = QWidget()
        current_layout = QVBoxLayout(current_box)
        current_layout.setContentsMargins(0, 0, 0, 0)
        current_layout.addWidget(self.current, 1)
        current_layout.addWidget(self.step_panel)
        left.addWidget(current_box)
        left.addWidget(notes_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)

        self.exercise_list = QListWidget()
        self.exercise_list.setObjectName("exerciseList")
        self.exercise_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.exercise_list.itemActivated.connect(self._exercise_chosen)
        self.exercise_list.itemClicked.connect(self._exercise_chosen)
        self.room = RoomPanel(c)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("consoleTabs")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.agenda = AgendaPanel(c) if c.run is not None else None
        if self.agenda is not None:
            self.tabs.addTab(self.agenda, "")
        self.tabs.addTab(self.exercise_list, "")
        self.tabs.addTab(self.room, "")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.next_label)
        right_layout.addWidget(self.next_preview, 2)
        right_layout.addWidget(self.tabs, 3)

        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.setObjectName("consoleMain")
        self.main.setChildrenCollapsible(False)
        self.main.addWidget(left)
        self.main.addWidget(right)
        self.main.setStretchFactor(0, 3)
        self.main.setStretchFactor(1, 2)

        self.overview = OverviewGrid(c)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.main)
        self.stack.addWidget(self.overview)

        # The tool row.
        self.tools = QFrame(self)
        self.tools.setObjectName("consoleTools")
        row = QHBoxLayout(self.tools)
        row.setContentsMargins(14, 6, 14, 6)
        row.setSpacing(6)
        self.tool_buttons: dict[str, QToolButton] = {}
        for action_id, icon in (
            ("present.previous", "previous"),
            ("present.next", "next"),
            ("present.overview", "overview"),
            ("present.black", "black"),
            ("present.white", "white"),
            ("present.panic", "panic"),
            ("present.laser", "laser"),
            ("present.pen", "pen"),
            ("present.clear-ink", "eraser"),
            ("present.swap", "swap"),
            ("present.keys", "keyboard"),
            ("present.leave", "close"),
        ):
            button = QToolButton(self.tools)
            button.setObjectName(action_id.replace("present.", "tool-"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setProperty("iconName", icon)
            self.tool_buttons[action_id] = button
            if action_id == "present.swap":
                row.addStretch(1)
            row.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(14, 10, 14, 10)
        body_layout.addWidget(self.stack)
        layout.addWidget(body, 1)
        layout.addWidget(self.tools)
        self._apply_look()

    def attach_registry(self, registry: ActionRegistry) -> None:
        """Buttons trigger the registry's actions; the key help lists them."""
        self.registry = registry
        if self.built:
            self._attach_buttons()

    def _attach_buttons(self) -> None:
        from ..keyhelp import KeyHelpOverlay

        registry = self.registry
        assert registry is not None
        for action_id, button in self.tool_buttons.items():
            action = registry.action(action_id)
            button.clicked.connect(lambda _=False, a=action: a.trigger())
        self.key_help = KeyHelpOverlay(registry, self)
        self._refresh_button_texts()
        icons.notifier().changed.connect(self._refresh_icons)

    def _apply_look(self) -> None:
        look = style.look(self.controller.theme_name)
        self.setStyleSheet(
            f"""
            #presenterConsole {{ background: {look.window}; }}
            #consoleHeader, #consoleTools {{
                background: {look.base}; border: none;
            }}
            #consoleHeader {{ border-bottom: 1px solid {look.border}; }}
            #consoleTools {{ border-top: 1px solid {look.border}; }}
            #consoleTitle {{ font-size: 15pt; font-weight: 700; }}
            #consolePosition {{ font-size: 15pt; font-weight: 700; color: {look.accent}; }}
            #consoleTyped {{
                font-size: 15pt; font-weight: 700; color: {look.on_accent};
                background: {look.accent}; border-radius: 6px; padding: 2px 10px;
            }}
            #coverState {{
                font-size: 11pt; font-weight: 700; color: {look.warning};
                background: {look.warning_bg}; border-radius: 6px; padding: 3px 10px;
            }}
            #consoleElapsed, #consoleClock {{
                font-size: 17pt; font-weight: 700;
            }}
            #endCountdown {{
                font-size: 15pt; font-weight: 700; border-radius: 8px; padding: 4px 14px;
                border: 1px solid {look.border}; background: {look.alt}; color: {look.text};
            }}
            #consoleMessage {{
                font-size: 11pt; font-weight: 700; color: {look.selection_text};
                background: {look.selection}; border-radius: 6px; padding: 3px 10px;
            }}
            #agendaSummary {{
                background: {look.alt}; border: 1px solid {look.border}; border-radius: 8px;
            }}
            #agendaPlanned {{ color: {look.muted}; font-weight: 700; }}
            #agendaProjected {{ font-size: 13pt; font-weight: 700; }}
            #agendaList {{ font-size: 11pt; }}
            #agendaList::item {{ padding: 3px 2px; }}
            #agendaRetime {{ padding: 5px 10px; font-weight: 700; }}
            #consoleCaption {{ color: {look.muted}; font-weight: 700; }}
            #exerciseList {{ font-size: 12pt; }}
            #exerciseList::item {{ padding: 7px 8px; border-bottom: 1px solid {look.border}; }}
            #consoleNotes {{
                background: {look.notes_bg}; border: 1px solid {look.border}; border-radius: 6px;
            }}
            #stepPanel {{
                background: {look.alt}; border: 1px solid {look.border}; border-radius: 8px;
            }}
            #stepTime {{ font-size: 26pt; font-weight: 700; color: {look.accent}; }}
            #stepState {{ color: {look.muted}; font-weight: 700; }}
            #consoleTools QToolButton, #stepPanel QToolButton {{ padding: 4px 8px; }}
            QToolButton:checked {{ background: {look.selection}; color: {look.selection_text}; }}
            """
        )

    # Placing -----------------------------------------------------------------------------------
    def show_on(self, screen: QScreen, *, windowed: bool = False) -> None:
        self.ensure_built()
        if self.screen() is not screen:
            self.setScreen(screen)
        area = screen.availableGeometry()
        if windowed:
            width, height = min(1280, area.width()), min(800, area.height())
            self.setGeometry(
                area.left() + (area.width() - width) // 2,
                area.top() + (area.height() - height) // 2,
                width,
                height,
            )
        else:
            self.setGeometry(area)
        self.show()
        bring_to_front(self)

    # Refreshing --------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        self.ensure_built()
        self.screens_changed()
        self.position_changed()
        self.notes_changed()
        if self.controller.presentation.overview:
            self.overview_changed()

    @_built_first
    def position_changed(self) -> None:
        p = self.controller.presentation
        screen = p.screen
        self.current.slide = screen.slide
        following = p.next_screen
        self.next_preview.slide = following.slide if following else None
        self.current.update()
        self.next_preview.update()
        self._show_notes()
        self.state_changed()
        self.overview.set_current(p.position)
        self._mark_exercise()

    @_built_first
    def update_preview(self) -> None:
        self.current.update()

    def _show_notes(self) -> None:
        from ..library.documents import markdown_html

        screen = self.controller.presentation.screen
        if screen.notes.strip():
            body = markdown_html(screen.notes)
        else:
            missing = self.tr("No notes for this slide.")
            body = f"<p><i>{missing}</i></p>"
        font = QFont(self.font())
        font.setPointSize(self.controller.presentation.notes_size)
        root = screen.slide.base_dir
        self.notes.show_html(
            body, root=root, theme=self.controller.theme_name, font=font, margin=10
        )

    @_built_first
    def notes_changed(self) -> None:
        self._show_notes()
        self.notes_label.setText(
            self.tr("Notes · %1 pt").replace("%1", str(self.controller.presentation.notes_size))
        )

    @_built_first
    def state_changed(self) -> None:
        p = self.controller.presentation
        screen = p.screen
        self.title.setText(screen.title)
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(p.position + 1)).replace("%2", str(p.count))
        )
        self.typed.setVisible(bool(p.typed))
        self.typed.setText(self.tr("Go to %1").replace("%1", p.typed))
        shows = p.audience_shows
        cover_words = {
            "pause": self.tr("Audience sees the pause screen"),
            "black": self.tr("Audience sees black"),
            "white": self.tr("Audience sees white"),
        }
        detour = {
            "help": self.tr("Help slide · F11 returns"),
            "grounding": self.tr("Grounding exercise · G returns"),
        }
        state = cover_words.get(shows, "")
        if not state and p.detour is not None:
            state = detour.get(p.detour.key, "")
        self.cover_state.setVisible(bool(state))
        self.cover_state.setText(state)
        for action_id, on in (
            ("present.black", shows == "black"),
            ("present.white", shows == "white"),
            ("present.panic", p.panic),
            ("present.laser", p.ink.tool == "laser"),
            ("present.pen", p.ink.tool == "pen"),
        ):
            button = self.tool_buttons[action_id]
            button.setCheckable(True)
            button.setChecked(on)
        self.current.setCursor(
            Qt.CursorShape.CrossCursor if p.ink.tool != "none" else Qt.CursorShape.ArrowCursor
        )
        self.tick()
        self.current.update()

    @_built_first
    def tick(self) -> None:
        """The clocks, once every tick of the controller."""
        p = self.controller.presentation
        paused = self.tr("paused")
        text = elapsed_text(p.elapsed())
        self.elapsed.setText(f"{text} · {paused}" if p.paused else text)
        self.pause_button.setText(self.tr("Go on") if p.paused else self.tr("Pause"))
        self.pause_button.setIcon(_icon("play" if p.paused else "pause"))
        self.clock.setText(p.now().strftime("%H:%M"))
        remaining = p.remaining()
        pace = p.pace()
        if remaining is None or p.end_time is None:
            self.countdown.setText(self.tr("Set end time"))
            self.countdown.setStyleSheet("")
            self.countdown.setToolTip("")
        else:
            end = p.end_time.strftime("%H:%M")
            if remaining >= 0:
                text = self.tr("%1 left · ends %2").replace("%1", clock_text(remaining))
            else:  # never a negative clock: how long past the end
                text = self.tr("%1 over · ended %2").replace("%1", clock_text(-remaining))
            self.countdown.setText(text.replace("%2", end))
            background, text_colour = PACE_COLOURS[pace or "on"]
            self.countdown.setStyleSheet(
                f"background: {background}; color: {text_colour}; border: none;"
            )
            pace_words = {
                "ahead": self.tr("Ahead of plan: time to spare"),
                "on": self.tr("On time"),
                "behind": self.tr("Behind plan: the rest needs more time than is left"),
                "over": self.tr("The end time has passed"),
            }
            self.countdown.setToolTip(pace_words.get(pace or "on", ""))
            self.countdown.setAccessibleDescription(pace or "")
        self.step_panel.refresh()
        if p.countdown() is not None or self.controller.room_view is not None:
            self.current.update()
        self.room.tick()
        if self.agenda is not None:
            self.agenda.refresh()

    @_built_first
    def overview_changed(self) -> None:
        p = self.controller.presentation
        if p.overview:
            self.overview.open_at(p.position)
            self.stack.setCurrentWidget(self.overview)
            self.overview.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.stack.setCurrentWidget(self.main)
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    @_built_first
    def agenda_changed(self) -> None:
        if self.agenda is not None:
            self.agenda.refresh(force=True)

    @_built_first
    def screens_changed(self) -> None:
        self.agenda_changed()
        self.overview.rebuild()
        self.exercise_list.clear()
        p = self.controller.presentation
        listed: set[str] = set()
        for index in p.exercise_starts():
            screen = p.screens[index]
            row = QListWidgetItem(screen.title)
            row.setData(Qt.ItemDataRole.UserRole, ("at", index))
            self.exercise_list.addItem(row)
            listed.add(screen.ref)
        for item in self.controller.exercises:
            if item.id in listed:
                continue
            row = QListWidgetItem(item.title)
            row.setData(Qt.ItemDataRole.UserRole, ("item", item.id))
            self.exercise_list.addItem(row)
        if not self.exercise_list.count():
            empty = QListWidgetItem(self.tr("No exercises with this deck"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.exercise_list.addItem(empty)
        self._mark_exercise()

    def _mark_exercise(self) -> None:
        ref = self.controller.presentation.screen.ref
        for row in range(self.exercise_list.count()):
            entry = self.exercise_list.item(row)
            data = entry.data(Qt.ItemDataRole.UserRole)
            if not data:
                continue
            kind, value = data
            here = (kind == "at" and self.controller.presentation.screens[value].ref == ref) or (
                kind == "item" and value == ref
            )
            font = entry.font()
            font.setBold(here)
            entry.setFont(font)

    def _exercise_chosen(self, entry: QListWidgetItem) -> None:
        data = entry.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        kind, value = data
        if kind == "at":
            self.controller.goto(value)
        else:
            item = next((i for i in self.controller.exercises if i.id == value), None)
            if item is not None:
                self.controller.present_exercise(item)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @_built_first
    def warm(self, slides: list[Slide]) -> None:
        """Draw the previews of the coming slides ahead, into the previews' own frames."""
        if not self.isVisible():
            return
        self.current.frames.warm(slides[:2])
        self.next_preview.frames.warm(slides[:3])

    # Dialogs and overlays ------------------------------------------------------------------------
    def ask_end_time(self) -> None:
        p = self.controller.presentation
        dialog = EndTimeDialog(p.end_time, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.cleared:
            p.set_end_time(None)
            return
        chosen = dialog.edit.time()
        now = p.now()
        end = now.replace(hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0)
        p.set_end_time(end)

    def show_message(self, text: str) -> None:
        """A short note in the header that goes away by itself."""
        self.ensure_built()
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()

    def show_notice(self, text: str) -> None:
        """A note in the header that stays for the whole presentation."""
        self.ensure_built()
        self.notice.setText(text)
        self.notice.setToolTip(text)
        self.notice.show()

    def ask_retime(self) -> None:
        """Propose new minutes for the rest of the plan; apply them if the trainer confirms."""
        run = self.controller.run
        if run is None:
            self.show_message(self.tr("Re-timing is for plans: present a plan from the planner."))
            return
        proposal = run.proposal()
        if proposal is None:
            if not run.plan.target_end:
                self.show_message(self.tr("This plan has no target end to re-time to."))
            else:
                self.show_message(self.tr("Nothing comes after this entry."))
            return
        if not proposal.changed:
            self.show_message(self.tr("The rest of the plan already ends on time."))
            return
        from .agenda import RetimeDialog

        dialog = RetimeDialog(proposal, self.controller.theme_name, self)
        self.retime_dialog = dialog
        dialog.accepted.connect(lambda: self.controller.apply_retiming(proposal))
        dialog.finished.connect(lambda _result: self.setFocus(Qt.FocusReason.OtherFocusReason))
        dialog.open()

    def toggle_room(self) -> None:
        self.ensure_built()
        self.tabs.setCurrentWidget(self.room)
        self.room.focus_first()

    def toggle_key_help(self) -> None:
        if self.key_help is not None and self.isVisible():
            self.key_help.toggle()

    def close_overlays(self) -> bool:
        """Close the key help if it is open; True when something was closed."""
        if self.key_help is not None and self.key_help.isVisible():
            self.key_help.close_overlay()
            return True
        return False

    # Keys --------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.key_handler is not None and self.key_handler(event):
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QEvent) -> None:  # noqa: N802
        self.controller.window_closed(self)
        super().closeEvent(event)  # type: ignore[arg-type]

    # Words -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Presenter console"))
        if not self.built:
            return
        self.next_label.setText(self.tr("Next"))
        if self.agenda is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.agenda), self.tr("Agenda"))
        self.tabs.setTabText(self.tabs.indexOf(self.exercise_list), self.tr("Exercises"))
        self.tabs.setTabText(self.tabs.indexOf(self.room), self.tr("Room helpers"))
        self.smaller.setToolTip(self.tr("Smaller notes (-)"))
        self.bigger.setToolTip(self.tr("Larger notes (+)"))
        self.countdown.setWhatsThis(self.tr("Click to set the end time"))
        self._refresh_button_texts()

    def _refresh_button_texts(self) -> None:
        if self.registry is None:
            return
        short = {
            "present.previous": self.tr("Back"),
            "present.next": self.tr("Next"),
            "present.overview": self.tr("Overview"),
            "present.black": self.tr("Black"),
            "present.white": self.tr("White"),
            "present.panic": self.tr("Pause screen"),
            "present.laser": self.tr("Laser"),
            "present.pen": self.tr("Pen"),
            "present.clear-ink": self.tr("Wipe"),
            "present.swap": self.tr("Swap screens"),
            "present.keys": self.tr("Keys"),
            "present.leave": self.tr("Leave"),
        }
        for action_id, button in self.tool_buttons.items():
            button.setText(short[action_id])
            button.setToolTip(self.registry.action(action_id).toolTip())
        self._refresh_icons()

    def _refresh_icons(self) -> None:
        if not icons.is_ready():
            return
        for button in self.findChildren(QToolButton):
            name = button.property("iconName")
            if name:
                button.setIcon(icons.icon(str(name)))


def _rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setObjectName("consoleRule")
    return line
