"""Continue where you stopped: the kept place survives a restart; a damaged file is ignored."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

from facilitator.core import resume
from facilitator.core.model import Item, Slide
from facilitator.core.screens import deck_screens
from facilitator.core.show import build_show, continued


def deck(slides: int = 6) -> Item:
    return Item(
        id="m.deck",
        title="Deck",
        kind="deck",
        duration=10,
        path=Path("/x/deck.md"),
        module_id="m",
        body="",
        slides=tuple(Slide(markdown=f"## {n}", index=n) for n in range(slides)),
    )


NOW = datetime(2026, 12, 7, 8, 30)


def test_the_place_is_written_to_the_data_folder_and_read_back(home):
    screens = deck_screens(deck())
    point = resume.point_of("item", "m.deck", "Deck", screens, (3, 125.0, {}), NOW)
    assert resume.keep(point)
    assert (home / "data" / resume.FILE_NAME).is_file()
    assert resume.last() == point  # as after a restart: read from the file


def test_a_damaged_or_foreign_file_is_ignored(tmp_path):
    file = tmp_path / resume.FILE_NAME
    for text in ("{not json", '{"format": 99}', '{"format": 1, "kind": "item"}', "[]"):
        file.write_text(text, encoding="utf-8")
        assert resume.last(tmp_path) is None
    assert resume.last(tmp_path / "missing") is None


def test_continuing_finds_the_slide_when_the_deck_changed():
    screens = deck_screens(deck())
    point = resume.point_of("item", "m.deck", "Deck", screens, (4, 10.0, {4: 30.0}), NOW)
    shown = build_show(deck(), None, NOW)
    assert continued(shown, point).start == 4
    # Two slides hidden before it: slide 5 is now the third screen; countdowns start afresh.
    fewer = replace(shown, screens=tuple(deck_screens(deck(), hidden=[1, 2])))
    moved = continued(fewer, point)
    assert moved.start == 2 and moved.resume is not None and moved.resume.spent == {}
    # Gone altogether: the show starts where it would have, and says nothing was resumed.
    gone = continued(build_show(deck(3), None, NOW), point)
    assert gone.resume is None and gone.start == 0
