"""Every icon the app names is drawn from the one icon font that is loaded (and bundled)."""

from __future__ import annotations

from facilitator.ui import icons


def test_every_named_icon_draws_from_the_material_design_font_only(qapp):
    for name in icons.NAMES:
        picture = icons.icon(name).pixmap(24, 24).toImage()
        assert not picture.isNull(), name
        assert any(picture.pixelColor(x, y).alpha() for x in range(24) for y in range(24)), name
    import qtawesome

    assert list(qtawesome._resource["iconic"].fontname) == ["mdi6"]  # the bundle ships only it


def test_an_unknown_name_gives_an_empty_icon(qapp):
    assert icons.icon("no-such-icon").isNull()
