"""The Sessions screen: groups, history with charts, a session's record that saves as you type."""

from __future__ import annotations

import logging
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from facilitator.core.store.errors import write_error
from facilitator.ui.logs import log_file, remove_handler, setup_logging
from facilitator.ui.records.sessions import SessionsScreen


@pytest.fixture
def screen(qtbot, store, library):
    widget = SessionsScreen(store, lambda: library)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    widget.refresh()
    return widget


def add_group(qtbot, screen, name="8.b Robusthed"):
    qtbot.keyClicks(screen.new_group, name)
    qtbot.keyClick(screen.new_group, Qt.Key.Key_Return)
    return screen.group_id


def held_session(store, group):
    """A session as presenting records it: shown items, a check-in, groups made."""
    log = store.log
    log.update_group(group, plan_refs=["kursus.p"])
    sid = log.start_session(group_id=group, plan_ref="kursus.p", title="Kursusdag")
    log.record_shown(sid, "deck", "m.deck", 1, 600)
    log.record_shown(sid, "deck", "m.deck", 2, 660)
    log.record_shown(sid, "exercise", "m.ex", None, 900)
    log.record_event(sid, "checkin", scale="numbers", tally={"2": 1, "4": 5})
    log.record_event(sid, "groups", people=12, how="random", sizes=[4, 4, 4])
    return sid


def test_a_group_and_its_history_with_charts_and_what_is_to_come(qtbot, screen, store):
    group = add_group(qtbot, screen)
    assert screen.groups.currentItem().text() == "8.b Robusthed"
    sid = held_session(store, group)
    screen.refresh()
    row = screen.sessions.topLevelItem(0)
    assert row.text(0) == "Mon 23 Nov 2026"  # as its date field shows it, with the weekday
    assert row.text(1) == "Kursusdag" and row.text(4) == "36"
    assert screen.minutes_chart.bars == [("Mentalisering", 36)]
    assert screen.checkin_chart.columns == [("2026-11-23", [0, 1, 0, 5, 0])]
    to_come = screen.coverage.topLevelItem(0)
    assert to_come.text(0).endswith("(1)")
    assert to_come.child(0).child(0).text(0) == "Afrunding"  # under its plan
    screen.select_session(sid)
    screen.open_session()
    assert screen.tabs.currentWidget() is screen.record_page
    shown = screen.record.shown_tree
    assert [shown.topLevelItem(i).text(0) for i in range(shown.topLevelItemCount())] == [
        "Hvad er mentalisering?",
        "Gæt tanken",
    ]
    assert shown.topLevelItem(0).text(1) == "2"  # two slides
    events = screen.record.events_tree
    assert "2: 1" in events.topLevelItem(0).text(2)
    assert "3" in events.topLevelItem(1).text(2)


def test_a_session_record_saves_notes_ticks_ratings_and_details(qtbot, screen, store):
    group = add_group(qtbot, screen)
    store.log.add_participant(group, "K.")
    store.log.add_participant(group, "S.")
    qtbot.mouseClick(screen.new_session_button, Qt.MouseButton.LeftButton)
    record = screen.record
    sid = record.session_id
    assert sid is not None and screen.tabs.currentWidget() is screen.record_page
    # Notes save as you type (debounced), with no Save button.
    record.notes.setFocus()
    qtbot.keyClicks(record.notes, "Rolig gruppe, gode spørgsmål")
    qtbot.waitUntil(lambda: store.log.note(sid) == "Rolig gruppe, gode spørgsmål")
    assert record.notes_state.text() == "Saved"
    # Ticks, a rating, the comment, the place.
    first = record.people.item(0)
    first.setCheckState(Qt.CheckState.Checked)
    assert store.log.presence(sid) == {store.log.participants(group)[0][0]: True}
    assert record.ticked.text() == "1 of 2 ticked as present"
    qtbot.mouseClick(record.rating_rows["pace"].buttons[3], Qt.MouseButton.LeftButton)
    assert ("pace", 4, "") in store.log.ratings(sid)
    record.comment.setPlainText("Mere tid til par-øvelsen")
    record.comment.flush()
    assert ("comment", None, "Mere tid til par-øvelsen") in store.log.ratings(sid)
    record.place.setText("Lokale 12")
    record.place.editingFinished.emit()
    assert store.log.session(sid).place == "Lokale 12"
    assert screen.sessions.topLevelItem(0).text(2) == "Lokale 12"
    # A participant with a full name is warned about, inline.
    qtbot.keyClicks(record.new_person, "Anna Jensen")
    assert record.pseudonym_warning.isVisible()
    assert "full name" in record.pseudonym_warning.text()


def test_typing_then_closing_at_once_loses_nothing(qtbot, screen, store):
    add_group(qtbot, screen)
    screen.new_session()
    sid = screen.record.session_id
    screen.record.notes.setPlainText("Skrevet lige før lukning")
    assert screen.record.notes.dirty  # the debounce timer has not fired yet
    screen.close()  # the main window calls flush() when it closes
    screen.flush()
    assert store.log.note(sid) == "Skrevet lige før lukning"


def test_a_full_disk_keeps_the_text_on_screen_and_says_so(qtbot, screen, store, monkeypatch):
    add_group(qtbot, screen)
    screen.new_session()
    sid = screen.record.session_id
    path = store.db.path

    def full(*_args, **_kwargs):
        raise write_error(sqlite3.OperationalError("database or disk is full"), path)

    monkeypatch.setattr(type(store.log), "save_note", full)
    screen.record.notes.setPlainText("Vigtig note")
    assert screen.record.notes.flush() is False
    assert screen.record.notes.toPlainText() == "Vigtig note"
    assert screen.record.notes.state == "failed"
    assert screen.error.isVisible() and "disk is full" in screen.error.text()
    assert "still on screen" in screen.error.text()
    monkeypatch.undo()
    assert screen.record.notes.flush() is True  # space again: it saves
    assert store.log.note(sid) == "Vigtig note"
    assert not screen.error.isVisible()


def test_an_error_while_saving_a_note_never_writes_the_note_to_the_log(
    qtbot, screen, store, tmp_path
):
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    try:
        add_group(qtbot, screen)
        screen.new_session()
        sid = screen.record.session_id
        store.log.save_note(sid, "")
        connection = sqlite3.connect(store.db.path)
        connection.execute(
            "CREATE TRIGGER refuse BEFORE UPDATE ON note BEGIN SELECT RAISE(ABORT, 'refused'); END"
        )
        connection.commit()
        secret = "Bekymret for Ali i 7.b, mor ringede"
        screen.record.notes.setFocus()
        qtbot.keyClicks(screen.record.notes, secret)
        qtbot.waitUntil(lambda: screen.record.notes.state == "failed")
        assert screen.record.notes.toPlainText() == secret
        assert screen.error.isVisible()
        handler.flush()
        logged = log_file(tmp_path / "logs").read_text(encoding="utf-8")
        assert f"note ({sid}) failed" in logged  # the ids are logged ...
        assert "IntegrityError" in logged
        assert "Ali" not in logged and "mor ringede" not in logged  # ... never the text
        connection.execute("DROP TRIGGER refuse")
        connection.commit()
        connection.close()
        assert screen.record.notes.flush()
        assert store.log.note(sid) == secret
    finally:
        remove_handler(handler)


def test_exports_of_a_group_history_and_a_session_record(qtbot, screen, store, tmp_path):
    group = add_group(qtbot, screen)
    sid = held_session(store, group)
    store.log.save_note(sid, "Note til eksport, æøå")
    screen.refresh()
    screen.select_session(sid)
    out = {}
    screen.choose_file = lambda suggested, kind: str(tmp_path / f"{len(out)}-{suggested}")
    for which in ("history", "record"):
        for kind in ("csv", "pdf"):
            exporter = screen.export_history if which == "history" else screen.export_record
            out[(which, kind)] = exporter(kind)
    history_csv = Path(out[("history", "csv")]).read_text(encoding="utf-8-sig")
    assert "2026-11-23" in history_csv and "kursus.p" in history_csv
    record_csv = Path(out[("record", "csv")]).read_text(encoding="utf-8-sig")
    assert "Note til eksport, æøå" in record_csv and "m.deck" in record_csv
    for which in ("history", "record"):
        pdf = out[(which, "pdf")]
        assert Path(pdf).read_bytes()[:5] == b"%PDF-"
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        assert "Hvad er mentalisering?" in text  # item titles, as vector text
    text = subprocess.run(
        ["pdftotext", out[("record", "pdf")], "-"], capture_output=True, text=True
    ).stdout
    assert "Note til eksport, æøå" in text
    history = subprocess.run(
        ["pdftotext", out[("history", "pdf")], "-"], capture_output=True, text=True
    ).stdout
    assert "Still to come" in history and "Afrunding" in history


def test_sessions_presented_without_a_group_are_listed_and_can_be_moved(qtbot, screen, store):
    group = add_group(qtbot, screen, "9.a")
    loose = store.log.start_session(title="Hurtig præsentation", plan_ref="kursus.p")
    store.log.record_shown(loose, "deck", "m.deck", 1, 300)
    screen.refresh()
    names = [screen.groups.item(i).text() for i in range(screen.groups.count())]
    assert names == ["9.a", "Without a group (1)"]
    screen.groups.setCurrentRow(1)
    assert screen.sessions.topLevelItemCount() == 1
    assert screen.minutes_chart.bars == [("Mentalisering", 5)]
    record = screen.record
    assert record.session_id == loose
    record.group.setCurrentIndex(record.group.findData(group))
    record.group.activated.emit(record.group.currentIndex())
    assert store.log.session(loose).group_id == group
    screen.refresh()
    assert [screen.groups.item(i).text() for i in range(screen.groups.count())] == ["9.a"]
