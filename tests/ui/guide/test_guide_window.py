"""The guide in the app: Help > Guide, F1 at the screen's page, search, pictures, key tables."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QTextDocument

from facilitator.ui.action_specs import key_text, plain, translate
from facilitator.ui.actions import ACTIONS, KEY_HINTS
from facilitator.ui.i18n import Translations
from facilitator.ui.present_actions import PRESENT_ACTIONS, PRESENT_HINTS


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def shown_guide(window, qtbot):
    guide = window.guide.window
    assert guide is not None
    qtbot.waitExposed(guide)
    return guide


def test_help_guide_opens_the_guide(window, qtbot):
    in_menu = [action.objectName() for action in window.help_menu.actions()]
    assert in_menu[0] == "help.guide"
    window.registry.action("help.guide").trigger()
    guide = shown_guide(window, qtbot)
    assert guide.isVisible()
    assert guide.current_slug() == "first-lesson"  # the library is in front
    assert guide.page_list.count() == 7
    assert "Your first lesson" in guide.text.toPlainText()


def test_f1_on_the_planner_opens_the_planning_page(active, qtbot):
    window = active
    window.show_page("plans")
    qtbot.waitUntil(lambda: window.planner.tree.hasFocus())
    qtbot.keyClick(window.planner.tree, Qt.Key.Key_F1)
    guide = shown_guide(window, qtbot)
    assert guide.current_slug() == "planning"
    assert guide.text.toPlainText().startswith("Planning a session")
    assert not window.key_help.isVisible()  # F1 no longer opens the key overlay


def test_f1_on_the_library_and_the_records_opens_their_pages(active, qtbot):
    window = active
    window.browser.tree.setFocus()
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_F1)
    assert shown_guide(window, qtbot).current_slug() == "first-lesson"
    window.guide.open_for(window.records.mentor)
    guide = shown_guide(window, qtbot)
    assert guide.current_slug() == "records"
    top = guide.text.cursorForPosition(guide.text.viewport().rect().topLeft())
    assert "Mentor log" in top.block().text() or guide.text.verticalScrollBar().value() > 0


def test_f1_in_settings_opens_the_settings_page(window, qtbot):
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    qtbot.keyClick(dialog.language, Qt.Key.Key_F1)
    assert shown_guide(window, qtbot).current_slug() == "settings"
    dialog.close()


def test_the_search_finds_a_word_in_a_page(window, qtbot):
    guide = window.guide.open("library")
    qtbot.waitUntil(guide.isActiveWindow)  # its keys are its own, not the main window's
    qtbot.keyClicks(guide.search_field, "pseudonym")
    assert guide.page_list.count() >= 1
    assert guide.page_list.item(0).text().startswith("Sessions, mentor log and privacy")
    assert guide.current_slug() == "records"
    assert "pseudonym" in guide.text.textCursor().selectedText().casefold()
    guide.search_field.clear()
    qtbot.keyClicks(guide.search_field, "xylofon")
    assert guide.page_list.count() == 0 and guide.no_hits.isVisibleTo(guide)
    qtbot.keyClick(guide.search_field, Qt.Key.Key_Escape)
    assert guide.search_field.text() == "" and guide.page_list.count() == 7


def test_every_picture_loads_from_the_bundle(window):
    guide = window.guide.open("library")
    loaded = 0
    for page in guide.pages:
        guide.show_page(page.slug)
        for src in re.findall(r'<img[^>]* src="([^"]+)"', guide.text.toHtml()):
            image = guide.text.loadResource(
                QTextDocument.ResourceType.ImageResource.value, QUrl(src)
            )
            assert image.width() == 720, f"{page.slug}: {src} did not load"
            loaded += 1
    assert loaded >= 5


def test_links_between_pages_open_them(window):
    guide = window.guide.open("library")
    guide.text.anchorClicked.emit(QUrl("planning.md"))
    assert guide.current_slug() == "planning"
    guide.text.anchorClicked.emit(QUrl("https://example.com/planning.md"))
    assert guide.current_slug() == "planning"  # never a page from outside


def keys_shown(guide) -> str:
    guide.show_page("presenting", "keys")
    return guide.text.toPlainText()


def test_the_key_table_lists_every_action_of_the_registry(window):
    text = keys_shown(window.guide.open("library"))
    for spec in (*ACTIONS, *PRESENT_ACTIONS):
        if spec.shortcuts:
            assert plain(translate(spec.text)) in text, spec.id
            for key in spec.shortcuts:
                assert key_text(key) in text, f"{spec.id}: {key}"
    for hint in (*KEY_HINTS, *PRESENT_HINTS):
        assert translate(hint.text) in text


def test_the_guide_follows_the_ui_language(window, qtbot):
    guide = window.guide.open("plans")
    translations = Translations()
    try:
        translations.switch("nb")
        assert guide.language == "nb"
        assert guide.current_slug() == "planning"
        text = keys_shown(guide)
        assert "Taster under presentasjonen" in text
        # The generated tables are in Bokmål too.
        assert plain(translate("Next slide")) == "Neste lysbilde"
        assert "Neste lysbilde" in text
        assert guide.search_field.placeholderText() != "Search the guide"
    finally:
        translations.switch("en")
    assert guide.language == "en"


def test_f1_before_presenting_opens_the_presenting_page(active, qtbot):
    window = active
    window.browser.select_item("a.deck")
    window.registry.action("library.present").trigger()
    dialog = window.records.start_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_F1)
    assert shown_guide(window, qtbot).current_slug() == "presenting"
    assert dialog.isVisible()  # the question is still there to answer
    dialog.reject()


class Blocked(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.blocked = False

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.WindowBlocked:
            self.blocked = True
        return False


def test_the_guide_can_be_used_while_settings_is_open(window, qtbot):
    guide = window.guide.open("library")
    watch = Blocked()
    guide.installEventFilter(watch)
    window.open_settings()  # window-modal: blocks the main window
    qtbot.waitExposed(window.settings_dialog)
    assert not watch.blocked
    window.settings_dialog.close()


def test_closing_the_main_window_closes_the_guide(window, qtbot):
    guide = window.guide.open("library")
    qtbot.waitExposed(guide)
    window.close()
    assert not guide.isVisible()


def test_the_page_follows_a_new_theme(window, qtbot):
    from facilitator.ui import style

    guide = window.guide.open("library")
    assert style.look("light").text in guide.text.document().defaultStyleSheet()
    window.choose_theme("dark")
    try:
        qtbot.waitUntil(
            lambda: style.look("dark").text in guide.text.document().defaultStyleSheet()
        )
        assert guide.current_slug() == "first-lesson"
    finally:
        window.choose_theme("light")
