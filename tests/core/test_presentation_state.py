"""The presentation state, driven by a clock the test moves: no Qt, no sleeping."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.core.events import MemoryEvents
from facilitator.core.model import Library, Module, Plan, PlanEntry, PlanSection
from facilitator.core.placement import place_windows
from facilitator.core.presentation import Presentation
from facilitator.core.screens import Words, deck_screens, exercise_screens, plan_screens
from facilitator.core.timers import clock_text


@pytest.fixture
def show(deck, clock):
    events = MemoryEvents()
    presentation = Presentation(deck_screens(deck), clock=clock, wall=clock.wall, events=events)
    seen: list[str] = []
    presentation.subscribe(seen.append)
    presentation.seen = seen  # type: ignore[attr-defined]
    return presentation


def test_next_and_previous_stop_at_the_ends(show):
    assert show.position == 0
    assert show.previous() is False
    for _ in range(10):
        show.next()
    assert show.position == 4 and show.at_end
    assert show.next() is False
    show.previous()
    assert show.position == 3
    show.first()
    assert show.position == 0
    show.last()
    assert show.position == 4


def test_a_number_then_enter_goes_to_that_slide(show):
    show.type_digit(3)
    assert show.typed == "3"
    assert show.enter() is True
    assert show.position == 2 and show.typed == ""
    show.type_digit(1)
    show.type_digit(2)  # there is no slide 12: nothing moves, the typing is cleared
    assert show.enter() is False
    assert show.position == 2 and show.typed == ""
    show.type_digit(9)
    assert show.backspace() is True and show.typed == ""
    assert show.backspace() is False  # nothing typed: the view then goes back a slide
    assert show.enter() is True and show.position == 3  # Enter alone is "next"


def test_typing_is_forgotten_when_the_slide_changes(show):
    show.type_digit(4)
    show.next()
    assert show.typed == ""


def test_overview_picks_a_slide_and_closes(show):
    show.toggle_overview()
    assert show.overview
    show.choose(3)
    assert show.position == 3 and not show.overview
    assert "overview" in show.seen and "position" in show.seen


def test_black_white_and_panic_cover_the_audience_screen(show):
    assert show.audience_shows == "screen"
    show.toggle_black()
    assert show.audience_shows == "black"
    show.toggle_white()
    assert show.audience_shows == "white"
    show.toggle_white()
    assert show.audience_shows == "screen"
    show.toggle_black()
    show.toggle_panic()
    assert show.audience_shows == "pause"  # the panic key wins over everything
    show.next()  # the trainer can move on behind the pause screen
    assert show.position == 1 and show.audience_shows == "pause"
    show.toggle_panic()
    assert show.audience_shows == "black"


def test_swap_and_notes_size(show):
    show.swap()
    assert show.swapped
    show.swap()
    assert not show.swapped
    size = show.notes_size
    show.bigger_notes()
    assert show.notes_size > size
    for _ in range(30):
        show.smaller_notes()
    assert show.notes_size == 10


def test_elapsed_time_pauses(show, clock):
    clock.advance(90)
    assert show.elapsed() == pytest.approx(90)
    show.toggle_pause()
    assert show.paused
    clock.advance(600)
    assert show.elapsed() == pytest.approx(90)
    show.toggle_pause()
    clock.advance(10)
    assert show.elapsed() == pytest.approx(100)
    assert show.now() == clock.wall()


def test_countdown_to_the_end_time_and_its_pace_colour(show, clock):
    # Five slides in ten minutes: two minutes each.
    assert show.pace() is None
    show.set_end_time(clock.wall() + timedelta(minutes=10))
    assert show.remaining() == pytest.approx(600)
    assert show.pace() == "on"
    clock.advance(60)
    show.next()
    show.next()  # two slides done after one minute: well ahead
    assert show.pace() == "ahead"
    clock.advance(7 * 60)  # 8 minutes gone, three slides (six minutes) still to go
    assert show.pace() == "behind"
    assert show.slack() == pytest.approx(-120)  # two minutes left, four minutes of slides
    clock.advance(3 * 60)
    assert show.remaining() < 0
    assert show.pace() == "over"


def test_shown_time_is_recorded_when_a_slide_leaves(show, clock):
    clock.advance(30)
    show.next()
    clock.advance(12)
    show.goto(4)
    clock.advance(5)
    show.finish()
    records = [(r.ref, r.slide, round(r.seconds)) for r in show.events.shown_records]
    assert records == [("m.deck", 1, 30), ("m.deck", 2, 12), ("m.deck", 5, 5)]
    assert show.events.shown_records[0].kind == "deck"


def test_ink_is_cleared_when_the_slide_changes(show):
    show.set_tool("pen")
    show.ink.press(100, 100)
    show.ink.move(300, 200)
    show.ink.release()
    assert show.ink.strokes == [[(100, 100), (300, 200)]]
    show.set_tool("laser")
    show.ink.point(5000, -3)  # kept on the slide
    assert show.ink.laser == (1920, 0)
    show.next()
    assert show.ink.empty
    show.set_tool("laser")
    assert show.ink.tool == "none"  # pressing the tool's key again puts it away


def test_exercise_screens_title_steps_and_reflection(exercise_item):
    words = Words(step="Trin {n} af {total}", group_forms={"pairs": "To og to"})
    screens = exercise_screens(exercise_item, words)
    kinds = [s.kind for s in screens]
    assert kinds == [
        "exercise-intro",
        "exercise-step",
        "exercise-step",
        "exercise-step",
        "exercise-reflection",
    ]
    intro = screens[0].slide.markdown
    assert intro == "# Gæt tanken\n"  # purpose, time and group form are the console's
    assert "At øve nysgerrighed." in screens[0].notes and "To og to" in screens[0].notes
    assert "## Trin 2 af 3" in screens[2].slide.markdown
    assert [s.seconds for s in screens] == [None, 60, 240, None, None]
    assert all("Hold tempoet roligt." in s.notes for s in screens)
    assert "Hold tempoet" not in "".join(s.slide.markdown for s in screens)  # notes: console only
    assert sum(s.planned for s in screens) == pytest.approx(15 * 60)


def test_step_countdown_start_pause_add_a_minute_and_signal_once(exercise_item, clock):
    events = MemoryEvents()
    show = Presentation(
        exercise_screens(exercise_item), clock=clock, wall=clock.wall, events=events
    )
    assert show.countdown() is None  # the title screen has no countdown
    show.next()
    countdown = show.countdown()
    assert countdown is not None and countdown.remaining() == 60 and not countdown.running
    show.toggle_timer()  # T
    clock.advance(20)
    assert countdown.remaining() == pytest.approx(40)
    show.toggle_timer()
    clock.advance(100)
    assert countdown.remaining() == pytest.approx(40)
    show.add_minute()
    assert countdown.remaining() == pytest.approx(100)
    show.toggle_timer()
    clock.advance(99)
    assert show.tick() == []
    clock.advance(2)
    assert show.tick() == ["step-finished"]
    assert show.tick() == []  # the signal comes once
    assert clock_text(countdown.remaining()) == "0:00"  # it stops at zero
    assert events.kinds() == ["step-timer"]
    show.previous()
    show.next()
    assert show.countdown() is countdown  # going back and forth keeps the step's time


def test_t_pauses_the_time_on_a_slide(show, clock):
    show.toggle_timer()
    assert show.paused
    show.toggle_timer()
    assert not show.paused


def test_an_exercise_from_the_list_is_shown_after_the_current_slide(show, exercise_item):
    show.next()
    show.present_item(exercise_screens(exercise_item))
    assert show.screen.kind == "exercise-intro"
    assert show.position == 5  # after the deck's five slides
    assert show.count == 10
    show.first()
    show.present_item(exercise_screens(exercise_item))  # already there: just go to it
    assert show.position == 5 and show.count == 10
    assert show.exercise_starts() == [5]


def test_clock_text():
    assert clock_text(0) == "0:00"
    assert clock_text(59.2) == "1:00"
    assert clock_text(61) == "1:01"
    assert clock_text(-75) == "-1:15"
    assert clock_text(3725) == "1:02:05"


def test_a_plan_presents_its_entries_in_order(deck, exercise_item):
    library = Library(
        modules=[Module(id="m", title="M", path=Path("/library/m"), items=(deck, exercise_item))]
    )
    plan = Plan(
        id="p",
        title="Dag 1",
        sections=(
            PlanSection(
                "Start",
                (
                    PlanEntry("item", 6, ref="m.deck", slides=(1, 2, 3), hidden=(2,)),
                    PlanEntry("break", 15, label="Kaffe"),
                    PlanEntry("item", 15, ref="m.ex"),
                    PlanEntry("item", 5, ref="m.gone", line=12),
                    PlanEntry("free", 10, label="Runde", slide="# Hvad håber du?"),
                ),
            ),
        ),
    )
    screens, problems = plan_screens(plan, library)
    assert [s.ref for s in screens[:3]] == ["m.deck", "m.deck", "Kaffe"]
    assert [s.number for s in screens[:2]] == [1, 3]
    assert screens[2].kind == "break" and "Kaffe" in screens[2].slide.markdown
    assert screens[-1].slide.markdown == "# Hvad håber du?"
    assert problems == ["line 12: unknown item 'm.gone'"]
    assert screens[0].planned == pytest.approx(180)  # six minutes over two slides


def test_windows_go_to_the_right_screens():
    single = place_windows(["Laptop"], 0)
    assert (single.audience, single.console) == (0, None)
    placed = place_windows(["Laptop", "HDMI-1"], 0)
    assert (placed.audience, placed.console) == (1, 0)
    placed = place_windows(["Laptop", "HDMI-1", "DP-2"], 0, "dp-2")
    assert (placed.audience, placed.console) == (2, 0)
    placed = place_windows(["Laptop", "HDMI-1"], 0, "1")  # a number counts from 1
    assert (placed.audience, placed.console) == (0, 1)
    placed = place_windows(["Laptop", "HDMI-1"], 0, "gone")  # remembered but unplugged
    assert (placed.audience, placed.console) == (1, 0)
    placed = place_windows(["Laptop", "HDMI-1"], 0, swapped=True)
    assert (placed.audience, placed.console) == (0, 1)
