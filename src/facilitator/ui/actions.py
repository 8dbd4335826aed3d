"""The one action registry: every command is declared once, in a table of ``ActionSpec``s.

The main window's table is ``ACTIONS`` here (with the planner's ``plan_actions`` and the editor's
``editor_actions``); the presentation windows' is ``present_actions``; ``action_specs`` says what
a spec is. An :class:`ActionSpec` names the command (a stable id), its English text (translated
at run time in the ``Actions`` context), its icon name, its shortcuts, its menu group and where
its shortcut is active. The main window binds a handler to every id; menus, the toolbar, the
shortcuts, the key help overlay and the tests all read the same registry.

Keys that Qt's own widgets handle (arrows in a list, Tab) are not actions; they are declared as
:class:`KeyHint`s so the key help can still show them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from . import icons
from .action_specs import GROUPS, ActionSpec, KeyHint, Scope, key_text, plain, translate
from .editor_actions import EDITOR_ACTIONS
from .plan_actions import PLAN_ACTIONS

_SHORTCUT_CONTEXTS: dict[Scope, Qt.ShortcutContext] = {
    "window": Qt.ShortcutContext.WindowShortcut,
    "browser": Qt.ShortcutContext.WidgetWithChildrenShortcut,
    "list": Qt.ShortcutContext.WidgetShortcut,
    "planner": Qt.ShortcutContext.WidgetWithChildrenShortcut,  # the planner screen
    "plan": Qt.ShortcutContext.WidgetShortcut,  # the plan's list of entries
    "editor": Qt.ShortcutContext.WidgetWithChildrenShortcut,  # the editor screen
}


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
