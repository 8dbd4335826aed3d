"""The bundled diagrams (issue 15.5): every SVG in the library passes the safety check and
renders in all three themes, in each theme's own colours; at least 12 decks show one, each with
alt text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from facilitator.core.loader import IMAGE_RE, load_library
from facilitator.core.svg import check_svg, foreign_colours, themed_svg
from facilitator.render.images import svg_image
from facilitator.render.theme import THEMES

CONTENT = Path(__file__).resolve().parents[2] / "content"
SVGS = sorted(CONTENT.rglob("*.svg"))


def test_the_library_has_diagrams() -> None:
    assert len(SVGS) >= 7


@pytest.mark.parametrize("path", SVGS, ids=[str(p.relative_to(CONTENT)) for p in SVGS])
def test_every_bundled_svg_renders_in_every_theme_in_its_colours(qapp, path: Path) -> None:
    checked = check_svg(path.read_bytes())
    assert checked.text is not None, checked.message
    assert checked.themed and foreign_colours(checked.text) == []
    seen = []
    for theme in THEMES.values():
        image = svg_image(themed_svg(checked.text, theme.diagram_colours()).encode(), 400)
        assert image is not None and not image.isNull()
        colours = {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
            if QColor.fromRgba(image.pixel(x, y)).alpha() == 255
        }
        assert QColor(theme.heading).name() in colours or QColor(theme.foreground).name() in colours
        seen.append(colours)
    light, dark, contrast = seen
    assert light != dark != contrast != light


def test_at_least_twelve_decks_show_a_diagram_with_alt_text() -> None:
    library = load_library([CONTENT])
    decks = set()
    for item in library.items():
        if item.kind != "deck":
            continue
        for slide in item.slides:
            for found in IMAGE_RE.finditer(slide.markdown):
                if found.group(1).endswith(".svg"):
                    alt = re.match(r"!\[([^\]]*)\]", slide.markdown[found.start() :])
                    assert alt and len(alt.group(1).split()) >= 5, (item.id, found.group(1))
                    decks.add(item.id)
    assert len(decks) >= 12, sorted(decks)
    assert {item.language for item in library.items() if item.id in decks} >= {"da", "nb"}
