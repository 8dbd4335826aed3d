"""One disclosure standard across the bundled library (issue 15).

A trainer who hears something serious finds the same answer whichever module they teach: every
module with a guide points to the safety module's disclosure guide in the module's language, no item
promises secrecy, and the two disclosure guides exist and are marked sensitive.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.core.loader import Root, load_library
from facilitator.core.model import Item, Library

CONTENT = Path(__file__).resolve().parents[2] / "content"

# The disclosure guide of each language, and what it must state.
SAFETY_GUIDES = {
    "da": (
        "sikkerhed.naar-nogen-fortaeller",
        ("lov aldrig at holde det hemmeligt", "skærpet underretningspligt", "ring 112"),
    ),
    "nb": (
        "trygghet.nar-noen-forteller",
        ("lov aldri å holde det hemmelig", "opplysningsplikt", "avvergingsplikt", "113"),
    ),
}

# Promises a trainer must never make (lower case; line breaks count as spaces).
SECRECY_PROMISES = (
    "det bliver mellem os",
    "det her bliver mellem os",
    "det bliver mellem dig og mig",
    "jeg lover ikke at sige det",
    "jeg lover at holde det hemmeligt",
    "jeg siger det ikke til nogen",
    "jeg fortæller det ikke til nogen",
    "det blir mellom oss",
    "dette blir mellom oss",
    "det blir mellom deg og meg",
    "jeg lover å ikke si det",
    "jeg lover å holde det hemmelig",
    "jeg sier det ikke til noen",
    "jeg forteller det ikke til noen",
)


def flat(text: str) -> str:
    """Lower case with every run of white space as one space, so wrapped lines still match."""
    return re.sub(r"\s+", " ", text).lower()


def secrecy_promises(text: str) -> list[str]:
    plain = flat(text)
    return [phrase for phrase in SECRECY_PROMISES if phrase in plain]


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library([Root(CONTENT, bundled=True)])


@pytest.mark.parametrize("language", sorted(SAFETY_GUIDES))
def test_the_disclosure_guide_exists_is_sensitive_and_states_the_duties(library, language):
    guide_id, musts = SAFETY_GUIDES[language]
    guide = library.item(guide_id)
    assert guide is not None, f"the disclosure guide {guide_id} is missing"
    assert (guide.kind, guide.language, guide.sensitive) == ("guide", language, True)
    assert guide.module_id in {"sikkerhed", "trygghet"}
    body = flat(guide.body)
    assert [must for must in musts if must not in body] == []


def test_every_module_with_a_guide_points_to_the_disclosure_guide(library):
    missing = []
    checked = 0
    for module in library.modules:
        guides = [item for item in module.items if item.kind == "guide"]
        if not guides:
            continue
        assert module.language in SAFETY_GUIDES, (
            f"{module.id}: no disclosure guide in '{module.language}' to point to"
        )
        target = library.item(SAFETY_GUIDES[module.language][0])
        assert target is not None
        if target.module_id == module.id:
            continue
        checked += 1
        if not any(flat(target.title) in flat(guide.body) for guide in guides):
            missing.append(f"{module.id} ({', '.join(g.id for g in guides)})")
    assert missing == [], (
        "these modules' guides do not point to the disclosure guide (add the paragraph "
        f"naming it): {missing}"
    )
    assert checked >= 15  # the eight Danish modules, mentor, school, coping course, Bokmål ones


def item_text(item: Item) -> str:
    return "\n".join((item.title, item.summary, item.body))


def test_no_item_promises_secrecy(library):
    promises = {
        item.id: found for item in library.items() if (found := secrecy_promises(item_text(item)))
    }
    assert promises == {}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('Sig roligt: "Det bliver\nmellem os."', ["det bliver mellem os"]),
        ("«Jeg lover å ikke si det til mamma.»", ["jeg lover å ikke si det"]),
        ("Lov aldrig at holde det hemmeligt.", []),
        ("Derfor kan jeg ikke love å holde dette for meg selv.", []),
        ("Undgå at love, at det bliver mellem jer.", []),
    ],
)
def test_a_promise_of_secrecy_is_found_across_line_breaks(text, found):
    assert secrecy_promises(text) == found
