"""No bracket placeholder reaches the projector or a participant's printed handout.

Every slide of every bundled deck, and every handout, is rendered to text as the projector and
the printer get it (``render.markup``: template fields filled, Markdown to HTML), first with
empty settings, then with local contacts set.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from facilitator.core import fields
from facilitator.core.loader import Root, load_library
from facilitator.render.markup import markdown_to_html

CONTENT = Path(__file__).resolve().parents[2] / "content"
# "[indsæt …]", "[Kontakt …]", "(indsæt lokale kontakter)", "[sett inn …]", any "[…]" left over
# once links are links, and a field that was not filled.
PLACEHOLDER = re.compile(
    r"\[[^\]\n]+\]|\((?:indsæt|sett inn|fyll inn)[^)]*\)|\b(?:indsæt|sett inn)\b|\{\{",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def library():
    return load_library([Root(CONTENT, bundled=True)])


@pytest.fixture(autouse=True)
def _no_contacts():
    fields.use_contacts(lambda: ())
    yield
    fields.use_contacts(lambda: ())


def _printed(library):
    """(where, text) of every projected slide and every printed handout, as rendered."""
    for item in library.items():
        if item.kind == "deck":
            for number, slide in enumerate(item.slides, start=1):
                yield f"{item.id} slide {number}", _text(slide.markdown)
        elif item.kind == "handout":
            yield item.id, _text(item.body)


def _text(markdown: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markdown_to_html(markdown)))


def test_no_bracket_placeholder_on_the_projector_or_in_print(library):
    found = [
        f"{where}: {match.group(0)}"
        for where, text in _printed(library)
        for match in PLACEHOLDER.finditer(text)
    ]
    assert found == []


def test_local_contacts_from_settings_reach_the_help_slides_and_handouts(library):
    fields.use_contacts(lambda: ["Skolens AKT-lærer Mette, lokale 12"])
    texts = dict(_printed(library))
    assert "Skolens AKT-lærer Mette, lokale 12" in texts["sikkerhed.hjaelp slide 2"]
    assert "Skolens AKT-lærer Mette, lokale 12" in texts["trygghet.hjelp slide 2"]
    assert "Skolens AKT-lærer Mette, lokale 12" in texts["skole.elev-handout"]


def test_the_help_slides_show_the_national_lines(library):
    texts = dict(_printed(library))
    assert "Kirkens SOS: 22 40 00 40" in texts["trygghet.hjelp slide 3"]
    assert "Alarmtelefonen for barn og unge: 116 111" in texts["trygghet.hjelp slide 3"]
    assert "1813" in texts["sikkerhed.hjaelp slide 3"]
    assert "ring 112" in texts["sikkerhed.hjaelp slide 2"]
