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


@pytest.fixture(scope="module")
def library():
    return load_library([Root(CONTENT, bundled=True)])


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
