"""The presenter console's widgets and how they are laid out.

``PresenterConsole`` builds them the first time it is needed (after the audience's first frame,
``ensure_built``); this mixin holds only that building, so the console's own module keeps to
what the console does: follow the presentation, and answer the trainer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import window_state
from .console_widgets import SlidePreview, StepPanel, tool_button, vertical_rule

NOTES_SHARE = (2, 3)  # current slide : notes, down the console's left side, until moved


class ConsoleLayout:
    """Builds the console's widgets as attributes of the console (a ``PresenterConsole``)."""

    controller: Any

    def _restore_split(self) -> None:
        for splitter in (self.left, self.main):
            window_state.restore_splitter(splitter.objectName(), splitter)

    def save_split(self) -> None:
        """Keep where the trainer put the splitters, for the next presentation."""
        if not getattr(self, "built", False):
            return
        for splitter in (self.left, self.main):
            window_state.save_splitter(splitter.objectName(), splitter)

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
        self.pause_button = tool_button(self.header, "pause", c.presentation.toggle_pause)
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
        head.addWidget(vertical_rule(self.header))
        head.addWidget(self.elapsed)
        head.addWidget(self.pause_button)
        head.addWidget(vertical_rule(self.header))
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
        self.smaller = tool_button(self, "", c.presentation.smaller_notes)
        self.bigger = tool_button(self, "", c.presentation.bigger_notes)
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
        # The notes get the larger share: the current slide is on the wall anyway.
        left.setStretchFactor(0, 2)
        left.setStretchFactor(1, 3)
        left.setSizes([NOTES_SHARE[0] * 100, NOTES_SHARE[1] * 100])
        self.left = left

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
        self._restore_split()

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
