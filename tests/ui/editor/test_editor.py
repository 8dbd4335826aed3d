"""The editor for own material (issue 11), driven as a trainer would: new deck, slides, a
picture, notes, a hidden slide; a copy of a bundled exercise with a changed step; a restart."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core import frontmatter, paths
from facilitator.core.loader import Root, load_library


def _png(path: Path) -> Path:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (800, 600), "teal").save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


@pytest.fixture
def open_app(qtbot, library_dir, settings):
    """A main window over ``library_dir`` as the bundled library plus the user's own folder;
    call it again to "restart"."""
    from facilitator.ui.i18n import Translations
    from facilitator.ui.main_window import MainWindow

    def open_window():
        window = MainWindow(
            settings,
            Translations(),
            roots=lambda: [Root(library_dir, bundled=True), Root(paths.user_content_dir())],
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.load_library()
        qtbot.waitUntil(lambda: window.controller.is_loaded)
        return window

    return open_window


def _trigger(window, action_id: str) -> None:
    window.registry.action(action_id).trigger()


def _new_deck(window, qtbot, title: str = "Mit oplæg"):
    _trigger(window, "item.new")
    dialog = window.new_item_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("deck"))
    qtbot.keyClicks(dialog.title, title)
    dialog.accept()
    editor = window.editor
    qtbot.waitUntil(lambda: window.pages.currentWidget() is editor)
    return editor


def test_a_trainer_writes_a_deck_and_edits_a_copy_and_both_survive_a_restart(
    open_app, qtbot, library_dir, tmp_path
):
    bundled_exercise = (library_dir / "a" / "ex.md").read_bytes()
    window = open_app()
    editor = _new_deck(window, qtbot)
    deck = editor.deck_editor
    assert len(deck.deck) == 2  # the template: a title slide and a content slide
    for n in (3, 4, 5):
        deck.select(len(deck.deck) - 1)
        _trigger(window, "editor.add-slide")
        assert deck.current_row() == n - 1
        qtbot.keyClicks(deck.title_field, f"Slide {n}")
        deck.body_field.setFocus()
        qtbot.keyClicks(deck.body_field, f"- punkt {n}")
        qtbot.keyClicks(deck.notes_field, f"Noter {n}")
    assert len(deck.deck) == 5
    editor.choose_image = lambda: _png(tmp_path / "Foto.png")
    editor.ask_alt_text = lambda _path: "En grøn flade"
    _trigger(window, "editor.image")
    assert "![En grøn flade](images/foto.png)" in deck.body_field.toPlainText()
    assert "En grøn flade" in deck.notes_field.toPlainText()  # the alt text, in the notes
    deck.select(3)
    _trigger(window, "editor.hide-slide")
    assert deck.deck.fields(3).hidden
    # One undo history: the hide is undone and redone.
    _trigger(window, "editor.undo")
    assert not deck.deck.fields(3).hidden
    _trigger(window, "editor.redo")
    assert deck.deck.fields(3).hidden
    qtbot.waitUntil(lambda: editor.state.text() == "Saved", timeout=3000)
    deck_path = editor.session.path
    deck_id = editor.item_id()
    _trigger(window, "editor.close")
    assert window.pages.currentWidget() is window.browser
    assert window.browser.current_id() == deck_id
    assert len(window.controller.item(deck_id).slides) == 4  # the hidden slide is left out

    # Make my copy of a bundled exercise, and change a step.
    assert window.browser.select_item("a.ex")
    window.browser.flush_preview()
    header = window.browser.preview.header
    assert header.edit_button.isVisible() and header.edit_button.text() == "Make my copy"
    qtbot.mouseClick(header.edit_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is editor and editor.kind == "exercise"
    steps = editor.exercise_editor.steps
    steps.item(0, 0).setText("Find en makker, du ikke kender.")
    editor.flush()
    copy_path = editor.session.path
    _trigger(window, "editor.close")
    assert (library_dir / "a" / "ex.md").read_bytes() == bundled_exercise
    window.close()

    # Restart: both are there, as written.
    window = open_app()
    deck_item = window.controller.item(deck_id)
    assert [s.title for s in deck_item.slides] == [
        "Ny præsentation",
        "Første pointe",
        "Slide 3",
        "Slide 5",
    ]
    assert "![En grøn flade](images/foto.png)" in deck_item.slides[3].markdown  # on slide 5
    assert (deck_path.parent / "images" / "foto.png").is_file()
    assert "<!-- hidden -->" in deck_path.read_text(encoding="utf-8")
    assert deck_item.slides[2].notes == "Noter 3"
    copy_meta = frontmatter.split(copy_path.read_text(encoding="utf-8")).meta
    assert copy_meta["derived_from"] == "a.ex@1"
    copy_item = window.controller.item(copy_meta["id"])
    assert copy_item.exercise.steps[0].text == "Find en makker, du ikke kender."
    assert copy_item.exercise.steps[0].minutes == 2

    # check-content: no problem in the user's files; both export to PDF.
    library = load_library([Root(library_dir, bundled=True), Root(paths.user_content_dir())])
    own = [p for p in library.problems if "my-material" in p.file]
    assert not own, [str(p) for p in own]
    from facilitator.render.pdf import export_slides_pdf
    from facilitator.render.text_pdf import export_text_pdf
    from facilitator.render.theme import get_theme

    export_slides_pdf(list(deck_item.slides), tmp_path / "deck.pdf", get_theme("light"))
    export_text_pdf(copy_item.body, tmp_path / "ex.pdf", title=copy_item.title)
    assert (tmp_path / "deck.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "ex.pdf").read_bytes().startswith(b"%PDF")


def test_the_source_view_edits_the_same_text_and_keeps_the_slide(open_app, qtbot):
    window = open_app()
    editor = _new_deck(window, qtbot)
    editor.deck_editor.select(1)
    _trigger(window, "editor.source")
    assert editor.stack.currentWidget() is editor.source
    cursor = editor.source.textCursor()
    assert cursor.block().text() == "## Første pointe"
    cursor.insertText("## Ændret i kilden\n")
    assert "## Ændret i kilden" in editor.session.text
    _trigger(window, "editor.source")
    assert editor.stack.currentWidget() is editor.deck_editor
    assert editor.deck_editor.current_row() == 1
    assert editor.deck_editor.title_field.text() == "Ændret i kilden"


def test_an_error_is_shown_with_file_and_line_and_nothing_typed_is_lost(open_app, qtbot):
    window = open_app()
    editor = _new_deck(window, qtbot)
    path = editor.session.path
    editor.deck_editor.select(1)
    editor.deck_editor.body_field.setPlainText("![Mangler](images/findes-ikke.png)")
    saved = editor.save()
    assert not saved.written
    assert editor.problems.isVisible()
    shown = editor.problems.accessibleName()
    assert f"{path.parent.name}/{path.name}:" in shown and "image not found" in shown
    assert "findes-ikke" not in path.read_text(encoding="utf-8")  # the library keeps its item
    assert "findes-ikke" in editor.session.text
    editor.deck_editor.body_field.setPlainText("- rettet")
    assert editor.save().written
    assert not editor.problems.isVisible()


def test_a_change_outside_the_app_is_offered_for_reload(open_app, qtbot):
    window = open_app()
    editor = _new_deck(window, qtbot)
    path = editor.session.path
    path.write_text(
        path.read_text(encoding="utf-8").replace("Første pointe", "Rettet udefra"),
        encoding="utf-8",
    )
    editor.check_disk()
    assert editor.banner.isVisible()
    qtbot.mouseClick(editor.reload_button, Qt.MouseButton.LeftButton)
    assert not editor.banner.isVisible()
    assert editor.deck_editor.deck.fields(1).title == "Rettet udefra"


def test_ctrl_n_in_the_library_asks_for_a_new_item(open_app, qtbot):
    window = open_app()
    window.activateWindow()
    window.browser.tree.setFocus()
    qtbot.waitUntil(lambda: window.browser.tree.hasFocus())
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_item_dialog
    assert dialog.isVisible()
    assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
        "deck",
        "exercise",
        "handout",
    ]
    dialog.reject()


def test_own_items_say_edit_and_a_handout_shows_its_printed_pages(open_app, qtbot):
    window = open_app()
    _trigger(window, "item.new")
    dialog = window.new_item_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData("handout"))
    qtbot.keyClicks(dialog.title, "Mit ark")
    dialog.accept()
    editor = window.editor
    assert editor.kind == "handout"
    assert editor.text_editor.pages.page_count() == 1
    qtbot.mouseClick(editor.text_editor.buttons["lines"], Qt.MouseButton.LeftButton)
    assert editor.text_editor.field.toPlainText().count("_" * 46) == 5
    ident = editor.item_id()
    _trigger(window, "editor.close")
    window.browser.select_item(ident)
    window.browser.flush_preview()
    assert window.browser.preview.header.edit_button.text() == "Edit"


def test_f5_presents_from_the_slide_shown_counting_only_shown_slides(open_app, qtbot):
    window = open_app()
    asked = []
    editor = _new_deck(window, qtbot)
    editor.services.present = lambda ident, start: asked.append((ident, start))
    deck = editor.deck_editor
    deck.select(1)
    _trigger(window, "editor.add-slide")  # slides: title, one, a new one
    deck.select(0)
    _trigger(window, "editor.hide-slide")  # the title slide is hidden
    deck.select(2)
    _trigger(window, "library.present")  # F5, while the editor is on screen
    assert asked == [(editor.item_id(), 1)]  # the second of the two shown slides
    assert editor.deck_editor.current_row() == 2  # the editor keeps its place
    assert "<!-- hidden -->" in editor.session.path.read_text(encoding="utf-8")  # saved first


def test_a_slide_whose_text_shrinks_too_far_is_marked_in_the_sorter(open_app, qtbot):
    window = open_app()
    editor = _new_deck(window, qtbot)
    deck = editor.deck_editor
    deck.select(1)
    deck.body_field.setPlainText(
        "\n".join(f"- Et langt punkt nummer {n} om følelser" for n in range(60))
    )
    qtbot.waitUntil(lambda: "⚠" in deck.sorter.item(1).text(), timeout=3000)
    assert deck.warning.isVisible()
    assert "⚠" not in deck.sorter.item(0).text()


def test_f5_in_the_editor_asks_for_the_session_then_presents_from_that_slide(open_app, qtbot):
    window = open_app()
    editor = _new_deck(window, qtbot)
    deck = editor.deck_editor
    deck.select(1)
    _trigger(window, "editor.add-slide")  # slides: title, one, a new one
    qtbot.keyClicks(deck.title_field, "Det tredje")
    asked, presented = [], []
    window.records.present_item = lambda item, running, present: (
        asked.append(item.id),
        present({"group": "7.b"}),
    )
    window.presenter.present = lambda *, from_here=False, details=None: presented.append(
        (from_here, window.browser.current_id(), window.browser.preview_slide(), details)
    )
    _trigger(window, "library.present")  # F5 with the editor on screen
    assert asked == [editor.item_id()]  # the session's details are asked for first
    assert presented == [(True, editor.item_id(), 2, {"group": "7.b"})]
    assert window.pages.currentWidget() is editor  # the editor stays behind the presentation


def test_f1_in_the_editor_opens_the_guide_at_own_material(open_app, qtbot):
    window = open_app()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    editor = _new_deck(window, qtbot)
    editor.deck_editor.title_field.setFocus()
    qtbot.waitUntil(lambda: editor.deck_editor.title_field.hasFocus())
    qtbot.keyClick(editor.deck_editor.title_field, Qt.Key.Key_F1)
    guide = window.guide.window
    assert guide is not None
    qtbot.waitExposed(guide)
    assert guide.current_slug() == "own-material"
    assert "Make my copy" in guide.text.toPlainText()
    guide.close()


def test_make_my_copy_switches_the_open_plan_to_the_copy_and_undo_switches_back(open_app, qtbot):
    window = open_app()
    plans = window.plan_controller
    plans.new_plan("Kursusdag")
    plans.insert(plans.entries_for(["a.deck"]), 0, 0)
    assert window.browser.select_item("a.deck")
    window.browser.flush_preview()
    _trigger(window, "item.edit")  # on a bundled deck: "Make my copy"
    copy_id = window.editor.item_id()
    assert copy_id and copy_id != "a.deck"
    assert [e.ref for e in plans.plan.entries] == [copy_id]
    plans.undo()
    assert [e.ref for e in plans.plan.entries] == ["a.deck"]


def test_editing_a_step_in_the_form_keeps_its_trainers_part(qtbot):
    """The step table shows what the projector shows; a step's `>` part rides along with
    its row, so changing the step's text or minutes never puts it on the projector."""
    from facilitator.core.editing import exercise as ex
    from facilitator.ui.editor.forms import ExerciseEditor

    body = ex.compose(
        ex.ExerciseForm(
            purpose="At øve.",
            steps=(
                ex.StepRow("Find en makker.", 2, "Forklar øvelsen."),
                ex.StepRow("Tal sammen.", 8),
            ),
        )
    )
    editor = ExerciseEditor()
    qtbot.addWidget(editor)
    editor.set_body(body, 10)
    assert editor.steps.item(0, 0).text() == "Find en makker."
    editor.steps.item(0, 0).setText("Find en, du ikke kender.")
    editor.steps.item(0, 1).setText("3")
    written = editor.body("da")
    assert "1. Find en, du ikke kender. (3 min)\n   > Forklar øvelsen.\n2. Tal sammen." in written
