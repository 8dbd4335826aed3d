"""The bundled translations stay linked to what they translate and keep its shape and safety.

A Bokmål module that translates a Danish one (``translation_of``) is what a Norwegian trainer
uses in place of the Danish module: its knowledge deck, handout and guide must exist, point at
the Danish item they stand in for, keep the deck's length and sensitive flag, and name no phone
number but the Norwegian emergency ones (help lines change; they live in one checked file).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.core.loader import Root, load_library

CONTENT = Path(__file__).resolve().parents[2] / "content"
# The Danish module's knowledge deck, handout and guide, by the id's last part.
CORE_ITEMS = ("viden", "handout", "guide")
# Police, medical emergency, legevakt: the only numbers Bokmål text may name.
EMERGENCY_NUMBERS = {"112", "113", "116117"}
# Phone numbers as they are written: digit groups with spaces inside ("22 40 00 40"), or a
# number after "ring" ("ring 113"); "150–300 minutter" is not one.
SPACED_NUMBER = re.compile(r"\d{2,}(?: \d{2,})+")
RING = re.compile(r"\bring(?:e)?(?: politiet på)? (\d+)", re.IGNORECASE)


LIBRARY = load_library([Root(CONTENT, bundled=True)])


@pytest.fixture(scope="module")
def library():
    return LIBRARY


def _items(library):
    return {item.id: item for item in library.items()}


def _translated_modules(library):
    modules = {module.id: module for module in library.modules}
    return [
        (module, modules.get(module.translation_of))
        for module in library.modules
        if module.translation_of
    ]


def test_every_translation_names_an_item_of_the_same_kind_in_another_language(library):
    items = _items(library)
    wrong = []
    for item in items.values():
        if not item.translation_of:
            continue
        source = items.get(item.translation_of)
        if source is None:
            wrong.append(f"{item.path.name}: translation_of {item.translation_of!r} is unknown")
        elif source.kind != item.kind or source.language == item.language:
            wrong.append(f"{item.path.name}: {source.id} is a {source.language} {source.kind}")
    assert wrong == []


def test_translated_modules_have_the_knowledge_deck_handout_and_guide(library):
    translated = _translated_modules(library)
    assert translated, "no translated module found"
    missing = []
    for module, source in translated:
        assert source is not None, f"{module.id}: translation_of {module.translation_of!r}"
        assert source.language != module.language
        covered = {item.translation_of for item in module.items}
        missing += [
            f"{module.id} lacks a translation of {source.id}.{name}"
            for name in CORE_ITEMS
            if f"{source.id}.{name}" in {i.id for i in source.items}
            and f"{source.id}.{name}" not in covered
        ]
    assert missing == []


def test_translated_decks_keep_their_length_and_sensitive_flag(library):
    items = _items(library)
    wrong = []
    for item in items.values():
        source = items.get(item.translation_of)
        if source is None:
            continue
        if item.sensitive != source.sensitive:
            wrong.append(f"{item.id}: sensitive {item.sensitive}, {source.id} {source.sensitive}")
        if item.kind == "deck" and abs(len(item.slides) - len(source.slides)) > 2:
            wrong.append(f"{item.id}: {len(item.slides)} slides, {source.id} {len(source.slides)}")
    assert wrong == []


def test_bokmal_translations_name_only_the_emergency_numbers(library):
    found = []
    for item in library.items():
        if item.language != "nb" or not item.translation_of:
            continue
        text = "\n".join([item.body, *(slide.notes for slide in item.slides)])
        numbers = [n.replace(" ", "") for n in SPACED_NUMBER.findall(text)]
        numbers += RING.findall(text)
        found += [f"{item.id}: {n}" for n in numbers if n not in EMERGENCY_NUMBERS]
    assert found == []


def test_bokmal_guides_state_the_duty_to_report_and_never_promise_secrecy(library):
    guides = [
        item
        for item in library.items()
        if item.language == "nb" and item.kind == "guide" and item.translation_of
    ]
    assert guides, "no translated Bokmål guide found"
    lacking = [
        item.id
        for item in guides
        if not all(
            word in item.body.lower()
            for word in ("opplysningsplikt", "avvergingsplikt", "hemmelig", "112", "113")
        )
    ]
    assert lacking == []


# The modules the second Bokmål pass wrote: each part in place, with Norwegian help -----------

TRANSLATIONS = [item for item in LIBRARY.items() if item.translation_of]
MODULES = {module.id: module for module in LIBRARY.modules}

# Danish modules whose knowledge deck, handout and guide have a Bokmål version (issue 15.2).
BOKMAL = ["krop-og-hjerne", "tanker-og-foelelser", "faellesskaber", "motivation"]
PARTS = {"kunnskap": "viden", "handout": "handout", "guide": "guide"}


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
