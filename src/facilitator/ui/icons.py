"""The one icon registry: every icon in the app is asked for here by a plain name.

Widgets say ``icon("deck")``; only this module knows that the icons are glyphs of the Material
Design icon font that QtAwesome ships. The app draws those glyphs itself (:class:`GlyphEngine`):
importing qtawesome costs about 0.3 s (its qtpy layer star-imports all of QtGui and QtWidgets),
reading its font file and name table directly about 15 ms, so the icons are ready before the main
window is shown (:func:`warm_up`, called by ``ui.app``). When the font file cannot be found (an odd
install), qtawesome itself draws them. The colours follow the app theme: :func:`set_colors`
clears the cache, and views fetch their icons again.
"""

from __future__ import annotations

import importlib.util
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

log = logging.getLogger(__name__)

# A plain name -> the Material Design icon (QtAwesome's name). Add names here, never in widgets.
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


class GlyphEngine(QIconEngine):
    """One glyph of the icon font, in a colour per mode, drawn sharp at any size and pixel ratio.

    Drawn as QtAwesome draws it (the glyph 7/8 of the icon's height, centred), so the icons look
    the same whichever draws them."""

    def __init__(self, family: str, char: str, colours: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self.family = family
        self.char = char
        self.colours = colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(0.875 * rect.height())))
        painter.save()
        painter.setFont(font)
        if state == QIcon.State.On and mode == QIcon.Mode.Normal:
            mode = QIcon.Mode.Active  # a checked button (the screen on show) in the accent
        painter.setPen(QColor(self.colours.get(mode, self.colours[QIcon.Mode.Normal])))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Device pixels, so a toolbar on a HiDPI screen gets a sharp glyph, not a stretched one.
        pixmap = QPixmap(size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.char, dict(self.colours))

    def key(self) -> str:
        return "facilitator-glyph"


class _Font:
    """The icon font, once loaded: its family and the characters of the names in NAMES."""

    loaded = False
    family = ""
    chars: dict[str, str] = {}


def _font_files() -> tuple[Path, Path] | None:
    """QtAwesome's Material Design font and its name table, found without importing qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    fonts = sorted(folder.glob("materialdesignicons6-webfont-*.ttf"))
    if not fonts:
        return None
    font = fonts[-1]
    charmap = folder / font.name.replace("-webfont-", "-webfont-charmap-").replace(".ttf", ".json")
    return (font, charmap) if charmap.is_file() else None


def _load_font() -> None:
    """Register the icon font with Qt and read the characters the app uses (once)."""
    if _Font.loaded:
        return
    _Font.loaded = True
    try:
        found = _font_files()
        if found is None:
            log.info("icon font not found beside qtawesome; qtawesome draws the icons")
            return
        font_path, charmap_path = found
        font_id = QFontDatabase.addApplicationFont(str(font_path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("icon font could not be loaded: %s", font_path)
            return
        codes = json.loads(charmap_path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ImportError):  # a broken install must not stop the app
        log.exception("icon font could not be read; qtawesome draws the icons")
        return
    chars = {}
    for name, qta_name in NAMES.items():
        code = codes.get(qta_name.removeprefix("mdi6."))
        if isinstance(code, str):
            chars[name] = chr(int(code, 16))
    _Font.family = families[0]
    _Font.chars = chars


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
    _load_font()
    _ready = True
    color = _Colors.accent if accent else _Colors.normal
    active = _Colors.active if not accent else color
    char = _Font.chars.get(name)
    if char is not None:
        result = QIcon(
            GlyphEngine(
                _Font.family,
                char,
                {
                    QIcon.Mode.Normal: color,
                    QIcon.Mode.Active: active,
                    QIcon.Mode.Selected: active,
                    QIcon.Mode.Disabled: _Colors.disabled,
                },
            )
        )
    else:
        import qtawesome  # slow (~0.3 s): only when the font file was not found

        result = qtawesome.icon(
            qta_name,
            color=color,
            color_active=active,
            color_selected=active,
            color_disabled=_Colors.disabled,
        )
    _cache[key] = result
    return result


def is_ready() -> bool:
    """True once the icon font is loaded; before that, views draw without icons."""
    return _ready


def warm_up() -> None:
    """Load the icon font now: ``ui.app`` calls it before the main window is built, so every
    view has its icons from its first paint (about 15 ms; see the module's note)."""
    global _ready
    if _ready:
        return
    icon("deck")
    notifier().changed.emit()
