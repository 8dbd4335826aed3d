"""Session log and mentors' progress log: actions are kept, and a person can be removed fully."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest

from facilitator.core.privacy import identity_warnings
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "f.db", datetime(2026, 11, 23))
    yield database
    database.close()


def test_a_session_records_shown_items_events_notes_and_ratings(db):
    clock = [datetime(2026, 11, 23, 9, 0)]
    log = SessionLog(db, now=lambda: clock[0])
    group = log.add_group("3.g Robusthed")
    session = log.start_session(group_id=group, title="Modul 1", place="Lokale 12")
    log.record_shown(session, "deck", "mentalisering.viden", 1, 120)
    log.record_shown(session, "deck", "mentalisering.viden", 2, 60)
    log.record_shown(session, "exercise", "mentalisering.interview", None, 600)
    log.record_event(session, "checkin", scale="1-5", tally={"1": 0, "3": 4, "5": 2})
    log.set_attendance(session, 18)
    log.save_note(session, "God energi")
    log.save_note(session, "God energi, men træt hold")
    log.rate(session, "Udbytte", 4, "Mere tid til øvelser")
    clock[0] += timedelta(hours=2)
    log.end_session(session)
    assert log.note(session) == "God energi, men træt hold"
    (summary,) = log.history(group)
    assert (summary.day, summary.attendance, summary.minutes) == ("2026-11-23", 18, 13.0)
    assert log.minutes_by_ref(group) == {
        "mentalisering.viden": 3.0,
        "mentalisering.interview": 10.0,
    }
    connection = sqlite3.connect(db.path)
    assert connection.execute("SELECT data FROM event").fetchone()[0] == (
        '{"scale": "1-5", "tally": {"1": 0, "3": 4, "5": 2}}'
    )
    assert connection.execute("SELECT count(*) FROM note").fetchone()[0] == 1


def test_mentor_marks_subgoals_export_and_delete_leave_nothing(db):
    log = MentorLog(db, today=lambda: date(2026, 11, 23))
    kim = log.add_person("Kimbo-pseudonym")
    other = log.add_person("Sol")
    goal = log.add_subgoal(kim, "Møde til første time tre dage i træk", "2026-12-15", "attendance")
    log.add_meeting(kim, "2026-11-23", "Hemmelig note om Kim", wellbeing=3, attendance=2)
    log.add_meeting(kim, "2026-11-30", "", wellbeing=4, attendance=4, network=3)
    log.add_meeting(other, "2026-11-30", "Andet", wellbeing=5)
    log.reach_subgoal(goal)
    marks = log.marks(kim)
    assert [m.values["wellbeing"] for m in marks] == [3, 4]
    assert log.subgoals(kim)[0].reached_day == "2026-11-23"
    exported = log.export_csv(kim)
    assert "Hemmelig note om Kim" in exported and "Møde til første time" in exported
    with pytest.raises(ValueError, match="1 to 5"):
        log.add_meeting(kim, "2026-12-01", wellbeing=9)
    log.delete_person(kim)
    assert log.people() == [(other, "Sol")]
    db.close()
    raw = db.path.read_bytes()
    for secret in (b"Hemmelig note", b"Kimbo-pseudonym", "Møde til første".encode()):
        assert secret not in raw
    assert log.marks(other)[0].note == "Andet"
    assert db.integrity() == "ok"


def test_retention_lists_people_whose_time_is_up(db):
    today = [date(2026, 1, 1)]
    log = MentorLog(db, today=lambda: today[0])
    log.add_person("A", keep_days=30)
    log.add_person("B")
    assert log.expired() == []
    today[0] = date(2026, 2, 1)
    assert [p for _, p, _ in log.expired()] == ["A"]


@pytest.mark.parametrize(
    "text, expect",
    [
        ("Anna Jensen", "full name"),
        ("Ole-Bent Hansen Kristiansen", "full name"),
        ("K.", None),
        ("Sol", None),
        ("drengen fra 9b", None),
        ("010203-1234", "identity number"),
        ("Født 0102031234", "identity number"),
        ("12345678901", None),
    ],
)
def test_identity_warnings(text, expect):
    warnings = identity_warnings(text)
    if expect is None:
        assert warnings == []
    else:
        assert any(expect in w for w in warnings)
