"""Exercises on the projector show only what is for the participants (issue 14.6): the title,
the steps without their trainer's part, and the reflection questions. Purpose, materials,
facilitator notes, variations, time and group form stay on the console."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.events import MemoryEvents
from facilitator.core.loader import Root, load_library
from facilitator.core.screens import Words, exercise_screens
from facilitator.core.show import build_show
from facilitator.core.slide_split import parse_steps

CONTENT = Path(__file__).resolve().parents[3] / "content"


@pytest.fixture(scope="module")
def bundled_exercises():
    roots = [Root(folder, bundled=True) for folder in sorted(CONTENT.iterdir()) if folder.is_dir()]
    library = load_library(roots)
    exercises = [i for i in library.items() if i.kind == "exercise" and i.exercise is not None]
    assert len(exercises) > 50
    return exercises


def _lines(text: str) -> list[str]:
    """The lines of a trainer's section long enough to be recognised on a slide."""
    found = []
    for line in text.splitlines():
        line = line.strip().lstrip("-*0123456789. ").strip()
        if len(line) >= 25:
            found.append(line[:40])
    return found


def test_no_trainer_text_of_any_bundled_exercise_reaches_the_projector(bundled_exercises):
    words = Words(group_forms={"alone": "Alene", "whole-class": "Hele holdet"})
    leaks = []
    for item in bundled_exercises:
        parts = item.exercise
        screens = exercise_screens(item, words)
        projected = "\n".join(s.slide.markdown for s in screens)
        trainer = parts.purpose + "\n" + parts.notes + "\n" + parts.variations
        trainer += "\n" + parts.materials
        for line in _lines(trainer):
            if line in projected and not any(line in s.for_participants for s in parts.steps):
                leaks.append(f"{item.id}: {line}")
        meta = f"{item.duration} min"
        if meta in projected.replace("(", ""):  # the time line is the console's
            leaks.append(f"{item.id}: {meta}")
        assert all(s.notes for s in screens), item.id  # ... and it is on the console
    assert not leaks, "\n".join(leaks[:20])


def test_the_purpose_and_notes_are_in_the_consoles_notes(exercise_item):
    words = Words(group_forms={"pairs": "To og to"})
    screens = exercise_screens(exercise_item, words)
    assert screens[0].slide.markdown == "# Gæt tanken\n"
    for screen in screens:
        assert "At øve nysgerrighed." in screen.notes and "Hold tempoet roligt." in screen.notes
        assert "15 min · To og to" in screen.notes
        assert "At øve" not in screen.slide.markdown and "Hold tempoet" not in screen.slide.markdown


def test_a_quoted_part_of_a_step_is_for_the_trainer_only():
    steps = parse_steps(
        "1. Skriv tre ting, du lagde mærke til. (3 min)\n"
        "   > Forklar øvelsen, og sig, at papiret er privat.\n"
        "2. > Del holdet i par, og giv hvert par et kort. (2 min)\n"
        "3. Tal sammen to og to. (5 min)\n"
    )
    first, second, third = steps
    assert first.for_participants == "Skriv tre ting, du lagde mærke til."
    assert first.aside == "Forklar øvelsen, og sig, at papiret er privat."
    assert first.minutes == 3 and "Forklar øvelsen" in first.text  # the trainer reads it all
    assert second.for_participants == "" and second.minutes == 2
    assert second.aside == "Del holdet i par, og giv hvert par et kort."
    assert third.for_participants == third.text == "Tal sammen to og to." and third.aside == ""


def test_the_audience_window_never_gets_the_trainers_part(qtbot, clock, exercise_item):
    from dataclasses import replace

    from facilitator.core.model import Step
    from facilitator.ui.present import open_presentation

    steps = (Step("Find en makker. Forklar reglerne.", 1, shown="Find en makker."),)
    item = replace(exercise_item, exercise=replace(exercise_item.exercise, steps=steps))
    show = build_show(item, None, clock.wall())
    controller = open_presentation(
        show, clock=clock, wall=clock.wall, choose=False, theme="light", events=MemoryEvents()
    )
    try:
        qtbot.waitUntil(lambda: controller.audience.frames_painted > 0)
        drawn = []
        p = controller.presentation
        while True:
            drawn.append(p.screen.slide.markdown)  # what audience_frame draws
            if not p.next():
                break
        text = "\n".join(drawn)
        assert "Find en makker." in text and "Forklar reglerne" not in text
        assert "At øve nysgerrighed" not in text and "Hold tempoet" not in text
        p.goto(1)
        assert "Forklar reglerne" in p.screen.notes  # on the console instead
    finally:
        controller.leave()
