"""What an action is: :class:`ActionSpec` (a stable id, its English text, its menu group, its
shortcuts, its icon, where its shortcut is active) and :class:`KeyHint` (a key Qt's own widgets
handle, listed in the key help), the key help's groups, and the words of both in the user's
language. The tables are ``actions.ACTIONS`` (the main window), ``plan_actions``,
``editor_actions`` and ``present_actions``; ``actions.ActionRegistry`` makes them ``QAction``s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence

Scope = Literal["window", "browser", "list", "planner", "plan", "editor"]
CONTEXT = "Actions"


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


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """Menu text without its mnemonic marker: '&Quit' -> 'Quit'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(key: str) -> str:
    """A portable key name as the user's platform and language write it."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
