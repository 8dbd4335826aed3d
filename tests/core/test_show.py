"""``build_show``: what a presentation opens with, decided once for F5, the planner and the CLI."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.core.model import (
    ExerciseParts,
    Item,
    Library,
    Module,
    Plan,
    PlanEntry,
    PlanSection,
    Slide,
    Step,
)
from facilitator.core.screens import Words
from facilitator.core.show import NothingToShow, build_show


def _item(ident: str, kind: str, minutes: int = 10) -> Item:
    slides = tuple(Slide(markdown=f"## {ident} {n}", index=n) for n in range(3))
    steps = (Step("Breathe in", 1), Step("Breathe out", 1))
    return Item(
        id=ident,
        kind=kind,
        title=ident.title(),
        module_id="m",
        duration=minutes,
        path=Path(f"/library/m/{ident}.md"),
        body="",
        slides=slides if kind == "deck" else (),
        exercise=ExerciseParts(purpose="Calm", steps=steps, reflection="- How?")
        if kind == "exercise"
        else None,
    )


@pytest.fixture
def library() -> Library:
    deck = _item("m.deck", "deck", 15)
    handout = _item("m.handout", "handout")
    breathe = _item("m.breathe", "exercise", 5)
    module = Module(id="m", title="M", path=Path("/library/m"), items=(deck, handout, breathe))
    return Library(modules=[module])


def test_a_deck_ends_after_its_minutes_and_offers_its_modules_exercises(library):
    now = datetime(2026, 11, 24, 13, 0)
    show = build_show(library.item("m.deck"), library, now, 2)
    assert show.start == 2 and len(show.screens) == 3
    assert show.end_time == now + timedelta(minutes=15)
    assert [i.id for i in show.exercises] == ["m.breathe"]
    assert show.plan is None and show.language == library.item("m.deck").language


def test_a_plan_starts_at_the_chosen_entry_and_ends_by_the_plan_rule(library):
    entries = (
        PlanEntry("item", 15, ref="m.deck"),
        PlanEntry("break", 10, label="Pause"),
        PlanEntry("item", 5, ref="m.breathe"),
    )
    plan = Plan(id="p", title="Dag", sections=(PlanSection("Start", entries),))
    now = datetime(2026, 11, 23, 20, 0)  # no clock time: the run counts from now
    show = build_show(plan, library, now, 1)
    assert show.screens[show.start].kind == "break"  # the first screen of entry 1
    assert show.end_time == now + timedelta(minutes=15)  # the break and the exercise
    assert show.plan is plan and show.title == "Dag" and show.exercises == ()
    timed = replace(plan, start="09:00", target_end="12:00")  # on its own time: its end
    assert build_show(timed, library, datetime(2026, 11, 23, 9, 30)).end_time == datetime(
        2026, 11, 23, 12, 0
    )


def test_generated_screens_follow_the_projectors_words(library):
    show = build_show(library.item("m.breathe"), library, datetime(2026, 1, 1))
    assert show.screens[-1].slide.markdown.startswith("## Reflection")
    danish = show.in_words(Words(reflection="Refleksion"))
    assert danish.screens[-1].slide.markdown.startswith("## Refleksion")
    assert danish.in_words(danish.words) is danish  # built once per language


def test_what_cannot_be_presented_is_refused_with_its_id(library):
    with pytest.raises(NothingToShow, match="m.handout"):
        build_show(library.item("m.handout"), library, datetime(2026, 1, 1))
    empty = Plan(id="tom", title="Tom", sections=())
    with pytest.raises(NothingToShow, match="'tom' has nothing to present"):
        build_show(empty, library, datetime(2026, 1, 1))
