"""Every icon the app names is a glyph of the one icon font that is loaded (and bundled)."""

from __future__ import annotations

from facilitator.ui import icons


def test_every_named_icon_is_drawn_from_the_material_design_font(qapp):
    for name in icons.NAMES:
        picture = icons.icon(name).pixmap(24, 24).toImage()
        assert not picture.isNull(), name
        assert any(picture.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), name
    assert set(icons._Font.chars) == set(icons.NAMES)  # the bundle ships this one font only
    assert icons._font_files()[0].name.startswith("materialdesignicons6-webfont-")


def test_an_unknown_name_gives_an_empty_icon(qapp):
    assert icons.icon("no-such-icon").isNull()
