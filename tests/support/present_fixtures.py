"""Fixtures for the presentation tests: a clock the test moves, and small items to present."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from facilitator.core.model import ExerciseParts, Item, Slide, Step

START = datetime(2026, 11, 24, 9, 0, 0)


class FakeClock:
    """Monotonic seconds and a wall clock that move only when the test says so."""

    def __init__(self) -> None:
        self.seconds = 1000.0
        self.start = START

    def __call__(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 1000.0)

    def advance(self, seconds: float) -> None:
        self.seconds += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_deck(slides: int = 5, duration: int = 10, ident: str = "m.deck") -> Item:
    return Item(
        id=ident,
        title="Hvad er mentalisering?",
        kind="deck",
        duration=duration,
        path=Path("/library/m/deck.md"),
        module_id="m",
        body="",
        slides=tuple(
            Slide(markdown=f"## Slide {n + 1}\n\n- punkt", notes=f"Noter {n + 1}", index=n)
            for n in range(slides)
        ),
    )


def make_exercise(ident: str = "m.ex") -> Item:
    return Item(
        id=ident,
        title="Gæt tanken",
        kind="exercise",
        duration=15,
        path=Path("/library/m/ex.md"),
        module_id="m",
        body="",
        group_form=("pairs",),
        exercise=ExerciseParts(
            purpose="At øve nysgerrighed.",
            materials="- Kort",
            steps=(
                Step("Find en makker.", 1),
                Step("Gæt, hvad personen tænker.", 4),
                Step("Tal sammen om det."),
            ),
            notes="Hold tempoet roligt.",
            reflection="- Hvad overraskede dig?",
        ),
    )


@pytest.fixture
def deck() -> Item:
    return make_deck()


@pytest.fixture
def exercise_item() -> Item:
    return make_exercise()


@pytest.fixture
def make() -> object:
    """Factories for tests that need more than one item: ``make.deck(...)``, ``make.exercise()``."""

    class Make:
        deck = staticmethod(make_deck)
        exercise = staticmethod(make_exercise)

    return Make()


@pytest.fixture
def settings_home(home):
    """Settings in a fresh per-user folder (the choices a presentation remembers go there)."""
    from facilitator.core.settings import Settings

    return Settings.load()
