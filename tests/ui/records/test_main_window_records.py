"""The records in the main window: Ctrl+3 and Ctrl+4 reach them, the key help lists them, and
closing the window saves what was being typed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core.loader import Root


@pytest.fixture
def window(qtbot, home, library_root):
    from facilitator.core.settings import Settings
    from facilitator.ui.i18n import Translations
    from facilitator.ui.main_window import MainWindow

    made = MainWindow(Settings.load(), Translations(), roots=lambda: [Root(library_root)])
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    made.load_library()
    qtbot.waitUntil(lambda: made.controller.is_loaded)
    return made


@pytest.fixture
def library_root(library, tmp_path):
    return tmp_path / "lib"


def test_ctrl_3_and_ctrl_4_open_sessions_and_the_mentor_log(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.records.sessions
    assert window.registry.action("view.sessions").isChecked()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.records.mentor
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.browser
    helped = {entry.text for _group, entries in window.registry.help_entries() for entry in entries}
    assert {"Sessions", "Mentor log"} <= helped
    menu = [a.objectName() for a in window.file_menu.actions()]
    assert "file.backups" in menu


def test_closing_the_window_saves_the_note_being_typed(qtbot, window):
    window.show_page("sessions")
    sessions = window.records.sessions
    qtbot.keyClicks(sessions.new_group, "7.c")
    qtbot.keyClick(sessions.new_group, Qt.Key.Key_Return)
    sessions.new_session()
    sid = sessions.record.session_id
    sessions.record.notes.setPlainText("Sidste sætning før lukning")
    window.close()
    assert window.records.store.log.note(sid) == "Sidste sætning før lukning"


def test_the_planner_and_the_records_share_one_database(window):
    assert window.plan_controller.book.db is window.records.opener()
    window.show_page("sessions")
    window.records.open_backups()
    dialog = window.records.backups_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_presenting_asks_for_the_group_remembers_it_and_can_be_skipped(qtbot, window):
    from facilitator.ui.records.start import SessionStartDialog

    asked = []
    window.presenter.present = lambda **kwargs: asked.append(kwargs.get("details"))
    window.browser.select_item("m.deck")
    window.registry.action("library.present").trigger()
    dialog = window.records.start_dialog
    assert isinstance(dialog, SessionStartDialog) and dialog.isVisible()
    dialog.group.setCurrentText("8.b")
    dialog.place.setText("Lokale 12")
    dialog.facilitator.setText("Mette")
    dialog.start_button.click()
    (details,) = asked
    store = window.records.store
    assert store.log.groups()[0][1] == "8.b"
    assert details["group_id"] == store.log.groups()[0][0]
    assert (details["place"], details["facilitator"], details["plan_ref"]) == (
        "Lokale 12",
        "Mette",
        "",
    )
    session = store.log.start_session(title="Hvad er mentalisering?", **details)
    assert store.log.session(session).place == "Lokale 12"

    window.registry.action("library.present").trigger()  # remembered from last time
    dialog = window.records.start_dialog
    assert (dialog.group.currentText(), dialog.place.text()) == ("8.b", "Lokale 12")
    dialog.skip_button.click()
    assert asked[-1] is None  # presented, and nothing is recorded

    window.registry.action("library.present").trigger()
    window.records.start_dialog.reject()  # Esc: nothing is presented
    assert len(asked) == 2


def test_the_planner_shows_actual_minutes_and_takes_them_in_one_undoable_step(qtbot, window):
    from facilitator.ui.planner.entries import Column

    window.show_page("plans")
    window.planner.new_from_template("kursus.p")
    plan = window.plan_controller.plan
    assert [e.minutes for e in plan.entries] == [20, 20, 5, 20]
    log = window.records.store.log
    for minutes in (26, 30, 34):  # three sessions presented with this plan
        session = log.start_session(plan_ref=plan.id)
        log.record_shown(session, "deck", "m.deck", 1, minutes * 60)
        log.record_shown(session, "break", "Pause", None, 600)
    window.records._actual_for = ""  # as when the plan is next opened
    window.plan_controller.changed.emit()
    model = window.planner.model
    first = model.entry_index(0, Column.MINUTES)
    assert first.data() == "20 (30)"
    assert "took 30 min" in first.data(Qt.ItemDataRole.ToolTipRole)
    window.registry.action("plan.actual").trigger()
    assert [e.minutes for e in window.plan_controller.plan.entries] == [30, 20, 10, 20]
    assert model.entry_index(0, Column.MINUTES).data() == "30"
    window.plan_controller.undo()
    assert [e.minutes for e in window.plan_controller.plan.entries] == [20, 20, 5, 20]
