"""The planner screen: drag and drop, keys, undo and redo, saving at once, import and export.

A real drag (QDrag.exec) runs its own event loop and cannot be driven synchronously on the
offscreen platform, so the drag tests do what Qt's own item view tests do: they take the
QMimeData that the source model gives for the dragged rows (the library model's ``mimeData()``,
exactly what a drag carries) and deliver it to the plan view's ``dropEvent`` at a row's place.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from facilitator.core.plan_book import PlanBook
from facilitator.ui.planner.entries import Column
from facilitator.ui.planner.entries import Role as PlanRole

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def names(window):
    plan = window.plan_controller.plan
    return [[e.ref or e.label for e in s.entries] for s in plan.sections]


def saved(window):
    """The open plan as it is in the database right now."""
    controller = window.plan_controller
    book = PlanBook(lambda: controller.book.db, controller.library)
    return book.load(controller.plan.id)[0]


def drop(view, mime, index, below=False):
    """Deliver ``mime`` to the view as a drop on the upper or lower edge of ``index``'s row."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert view.viewport().rect().contains(rect.center())
    y = rect.bottom() - 2 if below else rect.top() + 2
    where = QPointF(rect.center().x(), y)
    event = QDropEvent(
        where,
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)
    return event


def test_a_drag_from_the_library_lands_in_the_plan_and_is_saved(planner_window, qtbot):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    assert names(window) == [["m.deck", "m.ex", "Pause"], ["Runde", "m.handout"]]
    library = window.browser.model
    source = library.index_of("m.ex")
    mime = library.mimeData([source])
    assert library.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    # Onto the upper edge of the "Runde" row: the exercise goes before it.
    target = planner.model.entry_index(3, Column.ENTRY)
    drop(planner.tree, mime, target)
    assert names(window) == [["m.deck", "m.ex", "Pause"], ["m.ex", "Runde", "m.handout"]]
    assert saved(window) == window.plan_controller.plan  # in the database at once
    # The entry gets the item's own duration and is chosen, with its clock time shown.
    assert window.plan_controller.plan.entries[3].minutes == 15
    assert planner.current_position() == 3
    time = planner.model.entry_index(3, Column.TIME).data()
    assert time == "09:45–10:00"
    window.registry.action("plan.undo").trigger()
    assert names(window) == [["m.deck", "m.ex", "Pause"], ["Runde", "m.handout"]]
    assert saved(window) == window.plan_controller.plan


def test_entries_are_reordered_by_dragging_them(planner_window):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    handout = planner.model.entry_index(4, Column.ENTRY)
    mime = planner.model.mimeData([handout])
    drop(planner.tree, mime, planner.model.entry_index(0, Column.ENTRY))
    assert names(window) == [["m.handout", "m.deck", "m.ex", "Pause"], ["Runde"]]
    # And below the last entry of a section, across the section boundary.
    deck = planner.model.entry_index(1, Column.ENTRY)
    drop(planner.tree, planner.model.mimeData([deck]), planner.model.entry_index(4), below=True)
    assert names(window) == [["m.handout", "m.ex", "Pause"], ["Runde", "m.deck"]]
    assert planner.current_position() == 4


def test_keyboard_add_move_remove_undo_redo(planner_window, qtbot):
    window = planner_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    planner = window.planner
    planner.new_plan()
    assert names(window) == [[]]
    # Ctrl+Enter on the library list adds the chosen item.
    picker = planner.picker
    picker.setCurrentIndex(window.browser.model.index_of("m.deck"))
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Return, CTRL)
    picker.setCurrentIndex(window.browser.model.index_of("m.ex"))
    qtbot.keyClick(picker, Qt.Key.Key_Return, CTRL)
    assert names(window) == [["m.deck", "m.ex"]]
    tree = planner.tree
    tree.setFocus()
    assert planner.current_position() == 1
    qtbot.keyClick(tree, Qt.Key.Key_Up, ALT)
    assert names(window) == [["m.ex", "m.deck"]]
    assert planner.current_position() == 0  # the moved entry stays chosen
    qtbot.keyClick(tree, Qt.Key.Key_Down, ALT)
    assert names(window) == [["m.deck", "m.ex"]]
    qtbot.keyClick(tree, Qt.Key.Key_B, CTRL)  # a break after the exercise
    assert names(window)[0][2] == planner.tr("Break") and planner.current_position() == 2
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)
    assert names(window) == [["m.deck", "m.ex"]]
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL)
    assert len(names(window)[0]) == 3
    qtbot.keyClick(tree, Qt.Key.Key_Z, CTRL | SHIFT)
    assert names(window) == [["m.deck", "m.ex"]]
    assert saved(window) == window.plan_controller.plan
    # The library screen's list adds too (Ctrl+Enter works wherever the item is chosen).
    window.show_page("library")
    window.browser.select_item("m.handout")
    window.browser.tree.setFocus()
    qtbot.keyClick(window.browser.tree, Qt.Key.Key_Return, CTRL)
    assert names(window) == [["m.deck", "m.ex", "m.handout"]]


def test_minutes_are_edited_in_place_and_the_total_follows(planner_window, qtbot):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    assert "ends on time" in planner.total.text()
    index = planner.model.entry_index(0, Column.MINUTES)
    planner.tree.setCurrentIndex(index)
    planner.tree.edit(index)
    editor = planner.tree.findChild(object, "minutesEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits on the next turn of the loop
    qtbot.waitUntil(lambda: window.plan_controller.plan.entries[0].minutes == 30)
    assert "10 min over the target end 10:00" in planner.total.text()
    assert planner.model.entry_index(1, Column.TIME).data() == "09:30–09:45"
    window.registry.action("plan.undo").trigger()
    assert window.plan_controller.plan.entries[0].minutes == 20
    window.registry.action("plan.redo").trigger()
    assert saved(window).entries[0].minutes == 30


def test_what_is_typed_is_saved_and_survives_a_new_window(planner_window, qtbot, tmp_path):
    window = planner_window
    planner = window.planner
    planner.new_plan()
    planner.header.title.setFocus()
    planner.header.title.selectAll()
    qtbot.keyClicks(planner.header.title, "Hold A, dag 1")
    planner.tree.setFocus()  # leaving the field hands it over at once
    assert saved(window).title == "Hold A, dag 1"
    planner.add_free()
    qtbot.keyClicks(planner.details.note, "Alle siger en ting.")
    window.close()  # closing hands over what is being typed
    from facilitator.core.store.database import open_database

    db = open_database(tmp_path / "data" / "facilitator.db")
    book = PlanBook(lambda: db, window.controller.library)
    (summary,) = book.summaries()
    plan, _ = book.load(summary.id)
    assert plan.title == "Hold A, dag 1"
    assert plan.entries[0].note == "Alle siger en ting."
    db.close()


def test_export_import_export_gives_the_same_file(planner_window, tmp_path):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    window.plan_controller.set_header(day="2026-12-01", audience=("Hold A",))
    first = planner.export_plan(tmp_path / "ud.plan.yaml")
    planner.delete_plan()
    box = planner.last_box
    role = QMessageBox.ButtonRole.DestructiveRole
    next(b for b in box.buttons() if box.buttonRole(b) == role).click()
    assert window.plan_controller.plan is None and planner.plans.count() == 0
    planner.import_plan(first)
    assert planner.plans.count() == 1 and window.plan_controller.plan.id == "m.dag"
    again = planner.export_plan(tmp_path / "igen.plan.yaml")
    assert again.read_bytes() == first.read_bytes()


def test_an_import_with_unknown_items_asks_then_marks_them_for_replacing(
    planner_window, tmp_path, qtbot
):
    window = planner_window
    planner = window.planner
    text = window.controller.library.plan("m.dag").path.read_text(encoding="utf-8")
    path = tmp_path / "kollega.plan.yaml"
    path.write_text(text.replace("m.ex", "andet.modul.oevelse"), encoding="utf-8")
    planner.import_plan(path)
    box = planner.last_box
    assert "not in your library" in box.text()
    assert f"{path}:11: unknown item id 'andet.modul.oevelse'" in box.informativeText()
    go = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    go.click()
    assert window.plan_controller.states() == ["ok", "missing", "ok", "ok", "ok"]
    missing = planner.model.entry_index(1, Column.ENTRY)
    assert missing.data() == "Missing item: andet.modul.oevelse"
    assert missing.data(PlanRole.STATE) == "missing"
    assert planner.banner.isVisible() and "not in your library" in planner.banner.text()
    planner.tree.setCurrentIndex(missing)
    assert window.registry.action("plan.replace").isEnabled()
    dialog = planner.replace_entry(1)
    dialog.filter.setText("gæt")
    assert dialog.chosen() == "m.ex"
    dialog.accept()
    assert window.plan_controller.states() == ["ok"] * 5
    assert not planner.banner.isVisible()
    assert saved(window).entries[1].ref == "m.ex"


def test_a_bad_plan_file_is_refused_naming_file_and_line_and_nothing_changes(
    planner_window, tmp_path
):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    before = (planner.plans.count(), saved(window))
    text = window.controller.library.plan("m.dag").path.read_text(encoding="utf-8")
    for name, bad, where in (
        ("nyere.plan.yaml", text.replace("format: 1", "format: 9"), ":1:"),
        ("minutter.plan.yaml", text.replace("minutes: 15", "minutes: lang"), ":12:"),
    ):
        path = tmp_path / name
        path.write_text(bad, encoding="utf-8")
        planner.import_plan(path)
        box = planner.last_box
        assert "cannot be imported" in box.text() and "Nothing was changed" in box.informativeText()
        assert f"{path}{where}" in box.informativeText()
        box.close()
    assert (planner.plans.count(), saved(window)) == before


def test_slides_are_picked_and_hidden_for_this_plan_only(planner_window):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    planner.tree.setCurrentIndex(planner.model.entry_index(0))
    assert window.registry.action("plan.slides").isEnabled()
    dialog = planner.choose_slides(0)
    dialog.set_checked(3, 1, False)  # leave slide 3 out
    dialog.set_checked(2, 2, True)  # hide slide 2
    dialog.accept()
    entry = saved(window).entries[0]
    assert (entry.slides, entry.hidden) == ((1, 2), (2,))
    assert "1 of 3 slides" in planner.model.entry_index(0).data(Qt.ItemDataRole.ToolTipRole)
    deck = window.controller.library.item("m.deck")
    assert len(deck.slides) == 3  # the deck itself is untouched


def test_an_item_changed_since_it_was_planned_is_marked(planner_window, planner_library_dir, qtbot):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    planner_library_dir(version=2)  # a library update changes the deck
    window.load_library()
    assert window.plan_controller.states()[0] == "changed"
    planner.tree.setCurrentIndex(planner.model.entry_index(0))
    assert planner.details.seen_button.isVisibleTo(planner)
    assert "changed in a library update" in planner.banner.text()
    planner.details.seen_button.click()
    assert window.plan_controller.states()[0] == "ok"


def test_sections_are_added_renamed_and_removed_without_losing_entries(planner_window, qtbot):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    planner.tree.setCurrentIndex(planner.model.section_index(0))
    planner.add_section()
    qtbot.keyClick(planner.tree.focusWidget() or planner.tree, Qt.Key.Key_Escape)
    assert [s.title for s in window.plan_controller.plan.sections] == [
        "Start",
        "New section",
        "Slut",
    ]
    planner.model.setData(planner.model.section_index(1), "Fordybelse")
    assert window.plan_controller.plan.sections[1].title == "Fordybelse"
    planner.tree.setCurrentIndex(planner.model.section_index(2))
    planner.remove_current()
    assert [s.title for s in window.plan_controller.plan.sections] == ["Start", "Fordybelse"]
    assert len(window.plan_controller.plan.entries) == 5


def test_the_shortcuts_show_in_the_key_help(planner_window):
    window = planner_window
    shown = {
        entry.text: entry.keys for _, entries in window.registry.help_entries() for entry in entries
    }
    assert "Add to plan" in shown and "Undo" in shown and "Move up" in shown
    assert "Plans" in shown


def test_a_point_between_rows(planner_window):
    """Dropping below everything appends to the last section."""
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    library = window.browser.model
    mime = library.mimeData([library.index_of("m.deck")])
    viewport = planner.tree.viewport()
    event = QDropEvent(
        QPointF(QPoint(40, viewport.height() - 4)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    planner.tree.dropEvent(event)
    assert names(window)[-1] == ["Runde", "m.handout", "m.deck"]


def test_pdf_export_runs_in_the_background_with_progress(planner_window, qtbot, tmp_path):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    for kind in ("runsheet", "deck", "handout", "cards"):
        out = tmp_path / f"{kind}.pdf"
        job = planner.print_pdf(kind, out)
        assert not job.done  # it begins from the event loop, between a page and the next
        with qtbot.waitSignal(job.finished_with, timeout=20000) as done:
            pass
        assert done.args == [str(out), ""]
        assert job.steps >= 1  # the progress bar was told how far it had come
        assert out.read_bytes().startswith(b"%PDF")
    assert "Saved" in window.statusBar().currentMessage()


def test_a_cancelled_pdf_export_leaves_no_file_and_says_so(planner_window, qtbot, tmp_path):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    out = tmp_path / "deck.pdf"
    job = planner.print_pdf("deck", out)
    job.dialog.cancel()  # what the Cancel button (or Escape) does
    with qtbot.waitSignal(job.finished_with, timeout=20000) as done:
        pass
    assert done.args == ["", ""]
    assert not out.exists()
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_plan_is_presented_as_one_run_from_the_chosen_entry(planner_window, qtbot):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    planner.tree.setCurrentIndex(planner.model.entry_index(2))  # the break
    at = datetime(2026, 11, 24, 9, 41)
    running = planner.present_plan(
        windowed=True, choose=False, clock=lambda: 100.0, wall=lambda: at
    )
    state = running.presentation
    pause = state.screen
    assert pause.kind == "break" and pause.entry == 2
    # 09:41 on the clock + 10 minutes, in the plan's language (the app's is English here)
    assert "Vi starter igen kl. 09:51" in pause.slide.markdown
    assert state.countdown() is not None and state.countdown().remaining() == 600
    running.next()
    assert state.screen.entry == 3 and "Hvad tager du med?" in state.screen.slide.markdown
    running.leave()
    qtbot.waitUntil(lambda: running.finished)


def test_course_templates_in_the_app_language_come_first_and_say_their_language(qtbot):
    from PySide6.QtCore import QLocale

    from facilitator.core.model import Plan, PlanEntry, PlanSection
    from facilitator.ui.planner.dialogs import TemplateDialog

    def plan(ident, language, minutes):
        section = PlanSection("Del 1", (PlanEntry("free", minutes, label="Punkt"),))
        return Plan(ident, ident.title(), language=language, start="09:00", sections=(section,))

    templates = [plan("dansk-lang", "da", 390), plan("norsk-kort", "nb", 150)]
    before = QLocale()
    try:
        for language, first in (("nb_NO", "norsk-kort"), ("da_DK", "dansk-lang")):
            QLocale.setDefault(QLocale(language))
            dialog = TemplateDialog(templates)
            qtbot.addWidget(dialog)
            assert dialog.chosen() == first  # the first row is chosen at once
            rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
            assert rows[0].startswith(first.title())
            assert rows[0].endswith("Norsk bokmål" if first == "norsk-kort" else "Dansk")
    finally:
        QLocale.setDefault(before)


def test_present_and_pdf_are_visible_buttons_at_1366x768_never_in_an_overflow(
    planner_window, qtbot
):
    window = planner_window
    planner = window.planner
    planner.new_from_template("m.dag")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: planner.present_button.isVisible())
    for button in (planner.present_button, planner.print_button):
        assert button.isVisible() and button.isEnabled()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.objectName()
    # Neither action is left in the tool bar, and every tool fits: nothing in its overflow.
    for action_id in ("plan.present", "plan.print"):
        assert window.registry.action(action_id) not in planner.tools.actions()
    for action in planner.tools.actions():
        if action.isSeparator():
            continue
        button = planner.tools.widgetForAction(action)
        assert button is not None and button.isVisible(), action.objectName()
    window.registry.action("plan.print").setEnabled(False)
    assert not planner.print_button.isEnabled()  # follows the action
    window.registry.action("plan.print").setEnabled(True)
    assert planner.present_button.text() == "Present"


def test_dates_and_times_are_typed_the_usual_ways_and_saved(planner_window, qtbot):
    from datetime import date, timedelta

    from PySide6.QtCore import QDate
    from PySide6.QtGui import QShowEvent
    from PySide6.QtWidgets import QApplication

    planner = planner_window.planner
    planner.new_from_template("m.dag")
    header = planner.header
    today = date.today()

    def type_into(field, text):
        field.setFocus()
        field.lineEdit().selectAll()
        qtbot.keyClicks(field.lineEdit(), text)
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)

    type_into(header.day, "07-12-2031")
    assert header.day.date() == QDate(2031, 12, 7)
    assert header.day.text() == "Sun 7 Dec 2031"  # with its weekday (English UI in the tests)
    tomorrow = today + timedelta(days=1)
    type_into(header.day, "i morgen")
    assert header.day.date() == QDate(tomorrow.year, tomorrow.month, tomorrow.day)
    type_into(header.start, "8.30")
    assert header.start.time().toString("HH:mm") == "08:30"
    type_into(header.end, "1015")
    assert header.end.time().toString("HH:mm") == "10:15"
    QApplication.processEvents()
    planner.flush()
    plan = planner_window.plan_controller.plan
    assert (plan.day, plan.start, plan.target_end) == (tomorrow.isoformat(), "08:30", "10:15")
    # An empty date field's calendar opens at today, not at January 2000.
    header.day.setDate(header.day.minimumDate())
    calendar = header.day.calendarWidget()
    calendar.setCurrentPage(2000, 1)  # where Qt puts it for the minimum date
    QApplication.sendEvent(calendar, QShowEvent())  # as the pop-up opens
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)


def test_an_opened_plan_shows_the_start_of_a_long_group_and_title(planner_window):
    """The group field of a course template ("fagpersoner, undervisere, medarbejdere") is wider
    than the field: it showed the end ("ersoner, undervisere, ...") with the start cut off."""
    planner = planner_window.planner
    planner.new_from_template("m.dag")
    planner_window.plan_controller.set_header(
        audience=("fagpersoner", "undervisere", "medarbejdere", "unge", "forældre")
    )
    planner.header.show_plan(planner_window.plan_controller.plan)
    assert planner.header.audience.text().startswith("fagpersoner")
    assert planner.header.audience.cursorPosition() == 0
    assert planner.header.title.cursorPosition() == 0
