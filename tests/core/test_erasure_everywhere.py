"""One person, both logs: export everything about a pseudonym, and erase it from the records and
every backup; deleting a session or a group purges the backups too. The checks read raw bytes of
every file in the data folder (records, WAL, backups, shelved copies)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from facilitator.core import records
from facilitator.core.store import backups, cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

WHO = "Ziggy-Stardust"
OTHER = "Moonage-Daydream"


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def fill(path: Path) -> dict[str, int]:
    db = open_database(path, datetime(2026, 3, 1))
    log, mentor = SessionLog(db), MentorLog(db, today=lambda: date(2026, 3, 1))
    a, b = log.add_group("Hold A"), log.add_group("Hold B")
    ids = {"a": a, "b": b}
    for group in (a, b):
        who = log.add_participant(group, WHO)
        other = log.add_participant(group, OTHER)
        session = log.start_session(group_id=group, day="2026-02-20")
        log.mark_present(session, who, True)
        log.mark_present(session, other, False)
        ids[f"session{group}"] = session
    log.save_note(ids[f"session{a}"], f"Went well. {WHO} led the round.")
    log.save_note(ids[f"session{b}"], "SECRET-SESSION-NOTE about the class")
    person = mentor.add_person(WHO)
    mentor.add_meeting(person, "2026-02-21", "MENTOR-NOTE worried about sleep", wellbeing=2)
    mentor.add_person(OTHER)
    db.close()
    for day in (2, 3):  # two daily backups holding everything
        open_database(path, datetime(2026, 3, day)).close()
    backups.take_backup(path, "before-migration-v1", datetime(2026, 3, 3, 12))
    return ids


def test_export_of_a_pseudonym_covers_both_logs(tmp_path):
    path = tmp_path / "facilitator.db"
    fill(path)
    db = open_database(path, datetime(2026, 3, 4))
    log, mentor = SessionLog(db), MentorLog(db)
    assert records.people(log, mentor) == [OTHER, WHO]
    csv = records.pseudonym_csv(log, mentor, WHO)
    assert csv.count("attendance,Hold ") == 2
    assert "attendance,Hold A,1,2026-02-20,yes" in csv
    assert f"Went well. {WHO} led the round." in csv  # a note that names them
    assert "SECRET-SESSION-NOTE" not in csv  # a note that does not
    assert "MENTOR-NOTE worried about sleep" in csv
    text = records.pseudonym_markdown(log, mentor, WHO, today="2026-03-04")
    assert "Hold B" in text and "MENTOR\\-NOTE worried about sleep" in text
    assert OTHER not in text
    db.close()


def test_erasing_a_pseudonym_removes_it_from_every_file(tmp_path):
    path = tmp_path / "facilitator.db"
    fill(path)
    assert WHO.encode() in every_byte(tmp_path)
    db = open_database(path, datetime(2026, 3, 4))
    log, mentor = SessionLog(db), MentorLog(db)
    assert records.erase_pseudonym(log, mentor, WHO) == 0
    assert records.people(log, mentor) == [OTHER]
    db.close()
    raw = every_byte(tmp_path)
    assert WHO.encode() not in raw
    assert b"MENTOR-NOTE" not in raw
    assert OTHER.encode() in raw  # the others stay
    # A note that named them keeps its other words.
    db = open_database(path, datetime(2026, 3, 4))
    assert SessionLog(db).note(1) == "Went well. […] led the round."
    db.close()


def test_deleting_a_session_or_a_group_purges_the_backups(tmp_path):
    path = tmp_path / "facilitator.db"
    ids = fill(path)
    db = open_database(path, datetime(2026, 3, 4))
    log = SessionLog(db)
    assert log.delete_session(ids[f"session{ids['b']}"]) == 0
    db.close()
    raw = every_byte(tmp_path)
    assert b"SECRET-SESSION-NOTE" not in raw
    assert b"Hold B" in raw
    db = open_database(path, datetime(2026, 3, 4))
    assert SessionLog(db).delete_group(ids["b"]) == 0
    assert SessionLog(db).groups() == [(ids["a"], "Hold A")]
    db.close()
    assert b"Hold B" not in every_byte(tmp_path)


def test_erasure_reaches_encrypted_backups(tmp_path):
    path = tmp_path / "facilitator.db"
    fill(path)
    cipher.turn_on(path, "a passphrase here")
    db = open_database(path, datetime(2026, 3, 4))
    log, mentor = SessionLog(db), MentorLog(db)
    assert records.erase_pseudonym(log, mentor, WHO) == 0
    db.close()
    dbapi = cipher.module()
    for file in [path, *backups.backups_dir(path).rglob("*.db")]:
        connection = dbapi.connect(str(file))
        connection.execute("PRAGMA key = 'a passphrase here'")
        names = {r[0] for r in connection.execute("SELECT pseudonym FROM participant")}
        people = {r[0] for r in connection.execute("SELECT pseudonym FROM person")}
        connection.close()
        assert WHO not in names | people, file.name
