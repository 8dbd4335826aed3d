"""Keyboard use: the registry's shortcuts work, and the key help lists every one of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.ui.action_specs import key_text, plain, translate
from facilitator.ui.actions import ACTIONS, KEY_HINTS, ActionRegistry


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.browser.tree.setFocus()
    qtbot.waitUntil(lambda: window.browser.tree.hasFocus())
    return window


def test_key_help_lists_every_registered_shortcut(active, qtbot):
    window = active
    window.toggle_key_help()
    overlay = window.key_help
    assert overlay.isVisible()
    shown = overlay.shown_keys()
    for spec in window.registry.specs():
        for key in spec.shortcuts:
            assert key_text(key) in shown, f"{spec.id}: {key} missing from the key help"
    texts = [entry.text for _, entries in window.registry.help_entries() for entry in entries]
    for spec in ACTIONS:
        if spec.shortcuts:
            assert plain(translate(spec.text)) in texts
    for hint in KEY_HINTS:
        assert translate(hint.text) in texts


def test_shift_f1_opens_the_key_help_and_esc_closes_it(active, qtbot):
    window = active
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert window.key_help.isVisible()
    qtbot.waitUntil(lambda: window.key_help.hasFocus())
    qtbot.keyClick(window.key_help, Qt.Key.Key_Escape)
    assert not window.key_help.isVisible()
    assert window.browser.tree.hasFocus()  # the focus goes back where it was


def test_question_mark_toggles_the_key_help(active, qtbot):
    window = active
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Question)
    assert window.key_help.isVisible()
    qtbot.keyClick(window.key_help, Qt.Key.Key_F1)  # the card's own key: it closes
    assert not window.key_help.isVisible()
    assert window.guide.window is None  # and the guide did not open behind it


def test_ctrl_f_and_slash_focus_the_search(active, qtbot):
    window = active
    field = window.browser.search_bar.field
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert field.hasFocus()
    window.browser.tree.setFocus()
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Slash)
    assert field.hasFocus()
    assert field.text() == ""


def test_slash_and_question_mark_can_be_typed_in_the_search(active, qtbot):
    field = active.browser.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "a/b?")
    assert field.text() == "a/b?"
    assert not active.key_help.isVisible()


def test_esc_clears_the_search(active, qtbot):
    field = active.browser.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "tanke")
    assert active.browser.model.is_flat
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert not active.browser.model.is_flat


def test_down_moves_from_the_search_to_the_results(active, qtbot):
    field = active.browser.search_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "tanke")
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert active.browser.tree.hasFocus()
    assert active.browser.current_id() == active.browser.model.item_ids()[0]


def test_arrows_move_and_enter_opens_the_preview(active, qtbot):
    browser = active.browser
    browser.select_item("a.deck")
    qtbot.keyClick(browser.tree, Qt.Key.Key_Down)
    assert browser.current_id() == "a.ex"
    qtbot.keyClick(browser.tree, Qt.Key.Key_Up)
    assert browser.current_id() == "a.deck"
    qtbot.keyClick(browser.tree, Qt.Key.Key_Return)
    strip = browser.preview.deck.strip
    assert strip.hasFocus()
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert browser.preview.deck.current_slide() == 1
    qtbot.keyClick(strip, Qt.Key.Key_Escape)
    assert browser.tree.hasFocus()
    assert browser.current_id() == "a.deck"


def test_every_action_needs_a_handler(qtbot):
    from PySide6.QtWidgets import QWidget

    owner = QWidget()
    qtbot.addWidget(owner)
    with pytest.raises(KeyError, match="file.quit"):
        ActionRegistry(
            handlers={s.id: (lambda: None) for s in ACTIONS if s.id != "file.quit"},
            scopes={"window": owner, "browser": owner, "list": owner},
        )


def test_menus_hold_the_registry_actions(window):
    in_menus = {
        action.objectName()
        for menu in (window.file_menu, window.view_menu, window.theme_menu, window.help_menu)
        for action in menu.actions()
    }
    for action_id in ("file.settings", "file.quit", "library.find", "help.keys", "help.about"):
        assert action_id in in_menus
    assert window.registry.action("library.find").shortcuts()[0].toString() == "Ctrl+F"


def test_the_search_field_has_the_focus_at_start(qtbot, library_dir, settings):
    from facilitator.core.loader import Root
    from facilitator.ui.main_window import MainWindow

    window = MainWindow(settings, roots=lambda: [Root(library_dir)])
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.controller.is_loaded)
    qtbot.waitUntil(lambda: window.browser.search_bar.field.hasFocus())
    qtbot.keyClicks(window.browser.search_bar.field, "gæt")
    assert window.browser.model.item_ids()[0] == "a.ex"


def test_about_names_the_version_and_privacy(window, qtbot):
    from facilitator import __version__

    window.registry.action("help.about").trigger()
    box = window.about_box
    qtbot.waitExposed(box)
    assert __version__ in box.text()
    assert "Nothing you write leaves this computer." in box.informativeText()
    box.close()
