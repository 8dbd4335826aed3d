"""The main window's frame: the library's search and filters only where they act, the screen on
show marked in the toolbar, and headings with room for the whole of "Å"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QToolButton

PAGES = ("library", "plans", "sessions", "mentor")


def library_tools_shown(window) -> dict[str, bool]:
    bar = window.browser.search_bar
    return {
        "search": bar.field.isVisible(),
        "filters": all(
            c.isVisible() for c in (bar.kind, bar.duration, bar.audience, bar.level, bar.language)
        ),
        "count": window.count_label.isVisible(),
    }


@pytest.mark.parametrize(
    ("page", "shown"),
    [("library", True), ("plans", True), ("sessions", False), ("mentor", False)],
)
def test_search_filters_and_count_show_only_where_they_act(qtbot, window, page, shown):
    window.show_page("sessions")  # from another page, so the switch itself is tested
    window.show_page(page)
    qtbot.waitUntil(lambda: library_tools_shown(window)["search"] is shown)
    assert library_tools_shown(window) == {"search": shown, "filters": shown, "count": shown}


def test_the_count_does_not_overlap_a_message_shown_while_the_page_changes(qtbot, window):
    """Clicking a page button shows its tip in the status bar; the library's item count came
    back on top of that text (two texts drawn over each other) until the next message."""
    window.show_page("sessions")
    bar = window.statusBar()
    bar.showMessage("Lav og udskriv planer for undervisningen")  # the button's tip, hovered
    window.show_page("plans")
    assert bar.currentMessage() and not window.count_label.isVisible()
    bar.clearMessage()  # the pointer leaves the button
    qtbot.waitUntil(window.count_label.isVisible)


def test_the_page_buttons_stay_in_place_when_the_search_bar_hides(qtbot, window):
    window.show_page("library")
    qtbot.wait(10)
    before = [b.mapTo(window, b.rect().topLeft()).x() for b in window.page_buttons]
    window.show_page("mentor")
    qtbot.wait(10)
    after = [b.mapTo(window, b.rect().topLeft()).x() for b in window.page_buttons]
    assert after == before


def page_button(window, page: str) -> QToolButton:
    action = window.registry.action(f"view.{page}")
    button = window.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def background(button: QToolButton):
    image = button.grab().toImage()
    return image.pixelColor(image.width() // 2, 3).name()  # above the icon, inside the border


def test_the_toolbar_marks_the_screen_on_show(qtbot, window):
    unmarked = {}
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(10)
        checked = [p for p in PAGES if page_button(window, p).isChecked()]
        assert checked == [page]
        unmarked[page] = background(page_button(window, "library"))
    # The library's button looks different while the library is on show.
    assert unmarked["library"] != unmarked["plans"]
    assert unmarked["plans"] == unmarked["sessions"] == unmarked["mentor"]


def ring_fits(label: QLabel) -> bool:
    """Whether "Å" drawn by ``label`` stays inside it (Lato puts the ring above its ascent)."""
    metrics = label.fontMetrics()
    area = label.contentsRect()
    baseline = area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent()
    return baseline + metrics.boundingRect("Å").top() >= 0


def test_the_loading_headline_has_room_for_the_ring_of_a_with_ring(qtbot, settings, library_dir):
    from facilitator.core.loader import Root
    from facilitator.ui.main_window import MainWindow

    opening = MainWindow(settings, roots=lambda: [Root(library_dir)])  # not loaded yet
    qtbot.addWidget(opening)
    opening.resize(1366, 768)
    opening.show()
    qtbot.waitExposed(opening)
    headline = opening.browser.preview.empty.headline
    assert headline.isVisible()
    headline.setText("Åbner biblioteket …")
    assert ring_fits(headline)


def test_headings_have_room_for_the_ring_of_a_with_ring(qtbot, window):
    window.browser.select_item("a.deck")
    window.browser.flush_preview()
    title = window.browser.preview.header.title
    title.setText("Årets første lektion")
    headings = [title]
    window.toggle_key_help()
    headings += [
        label
        for label in window.findChildren(QLabel)
        if label.objectName() in {"keyHelpTitle", "sectionTitle", "dialogHeading", "groupName"}
    ]
    for label in headings:
        label.setText("Å" + label.text())
        assert ring_fits(label), label.objectName()


def test_the_editor_hides_the_library_search_too(qtbot, window):
    window.registry.action("item.new").trigger()
    dialog = window.new_item_dialog
    qtbot.keyClicks(dialog.title, "Mit oplæg")
    dialog.accept()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.editor)
    qtbot.waitUntil(lambda: not library_tools_shown(window)["search"])  # the toolbar's layout
    assert library_tools_shown(window) == {"search": False, "filters": False, "count": False}
    window.show_page("library")
    qtbot.waitUntil(lambda: library_tools_shown(window)["search"])
    assert library_tools_shown(window) == {"search": True, "filters": True, "count": True}
