"""Presenting without traps (issue 14, items 3, 4, 5 and 14): one screen or a mirrored display,
no placeholder on the projector, Esc asks and the place is kept, and slide numbers that stay
the deck's own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from facilitator.core import resume
from facilitator.core.events import MemoryEvents
from facilitator.core.fields import expand
from facilitator.core.loader import Root, load_library
from facilitator.core.presentation import Presentation
from facilitator.core.screens import deck_screens
from facilitator.core.show import build_show, continued
from facilitator.ui.present.screens import ScreenSource

CONTENT = Path(__file__).resolve().parents[3] / "content"


class MirroredScreens(ScreenSource):
    """Two outputs showing the same picture: the laptop's display duplicated on a projector."""

    def screens(self):
        screen = QGuiApplication.primaryScreen()
        return [screen, screen]


@pytest.fixture
def present(qtbot, clock, deck):
    from facilitator.ui.present import open_presentation

    opened = []

    def open_(what=deck, library=None, *, choose=False, rehearsal=False, point=None, **kwargs):
        kwargs.setdefault("events", MemoryEvents())
        show = replace(build_show(what, library, clock.wall()), rehearsal=rehearsal)
        if point is not None:
            show = continued(show, point)
        controller = open_presentation(
            show, clock=clock, wall=clock.wall, choose=choose, theme="light", **kwargs
        )
        opened.append(controller)
        if not rehearsal:
            qtbot.waitUntil(lambda: controller.audience.frames_painted > 0)
        return controller

    yield open_
    for controller in opened:
        if not controller.finished:
            controller.leave()


# 3. One screen or a mirrored display ----------------------------------------------------------


def test_one_screen_shows_a_dismissable_hint_about_the_console_and_extending(present, qtbot):
    controller = present()
    audience = controller.audience
    assert controller.screen_layout == "one"
    assert audience.banner_open()
    hint = audience.banner_text()
    assert "C shows or hides your console" in hint and "extend" in hint
    controller.escape()  # Esc closes the note first, and does not ask to leave
    assert not audience.banner_open()
    assert not controller.presentation.leaving and not controller.finished


def test_the_hint_goes_when_the_console_is_shown_or_the_slide_moves(present, qtbot):
    controller = present()
    controller.toggle_console()
    assert not controller.audience.banner_open() and controller.console.isVisible()
    controller.toggle_console()
    controller2 = present()
    controller2.next()
    assert not controller2.audience.banner_open()


def test_a_mirrored_display_is_one_picture_no_chooser_and_no_console(present, qtbot):
    controller = present(choose=True, source=MirroredScreens())
    assert controller.chooser is None  # nothing to choose: both outputs show the same
    assert controller.screen_layout == "mirrored"
    assert controller.audience.isVisible() and not controller.console.isVisible()
    assert "mirrored" in controller.audience.banner_text()
    controller.toggle_console()  # C still shows it, as on one screen
    assert controller.console.isVisible()


# 4. Never project a placeholder ---------------------------------------------------------------


@pytest.fixture(scope="module")
def safety_library():
    return load_library([Root(CONTENT / "sikkerhed", bundled=True)])


def test_a_sensitive_deck_without_local_contacts_warns_on_the_console(present, deck, qtbot):
    controller = present(replace(deck, sensitive=True), rehearsal=True)
    qtbot.waitUntil(lambda: controller.console.notice.isVisible())
    assert "No local help contacts are set" in controller.console.notice.text()


def test_no_warning_with_contacts_or_for_a_deck_that_is_not_sensitive(
    present, deck, settings_home, qtbot
):
    plain = present(rehearsal=True)
    qtbot.waitUntil(lambda: plain.console_ready)
    assert not plain.console.notice.isVisible()
    settings_home.set("help_contacts", ["Skolens AKT-lærer: lokale 12"])
    filled = present(replace(deck, sensitive=True), rehearsal=True, settings=settings_home)
    qtbot.waitUntil(lambda: filled.console_ready)
    assert not filled.console.notice.isVisible()


def test_the_help_slides_without_contacts_show_no_placeholder(present, safety_library):
    controller = present(library=safety_library)
    controller.toggle_help()
    shown = []
    p = controller.presentation
    while p.screen.ref == "sikkerhed.hjaelp":
        shown.append(expand(p.screen.slide.markdown))  # as the renderer draws it
        if not p.next():
            break
    text = "\n".join(shown)
    assert "[" not in text and "{{" not in text
    assert "ring 112" in text and "Lægevagten" in text  # the national lines are there


def test_an_old_help_deck_with_bracketed_placeholders_loses_them_without_contacts(
    present, safety_library
):
    help_deck = safety_library.item("sikkerhed.hjaelp")
    slides = list(help_deck.slides)
    slides[1] = replace(slides[1], markdown="## Her\n\n- [Kontaktperson på skolen]\n- Ring 112\n")
    old = replace(help_deck, slides=tuple(slides))
    library = replace(
        safety_library,
        modules=[
            replace(m, items=[old if i.id == old.id else i for i in m.items])
            for m in safety_library.modules
        ],
    )
    controller = present(library=library)
    controller.toggle_help()
    controller.presentation.next()
    assert controller.presentation.screen.slide.markdown == "## Her\n\n- Ring 112\n"


def test_the_built_in_help_screen_lists_the_national_lines_until_contacts_are_set(present):
    controller = present()  # no library: the built-in screen
    controller.toggle_help()
    markdown = expand(controller.presentation.screen.slide.markdown)
    assert controller.presentation.screen.ref == "help"
    assert "Lægevagten" in markdown and "[" not in markdown.replace("\\[", "")


# 5. Esc asks; the place and the timers are kept ---------------------------------------------


def test_esc_asks_with_the_pause_screen_up_esc_again_stays_enter_leaves(present, qtbot):
    controller = present(rehearsal=True)
    console = controller.console
    qtbot.waitUntil(console.isVisible)
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    p = controller.presentation
    assert p.leaving and p.audience_shows == "pause" and not controller.finished
    assert "Enter leaves" in console.cover_state.text()
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # stay
    assert not p.leaving and p.audience_shows == "screen"
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    qtbot.keyClick(console, Qt.Key.Key_Right)  # any other key stays too, and does its job
    assert not p.leaving and p.position == 1
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    with qtbot.waitSignal(controller.closed):
        qtbot.keyClick(console, Qt.Key.Key_Return)
    assert controller.finished


def test_with_the_console_hidden_the_question_is_on_the_pause_screen(present, qtbot):
    controller = present()
    controller.audience.hide_banner()
    controller.escape()
    assert controller.presentation.audience_shows == "pause"
    assert "Enter leaves" in controller.audience.banner_text()
    controller.escape()
    assert not controller.audience.banner_open()


def test_continue_where_you_stopped_brings_back_the_slide_and_the_timers(
    present, home, clock, exercise_item, qtbot
):
    first = present(exercise_item)
    first.presentation.goto(2)  # step 2: a 4-minute countdown
    first.presentation.toggle_timer()
    clock.advance(90)
    first.escape()
    assert first.presentation.leaving
    first.leave()  # what Enter does
    point = resume.last()  # from the per-user data folder: it outlives a restart
    assert point is not None and point.kind == "item" and point.ref == exercise_item.id
    assert (point.position, point.slide) == (2, 3)
    second = present(exercise_item, point=point)
    p = second.presentation
    assert p.position == 2
    assert p.elapsed() >= 90
    countdown = p.countdown()
    assert countdown is not None and round(countdown.remaining()) == 4 * 60 - 90
    assert not countdown.running  # paused: T goes on


def test_the_help_slide_is_not_where_you_continue(present, home, deck):
    controller = present()
    controller.presentation.goto(3)
    controller.toggle_help()
    controller.leave()
    point = resume.last()
    assert point is not None and (point.slide_ref, point.slide) == ("m.deck", 4)


# 14. The deck's own slide numbers ---------------------------------------------------------------


def test_the_counter_keeps_the_decks_numbers_after_the_help_slide(present, qtbot):
    controller = present(rehearsal=True)
    qtbot.waitUntil(lambda: controller.console_ready)
    controller.presentation.goto(1)
    qtbot.waitUntil(lambda: controller.console.position.text() == "2 of 5")
    controller.toggle_help()  # the built-in help screen: its own "1 of 1", not "3 of 6"
    qtbot.waitUntil(lambda: controller.console.position.text() == "1 of 1")
    controller.presentation.goto(controller.presentation.detour.back)
    qtbot.waitUntil(lambda: controller.console.position.text() == "2 of 5")
    assert controller.presentation.count == 5


def test_typing_a_number_goes_to_that_slide_of_the_deck_with_a_slide_hidden(deck, clock):
    p = Presentation(deck_screens(deck, hidden=[2]), clock=clock, wall=clock.wall)
    assert p.count == 4 and p.counter == (1, 5)
    p.type_digit(3)
    assert p.enter() and p.screen.number == 3 and p.counter == (3, 5)
    p.type_digit(2)  # hidden: nowhere to go, and the place stays
    assert not p.enter() and p.screen.number == 3 and p.typed == ""


def test_a_number_that_is_not_there_says_so_on_the_console(present, deck, qtbot):
    controller = present(rehearsal=True)
    qtbot.waitUntil(lambda: controller.console_ready)
    console = controller.console
    console.activateWindow()
    qtbot.waitUntil(console.isActiveWindow)
    qtbot.keyClick(console, Qt.Key.Key_9)
    qtbot.keyClick(console, Qt.Key.Key_Return)
    assert controller.presentation.position == 0
    assert "no slide 9" in console.message.text()
