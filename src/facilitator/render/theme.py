"""Slide themes: colours, fonts and type sizes for the 1920x1080 slide canvas.

A theme is plain data (colours as ``#rrggbb`` strings, sizes in canvas pixels), so settings and
core code can list and store theme names without importing Qt. The renderer turns it into a
stylesheet and ``QColor``s.

Sizes are for the logical 1080p canvas: body text of 48 px is about the size a person in the back
row of a classroom still reads comfortably on a projected slide.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_THEME = "light"


# A theme's base colours, by the name of its field: what slides and diagrams are drawn with.
BASE_ROLES = (
    "background",
    "foreground",
    "heading",
    "accent",
    "on_accent",
    "muted",
    "surface",
    "rule",
)


@dataclass(frozen=True)
class Theme:
    name: str
    label: str  # shown in settings; English, the UI translates it
    background: str
    foreground: str  # body text
    heading: str  # heading text
    accent: str  # accent bar, bullets, links, quote marks
    on_accent: str  # text drawn on an accent-coloured area (section slides)
    muted: str  # subtitles, attributions, slide numbers
    surface: str  # call-out cards, table header rows
    rule: str  # table lines, placeholder outlines
    section_background: str  # the background of a section divider slide
    section_foreground: str  # its text
    section_accent: str  # its accent bar
    heading_family: str = "Lato"
    body_family: str = "Lato"
    body_size: int = 48  # px on the 1080p canvas
    heading_size: int = 76  # the heading of a content slide
    title_size: int = 112  # the heading of a title or section slide
    subheading_size: int = 58  # h3 and column headings
    small_size: int = 34  # tables, captions, footers
    quote_size: int = 68
    line_height: int = 125  # percent of the font size
    # Diagram colours (SVG pictures with data-palette="theme", see core/svg.py), from calm
    # (green) to alarm (red): soft fills that body text reads on, and strong lines and marks.
    tints: tuple[str, ...] = ("#dcf2e8", "#dde9f7", "#fbf0c9", "#fde3cc", "#f9d9dc")
    strongs: tuple[str, ...] = ("#1b7f5a", "#2a6bb0", "#a87b00", "#c25e0a", "#b3363f")

    def diagram_colours(self) -> dict[str, str]:
        """The colour of each role an SVG's palette names (``core.svg.PALETTE``)."""
        roles = {role: getattr(self, role) for role in BASE_ROLES}
        roles.update({f"tint{i}": colour for i, colour in enumerate(self.tints, 1)})
        roles.update({f"strong{i}": colour for i, colour in enumerate(self.strongs, 1)})
        return roles


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light",
        label="Light",
        background="#fbfaf7",
        foreground="#1f2933",
        heading="#102a43",
        accent="#0a6373",
        on_accent="#ffffff",
        muted="#4a5568",
        surface="#eef4f5",
        rule="#bcccdc",
        section_background="#0a6373",
        section_foreground="#ffffff",
        section_accent="#a5e8ef",
    ),
    "dark": Theme(
        name="dark",
        label="Dark",
        background="#141a22",
        foreground="#e8edf2",
        heading="#ffffff",
        accent="#66d9e8",
        on_accent="#0b1a1f",
        muted="#a8b4c0",
        surface="#1f2933",
        rule="#3e4c59",
        section_background="#0c3a42",
        section_foreground="#ffffff",
        section_accent="#66d9e8",
        tints=("#183d33", "#1c3450", "#43391a", "#4a301c", "#4d2227"),
        strongs=("#5fd3a5", "#7ab8f5", "#f2cc5c", "#f5a35c", "#f28585"),
    ),
    "high-contrast": Theme(
        name="high-contrast",
        label="High contrast",
        background="#000000",
        foreground="#ffffff",
        heading="#ffffff",
        accent="#ffe14d",
        on_accent="#000000",
        muted="#e6e6e6",
        surface="#000000",
        rule="#ffffff",
        section_background="#000000",
        section_foreground="#ffffff",
        section_accent="#ffe14d",
        tints=("#00301c", "#00264d", "#3d3000", "#4a2200", "#4d0010"),
        strongs=("#4dff9a", "#66c2ff", "#ffe14d", "#ffa94d", "#ff6b80"),
        body_size=52,
        heading_size=80,
        subheading_size=62,
        small_size=38,
    ),
}


def get_theme(name: str | None) -> Theme:
    """The theme called ``name``; the light theme for an unknown or empty name."""
    return THEMES.get(name or "", THEMES[DEFAULT_THEME])


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of a ``#rrggbb`` colour."""
    value = colour.lstrip("#")
    channels = [int(value[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
