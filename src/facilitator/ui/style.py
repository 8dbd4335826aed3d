"""The app's look: one stylesheet (``resources/themes/app.qss``) and a colour set per theme.

The stylesheet holds ``$name`` placeholders filled from :data:`LOOKS`, so light, dark and high
contrast share one set of rules. The same colours go into the ``QPalette`` (for widgets the
stylesheet does not touch, such as file dialogs) and into the icon registry.

Each look derives from the slide theme of the same name (``render/theme.py``, the one palette per
theme): the app's text, accent, focus ring and the text on the accent are the slides' own colours;
a look adds only what a window needs and a slide does not (window and field backgrounds, borders,
selection, badges, warnings).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from string import Template

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

from ..core import paths
from ..core.paths import resource_path
from ..render.theme import THEMES, Theme
from . import icons

log = logging.getLogger(__name__)

# Narrower windows show tool bars as icons (names in tooltips and menus): the main window's
# screen buttons and the planner's tools, so nothing goes into an overflow menu at 1366x768.
NAMES_WIDTH = 1600


@dataclass(frozen=True)
class Look:
    window: str  # the window background
    base: str  # lists, text fields, the preview
    alt: str  # a faint band: headers, hovered rows
    text: str
    muted: str  # secondary text: durations, module names, hints
    border: str
    accent: str
    accent_hover: str
    on_accent: str  # text on the accent colour
    selection: str  # a selected row
    selection_text: str
    focus: str  # the focus ring
    badge: str  # background of small badges (language, kind)
    badge_text: str
    warning: str
    warning_bg: str
    slide_frame: str  # the frame around slide thumbnails
    notes_bg: str  # speaker notes and facilitator notes


def _derived(theme: Theme, **own: str) -> Look:
    """The look of the slide theme ``theme``: its text, accent and on-accent colours, and
    ``own``, the colours only windows have."""
    return Look(
        text=theme.foreground,
        accent=theme.accent,
        focus=theme.accent,
        on_accent=theme.on_accent,
        **own,
    )


LOOKS: dict[str, Look] = {
    "light": _derived(
        THEMES["light"],
        window="#f3f4f1",
        base="#ffffff",
        alt="#f6f7f5",
        muted="#5c6876",
        border="#d9dee3",
        accent_hover="#08515e",
        selection="#d8ecef",
        selection_text="#0b3a44",
        badge="#e6eef0",
        badge_text="#24505a",
        warning="#7a4d00",
        warning_bg="#fff1cc",
        slide_frame="#c9d2da",
        notes_bg="#fbf8ef",
    ),
    "dark": _derived(
        THEMES["dark"],
        window="#11161d",
        base="#18202a",
        alt="#1d2631",
        muted="#9eacba",
        border="#2e3a47",
        accent_hover="#8ae0ec",
        selection="#1d4752",
        selection_text="#f0fcff",
        badge="#243240",
        badge_text="#c9dbe6",
        warning="#f4c55a",
        warning_bg="#3a2f14",
        slide_frame="#3a4856",
        notes_bg="#1f2630",
    ),
    "high-contrast": _derived(
        THEMES["high-contrast"],
        window="#000000",
        base="#000000",
        alt="#141414",
        muted="#f0f0f0",
        border="#ffffff",
        accent_hover="#fff08a",
        selection="#ffe14d",
        selection_text="#000000",
        badge="#000000",
        badge_text="#ffffff",
        warning="#ffe14d",
        warning_bg="#000000",
        slide_frame="#ffffff",
        notes_bg="#000000",
    ),
}

DEFAULT_LOOK = "light"
BASE_POINT_SIZE = 10.5


def look(name: str) -> Look:
    return LOOKS.get(name, LOOKS[DEFAULT_LOOK])


def stylesheet(name: str, sheet: str = "app.qss") -> str:
    """The stylesheet ``sheet`` of ``resources/themes`` in the colours of the look ``name``."""
    path = resource_path("themes", sheet)
    try:
        template = Template(path.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("stylesheet %s not readable (%s); using Qt's plain look", sheet, exc)
        return ""
    colours = asdict(look(name))
    colours["arrow"] = arrow_image(colours["muted"])
    return template.safe_substitute(colours)


def arrow_image(colour: str) -> str:
    """A small down chevron for combo boxes, drawn once per colour into the cache folder.

    Style sheets take images only from files; drawing it keeps the look free of image assets.
    Returns a path for ``url()``, or "" if the cache folder cannot be written.
    """
    folder = paths.cache_dir() / "ui"
    target = folder / f"arrow-{colour.lstrip('#')}.png"
    if target.is_file():
        return target.as_posix()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for scale, name in ((1, target), (2, target.with_name(target.stem + "@2x.png"))):
            image = QImage(12 * scale, 8 * scale, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = QPen(QColor(colour), 1.6 * scale)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPolyline(
                [
                    QPointF(2 * scale, 2 * scale),
                    QPointF(6 * scale, 6 * scale),
                    QPointF(10 * scale, 2 * scale),
                ]
            )
            painter.end()
            image.save(str(name))
    except OSError as exc:
        log.warning("could not write the combo box arrow: %s", exc)
        return ""
    return target.as_posix()


def palette(name: str) -> QPalette:
    colours = look(name)
    pal = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, colours.window),
        (role.WindowText, colours.text),
        (role.Base, colours.base),
        (role.AlternateBase, colours.alt),
        (role.Text, colours.text),
        (role.Button, colours.base),
        (role.ButtonText, colours.text),
        (role.Highlight, colours.accent),
        (role.HighlightedText, colours.on_accent),
        (role.ToolTipBase, colours.base),
        (role.ToolTipText, colours.text),
        (role.PlaceholderText, colours.muted),
        (role.Link, colours.accent),
        (role.Mid, colours.border),
        (role.Light, colours.base),
        (role.Dark, colours.border),
    ):
        pal.setColor(r, QColor(value))
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor(colours.muted))
    return pal


def ui_font_family() -> str:
    """The bundled Lato (the slides' font) when it loads, else the system's sans-serif."""
    try:
        from ..render.fonts import ensure_fonts_loaded
    except ImportError:
        return ""
    try:
        families = ensure_fonts_loaded()
    except Exception:  # a broken font file must not stop the app
        log.exception("bundled fonts could not be loaded")
        return ""
    return "Lato" if "Lato" in families else ""


def apply_font(app: QApplication) -> None:
    """Set the app's font. Call it before any widget exists: Qt does not pass a later font
    change on to widgets that a style sheet has already polished."""
    font = QFont(app.font())
    family = ui_font_family()
    if family:
        font.setFamily(family)
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)


_fusion_apps: set[int] = set()  # the applications made with Fusion (``ui.app``)


def fusion_from_start(app: QApplication) -> None:
    """``app`` was created with ``-style Fusion``: :func:`apply` need not ask Qt which style
    it has (asking, or setting it, builds QStyle's Python enums, ~15 ms at start-up)."""
    _fusion_apps.add(id(app))


def apply(app: QApplication, name: str) -> None:
    """Give the whole app the look called ``name`` (light, dark or high-contrast)."""
    if id(app) not in _fusion_apps and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(palette(name))
    app.setStyleSheet(stylesheet(name))
    colours = look(name)
    icons.set_colors(colours.muted, colours.accent, colours.border, colours.accent)
