"""A first-time trainer finds how to present: a button, a menu and a right-click, never hidden."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMenu


def _present_spy(window) -> list[bool]:
    fired: list[bool] = []
    window.registry.action("library.present").triggered.connect(lambda *_: fired.append(True))
    return fired


def _visible_in_window(widget, window) -> bool:
    """Shown, and wholly inside the window's client area (not cut off at the edge)."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(top_left) and window.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def test_a_deck_or_exercise_preview_has_a_present_button_that_presents(window, qtbot):
    browser = window.browser
    button = browser.preview.header.present_button
    fired = _present_spy(window)
    for ident in ("a.deck", "a.ex"):
        assert browser.select_item(ident)
        browser.flush_preview()
        qtbot.waitUntil(lambda: button.isVisible())
        assert button.text() == "Present"
        assert _visible_in_window(button, window)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fired == [True]


def test_a_handout_or_a_module_has_no_present_button(window, qtbot):
    browser = window.browser
    button = browser.preview.header.present_button
    assert browser.select_item("a.handout")
    browser.flush_preview()
    qtbot.waitUntil(
        lambda: browser.preview.item is not None and browser.preview.item.kind == "handout"
    )
    assert not button.isVisible()


def test_the_menu_bar_has_a_present_menu(window):
    titles = [action.text() for action in window.menuBar().actions()]
    assert "&Present" in titles
    ids = [a.objectName() for a in window.present_menu.actions()]
    for action_id in ("library.present", "library.present-here", "plan.present"):
        assert window.registry.action(action_id) in window.present_menu.actions(), (action_id, ids)


def test_right_click_on_an_item_offers_present_and_add_to_plan(window, qtbot):
    browser = window.browser
    assert browser.select_item("a.deck")
    tree = browser.tree
    rect = tree.visualRect(tree.currentIndex())
    menu = window.library_menu_at(rect.center())
    assert isinstance(menu, QMenu)
    actions = menu.actions()
    assert window.registry.action("library.present") in actions
    assert window.registry.action("library.present-here") in actions
    assert window.registry.action("plan.add") in actions
    # A handout cannot be presented: only "Add to plan".
    assert browser.select_item("a.handout")
    actions = window.library_menu_at(tree.visualRect(tree.currentIndex()).center()).actions()
    assert window.registry.action("library.present") not in actions
    assert window.registry.action("plan.add") in actions


def test_continue_where_you_stopped_presents_the_last_item_at_its_slide(window, qtbot):
    """Present > Continue where you stopped (kept in the data folder, so across a restart)."""
    from datetime import datetime

    from facilitator.core import resume
    from facilitator.core.screens import deck_screens

    assert window.registry.action("library.resume") in window.present_menu.actions()
    window.registry.action("library.resume").trigger()  # nothing kept yet: it says so
    assert "Nothing to continue" in window.statusBar().currentMessage()
    item = window.controller.item("a.deck")
    point = resume.point_of(
        "item", "a.deck", item.title, deck_screens(item), (2, 300.0, {}), datetime.now()
    )
    resume.keep(point)
    window.registry.action("library.resume").trigger()
    window.records.start_dialog.skip_button.click()  # the session dialog, as for F5
    running = window.presenter.running
    assert running is not None
    try:
        assert running.presentation.position == 2
        assert running.presentation.elapsed() >= 300
    finally:
        running.leave()
