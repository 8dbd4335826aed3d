"""The Mentor log screen: pseudonyms with identity warnings, meetings with marks, sub-goals, the
chart over time, export and deletion of everything about a person, and the retention period."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitator.ui.records.mentor import MentorScreen


@pytest.fixture
def screen(qtbot, store):
    widget = MentorScreen(store)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    return widget


def add(qtbot, screen, name):
    screen.new_person.clear()
    qtbot.keyClicks(screen.new_person, name)
    qtbot.keyClick(screen.new_person, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    "typed, warned",
    [("Anna Jensen", "full name"), ("010203-1234", "CPR"), ("Ræven", None), ("K.M.", None)],
)
def test_a_name_that_looks_real_is_warned_about_inline(qtbot, screen, typed, warned):
    qtbot.keyClicks(screen.new_person, typed)
    if warned:
        assert screen.identity_warning.isVisible() and warned in screen.identity_warning.text()
    else:
        assert not screen.identity_warning.isVisible()


def test_meetings_marks_notes_subgoals_and_the_chart(qtbot, screen, store):
    add(qtbot, screen, "Ræven")
    pid = screen.person_id
    assert store.mentor.people() == [(pid, "Ræven")]
    qtbot.mouseClick(screen.new_meeting_button, Qt.MouseButton.LeftButton)
    (mark,) = store.mentor.marks(pid)
    assert mark.day == "2026-11-23"
    qtbot.mouseClick(screen.mark_rows["wellbeing"].buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.mark_rows["network"].buttons[4], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.meeting_note, "Spiste frokost med klassen")
    qtbot.waitUntil(lambda: store.mentor.marks(pid)[0].note == "Spiste frokost med klassen")
    mark = store.mentor.marks(pid)[0]
    assert mark.values["wellbeing"] == 3 and mark.values["network"] == 5
    assert screen.meetings.topLevelItem(0).text(1) == "3"
    # An older meeting, then the chart shows both, oldest first.
    store.mentor.add_meeting(pid, "2026-11-09", "", wellbeing=2)
    screen.refresh()
    wellbeing = next(s for s in screen.chart.series if s.name == "Well-being")
    assert [p for p in wellbeing.points if p[1] is not None] == [
        ("2026-11-09", 2),
        ("2026-11-23", 3),
    ]
    # A sub-goal with start and target; ticking it reached marks it on the chart.
    qtbot.keyClicks(screen.goal_text, "Møder til første time tre dage i træk")
    qtbot.keyClick(screen.goal_text, Qt.Key.Key_Return)
    (goal,) = store.mentor.subgoals(pid)
    assert (goal.start_day, goal.target_day) == ("2026-11-23", "2026-12-21")
    screen.goals.topLevelItem(0).setCheckState(3, Qt.CheckState.Checked)
    assert store.mentor.subgoals(pid)[0].reached_day == "2026-11-23"
    assert screen.chart.reached == [("2026-11-23", "Møder til første time tre dage i træk")]
    screen.dimension.setCurrentIndex(screen.dimension.findData("network"))
    screen.dimension.activated.emit(screen.dimension.currentIndex())
    assert [s.name for s in screen.chart.series] == ["Network and friends"]
    screen.chart.grab()  # paints without warnings


def test_export_then_delete_everything_after_a_confirmation_naming_the_pseudonym(
    qtbot, screen, store, tmp_path
):
    add(qtbot, screen, "Zorro-7")
    pid = screen.person_id
    store.mentor.add_meeting(pid, "2026-11-02", "Hemmelig note", wellbeing=2, homework=3)
    store.mentor.add_meeting(pid, "2026-11-16", "", wellbeing=4, homework=3)
    goal = store.mentor.add_subgoal(pid, "Afleverer lektier", "2026-12-01")
    store.mentor.reach_subgoal(goal)
    add(qtbot, screen, "Sol")
    screen.select_person(pid)
    screen.choose_file = lambda suggested, kind: str(tmp_path / suggested)
    csv_path = screen.export_person("csv")
    pdf_path = screen.export_person("pdf")
    assert "Hemmelig note" in Path(csv_path).read_text(encoding="utf-8-sig")
    text = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True).stdout
    assert "Zorro-7" in text and "Hemmelig note" in text and "Afleverer lektier" in text

    screen.ask_delete()
    box = screen.confirm_box
    assert isinstance(box, QMessageBox) and "Zorro-7" in box.text()
    delete = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    delete.click()
    assert [name for _id, name in store.mentor.people()] == ["Sol"]
    assert [screen.people.item(i).text() for i in range(screen.people.count())] == ["Sol"]
    store.db.close()
    raw = store.db.path.read_bytes()
    assert b"Zorro-7" not in raw and b"Hemmelig note" not in raw


def test_retention_warns_first_then_deletes_after_saying_whose(qtbot, screen, store):
    store.today = lambda: date(2025, 12, 1)
    add(qtbot, screen, "Gammel")
    old = screen.person_id
    store.mentor.add_meeting(old, "2025-12-01", "", wellbeing=3)
    store.today = lambda: date(2026, 11, 23)
    add(qtbot, screen, "Ny")
    screen.retention.setValue(12)
    screen.retention.editingFinished.emit()
    assert store.mentor.retention_months() == 12
    assert screen.due_label.isVisible() and "Gammel: 2026-12-01" in screen.due_label.text()
    assert getattr(screen, "expired_box", None) is None  # warned, not yet due
    store.today = lambda: date(2026, 12, 2)
    screen.check_expired()
    box = screen.expired_box
    assert "Gammel" in box.informativeText() and "Ny" not in box.informativeText()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    keep.click()
    assert store.mentor.expired() == []  # kept one more month
    store.today = lambda: date(2027, 1, 5)
    screen.check_expired()
    box = screen.expired_box
    box.defaultButton().click()
    QApplication.processEvents()
    assert [name for _id, name in store.mentor.people()] == ["Ny"]


def test_an_identity_number_is_never_added_and_a_full_name_only_when_insisted(qtbot, screen, store):
    add(qtbot, screen, "Født 010203-1234")
    assert store.mentor.people() == []
    assert "Not added" in screen.identity_warning.text()
    add(qtbot, screen, "Anna Jensen")
    assert store.mentor.people() == []
    assert "Add it again" in screen.identity_warning.text()
    qtbot.keyClick(screen.new_person, Qt.Key.Key_Return)  # the trainer insists
    assert [name for _id, name in store.mentor.people()] == ["Anna Jensen"]
