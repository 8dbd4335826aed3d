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
