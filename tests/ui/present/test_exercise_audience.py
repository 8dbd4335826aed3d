"""Exercises on the projector show only what is for the participants (issue 14.6): the title,
the steps without their trainer's part, and the reflection questions. Purpose, materials,
facilitator notes, variations, time and group form stay on the console."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from facilitator.core.events import MemoryEvents
from facilitator.core.loader import Root, load_library
from facilitator.core.screens import Words, exercise_screens
from facilitator.core.show import build_show
from facilitator.core.slide_split import parse_steps

CONTENT = Path(__file__).resolve().parents[3] / "content"

# How a sentence addressed to the trainer begins, in Danish and Bokmål. Only forms that never
# start a sentence written to the participants: "Del deltagerne i ..." but not "Del frivilligt
# ...", "Giv hver gruppe ..." but not "Giv følelsen et tal", "Sig tak ..." but not "Sig dit
# mål", "Fortæl, at ..." but not "Fortæl om dit mål", "Led vejrtrækningen" but not "Led sammen
# efter ...", "Samle gruppa" but not "Samle gode tips".
TRAINER_DA = (
    r"forklar\b",
    r"fortæl(, at| kort om)",
    r"del (deltagerne|holdet|klassen|forældrene|eleverne|i grupper)",
    r"bed (deltagerne|alle|dem|eleverne|to|et par|en eller)",
    r"sig(:|,| roligt| tydeligt| tak| også)",
    r"saml (op|gruppen|holdet|klassen|nogle|punkterne|de bedste)",
    r"giv (hvert|hver|selv|et eksempel|et par sekunder)",
    r"gennemgå\b",
    r"(underviseren|underviserne|læreren)\b",
    r"læg (arkene|de to papirer)",
    r"led vejrtrækningen",
    r"stil (spørgsmålet|ét)",
    r"spørg (to|2|dem|hver|et par)",
    r"inviter deltagerne",
    r"byd velkommen",
    r"vis (selv|et eksempel|et kort|modellen|linjen|plakaten|dagens|lektionens|de tre)",
)
TRAINER_NB = (
    r"forklar\b",
    r"fortell( at| kort om)",
    r"del (inn|ut|klassen|deltakerne|elevene)",
    r"be (alle|deltakerne|elevene|dem)",
    r"si(:| rolig| hva det ikke)",
    r"samle (gruppa|klassen)",
    r"gi (hver|et eksempel|rolig)",
    r"gå gjennom (de seks|rammene|stedene)",
    r"(kursholder|kursholderne|læreren)\b",
    r"led (pusten|deltakerne)",
    r"still (spørsmålet|ett)",
    r"ønsk velkommen",
    r"hent inn",
    r"snakk kort om",
    r"heng opp",
    r"vis (et eksempel|modellen|kveldens|de tre)",
)
TRAINER_START = {
    language: re.compile(r"(?:^|[.!?:]\s+)(?:" + "|".join(verbs) + ")", re.IGNORECASE)
    for language, verbs in (("da", TRAINER_DA), ("nb", TRAINER_NB))
}


def trainer_instruction(text: str, language: str) -> str | None:
    """The trainer's instruction a participant's text starts a sentence with, if any."""
    match = TRAINER_START[language].search(text)
    return match.group(0).lstrip(".!?: ") if match else None


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


def test_no_bundled_step_tells_the_projector_what_the_trainer_should_do(bundled_exercises):
    """A step's visible part speaks to the participants: "Find en makker", not "Bed
    deltagerne finde en makker"; the trainer's part of the step is a `>` quote."""
    found = []
    for item in bundled_exercises:
        for n, step in enumerate(item.exercise.steps, start=1):
            said = trainer_instruction(step.for_participants, item.language)
            if said:
                found.append(f"{item.path.name} step {n}: {said!r} in {step.for_participants!r}")
    assert not found, f"{len(found)} steps:\n" + "\n".join(found[:20])


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        ("Forklar øvelsen, og sig, at papiret er privat.", "da", "Forklar"),
        ("Skriv tre ting. Bed to-tre deltagere fortælle.", "da", "Bed to"),
        ("Før øvelsen: Bed deltagerne mærke efter.", "da", "Bed deltagerne"),
        ("Del deltagerne i grupper på tre.", "da", "Del deltagerne"),
        ("Runden. Sig tak til hver enkelt.", "da", "Sig tak"),
        ("Underviseren samler op.", "da", "Underviseren"),
        ("Be deltakerne finne en partner.", "nb", "Be deltakerne"),
        ("Del inn i grupper på tre.", "nb", "Del inn"),
        ("Stopp opp. Si rolig: «Kjenn føttene.»", "nb", "Si rolig"),
        ("Find en makker, og aftal, hvem der er A.", "da", None),
        ("Del frivilligt din konkrete ting med sidemanden.", "da", None),
        ("Giv følelsen et nyt tal fra 0 til 10.", "da", None),
        ("Plenum: Sig dit mål i én sætning.", "da", None),
        ("To og to: Fortæl om dit mål. Led sammen efter en anden tanke.", "da", None),
        ("Grupper på tre–fire: Del hva som hjelper deg. Samle gode tips.", "nb", None),
        ("Alene: Gå gjennom sjekklisten. Gi følelsen et tall.", "nb", None),
    ],
)
def test_a_trainer_instruction_is_told_from_a_participants_sentence(text, language, said):
    assert trainer_instruction(text, language) == said


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
