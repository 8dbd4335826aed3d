"""The plan workspace without Qt: the cursor's arithmetic, typed announcements, and saving a
re-timing made on the console (what ``facilitator present`` does with one of the user's plans)."""

from __future__ import annotations

from datetime import datetime

from facilitator.core.agenda import Retiming
from facilitator.core.model import Library, Plan, PlanEntry, PlanSection
from facilitator.core.store.database import database_path, open_database
from facilitator.core.store.plan_store import load_plan, save_plan
from facilitator.core.workspace import (
    PlanChange,
    PlanWorkspace,
    insert_point,
    position_after_move,
    save_retiming,
    step_target,
)


def _plan(**fields: object) -> Plan:
    def free(name: str, minutes: int = 10) -> PlanEntry:
        return PlanEntry("free", minutes, label=name)

    sections = (
        PlanSection("Morgen", (free("a"), free("b"))),
        PlanSection("Eftermiddag", (free("c"), free("d"), free("e"))),
    )
    return Plan(id="dag", title="Dag", sections=sections, **fields)  # type: ignore[arg-type]


def test_the_cursor_moves_across_sections_and_stops_at_the_ends():
    plan = _plan()
    assert insert_point(plan, 1, 3) == (1, 2)  # after "d"
    assert insert_point(plan, 0, -1) == (0, 2)  # a section chosen: at its end
    assert step_target(plan, 2, 1, -1) == (0, 2)  # "c" up: the end of the morning
    assert step_target(plan, 1, 0, 1) == (1, 0)  # "b" down: the start of the afternoon
    assert step_target(plan, 0, 0, -1) is None and step_target(plan, 4, 1, 1) is None
    assert position_after_move(plan, 0, 1, 3) == 4  # "a" to the very end


def test_the_workspace_saves_each_edit_and_says_what_changed(home):
    db = open_database(database_path(), datetime(2026, 11, 23))
    save_plan(db, _plan())
    workspace = PlanWorkspace(Library(), lambda: db)
    heard: list[PlanChange] = []
    workspace.subscribe(heard.append)
    assert workspace.open("dag") and heard == [PlanChange.PLAN]
    workspace.set_minutes(0, 25)
    assert PlanChange.SAVE_STATE in heard and workspace.save_message == ""
    found = load_plan(db, "dag")
    assert found is not None and found[0].entries[0].minutes == 25
    db.close()


def test_a_retiming_from_the_console_is_saved_to_the_users_plan(home):
    db = open_database(database_path(), datetime(2026, 11, 23))
    save_plan(db, _plan(start="09:00", target_end="09:40"))
    db.close()
    retiming = Retiming(
        plan=_plan(), from_position=2, now=9 * 60 + 20, changes=(), end=0, target_end=0
    )
    assert save_retiming(retiming, "dag")
    db = open_database(database_path(), datetime(2026, 11, 23))
    found = load_plan(db, "dag")
    db.close()
    assert found is not None
    assert sum(e.minutes for e in found[0].entries[2:]) == 20  # the rest fits 09:20-09:40
    assert not save_retiming(retiming, "no-such-plan")
