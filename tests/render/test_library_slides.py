"""Every slide of the bundled library, in every theme, at 1920x1080: drawn, readable, complete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor

from facilitator.core import paths
from facilitator.core.loader import Root, load_library
from facilitator.render.check import slide_problems
from facilitator.render.slides import MIN_READABLE_SCALE, SlideRenderer
from facilitator.render.theme import THEMES

FULL = QSize(1920, 1080)
LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
DECKS = [item for item in LIBRARY.items() if item.kind == "deck"]


def test_the_bundled_library_has_decks_with_slides():
    assert len(DECKS) >= 8
    assert all(deck.slides for deck in DECKS)


@pytest.fixture(scope="module")
def renderers(qapp):
    return {name: SlideRenderer(theme) for name, theme in THEMES.items()}


@pytest.mark.parametrize("theme_name", sorted(THEMES))
@pytest.mark.parametrize("deck_id", [deck.id for deck in DECKS])
def test_every_slide_renders_readably_without_overflow(renderers, theme_name, deck_id):
    renderer = renderers[theme_name]
    deck = LIBRARY.item(deck_id)
    assert deck is not None
    faults = []
    for slide in deck.slides:
        where = f"{deck.path.name}:{slide.line} (slide {slide.index + 1})"
        image = renderer.image(slide, FULL)
        if image.isNull() or image.size() != FULL:
            faults.append(f"{where}: not drawn")
            continue
        if renderer.fit(slide) < MIN_READABLE_SCALE:
            faults.append(f"{where}: text shrunk to {renderer.fit(slide):.0%}")
        faults.extend(f"{where}: {problem}" for problem in renderer.problems(slide))
        # Something besides the background was drawn (the slide is not blank).
        corner = QColor(image.pixel(1, 1))
        small = image.scaled(96, 54, mode=Qt.TransformationMode.SmoothTransformation)
        if all(QColor(small.pixel(x, y)) == corner for x in range(96) for y in range(54)):
            faults.append(f"{where}: the slide is blank")
    assert faults == []


def test_check_content_finds_nothing_to_say_about_the_bundled_slides(qapp):
    assert slide_problems(LIBRARY) == []
