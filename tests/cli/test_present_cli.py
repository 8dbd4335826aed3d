"""``facilitator present ID``: the item found without the whole library; bad input refused."""

from __future__ import annotations

import pytest

from facilitator.cli import main
from facilitator.core import paths
from facilitator.core.loader import Root, load_library

LIBRARY = load_library([Root(paths.bundled_content_dir(), bundled=True)])
DECK = next(item for item in LIBRARY.items() if item.kind == "deck")
MODULE = next(m for m in LIBRARY.modules if m.id == DECK.module_id)


@pytest.fixture
def presented(monkeypatch):
    """What ``present`` would open, caught before any window is shown."""
    calls: list[dict] = []

    def run_presentation(show, **kwargs):
        calls.append(dict(kwargs, show=show))
        return 0

    monkeypatch.setattr("facilitator.ui.present.run.run_presentation", run_presentation)
    return calls


def test_a_deck_by_id_opens_with_its_slides_and_its_modules_exercises(home, presented):
    assert main(["present", DECK.id, "--start", "2"]) == 0
    (call,) = presented
    show = call["show"]
    assert show.title == DECK.title and show.start == 1
    assert [s.slide.markdown for s in show.screens] == [s.markdown for s in DECK.slides]
    assert [i.id for i in show.exercises] == [i.id for i in MODULE.items if i.kind == "exercise"]


def test_unknown_id_start_beyond_the_end_and_a_handout_are_refused(home, presented, capsys):
    assert main(["present", DECK.id + "x"]) == 2
    err = capsys.readouterr().err
    assert f"unknown item id '{DECK.id}x'" in err and f"did you mean {DECK.id}" in err
    assert main(["present", DECK.id, "--start", str(len(DECK.slides) + 1)]) == 2
    assert f"'{DECK.id}' has {len(DECK.slides)} slides" in capsys.readouterr().err
    handout = next(item for item in LIBRARY.items() if item.kind == "handout")
    assert main(["present", handout.id]) == 2
    assert "only decks, exercises and plans can be presented" in capsys.readouterr().err
    assert presented == []


def test_one_of_the_users_plans_with_that_id_still_comes_first(home, presented):
    from datetime import datetime

    from facilitator.core import paths
    from facilitator.core.model import Plan, PlanEntry, PlanSection
    from facilitator.core.store.database import DB_NAME, has_plan, open_database
    from facilitator.core.store.plan_store import save_plan

    path = paths.data_dir() / DB_NAME
    assert has_plan(path, DECK.id) is False  # no file yet: the deck is found at once
    db = open_database(path, datetime(2026, 11, 23))
    section = PlanSection("Start", (PlanEntry("item", 20, ref=DECK.id),))
    save_plan(db, Plan(id=DECK.id, title="Mit eget forløb", sections=(section,)))
    db.close()
    assert has_plan(path, DECK.id) is True and has_plan(path, "andet") is False
    assert main(["present", DECK.id]) == 0
    assert presented[-1]["show"].title == "Mit eget forløb"


def test_a_damaged_records_file_is_not_read_as_having_no_plans(home, tmp_path):
    from facilitator.core.store.database import has_plan

    damaged = tmp_path / "facilitator.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x01" * 200)
    assert has_plan(damaged, DECK.id) is None  # the whole library (and the store) decide


def test_the_help_slide_comes_from_the_safety_modules_alone(home):
    from facilitator.cli import present
    from facilitator.core import safety

    library = present._safety_library()
    for ident in (*safety.HELP_DECKS.values(), *safety.GROUNDING.values()):
        assert library.item(ident) == LIBRARY.item(ident)
    assert len(library.modules) < len(LIBRARY.modules)
