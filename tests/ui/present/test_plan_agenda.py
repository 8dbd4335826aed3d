"""Running a plan: the agenda against the clock, re-timing the rest, skipping entries, breaks.

The plan (``m.dag`` of conftest.py) runs 09:00-10:00: section "Start" holds the deck (20 min),
the exercise (15) and a fixed break (10); section "Slut" a free entry (10) and a handout (5).
Time is moved by hand: no test sleeps.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor

from facilitator.core.agenda import PlanRun
from facilitator.core.events import MemoryEvents
from facilitator.core.plan_book import PlanBook
from facilitator.core.planning import clock as hhmm
from facilitator.core.presentation import Presentation
from facilitator.core.screens import plan_screens

CTRL = Qt.KeyboardModifier.ControlModifier


class Clock:
    """Monotonic seconds and a wall clock that move only when the test says so."""

    def __init__(self, start: datetime) -> None:
        self.seconds = 5000.0
        self.start = start

    def __call__(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.seconds - 5000.0)

    def minutes(self, minutes: float) -> None:
        self.seconds += minutes * 60


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 24, 9, 0, 0))


def saved(window):
    """The open plan as it is in the database right now."""
    controller = window.plan_controller
    return PlanBook(lambda: controller.book.db, controller.library).load(controller.plan.id)[0]


def first_screen_of(presentation, entry: int) -> int:
    return next(i for i, s in enumerate(presentation.screens) if s.entry == entry)


def behind_plan(presentation, clock):
    """The deck took 30 minutes instead of 20; 5 minutes into the exercise it is 09:35."""
    clock.minutes(12)
    presentation.next()
    clock.minutes(18)
    assert presentation.next_entry()  # Ctrl+Right: on to the exercise
    clock.minutes(5)


def test_the_agenda_while_behind_plan(planner_library, clock):
    plan = planner_library.plan("m.dag")
    screens, _ = plan_screens(plan, planner_library)
    presentation = Presentation(screens, clock=clock, wall=clock.wall, events=MemoryEvents())
    run = PlanRun(plan, presentation)
    behind_plan(presentation, clock)

    agenda = run.agenda()
    assert agenda.current == 1
    assert [e.state for e in agenda.entries] == ["done", "current", "coming", "coming", "coming"]
    assert [hhmm(e.start) for e in agenda.entries] == ["09:00", "09:20", "09:35", "09:45", "09:55"]
    assert hhmm(agenda.planned_end) == "10:00"
    # 09:35 now, 10 minutes left of the exercise, then 25 minutes: 10:10, ten minutes late.
    assert hhmm(agenda.projected_end) == "10:10"
    assert agenda.late == 10 and agenda.drift == 10
    assert [(s.title, s.drift) for s in agenda.sections] == [("Start", 10), ("Slut", 0)]


def test_skipping_entries_forward_and_back(planner_library, clock):
    plan = planner_library.plan("m.dag")
    screens, _ = plan_screens(plan, planner_library)
    presentation = Presentation(screens, clock=clock, wall=clock.wall)
    presentation.next()  # the deck's second slide
    entries = []
    while presentation.next_entry():
        entries.append(presentation.screen.entry)
        assert presentation.position == first_screen_of(presentation, presentation.screen.entry)
    assert entries == [1, 2, 3, 4]
    assert not presentation.next_entry()  # nothing after the last entry
    assert presentation.previous_entry() and presentation.screen.entry == 3
    assert presentation.previous_entry() and presentation.screen.entry == 2
    assert presentation.previous_entry() and presentation.screen.entry == 1
    presentation.next()  # into the exercise: the previous entry is still the one before
    assert presentation.screen.entry == 1
    assert presentation.previous_entry() and presentation.position == 0
    assert not presentation.previous_entry()


@pytest.fixture
def running(planner_window, clock, qtbot):
    """The plan presented from the planner with the test's clock."""
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    planner.tree.setCurrentIndex(planner.model.entry_index(0))
    controller = planner.present_plan(windowed=True, choose=False, clock=clock, wall=clock.wall)
    yield controller
    if not controller.finished:
        controller.leave()
        qtbot.waitUntil(lambda: controller.finished)


def test_the_console_shows_the_agenda_behind_plan_in_words_and_colour(running, clock, qtbot):
    console = running.console
    qtbot.waitExposed(console)
    assert console.tabs.currentWidget() is console.agenda
    behind_plan(running.presentation, clock)
    running._tick()
    panel = console.agenda
    assert panel.planned.text() == "Planned end 10:00"
    assert panel.projected.text() == "Projected end 10:10"
    assert panel.state.text() == "10 min behind"
    rows = [panel.tree.topLevelItem(r) for r in range(panel.tree.topLevelItemCount())]
    texts = [[row.text(c) for c in range(4)] for row in rows]
    assert texts[0] == ["09:00", "Start", "", "+10 min"]  # a section: its drift, written out
    assert texts[3] == ["09:35", "   Pause", "10 min, fixed", ""]
    assert texts[4][1:] == ["Slut", "", "on time"]
    current = rows[panel.current_row()]
    assert current.text(1) == "▶ Gæt tanken" and current.font(1).bold()
    assert current.text(3) == "5 of 15 min"
    behind = rows[0].foreground(3).color()
    assert behind != rows[4].foreground(3).color()  # behind is coloured, on time is not
    assert behind == QColor("#a8361b")  # the light theme's "behind"
    assert panel.state.accessibleDescription() == "behind"


def test_re_time_the_rest_asks_first_then_applies_saves_and_can_be_undone(
    running, planner_window, clock, qtbot
):
    console = running.console
    qtbot.waitExposed(console)
    behind_plan(running.presentation, clock)
    before = [e.minutes for e in planner_window.plan_controller.plan.entries]
    assert before == [20, 15, 10, 10, 5]

    # Ctrl+R: the proposal for everything after the exercise. Cancel changes nothing.
    running.registry.action("present.retime").trigger()
    dialog = console.retime_dialog
    assert dialog is not None and dialog.isVisible()
    rows = [dialog.table.topLevelItem(r) for r in range(dialog.table.topLevelItemCount())]
    # The exercise ends 09:45 at its planned pace; 15 minutes to 10:00, 10 of them the fixed
    # break: the free entry and the handout share 5 minutes as 10 to 5.
    assert [[row.text(c) for c in range(3)] for row in rows] == [
        ["Pause", "10 min", "10 min, fixed"],
        ["Runde", "10 min", "3 min"],
        ["Om nysgerrighed", "5 min", "2 min"],
    ]
    assert dialog.verdict.text() == "The plan then ends at 10:00."
    dialog.reject()
    assert [e.minutes for e in running.run.plan.entries] == before
    assert [e.minutes for e in saved(planner_window).entries] == before

    running.registry.action("present.retime").trigger()
    console.retime_dialog.accept()
    after = [20, 15, 10, 3, 2]
    assert [e.minutes for e in running.run.plan.entries] == after
    free = running.presentation.screens[first_screen_of(running.presentation, 3)]
    assert free.planned == 180
    running._tick()
    assert hhmm(running.run.agenda().projected_end) == "10:00"
    assert console.agenda.state.text() == "On time"
    # Saved in the planner's database through the planner's own edit, and undoable there.
    assert [e.minutes for e in planner_window.plan_controller.plan.entries] == after
    assert [e.minutes for e in saved(planner_window).entries] == after
    assert planner_window.plan_controller.undo()
    assert [e.minutes for e in saved(planner_window).entries] == before


def test_entry_keys_in_the_console(running, qtbot):
    console = running.console
    qtbot.waitExposed(console)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    state = running.presentation
    qtbot.keyClick(console, Qt.Key.Key_Right, CTRL)
    assert state.screen.entry == 1 and state.screen.kind == "exercise-intro"
    qtbot.keyClick(console, Qt.Key.Key_Right, CTRL)
    assert state.screen.kind == "break"
    qtbot.keyClick(console, Qt.Key.Key_Left, CTRL)
    assert state.screen.entry == 1
    qtbot.keyClick(console, Qt.Key.Key_Right)  # a plain arrow still goes one screen on
    assert state.screen.entry == 1 and state.screen.kind == "exercise-step"


def test_a_break_counts_down_by_itself_and_says_when_we_start_again(running, clock, qtbot):
    console = running.console
    qtbot.waitExposed(console)
    state = running.presentation
    clock.minutes(47)  # 09:47: the break comes a little late
    state.goto(first_screen_of(state, 2))
    countdown = state.countdown()
    assert countdown is not None and countdown.running  # no T needed
    assert countdown.remaining() == 600
    # The projector speaks the plan's language (Danish), the console the app's (English here).
    assert "Vi starter igen kl. 09:57" in state.screen.slide.markdown
    console.tick()
    assert console.step_panel.state.text() == "Break · we start again at 09:57"
    assert "Step" not in console.step_panel.state.text()
    clock.minutes(2)
    assert countdown.remaining() == 480
    running.registry.action("present.minute").trigger()  # M: one more minute
    assert "Vi starter igen kl. 09:58" in state.screen.slide.markdown
    qtbot.waitUntil(lambda: "09:58" in console.step_panel.state.text())
    clock.minutes(9)
    running._tick()
    assert countdown.finished
    assert console.step_panel.state.text() == "Break: time is up"


def test_present_plan_id_gives_the_console_the_plan_and_the_help_deck(home, monkeypatch):
    from facilitator.cli import main

    calls: list[dict] = []
    monkeypatch.setattr(
        "facilitator.ui.present.run.run_presentation",
        lambda show, **kwargs: calls.append(dict(kwargs, show=show)) or 0,
    )
    assert main(["present", "kursus.dag-1"]) == 0
    (call,) = calls
    show = call["show"]
    assert show.plan.id == "kursus.dag-1" and not show.own_plan
    assert call["library"].item("sikkerhed.hjaelp") is not None  # the help deck is at hand
    breaks = [s for s in show.screens if s.kind == "break"]
    assert breaks and all(s.seconds == s.planned for s in breaks)  # they count down


# Rehearsing outside the plan's own time -----------------------------------------------------------


def _monday_plan(planner_library):
    from dataclasses import replace

    return replace(planner_library.plan("m.dag"), day="2026-11-24")  # 09:00-10:00 on Tuesday


def test_the_plan_is_live_only_on_its_day_within_its_hours(planner_library):
    from facilitator.core.agenda import plan_end_time, plan_is_live

    plan = _monday_plan(planner_library)
    on_the_day = datetime(2026, 11, 24, 8, 45)
    assert plan_is_live(plan, on_the_day)  # a quarter of an hour early still counts
    assert plan_end_time(plan, on_the_day) == datetime(2026, 11, 24, 10, 0)
    evening_before = datetime(2026, 11, 23, 23, 41)
    assert not plan_is_live(plan, evening_before)
    # Off its time the run ends when its planned minutes are up, counted from now.
    assert plan_end_time(plan, evening_before) == datetime(2026, 11, 24, 0, 41)
    assert plan_end_time(plan, evening_before, position=3) == datetime(2026, 11, 23, 23, 56)
    assert not plan_is_live(plan, datetime(2026, 11, 24, 7, 0))  # too early on the day
    assert not plan_is_live(plan, datetime(2026, 11, 24, 10, 30))  # after its end


def test_rehearsing_the_evening_before_runs_the_clocks_from_the_start(planner_library):
    from facilitator.core.agenda import plan_end_time

    plan = _monday_plan(planner_library)
    clock = Clock(datetime(2026, 11, 23, 23, 41))
    presentation = Presentation(
        plan_screens(plan, planner_library)[0],
        clock=clock,
        wall=clock.wall,
        end_time=plan_end_time(plan, clock.wall()),
    )
    run = PlanRun(plan, presentation)
    assert not run.live
    agenda = run.agenda()
    assert (agenda.planned_end, agenda.projected_end, agenda.late) == (600, 600, 0)
    assert presentation.remaining() == 3600  # an hour left, not "-12:45:39"
    clock.minutes(25)  # the 20-minute deck took 25, past midnight
    agenda = run.agenda()
    assert agenda.late == 5 and agenda.projected_end == 605  # five minutes behind, not 14 hours
    assert presentation.remaining() == 35 * 60


def test_the_console_says_why_the_clocks_start_now_and_never_shows_a_negative_clock(
    planner_window, qtbot
):
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    planner.header.day.setDate(QDate(2026, 11, 24))
    planner.tree.setCurrentIndex(planner.model.entry_index(0))
    clock = Clock(datetime(2026, 11, 23, 23, 41))
    controller = planner.present_plan(windowed=True, choose=False, clock=clock, wall=clock.wall)
    try:
        console = controller.console
        console.ensure_built()
        qtbot.waitExposed(console)
        controller._tick()
        assert controller.run is not None and not controller.run.live
        assert not console.agenda.clock_note.isHidden()  # shown with the console
        assert "23:41" in console.agenda.clock_note.text()
        assert console.agenda.state.text() == "On time"
        assert console.countdown.text() == "1:00:00 left · ends 00:41"
        clock.minutes(75)  # a quarter of an hour past the planned minutes
        controller._tick()
        assert console.countdown.text() == "15:00 over · ended 00:41"
    finally:
        controller.leave()
        qtbot.waitUntil(lambda: controller.finished)
