"""Dates typed and read as a teacher does on the Sessions screen, the mentor log and the dialog
before presenting; the number present follows the ticks; rehearsals are listed on their own; the
dialog prefills the plan's group, and Skip records nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from facilitator.ui.date_edits import DateEdit
from facilitator.ui.records.mentor import MentorScreen
from facilitator.ui.records.sessions import SessionsScreen
from facilitator.ui.records.start import SessionStartDialog


@pytest.fixture
def sessions(qtbot, store, library):
    widget = SessionsScreen(store, lambda: library)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    return widget


def type_into(qtbot, field, text):
    field.setFocus()
    field.lineEdit().selectAll()
    qtbot.keyClicks(field.lineEdit(), text)
    qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)


def test_a_session_date_is_typed_as_a_teacher_writes_it_and_listed_with_its_weekday(
    qtbot, sessions, store
):
    group = store.log.add_group("8.b")
    sid = store.log.start_session(group_id=group)
    sessions.refresh()
    sessions.select_session(sid)
    day = sessions.record.day
    assert isinstance(day, DateEdit)
    type_into(qtbot, day, "07-12-2026")
    assert store.log.session(sid).day == "2026-12-07"
    assert day.text() == "Mon 7 Dec 2026"  # the field shows the weekday (English in the tests)
    assert sessions.sessions.topLevelItem(0).text(0) == "Mon 7 Dec 2026"


def test_the_number_present_follows_the_ticks_and_names_who_is_absent(qtbot, sessions, store):
    log = store.log
    group = log.add_group("8.b")
    for name in ("Ask", "Bo", "Cim"):
        log.add_participant(group, name)
    sid = log.start_session(group_id=group)
    log.set_attendance(sid, 22)
    sessions.refresh()
    sessions.select_session(sid)
    record = sessions.record
    assert record.count.value() == 22 and record.count.isEnabled()  # no register yet
    assert sessions.sessions.topLevelItem(0).text(5) == "22"
    record.people.item(0).setCheckState(Qt.CheckState.Checked)
    record.people.item(1).setCheckState(Qt.CheckState.Checked)
    # Two ticked: the number is 2 everywhere, and Cim (never ticked) is absent.
    assert record.count.value() == 2 and not record.count.isEnabled()
    assert record.count_rule.text() == "Counted from the ticks. Absent: Cim"
    assert sessions.sessions.topLevelItem(0).text(5) == "2"


def test_rehearsals_are_listed_on_their_own_and_can_be_moved_back(qtbot, sessions, store):
    log = store.log
    group = log.add_group("8.b")
    held = log.start_session(group_id=group)
    tried = log.start_session(group_id=group, rehearsal=True)
    sessions.refresh()
    names = [sessions.groups.item(i).text() for i in range(sessions.groups.count())]
    assert names == ["8.b", "Rehearsals (1)"]
    sessions.groups.setCurrentRow(0)
    assert sessions.sessions.topLevelItemCount() == 1  # the rehearsal is not in 8.b's history
    sessions.groups.setCurrentRow(1)
    assert not sessions.new_session_button.isEnabled()
    assert sessions.record.session_id == tried and sessions.record.rehearsal.isChecked()
    sessions.record.rehearsal.setChecked(False)  # ticked by mistake
    assert not log.session(tried).rehearsal
    sessions.refresh()
    sessions.select_group(group)
    assert {
        sessions.sessions.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in (0, 1)
    } == {
        held,
        tried,
    }


def test_the_mentor_log_takes_typed_dates_and_lists_them_with_their_weekday(qtbot, store):
    screen = MentorScreen(store)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    person = store.mentor.add_person("Ræven")
    store.mentor.add_meeting(person, "2026-11-23", "", wellbeing=3)
    screen.refresh()
    assert screen.meetings.topLevelItem(0).text(0) == "Mon 23 Nov 2026"
    assert all(isinstance(f, DateEdit) for f in (screen.meeting_day, screen.goal_start))
    type_into(qtbot, screen.meeting_day, "30/11-2026")
    assert store.mentor.marks(person)[0].day == "2026-11-30"
    assert screen.meetings.topLevelItem(0).text(0) == "Mon 30 Nov 2026"
    type_into(qtbot, screen.goal_target, "7. december 2026")
    assert screen.goal_target.date() == QDate(2026, 12, 7)


def test_the_dialog_prefills_the_plans_group_and_records_a_rehearsal(qtbot, store):
    store.log.add_group("7.a")
    known = store.log.add_group("8.b")
    dialog = SessionStartDialog(store, "Lektion 2", group=("8.b",), own_plan=True)
    qtbot.addWidget(dialog)
    assert dialog.group.currentText() == "8.b"
    assert isinstance(dialog.day, DateEdit)
    dialog.rehearsal.setChecked(True)
    details = dialog.details("p")
    assert (details["group_id"], details["rehearsal"], details["plan_ref"]) == (known, True, "p")
    # The trainer's own plan names a group the records do not know yet: it is made on Start.
    fresh = SessionStartDialog(store, "Lektion 2", group=("9.c",), own_plan=True)
    qtbot.addWidget(fresh)
    assert fresh.group.currentText() == "9.c"
    # A bundled template's audience words are no group: the last group used stays chosen.
    template = SessionStartDialog(store, "Lektion 2", group=("elever", "undervisere"))
    qtbot.addWidget(template)
    assert template.group.currentText() == "8.b"  # the group used last time


@pytest.fixture
def window(qtbot, home, library, tmp_path):
    from facilitator.core.loader import Root
    from facilitator.core.settings import Settings
    from facilitator.ui.i18n import Translations
    from facilitator.ui.main_window import MainWindow

    made = MainWindow(Settings.load(), Translations(), roots=lambda: [Root(tmp_path / "lib")])
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    qtbot.waitExposed(made)
    made.load_library()
    qtbot.waitUntil(lambda: made.controller.is_loaded)
    yield made
    running = made.presenter.running
    if running is not None and not running.finished:
        running.leave()


@pytest.mark.parametrize("answer", ["skip", "rehearse"])
def test_skip_records_nothing_and_a_rehearsal_opens_the_console_and_is_recorded_so(
    qtbot, window, monkeypatch, answer
):
    from facilitator.ui.present import session

    logged = []
    monkeypatch.setattr(session, "log_session", lambda *args: logged.append(args))
    window.browser.select_item("m.deck")
    window.registry.action("library.present").trigger()
    dialog = window.records.start_dialog
    if answer == "skip":
        dialog.skip_button.click()
    else:
        dialog.rehearsal.setChecked(True)
        dialog.start_button.click()
    running = window.presenter.running
    assert running is not None  # presented either way
    if answer == "skip":
        assert logged == []  # nothing recorded: not even "without a group"
    else:
        ((_controller, _events, _title, details),) = logged
        assert details["rehearsal"] is True
        assert running.rehearsal and not running.audience.isVisible()  # the console alone
