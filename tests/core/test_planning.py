from __future__ import annotations

from facilitator.core.model import Plan, PlanEntry, PlanSection
from facilitator.core.planning import (
    PlanEditor,
    clock,
    over_under,
    planned_end,
    progress,
    retime,
    schedule,
)


def entry(minutes, kind="item", ref="x", flexible=True):
    return PlanEntry(
        kind=kind,
        minutes=minutes,
        ref=ref if kind == "item" else "",
        label="" if kind == "item" else ref,
        flexible=flexible,
    )


def day():
    return Plan(
        id="p",
        title="Dag",
        start="09:00",
        target_end="12:00",
        sections=(
            PlanSection(
                "Formiddag",
                (entry(45, ref="a"), entry(15, "break", "Kaffe", False), entry(60, ref="b")),
            ),
            PlanSection("Afslutning", (entry(30, ref="c"), entry(20, "free", "Runde"))),
        ),
    )


def test_clock_times_and_totals():
    slots = schedule(day())
    assert [s.span for s in slots] == [
        "09:00–09:45",
        "09:45–10:00",
        "10:00–11:00",
        "11:00–11:30",
        "11:30–11:50",
    ]
    assert [s.section for s in slots] == [0, 0, 0, 1, 1]
    assert day().minutes == 170 and clock(planned_end(day())) == "11:50"
    assert over_under(day()) == -10


def test_over_and_no_target():
    plan = day()
    editor = PlanEditor(plan)
    editor.set_minutes(2, 80)
    assert over_under(editor.plan) == 10
    assert over_under(Plan(id="q", title="Q", sections=plan.sections)) is None


def test_retime_shortens_flexible_entries_proportionally_and_keeps_fixed():
    plan = day()
    # At 10:30 we are starting entry 2 (planned 10:00): 90 min left until 12:00.
    new = retime(plan, 2, now=10 * 60 + 30)
    minutes = [e.minutes for e in new.entries]
    assert minutes[:2] == [45, 15]
    assert sum(minutes[2:]) == 90
    assert minutes[2:] == [49, 25, 16]  # 60:30:20 scaled to 90, whole minutes
    fixed = Plan(
        id="f",
        title="F",
        start="09:00",
        target_end="10:00",
        sections=(PlanSection("", (entry(30), entry(30, "break", "Frokost", False), entry(30))),),
    )
    assert [e.minutes for e in retime(fixed, 0, now=9 * 60).entries] == [15, 30, 15]


def test_progress_projects_the_end_and_section_drift():
    plan = day()
    # Entry 0 took 55 min instead of 45, the break 15; we are 20 min into entry 2 at 10:30.
    state = progress(plan, 2, elapsed_in_current=20, now=10 * 60 + 30, actual={0: 55, 1: 15})
    assert clock(state.planned_end) == "11:50"
    assert clock(state.projected_end) == "12:00"
    assert state.drift == 10
    assert state.section_drift == (10, 0)
    late = progress(plan, 2, elapsed_in_current=70, now=11 * 60 + 20, actual={0: 55, 1: 15})
    assert late.section_drift == (20, 0) and clock(late.projected_end) == "12:10"


def test_undo_redo_every_change():
    seen = []
    editor = PlanEditor(day(), on_change=seen.append)
    original = editor.plan
    editor.set_minutes(0, 50)
    editor.move(0, 3)
    editor.remove(1)
    editor.insert(1, 0, entry(5, "free", "Ny"))
    editor.set_note(0, "husk")
    after = editor.plan
    assert [e.label or e.ref for e in after.entries] == ["Kaffe", "Ny", "c", "a", "Runde"]
    assert after.entries[0].note == "husk" and after.entries[3].minutes == 50
    for _ in range(5):
        assert editor.undo()
    assert editor.plan == original and not editor.can_undo and not editor.undo()
    for _ in range(5):
        assert editor.redo()
    assert editor.plan == after and not editor.redo()
    assert len(seen) == 15


def test_move_across_sections_keeps_sections():
    editor = PlanEditor(day())
    editor.move(0, 3)  # 'a' to after 'c' -> into the second section
    sections = [[e.label or e.ref for e in s.entries] for s in editor.plan.sections]
    assert sections == [["Kaffe", "b"], ["c", "a", "Runde"]]
    editor.remove(0)
    assert [[e.label or e.ref for e in s.entries] for s in editor.plan.sections] == [
        ["b"],
        ["c", "a", "Runde"],
    ]
