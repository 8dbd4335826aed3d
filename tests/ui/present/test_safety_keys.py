"""Safety one key away: where to get help (F11 or Shift+H) and the grounding exercise (G).

The help deck and the grounding exercise are the bundled ones (``content/sikkerhed`` and
``content/trygghet-nb``); the contacts come from the ``help_contacts`` setting.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core.events import MemoryEvents
from facilitator.core.fields import expand
from facilitator.core.loader import Root, load_library
from facilitator.core.safety import calm_help_slide, fill_contacts, help_screens
from facilitator.core.show import build_show

CONTENT = Path(__file__).resolve().parents[3] / "content"
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def safety_library():
    library = load_library(
        [Root(CONTENT / "sikkerhed", bundled=True), Root(CONTENT / "trygghet-nb", bundled=True)]
    )
    assert not library.errors
    return library


@pytest.fixture
def present(qtbot, clock, deck, safety_library):
    from facilitator.ui.present import open_presentation

    opened = []

    def open_(what=deck, library=safety_library, **kwargs):
        kwargs.setdefault("events", MemoryEvents())
        show = build_show(what, library, clock.wall())
        controller = open_presentation(
            show, clock=clock, wall=clock.wall, choose=False, theme="light", **kwargs
        )
        opened.append(controller)
        qtbot.waitUntil(lambda: controller.audience.frames_painted > 0)
        return controller

    yield open_
    for controller in opened:
        if not controller.finished:
            controller.leave()


def press(qtbot, controller, key, modifier=Qt.KeyboardModifier.NoModifier):
    window = controller.audience
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)


def test_the_help_key_shows_help_and_again_returns_to_the_same_screen(present, qtbot):
    controller = present()
    state = controller.presentation
    state.goto(2)
    state.toggle_panic()  # even over the pause screen, help shows at once
    press(qtbot, controller, Qt.Key.Key_F11)
    assert state.screen.ref == "sikkerhed.hjaelp" and state.screen.number == 1
    assert state.audience_shows == "screen"
    assert controller.console.cover_state.text() == "Help slide · F11 returns"
    state.next()  # the help deck's second slide: the contacts
    assert state.screen.ref == "sikkerhed.hjaelp" and state.screen.number == 2
    press(qtbot, controller, Qt.Key.Key_H, SHIFT)
    assert state.position == 2 and state.screen.ref == "m.deck" and state.screen.number == 3
    assert state.count == 5  # the help slides are out of the run again
    press(qtbot, controller, Qt.Key.Key_H, SHIFT)
    assert state.screen.ref == "sikkerhed.hjaelp"
    for _ in range(state.screen.count):  # contacts, national lines, then on past the help
        state.next()  # on past the help slides: the next slide of the deck, help taken out
    assert state.screen.ref == "m.deck" and state.screen.number == 4 and state.count == 5
    shown = [record.ref for record in controller.presentation.events.shown_records]
    assert "sikkerhed.hjaelp" in shown  # the session log knows help was shown


def test_help_in_the_presentation_language(present, make):
    norwegian = make.deck(ident="n.deck")
    controller = present(replace(norwegian, language="nb"))
    controller.toggle_help()
    assert controller.presentation.screen.ref == "trygghet.hjelp"


def test_help_contacts_fill_the_help_slide(present, settings_home):
    settings_home.set("help_contacts", ["Skolens AKT-lærer: lokale 12", "Sundhedsplejersken"])
    controller = present(settings=settings_home)
    controller.toggle_help()
    controller.presentation.next()
    markdown = expand(controller.presentation.screen.slide.markdown)  # as the renderer does
    assert "- Skolens AKT-lærer: lokale 12\n- Sundhedsplejersken\n- Din egen læge" in markdown
    assert "[" not in markdown
    assert "ring 112" in markdown


def test_without_a_library_a_calm_built_in_help_screen(present, settings_home):
    settings_home.set("help_contacts", ["Skolens AKT-lærer: lokale 12"])
    controller = present(settings=settings_home, library=None)
    controller.toggle_help()
    screen = controller.presentation.screen
    # In the language of what is presented (Danish here), not the app's (English in the tests).
    assert screen.ref == "help" and "Hvor kan man få hjælp?" in screen.slide.markdown
    assert "- Skolens AKT-lærer: lokale 12" in screen.slide.markdown
    controller.toggle_help()
    assert controller.presentation.screen.ref == "m.deck"
    controller.toggle_help()
    controller.escape()  # Esc also comes back from the help screen, and leaves nothing
    assert controller.presentation.screen.ref == "m.deck" and not controller.finished


def test_the_grounding_exercise_from_its_key_and_the_room_helpers(present, qtbot):
    controller = present()
    state = controller.presentation
    state.goto(1)
    press(qtbot, controller, Qt.Key.Key_G)
    assert state.screen.ref == "sikkerhed.jordforbindelse"
    assert state.screen.kind == "exercise-intro"
    state.next()
    assert state.countdown() is not None  # its steps have their countdowns
    press(qtbot, controller, Qt.Key.Key_G)
    assert state.position == 1 and state.count == 5
    room = controller.console.room
    room.grounding_button.click()
    assert state.screen.ref == "sikkerhed.jordforbindelse"
    room.help_button.click()  # from grounding straight to help; help again returns
    assert state.screen.ref == "sikkerhed.hjaelp"
    room.help_button.click()
    assert state.position == 1 and state.count == 5


def test_the_key_help_lists_the_new_keys(present):
    controller = present()
    entries = {e.text: e.keys for _, group in controller.registry.help_entries() for e in group}
    assert entries["Where to get help (again to return)"] == ("F11", "Shift+H")
    assert entries["Grounding exercise (again to return)"] == ("G",)
    assert entries["Next plan entry"] == ("Ctrl+Right",)
    assert entries["Previous plan entry"] == ("Ctrl+Left",)
    assert "Ctrl+R" in entries["Re-time the rest of the plan to end on time…"]


def test_fill_contacts_leaves_links_and_text_alone():
    markdown = "## Hjælp\n\n- [Kontakt]\n- [Rådgivning]\n- [Linket](side.md)\n- Læge\n"
    filled = fill_contacts(markdown, ["AKT *lærer* <b>", " "])
    assert filled == "## Hjælp\n\n- AKT \\*lærer\\* \\<b\\>\n- [Linket](side.md)\n- Læge\n"
    # Without contacts a placeholder is never projected: its lines go.
    assert fill_contacts(markdown, []) == "## Hjælp\n\n- [Linket](side.md)\n- Læge\n"
    assert "- Talk to me after the session" in calm_help_slide([]).markdown
    assert help_screens(None, "da", [])[0].ref == "help"


def test_help_contacts_are_typed_in_the_settings_screen_or_set_by_it(home, qtbot):
    from facilitator.core.settings import Settings
    from facilitator.ui.settings import SettingsDialog

    settings = Settings.load()
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.help_contacts.setPlainText("Skolens AKT-lærer: lokale 12\n\n  Sundhedsplejersken  \n")
    qtbot.waitUntil(lambda: Settings.load().get("help_contacts") != [])  # saved as typing pauses
    assert Settings.load().get("help_contacts") == [
        "Skolens AKT-lærer: lokale 12",
        "Sundhedsplejersken",
    ]
    dialog.help_contacts.setPlainText("For mange\n" * 13)
    dialog.save_help_contacts()
    assert dialog.help_problem.isVisible()  # refused with a reason; the typed text stays
    assert dialog.help_contacts.toPlainText() == "For mange\n" * 13
    dialog.close()

    # IT sets the contacts for every machine in the site file, and may lock them.
    site = os.environ["FACILITATOR_SITE_CONFIG"]
    with open(site, "w", encoding="utf-8") as file:
        file.write('help_contacts = ["Kommunens ungdomsrådgivning: tlf. 7012 3456"]\n')
        file.write('locked = ["help_contacts"]\n')
    locked = SettingsDialog(Settings.load())
    qtbot.addWidget(locked)
    assert locked.help_contacts.toPlainText() == "Kommunens ungdomsrådgivning: tlf. 7012 3456"
    assert locked.help_contacts.isReadOnly() and locked.help_marker.state == "locked"
