"""Language versions in the bundled library: each `translation_of` links a real counterpart.

A trainer who opens the Bokmål version of a module gets the same teaching as the Danish one: the
same kind of item, a deck of about the same length with notes on every slide, the same sensitive
flag, and Norwegian help (opplysningsplikt, avvergingsplikt, 112, 113, legevakt 116 117) with no
other phone number.
"""

from __future__ import annotations

import re

import pytest

from facilitator.core import paths
from facilitator.core.loader import Root, load_library

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
TRANSLATIONS = [item for item in LIBRARY.items() if item.translation_of]
MODULES = {module.id: module for module in LIBRARY.modules}

# Danish modules whose knowledge deck, handout and guide have a Bokmål version (issue 15.2).
BOKMAL = ["krop-og-hjerne", "tanker-og-foelelser", "faellesskaber", "motivation"]
PARTS = {"kunnskap": "viden", "handout": "handout", "guide": "guide"}

# Digits with spaces inside, as phone numbers are written ("116 117"), and "ring NNN".
SPACED_NUMBER = re.compile(r"\d{2,}(?: \d{2,})+")
RING = re.compile(r"\bring(?: politiet på)? (\d+)", re.IGNORECASE)


def _text(item) -> str:
    return "\n".join([item.body, *(slide.notes for slide in item.slides)])


def test_the_library_has_translations():
    assert len(TRANSLATIONS) >= 3 * len(BOKMAL)


@pytest.mark.parametrize("item", TRANSLATIONS, ids=lambda item: item.id)
def test_a_translation_matches_its_original(item):
    original = LIBRARY.item(item.translation_of)
    assert original is not None, f"{item.path}: translation_of names no item"
    assert original.language != item.language
    assert original.kind == item.kind
    assert original.sensitive == item.sensitive
    module, source = MODULES[item.module_id], MODULES[original.module_id]
    assert module.translation_of == source.id, f"{item.path}: not in its module's translation"
    if item.kind == "deck":
        assert abs(len(item.slides) - len(original.slides)) <= 2
        assert item.notes_count == len(item.slides), f"{item.path}: a slide without notes"


@pytest.mark.parametrize("danish", BOKMAL)
def test_the_module_has_a_bokmal_deck_handout_and_guide(danish):
    module = MODULES.get(f"{danish}-nb")
    assert module is not None and module.language == "nb" and module.translation_of == danish
    for part, source in PARTS.items():
        item = LIBRARY.item(f"{danish}-nb.{part}")
        assert item is not None and item.language == "nb"
        assert item.module_id == module.id
        assert item.translation_of == f"{danish}.{source}"


@pytest.mark.parametrize("danish", BOKMAL)
def test_bokmal_help_names_only_the_norwegian_emergency_numbers(danish):
    for part in PARTS:
        item = LIBRARY.item(f"{danish}-nb.{part}")
        assert item is not None, f"{danish}-nb.{part} is missing"
        text = _text(item)
        assert "{{ local_contacts }}" in text, f"{item.id}: no local contacts"
        assert set(SPACED_NUMBER.findall(text)) <= {"116 117"}, item.id
        assert set(RING.findall(text)) <= {"112", "113"}, item.id
        assert "113" in text and "116 117" in text, item.id
        if item.sensitive and item.kind != "handout":
            for duty in ("opplysningsplikt", "avvergingsplikt", "hemmelig"):
                assert duty in text, f"{item.id}: says nothing of {duty}"
