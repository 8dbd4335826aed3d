"""The audience window and the presenter console on Qt's offscreen platform (one screen)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from facilitator.core.events import MemoryEvents
from facilitator.core.show import build_show


@pytest.fixture
def present(qtbot, clock, deck):
    """Open a presentation of ``deck`` with the test's clock; close it after the test."""
    from facilitator.ui.present import open_presentation

    opened = []

    def open_(what=deck, windowed=False, rehearsal=False, **kwargs):
        kwargs.setdefault("events", MemoryEvents())
        show = replace(build_show(what, None, clock.wall()), windowed=windowed, rehearsal=rehearsal)
        controller = open_presentation(
            show, clock=clock, wall=clock.wall, choose=False, theme="light", **kwargs
        )
        opened.append(controller)
        return controller

    yield open_
    for controller in opened:
        if not controller.finished:
            controller.leave()


NO_KEYS = Qt.KeyboardModifier.NoModifier


def mouse(widget, kind, pos):
    """A mouse event straight to the widget (the offscreen platform's cursor is not exact)."""
    held = kind != QEvent.Type.MouseMove
    button = Qt.MouseButton.LeftButton if held else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, QPointF(pos), widget.mapToGlobal(QPointF(pos)), button, button, NO_KEYS
    )
    QApplication.sendEvent(widget, event)


def active(qtbot, widget):
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_one_screen_fills_it_with_the_slides_and_keeps_the_console_hidden(present, qtbot):
    controller = present()
    audience = controller.audience
    qtbot.waitUntil(lambda: audience.frames_painted > 0)
    assert audience.isVisible() and audience.isFullScreen()
    assert audience.geometry() == audience.screen().geometry()
    assert audience.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not controller.console.isVisible()  # nothing of the console on the projector
    active(qtbot, audience)
    qtbot.keyClick(audience, Qt.Key.Key_C)
    qtbot.waitUntil(controller.console.isVisible)
    qtbot.keyClick(controller.console, Qt.Key.Key_C)
    assert not controller.console.isVisible()


def test_clicker_keys_move_cover_and_leave_with_the_place_kept(present, qtbot):
    controller = present()
    audience = active(qtbot, controller.audience)
    show = controller.presentation
    with qtbot.waitSignal(controller.frame_painted):
        qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert show.position == 1
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_Down):
        qtbot.keyClick(audience, key)
    assert show.position == 4
    qtbot.keyClick(audience, Qt.Key.Key_P)
    qtbot.keyClick(audience, Qt.Key.Key_PageUp)
    assert show.position == 2
    qtbot.keyClick(audience, Qt.Key.Key_2)
    qtbot.keyClick(audience, Qt.Key.Key_Return)
    assert show.position == 1
    qtbot.keyClick(audience, Qt.Key.Key_End)
    assert show.position == 4
    qtbot.keyClick(audience, Qt.Key.Key_Home)
    assert show.position == 0
    qtbot.keyClick(audience, Qt.Key.Key_B)
    assert show.audience_shows == "black"
    qtbot.keyClick(audience, Qt.Key.Key_Period)
    assert show.audience_shows == "screen"
    qtbot.keyClick(audience, Qt.Key.Key_W)
    assert show.audience_shows == "white"
    qtbot.keyClick(audience, Qt.Key.Key_F12)  # the panic key: the calm pause screen at once
    assert show.audience_shows == "pause"
    qtbot.keyClick(audience, Qt.Key.Key_F12)
    qtbot.keyClick(audience, Qt.Key.Key_F5)  # a clicker's "start": the slides again
    assert show.audience_shows == "screen"
    qtbot.keyClick(audience, Qt.Key.Key_Right)
    qtbot.keyClick(audience, Qt.Key.Key_Escape)  # Esc asks first: the pause screen covers
    assert show.audience_shows == "pause" and not controller.finished
    with qtbot.waitSignal(controller.closed) as left:
        qtbot.keyClick(audience, Qt.Key.Key_Return)  # Enter confirms
    assert left.args == ["m.deck", 1]
    assert not audience.isVisible()
    assert [r.slide for r in show.events.shown_records][-1] == 2


def test_advancing_blits_a_frame_drawn_ahead(present, qtbot):
    controller = present()
    qtbot.waitUntil(lambda: controller.audience.frames_painted > 0)
    following = controller.presentation.screens[1].slide
    qtbot.waitUntil(lambda: controller.frames.has(following))  # drawn before the key press
    with qtbot.waitSignal(controller.frame_painted) as painted:
        controller.next()
    assert painted.args == [1]


def test_the_console_shows_notes_next_slide_and_time(present, qtbot, clock):
    controller = present(rehearsal=True)
    console = controller.console
    qtbot.waitUntil(console.isVisible)
    assert not controller.audience.isVisible()  # rehearsal: the console alone, with a preview
    assert "Noter 1" in console.notes.toPlainText()
    assert console.next_preview.slide == controller.presentation.screens[1].slide
    size = controller.presentation.notes_size
    active(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_Plus)
    assert controller.presentation.notes_size > size
    clock.advance(125)
    controller.ticker.timeout.emit()
    assert console.elapsed.text() == "2:05"
    assert "left" in console.countdown.text()  # ten minutes for the deck from the start
    assert console.countdown.accessibleDescription() == "on"
    clock.advance(5 * 60)  # still on slide 1, with three minutes left for five slides
    controller.ticker.timeout.emit()
    assert console.countdown.accessibleDescription() == "behind"
    qtbot.keyClick(console, Qt.Key.Key_O)
    assert console.stack.currentWidget() is console.overview
    console.overview.open_at(3)
    qtbot.keyClick(console.overview, Qt.Key.Key_Return)
    assert controller.presentation.position == 3
    assert console.stack.currentWidget() is console.main


def test_laser_and_pen_from_the_console_preview_reach_the_audience(present, qtbot):
    controller = present(windowed=True)
    console = controller.console
    qtbot.waitExposed(console)
    preview = console.current
    area = preview.area()
    middle = area.center().toPoint()
    controller.presentation.set_tool("laser")
    mouse(preview, QEvent.Type.MouseMove, middle)
    x, y = controller.presentation.ink.laser
    assert abs(x - 960) < 8 and abs(y - 540) < 8  # mapped to the 1920x1080 canvas
    controller.presentation.set_tool("pen")
    mouse(preview, QEvent.Type.MouseButtonPress, middle)
    mouse(preview, QEvent.Type.MouseMove, middle + QPoint(40, 10))
    mouse(preview, QEvent.Type.MouseButtonRelease, middle + QPoint(40, 10))
    (stroke,) = controller.presentation.ink.strokes
    assert len(stroke) == 2 and stroke[1][0] > stroke[0][0]
    controller.next()
    assert controller.presentation.ink.empty  # cleared on slide change


def test_an_exercise_counts_down_each_step_and_signals_the_end(
    present, qtbot, clock, exercise_item
):
    controller = present(exercise_item)
    show = controller.presentation
    audience = active(qtbot, controller.audience)
    qtbot.keyClick(audience, Qt.Key.Key_Right)
    assert show.screen.kind == "exercise-step"
    qtbot.keyClick(audience, Qt.Key.Key_T)
    assert show.countdown().running
    qtbot.keyClick(audience, Qt.Key.Key_M)  # one more minute
    clock.advance(119)
    controller.ticker.timeout.emit()
    assert controller.console.step_panel.time.text() == "0:01"
    clock.advance(2)
    with qtbot.waitSignal(controller.step_finished):
        controller.ticker.timeout.emit()
    assert controller.flash_level() >= 0.0
    assert show.countdown().finished


def test_the_projector_speaks_the_language_of_what_is_presented(present, make):
    """The app is in English here; what the app adds to an item's screens follows the item."""
    words = {}
    for language in ("da", "nb", "en"):
        exercise = replace(make.exercise(f"m.ex-{language}"), language=language)
        controller = present(exercise)
        first = controller.presentation.screen.notes  # time and group form: the console's
        controller.next()
        words[language] = (first, controller.presentation.screen.slide.markdown)
        assert (
            controller.words.time_up
            == {
                "da": "Tiden er gået",
                "nb": "Tiden er ute",
                "en": "Time is up",
            }[language]
        )
        controller.leave()
    assert "To og to" in words["da"][0] and "Trin 1 af 3" in words["da"][1]
    assert "To og to" in words["nb"][0] and "Trinn 1 av 3" in words["nb"][1]
    assert "In pairs" in words["en"][0] and "Step 1 of 3" in words["en"][1]


def test_room_helpers_show_groups_large_and_log_no_names(present, qtbot):
    events = MemoryEvents()
    controller = present(events=events, windowed=True)
    room = controller.console.room
    room.rng = random.Random(4)
    room.names.setPlainText("Ali\nBo\nCecilie\nDina\nEmil")
    room.how.setCurrentIndex(1)  # in groups of
    room.amount.setValue(2)
    made = room.make_groups()
    assert sorted(len(g) for g in made) == [2, 3]
    assert controller.room_view is not None and controller.room_view.kind == "groups"
    assert events.events[-1].kind == "groups"
    assert events.events[-1].data == {"people": 5, "how": "size", "sizes": [len(g) for g in made]}
    assert "Ali" not in repr(events.events)
    room.amount.setValue(9)
    room.how.setCurrentIndex(0)
    assert room.make_groups() == []
    assert room.group_message.text()  # a clear message, not a traceback
    controller.next()
    assert controller.room_view is None  # the next slide puts the groups away


def test_leaving_from_the_library_keeps_the_place(qtbot, tmp_path, settings_home):
    """F5 presents the chosen deck; Shift+F5 from the preview's slide; Esc comes back there."""
    from facilitator.core.loader import Root
    from facilitator.ui.main_window import MainWindow

    library = tmp_path / "lib"
    (library / "m").mkdir(parents=True)
    (library / "m" / "module.md").write_text("---\nid: m\ntitle: M\n---\nOm.\n", encoding="utf-8")
    slides = "\n\n---\n\n".join(f"## Slide {n}\n\nNote:\nNoter {n}." for n in range(1, 5))
    (library / "m" / "deck.md").write_text(
        f"---\nid: m.deck\ntitle: Dæk\nkind: deck\nduration: 10\n---\n{slides}\n", encoding="utf-8"
    )
    window = MainWindow(settings_home, roots=lambda: [Root(library)])
    qtbot.addWidget(window)
    window.show()
    window.load_library()
    qtbot.waitUntil(lambda: window.controller.is_loaded)
    window.browser.select_item("m.deck")
    window.browser.flush_preview()
    window.browser.preview.deck.show_slide(2)
    window.registry.action("library.present-here").trigger()
    window.records.start_dialog.skip_button.click()  # F5 first asks for the session's group
    controller = window.presenter.running
    assert controller is not None and controller.presentation.position == 2
    controller.next()
    controller.leave()
    assert window.browser.preview.deck.current_slide() == 3
    window.registry.action("library.present").trigger()
    window.records.start_dialog.skip_button.click()
    again = window.presenter.running
    assert again is not controller and again.presentation.position == 0
    again.leave()


def test_a_finished_presentation_leaves_no_windows_behind(home, qtbot, clock, deck):
    """A day of presenting opens a console and an audience window per deck: once a presentation
    ends they are deleted (with their frames), and a later change of the app's colours, which
    every open screen answers, does not reach into them."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from facilitator.core.events import MemoryEvents
    from facilitator.ui import icons
    from facilitator.ui.present import open_presentation

    icons.warm_up()  # the app loads the icon font before any window
    before = len(QApplication.topLevelWidgets())
    controller = open_presentation(
        deck, clock=clock, wall=clock.wall, choose=False, theme="light", events=MemoryEvents()
    )
    qtbot.waitUntil(lambda: controller.console_ready)
    console, audience = controller.console, controller.audience
    controller.leave()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert not shiboken6.isValid(console) and not shiboken6.isValid(audience)
    assert len(QApplication.topLevelWidgets()) <= before
    icons.set_colors("#101010", "#202020", "#303030", "#404040")  # the theme changes later
    icons.notifier().changed.emit()
