"""Themes are readable on a projector; the bundled font is there and covers Danish."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetricsF

from facilitator.render.fonts import ensure_fonts_loaded, fonts_dir
from facilitator.render.theme import THEMES, contrast_ratio, get_theme

TEXT_ROLES = ("foreground", "heading", "muted")


def test_the_three_themes_exist_and_unknown_names_fall_back_to_light():
    assert set(THEMES) == {"light", "dark", "high-contrast"}
    assert get_theme("dark").name == "dark"
    assert get_theme("no-such-theme").name == "light"
    assert get_theme(None).name == "light"


def test_every_theme_has_readable_text():
    for theme in THEMES.values():
        for role in TEXT_ROLES:
            ratio = contrast_ratio(getattr(theme, role), theme.background)
            assert ratio >= 7.0, f"{theme.name}: {role} on background is only {ratio:.1f}:1"
        assert contrast_ratio(theme.accent, theme.background) >= 4.5, theme.name
        assert contrast_ratio(theme.foreground, theme.surface) >= 7.0, theme.name
        assert contrast_ratio(theme.section_foreground, theme.section_background) >= 4.5
        assert theme.body_size >= 44, "body text must be readable from the back of a room"


def test_high_contrast_meets_wcag_aaa_for_every_colour_pair_it_uses():
    theme = THEMES["high-contrast"]
    pairs = [(getattr(theme, role), theme.background) for role in (*TEXT_ROLES, "accent")]
    pairs += [
        (theme.on_accent, theme.accent),
        (theme.section_foreground, theme.section_background),
        (theme.section_accent, theme.section_background),
        (theme.foreground, theme.surface),
    ]
    for a, b in pairs:
        assert contrast_ratio(a, b) >= 7.0, (a, b)


def test_contrast_ratio_matches_wcag_reference_values():
    assert round(contrast_ratio("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast_ratio("#777777", "#ffffff"), 2) == 4.48


def test_bundled_font_loads_once_and_covers_danish_and_norwegian(qapp):
    families = ensure_fonts_loaded()
    assert "Lato" in families
    assert ensure_fonts_loaded() == families  # idempotent
    assert "Lato" in QFontDatabase.families()
    font = QFont("Lato")
    font.setPixelSize(48)
    assert QFontInfo(font).family() == "Lato"  # really Lato, not a fallback
    metrics = QFontMetricsF(font)
    for char in "æøåÆØÅéü»«–":
        assert metrics.inFontUcs4(ord(char)), char
    styles = QFontDatabase.styles("Lato")
    assert {"Regular", "Bold", "Italic"} <= set(styles)


def test_font_licence_ships_with_the_fonts():
    licence = (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name" in licence
