"""The one action registry: every command is declared here once.

An :class:`ActionSpec` names the command (a stable id), its English text (translated at run time
in the ``Actions`` context), its icon name, its shortcuts, its menu group and where its shortcut is
active. The main window binds a handler to every id; menus, the toolbar, the shortcuts, the key
help overlay and the tests all read the same registry.

Keys that Qt's own widgets handle (arrows in a list, Tab) are not actions; they are declared as
:class:`KeyHint`s so the key help can still show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from . import icons

Scope = Literal["window", "browser", "list", "planner", "plan", "editor"]
CONTEXT = "Actions"

_SHORTCUT_CONTEXTS: dict[Scope, Qt.ShortcutContext] = {
    "window": Qt.ShortcutContext.WindowShortcut,
    "browser": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "list": Qt.ShortcutContext.WidgetShortcut,
    "planner": Qt.ShortcutContext.WidgetWithChildrenShortcut,  # the planner screen
    "plan": Qt.ShortcutContext.WidgetShortcut,  # the plan's list of entries
    "editor": Qt.ShortcutContext.WidgetWithChildrenShortcut,  # the editor screen
}


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # English source text; translated in the "Actions" context
    group: str  # a key of GROUPS: where the key help lists it
    shortcuts: tuple[str, ...] = ()  # portable key names, e.g. "Ctrl+F", "/"
    icon: str = ""  # a name from ui.icons.NAMES
    tip: str = ""  # a longer explanation for the status bar
    scope: Scope = "window"  # where the shortcut is active
    checkable: bool = False
    exclusive_group: str = ""  # actions sharing this name behave like radio buttons


@dataclass(frozen=True)
class KeyHint:
    """A key handled by Qt's own widgets, shown in the key help but not an action."""

    keys: tuple[str, ...]
    text: str
    group: str


GROUPS: dict[str, str] = {
    "library": QT_TRANSLATE_NOOP("Actions", "Library"),
    "preview": QT_TRANSLATE_NOOP("Actions", "Preview"),
    "plan": QT_TRANSLATE_NOOP("Actions", "Plans"),
    "file": QT_TRANSLATE_NOOP("Actions", "File"),
    "view": QT_TRANSLATE_NOOP("Actions", "View"),
    "present": QT_TRANSLATE_NOOP("Actions", "Presenting"),
    "editor": QT_TRANSLATE_NOOP("Actions", "Editor"),
    "help": QT_TRANSLATE_NOOP("Actions", "Help"),
}

PLAN_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "plan.add",
        QT_TRANSLATE_NOOP("Actions", "&Add to plan"),
        "plan",
        ("Ctrl+Return", "Ctrl+Enter"),
        icon="add",
        tip=QT_TRANSLATE_NOOP("Actions", "Add the chosen library item to the open plan"),
    ),
    ActionSpec(  # Ctrl+N makes a plan in the planner; in the library it makes an item
        "plan.new",
        QT_TRANSLATE_NOOP("Actions", "&New plan"),
        "plan",
        ("Ctrl+N",),
        "new",
        scope="planner",
    ),
    ActionSpec(
        "plan.template",
        QT_TRANSLATE_NOOP("Actions", "New plan from a course &template…"),
        "plan",
        icon="template",
    ),
    ActionSpec(
        "plan.duplicate", QT_TRANSLATE_NOOP("Actions", "D&uplicate plan"), "plan", icon="copy"
    ),
    ActionSpec("plan.delete", QT_TRANSLATE_NOOP("Actions", "&Delete plan…"), "plan", icon="delete"),
    ActionSpec(
        "plan.actual",
        QT_TRANSLATE_NOOP("Actions", "Use the &actual minutes"),
        "plan",
        icon="duration",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Set each entry's minutes to what it took when this plan was presented"
        ),
    ),
    ActionSpec(
        "plan.undo",
        QT_TRANSLATE_NOOP("Actions", "&Undo"),
        "plan",
        ("Ctrl+Z",),
        icon="undo",
        scope="planner",
    ),
    ActionSpec(
        "plan.redo",
        QT_TRANSLATE_NOOP("Actions", "&Redo"),
        "plan",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        icon="redo",
        scope="planner",
    ),
    ActionSpec(
        "plan.up",
        QT_TRANSLATE_NOOP("Actions", "Move &up"),
        "plan",
        ("Alt+Up",),
        icon="up",
        scope="planner",
    ),
    ActionSpec(
        "plan.down",
        QT_TRANSLATE_NOOP("Actions", "Move &down"),
        "plan",
        ("Alt+Down",),
        icon="down",
        scope="planner",
    ),
    ActionSpec(
        "plan.remove",
        QT_TRANSLATE_NOOP("Actions", "&Remove from plan"),
        "plan",
        ("Delete",),
        icon="remove",
        scope="plan",
    ),
    ActionSpec(
        "plan.break",
        QT_TRANSLATE_NOOP("Actions", "Add a &break"),
        "plan",
        ("Ctrl+B",),
        icon="break",
        scope="planner",
    ),
    ActionSpec(
        "plan.free",
        QT_TRANSLATE_NOOP("Actions", "Add a &free entry"),
        "plan",
        ("Ctrl+Shift+B",),
        icon="free",
        scope="planner",
        tip=QT_TRANSLATE_NOOP("Actions", "A discussion, a round or an own slide"),
    ),
    ActionSpec(
        "plan.section", QT_TRANSLATE_NOOP("Actions", "Add a &section"), "plan", icon="section"
    ),
    ActionSpec(
        "plan.slides", QT_TRANSLATE_NOOP("Actions", "Choose &slides…"), "plan", icon="slides"
    ),
    ActionSpec(
        "plan.replace",
        QT_TRANSLATE_NOOP("Actions", "Re&place…"),
        "plan",
        icon="replace",
        tip=QT_TRANSLATE_NOOP("Actions", "Put another library item in this entry's place"),
    ),
    ActionSpec(
        "plan.present",
        QT_TRANSLATE_NOOP("Actions", "Present the plan from the chosen &entry"),
        "plan",
        ("Ctrl+F5",),
        icon="present",
        scope="planner",
        tip=QT_TRANSLATE_NOOP("Actions", "Decks, exercises, breaks and free entries in one run"),
    ),
    ActionSpec(
        "plan.import",
        QT_TRANSLATE_NOOP("Actions", "&Import plan…"),
        "file",
        ("Ctrl+O",),
        icon="import",
    ),
    ActionSpec(
        "plan.export",
        QT_TRANSLATE_NOOP("Actions", "&Export plan…"),
        "file",
        ("Ctrl+E",),
        icon="export",
        tip=QT_TRANSLATE_NOOP("Actions", "Save the plan as a plan file to share"),
    ),
    ActionSpec(
        "plan.print",
        QT_TRANSLATE_NOOP("Actions", "Export plan as P&DF…"),
        "file",
        ("Ctrl+P",),
        icon="pdf",
        tip=QT_TRANSLATE_NOOP("Actions", "Run sheet, slides, notes, handouts or exercise cards"),
    ),
    ActionSpec(
        "plan.pack",
        QT_TRANSLATE_NOOP("Actions", "Session pac&k…"),
        "file",
        ("Ctrl+Shift+P",),
        icon="pack",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Every document for the session at once: to a folder or one PDF"
        ),
    ),
)

# The editor for a trainer's own material (ui/editor).
EDITOR_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "item.new",
        QT_TRANSLATE_NOOP("Actions", "&New deck, exercise or handout…"),
        "editor",
        ("Ctrl+N",),
        icon="new",
        scope="browser",
        tip=QT_TRANSLATE_NOOP("Actions", "Write your own material in My material"),
    ),
    ActionSpec(
        "item.edit",
        QT_TRANSLATE_NOOP("Actions", "&Edit, or make my copy"),
        "editor",
        ("Ctrl+Shift+E",),
        icon="edit",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Edit your own item; a bundled item is copied into My material first"
        ),
    ),
    ActionSpec(
        "editor.undo",
        QT_TRANSLATE_NOOP("Actions", "Undo the last change"),
        "editor",
        ("Ctrl+Z",),
        icon="undo",
        scope="editor",
    ),
    ActionSpec(
        "editor.redo",
        QT_TRANSLATE_NOOP("Actions", "Redo"),
        "editor",
        ("Ctrl+Shift+Z", "Ctrl+Y"),
        icon="redo",
        scope="editor",
    ),
    ActionSpec(
        "editor.add-slide",
        QT_TRANSLATE_NOOP("Actions", "New slide"),
        "editor",
        ("Ctrl+M",),
        icon="new",
        scope="editor",
    ),
    ActionSpec(
        "editor.duplicate-slide",
        QT_TRANSLATE_NOOP("Actions", "Duplicate the slide"),
        "editor",
        ("Ctrl+D",),
        icon="copy",
        scope="editor",
    ),
    ActionSpec(
        "editor.delete-slide",
        QT_TRANSLATE_NOOP("Actions", "Delete the slide"),
        "editor",
        ("Ctrl+Shift+Del",),
        icon="delete",
        scope="editor",
    ),
    ActionSpec(
        "editor.hide-slide",
        QT_TRANSLATE_NOOP("Actions", "Hide or show the slide when presenting"),
        "editor",
        ("Ctrl+H",),
        icon="hide",
        scope="editor",
    ),
    ActionSpec(
        "editor.slide-up",
        QT_TRANSLATE_NOOP("Actions", "Move the slide up"),
        "editor",
        ("Alt+Up",),
        icon="up",
        scope="editor",
    ),
    ActionSpec(
        "editor.slide-down",
        QT_TRANSLATE_NOOP("Actions", "Move the slide down"),
        "editor",
        ("Alt+Down",),
        icon="down",
        scope="editor",
    ),
    ActionSpec(
        "editor.split",
        QT_TRANSLATE_NOOP("Actions", "Split the slide at the cursor"),
        "editor",
        ("Ctrl+Shift+Return",),
        scope="editor",
    ),
    ActionSpec(
        "editor.join",
        QT_TRANSLATE_NOOP("Actions", "Join with the next slide"),
        "editor",
        ("Ctrl+J",),
        scope="editor",
    ),
    ActionSpec(
        "editor.image",
        QT_TRANSLATE_NOOP("Actions", "Insert a picture…"),
        "editor",
        ("Ctrl+Shift+I",),
        icon="image",
        scope="editor",
    ),
    ActionSpec(
        "editor.source",
        QT_TRANSLATE_NOOP("Actions", "Show the Markdown source"),
        "editor",
        ("Ctrl+U",),
        icon="source",
        scope="editor",
        checkable=True,
    ),
    ActionSpec(
        "editor.close",
        QT_TRANSLATE_NOOP("Actions", "Close the editor"),
        "editor",
        ("Ctrl+W",),
        icon="close",
        scope="editor",
    ),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "library.find",
        QT_TRANSLATE_NOOP("Actions", "&Find in the library"),
        "library",
        ("Ctrl+F", "/"),
        icon="search",
        tip=QT_TRANSLATE_NOOP("Actions", "Search titles, text, notes and tags"),
    ),
    ActionSpec(
        "library.clear",
        QT_TRANSLATE_NOOP("Actions", "Clear the search"),
        "library",
        ("Esc",),
        icon="clear",
        scope="browser",
    ),
    ActionSpec(
        "library.open",
        QT_TRANSLATE_NOOP("Actions", "Open the preview"),
        "library",
        ("Return", "Enter"),
        scope="list",
    ),
    ActionSpec(
        "library.present",
        QT_TRANSLATE_NOOP("Actions", "&Present from the start"),
        "present",
        ("F5",),
        icon="present",
        tip=QT_TRANSLATE_NOOP("Actions", "Present the chosen deck or exercise from the start"),
    ),
    ActionSpec(
        "library.resume",
        QT_TRANSLATE_NOOP("Actions", "&Continue where you stopped"),
        "present",
        ("Alt+F5",),
        icon="present",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Present the last deck, exercise or plan again from where you left it"
        ),
    ),
    ActionSpec(
        "library.present-here",
        QT_TRANSLATE_NOOP("Actions", "Present from the chosen &slide"),
        "present",
        ("Shift+F5",),
        tip=QT_TRANSLATE_NOOP("Actions", "Present the chosen deck from the slide in the preview"),
    ),
    ActionSpec(
        "library.problems",
        QT_TRANSLATE_NOOP("Actions", "&Problems in the library…"),
        "view",
        icon="warning",
    ),
    ActionSpec(
        "file.import-deck",
        QT_TRANSLATE_NOOP("Actions", "Import &decks…"),
        "file",
        icon="import",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Bring decks from PowerPoint, Impress, PDF or Marp into My material"
        ),
    ),
    ActionSpec(
        "file.settings",
        QT_TRANSLATE_NOOP("Actions", "&Settings…"),
        "file",
        ("Ctrl+,",),
        icon="settings",
        tip=QT_TRANSLATE_NOOP("Actions", "Language, theme and content folders"),
    ),
    ActionSpec(
        "file.quit",
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        "file",
        ("Ctrl+Q",),
        icon="quit",
    ),
    ActionSpec(
        "view.theme.light",
        QT_TRANSLATE_NOOP("Actions", "&Light theme"),
        "view",
        checkable=True,
        exclusive_group="theme",
    ),
    ActionSpec(
        "view.theme.dark",
        QT_TRANSLATE_NOOP("Actions", "&Dark theme"),
        "view",
        checkable=True,
        exclusive_group="theme",
    ),
    ActionSpec(
        "view.theme.high-contrast",
        QT_TRANSLATE_NOOP("Actions", "&High contrast theme"),
        "view",
        checkable=True,
        exclusive_group="theme",
    ),
    ActionSpec(
        "view.library",
        QT_TRANSLATE_NOOP("Actions", "&Library"),
        "view",
        ("Ctrl+1",),
        icon="library",
        checkable=True,
        exclusive_group="page",
        tip=QT_TRANSLATE_NOOP("Actions", "Browse and search the library"),
    ),
    ActionSpec(
        "view.plans",
        QT_TRANSLATE_NOOP("Actions", "&Plans"),
        "view",
        ("Ctrl+2",),
        icon="plan",
        checkable=True,
        exclusive_group="page",
        tip=QT_TRANSLATE_NOOP("Actions", "Build and print session plans"),
    ),
    ActionSpec(
        "view.sessions",
        QT_TRANSLATE_NOOP("Actions", "&Sessions"),
        "view",
        ("Ctrl+3",),
        icon="sessions",
        checkable=True,
        exclusive_group="page",
        tip=QT_TRANSLATE_NOOP("Actions", "Groups, their history and each session's record"),
    ),
    ActionSpec(
        "view.mentor",
        QT_TRANSLATE_NOOP("Actions", "&Mentor log"),
        "view",
        ("Ctrl+4",),
        icon="mentor",
        checkable=True,
        exclusive_group="page",
        tip=QT_TRANSLATE_NOOP("Actions", "Sub-goals and progress marks, by pseudonym"),
    ),
    ActionSpec(
        "file.backups",
        QT_TRANSLATE_NOOP("Actions", "&Backups of the records…"),
        "file",
        icon="backups",
        tip=QT_TRANSLATE_NOOP("Actions", "See the backups of the records and restore one"),
    ),
    *PLAN_ACTIONS,
    *EDITOR_ACTIONS,
    ActionSpec(
        "room.check",
        QT_TRANSLATE_NOOP("Actions", "&Room check…"),
        "present",
        ("Ctrl+K",),
        icon="room-check",
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Before the class: screens, projector, clicker keys, contacts, records"
        ),
    ),
    ActionSpec(
        "help.guide",
        QT_TRANSLATE_NOOP("Actions", "&Guide"),
        "help",
        ("F1",),
        icon="guide",
        tip=QT_TRANSLATE_NOOP("Actions", "The user guide, at the page about this screen"),
    ),
    ActionSpec(
        "help.keys",
        QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"),
        "help",
        ("Shift+F1", "?"),
        icon="keyboard",
    ),
    ActionSpec(
        "help.about",
        QT_TRANSLATE_NOOP("Actions", "&About Facilitator"),
        "help",
        icon="about",
    ),
)

KEY_HINTS: tuple[KeyHint, ...] = (
    KeyHint(("Up", "Down"), QT_TRANSLATE_NOOP("Actions", "Move through the list"), "library"),
    KeyHint(("Right", "Left"), QT_TRANSLATE_NOOP("Actions", "Open or close a module"), "library"),
    KeyHint(
        ("Down",), QT_TRANSLATE_NOOP("Actions", "From the search field to the results"), "library"
    ),
    KeyHint(("Left", "Right"), QT_TRANSLATE_NOOP("Actions", "Previous or next slide"), "preview"),
    KeyHint(("Esc",), QT_TRANSLATE_NOOP("Actions", "Back to the list"), "preview"),
    KeyHint(("Tab", "Shift+Tab"), QT_TRANSLATE_NOOP("Actions", "Move between areas"), "preview"),
    KeyHint(
        ("F12",),
        QT_TRANSLATE_NOOP("Actions", "While presenting: pause screen at once"),
        "present",
    ),
    KeyHint(
        ("F11",),
        QT_TRANSLATE_NOOP("Actions", "While presenting: where to get help"),
        "present",
    ),
    KeyHint(("F1",), QT_TRANSLATE_NOOP("Actions", "While presenting: every key"), "present"),
)


# The keys of the presentation windows (audience window and presenter console). Presentation
# clickers send Page Up/Down, B or ., F5 and Esc. The console builds its own registry from these.
PRESENT_ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "present.next",
        QT_TRANSLATE_NOOP("Actions", "Next slide"),
        "present",
        ("Right", "Down", "PgDown", "Space", "N"),
    ),
    ActionSpec(
        "present.previous",
        QT_TRANSLATE_NOOP("Actions", "Previous slide"),
        "present",
        ("Left", "Up", "PgUp", "Backspace", "P"),
    ),
    ActionSpec(
        "present.next-entry",
        QT_TRANSLATE_NOOP("Actions", "Next plan entry"),
        "present",
        ("Ctrl+Right",),
    ),
    ActionSpec(
        "present.previous-entry",
        QT_TRANSLATE_NOOP("Actions", "Previous plan entry"),
        "present",
        ("Ctrl+Left",),
    ),
    ActionSpec("present.first", QT_TRANSLATE_NOOP("Actions", "First slide"), "present", ("Home",)),
    ActionSpec("present.last", QT_TRANSLATE_NOOP("Actions", "Last slide"), "present", ("End",)),
    ActionSpec(
        "present.black",
        QT_TRANSLATE_NOOP("Actions", "Black screen"),
        "present",
        ("B", "."),
        icon="black",
    ),
    ActionSpec(
        "present.white",
        QT_TRANSLATE_NOOP("Actions", "White screen"),
        "present",
        ("W", ","),
        icon="white",
    ),
    ActionSpec(
        "present.panic",
        QT_TRANSLATE_NOOP("Actions", "Pause screen at once (again to return)"),
        "present",
        ("F12", "Pause"),
        icon="panic",
    ),
    ActionSpec(
        "present.help",
        QT_TRANSLATE_NOOP("Actions", "Where to get help (again to return)"),
        "present",
        ("F11", "Shift+H"),
        icon="sensitive",
    ),
    ActionSpec(
        "present.grounding",
        QT_TRANSLATE_NOOP("Actions", "Grounding exercise (again to return)"),
        "present",
        ("G",),
        icon="exercise",
    ),
    ActionSpec(
        "present.retime",
        QT_TRANSLATE_NOOP("Actions", "Re-time the rest of the plan to end on time…"),
        "present",
        ("Ctrl+R",),
        icon="duration",
    ),
    ActionSpec(
        "present.timer",
        QT_TRANSLATE_NOOP("Actions", "Start or pause the exercise timer"),
        "present",
        ("T",),
        icon="timer",
    ),
    ActionSpec(
        "present.minute",
        QT_TRANSLATE_NOOP("Actions", "One more minute for the step"),
        "present",
        ("M",),
    ),
    ActionSpec(
        "present.overview",
        QT_TRANSLATE_NOOP("Actions", "Overview of all slides"),
        "present",
        ("O",),
        icon="overview",
    ),
    ActionSpec(
        "present.swap", QT_TRANSLATE_NOOP("Actions", "Swap screens"), "present", ("S",), icon="swap"
    ),
    ActionSpec(
        "present.console",
        QT_TRANSLATE_NOOP("Actions", "Show or hide the console (one screen)"),
        "present",
        ("C",),
    ),
    ActionSpec(
        "present.bigger", QT_TRANSLATE_NOOP("Actions", "Larger notes"), "present", ("+", "=")
    ),
    ActionSpec("present.smaller", QT_TRANSLATE_NOOP("Actions", "Smaller notes"), "present", ("-",)),
    ActionSpec(
        "present.laser",
        QT_TRANSLATE_NOOP("Actions", "Laser pointer"),
        "present",
        ("L",),
        icon="laser",
    ),
    ActionSpec(
        "present.pen",
        QT_TRANSLATE_NOOP("Actions", "Highlighter pen"),
        "present",
        ("H",),
        icon="pen",
    ),
    ActionSpec(
        "present.clear-ink",
        QT_TRANSLATE_NOOP("Actions", "Wipe the drawing"),
        "present",
        ("X",),
    ),
    ActionSpec(
        "present.room",
        QT_TRANSLATE_NOOP("Actions", "Room helpers: groups, talking round, check-in"),
        "present",
        ("R",),
        icon="room",
    ),
    ActionSpec(
        "present.start",
        QT_TRANSLATE_NOOP("Actions", "Show the slides again (ends black or white)"),
        "present",
        ("F5",),
    ),
    ActionSpec(
        "present.keys",
        QT_TRANSLATE_NOOP("Actions", "Keyboard shortcuts"),
        "present",
        ("F1", "?"),
        icon="keyboard",
    ),
    ActionSpec(
        "present.leave",
        QT_TRANSLATE_NOOP("Actions", "Leave (the place is kept)"),
        "present",
        ("Esc",),
        icon="close",
    ),
)

PRESENT_HINTS: tuple[KeyHint, ...] = (
    KeyHint(
        ("1", "2", "Return"), QT_TRANSLATE_NOOP("Actions", "Slide number, then Enter"), "present"
    ),
)


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """Menu text without its mnemonic marker: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(key: str) -> str:
    """A portable key name as the user's platform and language write it."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


@dataclass(frozen=True)
class HelpEntry:
    text: str
    keys: tuple[str, ...]  # as shown to the user


class ActionRegistry(QObject):
    """Creates one ``QAction`` per spec, binds its handler and keeps its text translated."""

    def __init__(
        self,
        handlers: Mapping[str, Callable[[], object]],
        scopes: Mapping[Scope, QWidget | Sequence[QWidget]],
        specs: tuple[ActionSpec, ...] = ACTIONS,
        hints: tuple[KeyHint, ...] = KEY_HINTS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        missing = [spec.id for spec in specs if spec.id not in handlers]
        if missing:
            raise KeyError(f"no handler for action(s): {', '.join(missing)}")
        self._specs = specs
        self._hints = hints
        self._actions: dict[str, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in specs:
            scope = scopes[spec.scope]
            widgets = [scope] if isinstance(scope, QWidget) else list(scope)
            action = QAction(widgets[0])
            action.setObjectName(spec.id)
            action.setShortcuts([QKeySequence(k) for k in spec.shortcuts])
            action.setShortcutContext(_SHORTCUT_CONTEXTS[spec.scope])
            action.setCheckable(spec.checkable)
            if spec.exclusive_group:
                group = self._groups.get(spec.exclusive_group)
                if group is None:
                    group = self._groups[spec.exclusive_group] = QActionGroup(self)
                group.addAction(action)
            handler = handlers[spec.id]
            action.triggered.connect(lambda _checked=False, h=handler: h())
            for widget in widgets:  # the shortcut is active where these widgets have focus
                widget.addAction(action)
            self._actions[spec.id] = action
        self.retranslate()
        self.refresh_icons()
        icons.notifier().changed.connect(self.refresh_icons)

    def action(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def specs(self) -> tuple[ActionSpec, ...]:
        return self._specs

    def retranslate(self) -> None:
        for spec in self._specs:
            action = self._actions[spec.id]
            text = translate(spec.text)
            action.setText(text)
            tip = plain(text)
            if spec.shortcuts:
                tip = f"{tip} ({key_text(spec.shortcuts[0])})"
            action.setToolTip(tip)
            action.setStatusTip(translate(spec.tip) if spec.tip else "")

    def refresh_icons(self) -> None:
        """Set the icons once the icon font is loaded (``ui.app`` loads it before the window)."""
        if not icons.is_ready():
            return
        for spec in self._specs:
            if spec.icon:
                self._actions[spec.id].setIcon(icons.icon(spec.icon))

    def help_entries(self) -> list[tuple[str, list[HelpEntry]]]:
        """Every shortcut, grouped as the key help shows them: (group title, entries)."""
        grouped: dict[str, list[HelpEntry]] = {key: [] for key in GROUPS}
        for spec in self._specs:
            if spec.shortcuts:
                grouped[spec.group].append(
                    HelpEntry(
                        plain(translate(spec.text)), tuple(key_text(k) for k in spec.shortcuts)
                    )
                )
        for hint in self._hints:
            grouped[hint.group].append(
                HelpEntry(translate(hint.text), tuple(key_text(k) for k in hint.keys))
            )
        return [(translate(GROUPS[key]), entries) for key, entries in grouped.items() if entries]
