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
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QToolButton,
    QWidget,
)

from ...core.timers import clock_text, elapsed_text
from .. import icons, style
from ..actions import ActionRegistry
from .console_layout import ConsoleLayout
from .console_widgets import PACE_COLOURS, EndTimeDialog, themed_icon
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


class PresenterConsole(ConsoleLayout, QWidget):
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
        self.setStyleSheet(style.stylesheet(self.controller.theme_name, "console.qss"))

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
        number, count = p.counter  # the item's own slide numbers, as typed and printed
        self.position.setText(
            self.tr("%1 of %2").replace("%1", str(number)).replace("%2", str(count))
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
        if p.leaving:  # Esc asked: the pause screen covers the projector until answered
            state = self.controller.leave_question()
        elif not state and p.detour is not None:
            state = detour.get(p.detour.key, "")
        self.cover_state.setVisible(bool(state))
        self.cover_state.setText(state)
        self.cover_state.setProperty("asking", p.leaving)
        self.cover_state.style().polish(self.cover_state)
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
        self.pause_button.setIcon(themed_icon("play" if p.paused else "pause"))
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
        """A note in the header that stays for the whole presentation (several are joined)."""
        self.ensure_built()
        shown = [line for line in self.notice.toolTip().split("\n") if line]
        if text not in shown:
            shown.append(text)
        self.notice.setText(" · ".join(shown))
        self.notice.setToolTip("\n".join(shown))
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
        self.save_split()
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
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self.overview.setAccessibleName(self.tr("All slides"))
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
