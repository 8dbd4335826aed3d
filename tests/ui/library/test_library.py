"""The library browser: search as you type, filters, previews and the problems list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.core import paths
from facilitator.ui.library.models import Role


def shown_ids(window) -> list[str]:
    return window.browser.model.item_ids()


def combo_select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_opens_on_modules_with_their_items(window, qtbot):
    model = window.browser.model
    assert not model.is_flat
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Alfa-modul",
        "Beta-modul",
    ]
    assert set(shown_ids(window)) == {"a.deck", "a.ex", "a.handout", "b.guide", "b.nb", "b.en"}
    assert window.browser.current_id() != ""  # the first item is chosen and previewed
    qtbot.waitUntil(lambda: window.browser.preview.item is not None)
    assert window.count_label.text() == "6 items in the library"


def test_typing_filters_the_list_and_ranks_titles_first(window, qtbot):
    field = window.browser.search_bar.field
    qtbot.keyClicks(field, "følelser")
    ids = shown_ids(window)
    # The deck has the word in its title, the handout only in its text.
    assert ids[:2] == ["a.deck", "a.handout"]
    assert window.browser.model.is_flat
    assert window.browser.current_id() == "a.deck"  # the best hit is previewed
    qtbot.waitUntil(lambda: window.browser.preview.header.title.text() == "Følelser og tanker")
    assert window.count_label.text() == "Showing 2 of 6 items"


def test_search_folds_danish_letters(window, qtbot):
    qtbot.keyClicks(window.browser.search_bar.field, "foelelser")
    assert shown_ids(window)[0] == "a.deck"
    window.browser.search_bar.set_text("folelser")
    assert shown_ids(window)[0] == "a.deck"


def test_nothing_matches_shows_a_hint(window, qtbot):
    qtbot.keyClicks(window.browser.search_bar.field, "zebrafinke")
    assert shown_ids(window) == []
    qtbot.waitUntil(lambda: window.browser.preview.empty.state == "no-results")
    assert window.browser.preview.stack.currentWidget() is window.browser.preview.empty


def test_filters_for_kind_duration_audience_and_language(window):
    bar = window.browser.search_bar
    combo_select(bar.kind, "exercise")
    assert set(shown_ids(window)) == {"a.ex", "b.nb"}
    combo_select(bar.language, "nb")
    assert shown_ids(window) == ["b.nb"]
    bar.reset_filters()
    combo_select(bar.audience, "young")  # "unge", named in the app's language
    assert shown_ids(window) == ["a.deck"]
    bar.reset_filters()
    combo_select(bar.level, "adults")  # the exercise for professionals only
    assert shown_ids(window) == ["a.ex"]
    bar.reset_filters()
    bar.duration.setCurrentIndex(4)  # longer than 45 minutes
    assert shown_ids(window) == ["b.en"]
    bar.duration.setCurrentIndex(1)  # up to 10 minutes
    assert set(shown_ids(window)) == {"a.handout", "b.guide"}


def test_filters_apply_to_search_results(window):
    bar = window.browser.search_bar
    bar.set_text("tanke")
    assert "a.ex" in shown_ids(window)
    combo_select(bar.kind, "deck")
    assert shown_ids(window) == ["a.deck"]


def test_filter_choices_come_from_the_library(window):
    bar = window.browser.search_bar
    audiences = [bar.audience.itemData(i) for i in range(bar.audience.count())]
    assert audiences == [None, "professionals", "young"]
    names = [bar.audience.itemText(i) for i in range(1, bar.audience.count())]
    assert names == ["Professionals", "Young people"]  # one per meaning, in the app's language
    levels = [bar.level.itemText(i) for i in range(bar.level.count())]
    assert levels[0] == "Any level" and "Lower secondary" in levels
    languages = [bar.language.itemData(i) for i in range(bar.language.count())]
    assert languages == [None, "da", "en", "nb"]


def test_selecting_a_deck_shows_thumbnails_and_notes(window, qtbot):
    browser = window.browser
    assert browser.select_item("a.deck")
    deck = browser.preview.deck
    assert browser.preview.stack.currentWidget() is deck
    assert deck.model.rowCount() == 4
    qtbot.waitUntil(lambda: deck.thumbnail_count() >= 2)
    pixmap = deck.model.index(0).data(Qt.ItemDataRole.DecorationRole)
    assert not pixmap.isNull()
    assert "Velkommen" in deck.notes.toPlainText()
    deck.show_slide(2)
    assert "Noter til slide 2" in deck.notes.toPlainText()
    assert "slide 3 of 4" in deck.notes_title.text()
    assert browser.preview.header.title.text() == "Følelser og tanker"


def test_selecting_an_exercise_shows_its_parts(window):
    browser = window.browser
    browser.select_item("a.ex")
    text = browser.preview.document.toPlainText()
    assert browser.preview.stack.currentWidget() is browser.preview.document
    for expected in (
        "Purpose",
        "At øve nysgerrighed.",
        "Materials",
        "Steps",
        "Find en makker.",
        "8 min",
        "Facilitator notes",
        "Hold tempoet roligt.",
        "Reflection questions",
        "Variations",
        "In pairs",
    ):
        assert expected in text


def test_handout_is_rendered_markdown_without_remote_images(window):
    browser = window.browser
    browser.select_item("a.handout")
    document = browser.preview.document
    assert "følelser" in document.toPlainText()
    assert "**" not in document.toPlainText()
    # The remote image is never fetched: the browser answers with a placeholder image.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = document.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("https://example.com/pixel.png")
    )
    assert image.width() == 240  # the placeholder


def test_selection_survives_a_filter_change(window):
    browser = window.browser
    browser.select_item("b.nb")
    combo_select(browser.search_bar.kind, "exercise")
    assert browser.current_id() == "b.nb"


def test_problems_show_in_the_status_bar_and_list(window, qtbot):
    button = window.problems_button
    assert button.isVisible()
    # The broken file, and the handout's remote image.
    assert button.text() == "2 problems in the library"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.problems_dialog
    qtbot.waitExposed(dialog)
    lines = [dialog.model.index(r).data() for r in range(dialog.model.rowCount())]
    assert any("broken.md:" in line and "unknown kind 'poster'" in line for line in lines)
    assert any("handout.md:" in line and "not a local file" in line for line in lines)
    dialog.close()


def test_module_rows_fold_and_unfold(window, qtbot):
    tree = window.browser.tree
    module = window.browser.model.index(1, 0)
    assert module.data(Role.KIND) == "module"
    assert tree.isExpanded(module)
    tree.setCurrentIndex(module)
    tree.setFocus()
    window.browser.open_preview()
    assert not tree.isExpanded(module)
    window.browser.refresh()  # a folded module stays folded when the list is rebuilt
    assert not tree.isExpanded(window.browser.model.index(1, 0))


def test_empty_library(make_window, tmp_path, qtbot):
    empty = tmp_path / "empty"
    empty.mkdir()
    window = make_window(roots=[empty])
    assert window.browser.model.item_count() == 0
    qtbot.waitUntil(lambda: window.browser.preview.empty.state == "empty")


def test_real_bundled_library_loads_if_present(make_window):
    content = paths.bundled_content_dir()
    window = make_window(roots=[content])
    if not window.controller.library.modules:
        return  # nothing bundled yet
    assert window.browser.model.item_count() == len(window.controller.library.items())
    assert window.browser.current_id()


def test_a_module_row_shows_the_module_overview(window, qtbot):
    browser = window.browser
    module = browser.model.index(0, 0)
    browser.tree.setCurrentIndex(module)
    qtbot.waitUntil(lambda: browser.preview.module is not None)
    assert browser.preview.header.title.text() == "Alfa-modul"
    text = browser.preview.document.toPlainText()
    assert "Om modulet." in text
    assert "In this module" in text
    assert "Følelser og tanker" in text and "Gæt tanken" in text


def test_window_size_and_split_are_kept_between_runs(make_window):
    first = make_window()
    first.resize(1200, 700)
    first.browser.splitter.setSizes([300, 900])
    left = first.browser.splitter.sizes()[0]
    first.close()
    second = make_window()
    assert second.browser.splitter.sizes()[0] == left


def test_a_filter_that_empties_the_list_says_so_in_the_list(window, qtbot):
    bar = window.browser.search_bar
    combo_select(bar.kind, "guide")
    combo_select(bar.language, "nb")
    assert shown_ids(window) == []
    assert "Nothing matches" in window.browser.tree.empty_hint()
    # The planner's library pane shares the list: it says so too, instead of going blank.
    assert "Nothing matches" in window.planner.picker.empty_hint()
    bar.reset_filters()
    assert window.browser.tree.empty_hint() == ""


def test_every_toolbar_button_fits_beside_the_filters_at_1366(window, qtbot):
    window.resize(1366, 768)
    qtbot.wait(50)
    for action in window.toolbar.actions():
        if action.isSeparator() or not action.isVisible():  # the records pages' gap is hidden
            continue
        widget = window.toolbar.widgetForAction(action)
        assert widget is not None and widget.isVisible(), action.objectName() or action.text()


def test_the_search_hint_is_shortened_rather_than_cut_in_a_narrow_window(window, qtbot):
    field = window.browser.search_bar.field
    wide = "Search titles, text, notes and tags"
    for width, hint in ((1366, "Search the library"), (1920, wide)):
        window.resize(width, 768)
        qtbot.waitUntil(lambda hint=hint: field.placeholderText() == hint)
        room = field.width() - field.HINT_ROOM
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) <= room
