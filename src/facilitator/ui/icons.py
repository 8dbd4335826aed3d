"""The one icon registry: every icon in the app is asked for here by a plain name.

Widgets say ``icon("deck")``; only this module knows that the icons come from qtawesome's
Material Design font. qtawesome is imported on first use (it costs about 350 ms), so call
:func:`icon` only after the ``QApplication`` exists and, at start-up, after the main window is
shown. The colours follow the app theme: :func:`set_colors` clears the cache, and views fetch
their icons again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon

# A plain name -> the qtawesome name. Add names here, never in widgets.
NAMES: dict[str, str] = {
    "deck": "mdi6.presentation",
    "exercise": "mdi6.account-group-outline",
    "handout": "mdi6.file-document-outline",
    "guide": "mdi6.book-open-variant",
    "module": "mdi6.folder-outline",
    "search": "mdi6.magnify",
    "clear": "mdi6.close-circle",
    "settings": "mdi6.cog-outline",
    "quit": "mdi6.exit-to-app",
    "keyboard": "mdi6.keyboard-outline",
    "about": "mdi6.information-outline",
    "warning": "mdi6.alert-outline",
    "error": "mdi6.alert-circle-outline",
    "lock": "mdi6.lock-outline",
    "site": "mdi6.domain",
    "folder-add": "mdi6.folder-plus-outline",
    "folder-open": "mdi6.folder-open-outline",
    "remove": "mdi6.minus-circle-outline",
    "theme": "mdi6.palette-outline",
    "notes": "mdi6.note-text-outline",
    "duration": "mdi6.clock-outline",
    "language": "mdi6.translate",
    "audience": "mdi6.account-multiple-outline",
    "sensitive": "mdi6.hand-heart-outline",
    "filter": "mdi6.filter-variant",
    "close": "mdi6.close",
    "empty": "mdi6.school-outline",
    # the planner
    "library": "mdi6.bookshelf",
    "plan": "mdi6.calendar-clock",
    "add": "mdi6.playlist-plus",
    "break": "mdi6.coffee-outline",
    "free": "mdi6.message-text-outline",
    "section": "mdi6.format-section",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "up": "mdi6.arrow-up",
    "down": "mdi6.arrow-down",
    "import": "mdi6.file-import-outline",
    "export": "mdi6.file-export-outline",
    "pdf": "mdi6.file-pdf-box",
    "template": "mdi6.file-document-multiple-outline",
    "copy": "mdi6.content-copy",
    "delete": "mdi6.delete-outline",
    "slides": "mdi6.view-carousel-outline",
    "replace": "mdi6.swap-horizontal",
    "missing": "mdi6.help-circle-outline",
    "changed": "mdi6.update",
    "new": "mdi6.plus",
    # the editor
    "edit": "mdi6.pencil-outline",
    "image": "mdi6.image-plus",
    "hide": "mdi6.eye-off-outline",
    "source": "mdi6.language-markdown-outline",
    # records
    "sessions": "mdi6.clipboard-text-clock-outline",
    "mentor": "mdi6.account-heart-outline",
    "backups": "mdi6.backup-restore",
    # presenting
    "present": "mdi6.presentation-play",
    "room-check": "mdi6.projector-screen-outline",
    "pack": "mdi6.folder-zip-outline",
    "black": "mdi6.square-rounded",
    "white": "mdi6.square-rounded-outline",
    "panic": "mdi6.coffee-outline",
    "timer": "mdi6.timer-outline",
    "overview": "mdi6.view-grid-outline",
    "swap": "mdi6.swap-horizontal",
    "laser": "mdi6.laser-pointer",
    "pen": "mdi6.marker",
    "eraser": "mdi6.eraser",
    "room": "mdi6.account-group",
    "play": "mdi6.play",
    "pause": "mdi6.pause",
    "add-minute": "mdi6.plus-circle-outline",
    "restart": "mdi6.restart",
    "next": "mdi6.skip-next",
    "previous": "mdi6.skip-previous",
}


class _Colors:
    normal = "#3e4c59"
    active = "#0a6373"
    disabled = "#9aa5b1"
    accent = "#0a6373"


class IconNotifier(QObject):
    """Emits ``changed`` when the icon colours change, so holders of icons can fetch them again."""

    changed = Signal()


_cache: dict[tuple[str, str], QIcon] = {}
_notifier: IconNotifier | None = None
_ready = False


def notifier() -> IconNotifier:
    global _notifier
    if _notifier is None:
        _notifier = IconNotifier()
    return _notifier


def set_colors(normal: str, active: str, disabled: str, accent: str) -> None:
    """Use these colours for icons from now on (called when the app theme changes)."""
    _Colors.normal, _Colors.active, _Colors.disabled, _Colors.accent = (
        normal,
        active,
        disabled,
        accent,
    )
    _cache.clear()
    if _ready:
        notifier().changed.emit()


def icon(name: str, *, accent: bool = False) -> QIcon:
    """The icon called ``name`` (see :data:`NAMES`), in the theme's colours.

    ``accent`` draws it in the accent colour. An unknown name gives an empty icon and never
    raises, so a typo cannot take a screen down.
    """
    global _ready
    key = (name, "accent" if accent else "normal")
    cached = _cache.get(key)
    if cached is not None:
        return cached
    qta_name = NAMES.get(name)
    if qta_name is None:
        return QIcon()
    import qtawesome  # lazy on purpose: it is slow to import

    _ready = True
    color = _Colors.accent if accent else _Colors.normal
    result = qtawesome.icon(
        qta_name,
        color=color,
        color_active=_Colors.active if not accent else color,
        color_selected=_Colors.active if not accent else color,
        color_disabled=_Colors.disabled,
    )
    _cache[key] = result
    return result


def is_ready() -> bool:
    """True once the icon font is loaded; before that, views draw without icons."""
    return _ready


def warm_up() -> None:
    """Import qtawesome and load its font now (call once the window is on screen)."""
    global _ready
    if _ready:
        return
    import qtawesome  # noqa: F401 - the slow import, done here on purpose

    _ready = True
    icon("deck")
    notifier().changed.emit()
