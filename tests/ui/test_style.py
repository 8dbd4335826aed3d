"""One palette per theme: the app's look is derived from the slide theme of the same name."""

from __future__ import annotations

import pytest

from facilitator.render.theme import THEMES, contrast_ratio
from facilitator.ui import style


@pytest.mark.parametrize("name", sorted(THEMES))
def test_the_app_speaks_in_the_colours_of_the_slides(name):
    """A trainer who picks "dark" gets the dark slides' text and accent in the windows too, so
    the presenter console and the projector look like one thing."""
    theme, look = THEMES[name], style.look(name)
    assert (look.text, look.accent, look.focus, look.on_accent) == (
        theme.foreground,
        theme.accent,
        theme.accent,
        theme.on_accent,
    )
    assert set(style.LOOKS) == set(THEMES)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_look_stays_readable(name):
    look = style.look(name)
    for background in (look.window, look.base, look.alt):
        assert contrast_ratio(look.text, background) >= 7.0, (name, background)
        assert contrast_ratio(look.muted, background) >= 4.5, (name, background)
    assert contrast_ratio(look.on_accent, look.accent) >= 4.5, name
    assert contrast_ratio(look.selection_text, look.selection) >= 4.5, name
    assert contrast_ratio(look.accent, look.window) >= 3.0, name  # focus ring, links
