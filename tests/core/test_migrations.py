"""Every migration step runs from the oldest schema with real rows in it, and keeps them."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from facilitator.core.store import backups, migrations
from facilitator.core.store.database import open_database
from facilitator.core.store.errors import NewerSchemaError
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

DAY = datetime(2026, 11, 23, 9, 0)


def at_version(path, target):
    connection = sqlite3.connect(path, isolation_level=None)
    migrations.migrate(connection, target)
    return connection


def fill_v1(connection):
    """Rows a trainer and a mentor would have written with the first released schema."""
    run = connection.execute
    run("BEGIN")
    run("INSERT INTO grp (id, name, kind, created) VALUES (1, '9.a', 'class', '2026-01-05')")
    run(
        "INSERT INTO plan (id, uid, title, group_id, created, updated) "
        "VALUES (1, 'mit.forloeb', 'Mit forløb', 1, '2026-01-05', '2026-01-05')"
    )
    run(
        "INSERT INTO plan_entry (plan_id, position, kind, ref, minutes) "
        "VALUES (1, 0, 'item', 'mentalisering.viden', 20)"
    )
    run(
        "INSERT INTO session (id, group_id, plan_id, title, day, place, facilitator, started, "
        "attendance) VALUES (1, 1, 1, 'Mit forløb', '2026-01-12', 'Lokale 4', 'Mette', "
        "'2026-01-12T10:00:00', 17)"
    )
    run(
        "INSERT INTO session (id, group_id, title, day, started) "
        "VALUES (2, 1, 'Uden plan', '2026-01-19', '2026-01-19T10:00:00')"
    )
    run(
        "INSERT INTO shown (session_id, kind, ref, slide, started, seconds) "
        "VALUES (1, 'deck', 'mentalisering.viden', 1, '2026-01-12T10:01:00', 1500)"
    )
    run(
        "INSERT INTO event (session_id, kind, data, at) VALUES "
        '(1, \'checkin\', \'{"scale": "numbers", "tally": {"3": 5}}\', \'2026-01-12T10:05:00\')'
    )
    run("INSERT INTO participant (id, group_id, pseudonym) VALUES (1, 1, 'K.')")
    run("INSERT INTO presence (session_id, participant_id, present) VALUES (1, 1, 1)")
    run("INSERT INTO note (session_id, text, updated) VALUES (1, 'Gode spørgsmål', '2026-01-12')")
    run("INSERT INTO evaluation (session_id, question, rating, text) VALUES (1, 'pace', 4, '')")
    run("INSERT INTO person (id, pseudonym, created) VALUES (1, 'Ræven', '2026-01-02T08:00:00')")
    run(
        "INSERT INTO subgoal (person_id, text, dimension, start_day, target_day) "
        "VALUES (1, 'Møder til tiden', 'attendance', '2026-01-02', '2026-02-01')"
    )
    run(
        "INSERT INTO meeting (person_id, day, wellbeing, attendance, note) "
        "VALUES (1, '2026-01-09', 3, 2, 'Første møde')"
    )
    run("COMMIT")


def test_every_step_from_the_oldest_schema_keeps_the_rows(tmp_path):
    path = tmp_path / "f.db"
    connection = at_version(path, 1)
    fill_v1(connection)
    connection.close()

    db = open_database(path, DAY)  # migrates 1 -> LATEST, after a backup
    (pre,) = [b for b in backups.list_backups(path) if b.reason.startswith("before-migration")]
    assert pre.reason == "before-migration-v1"
    old = sqlite3.connect(pre.path)
    assert migrations.version(old) == 1
    assert old.execute("SELECT text FROM note").fetchall() == [("Gode spørgsmål",)]
    old.close()

    log = SessionLog(db)
    # Step 2 fills in the plan a session followed, and the group's course plans, from v1 rows.
    assert log.session(1).plan_ref == "mit.forloeb"
    assert log.session(2).plan_ref == ""
    # Step 3: sessions held before rehearsals were recorded are no rehearsals.
    assert not log.session(1).rehearsal and not log.session(2).rehearsal
    assert log.group(1).plan_refs == ["mit.forloeb"]
    assert [(s.day, s.attendance, s.minutes) for s in log.history(1)] == [
        ("2026-01-12", 1, 25.0),  # one participant ticked: the register counts, not the 17
        ("2026-01-19", None, 0.0),
    ]
    assert log.note(1) == "Gode spørgsmål"
    assert log.presence(1) == {1: True}
    assert log.ratings(1) == [("pace", 4, "")]
    assert log.checkins(1) == [("2026-01-12", {"3": 5})]
    assert log.actual_minutes("mit.forloeb") == {"mentalisering.viden": 25.0}
    mentor = MentorLog(db)
    assert mentor.people() == [(1, "Ræven")]
    assert [(m.day, m.values["wellbeing"], m.note) for m in mentor.marks(1)] == [
        ("2026-01-09", 3, "Første møde")
    ]
    assert mentor.subgoals(1)[0].text == "Møder til tiden"
    assert mentor.retention_months() == 0  # the settings table is new and empty
    db.close()
    assert db.integrity() == "ok"


@pytest.mark.parametrize("start", range(0, migrations.LATEST))
def test_each_step_runs_alone_from_every_older_version(tmp_path, start):
    path = tmp_path / "f.db"
    connection = at_version(path, start)
    if start >= 1:
        fill_v1(connection)
    for number in range(start + 1, migrations.LATEST + 1):
        assert migrations.migrate(connection, number) == [number]
        assert migrations.version(connection) == number
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()


def test_a_failing_step_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "f.db"
    connection = at_version(path, 1)
    fill_v1(connection)
    broken = [*migrations.STEPS[1][:2], "THIS IS NOT SQL"]
    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], broken])
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(connection, 2)
    assert migrations.version(connection) == 1
    columns = [r[1] for r in connection.execute("PRAGMA table_info(session)")]
    assert "plan_ref" not in columns  # the half-run step was rolled back
    connection.close()


def test_a_newer_file_is_refused_untouched_with_a_clear_message(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST + 3}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError) as info:
        open_database(path, DAY)
    assert "newer Facilitator" in info.value.message and "not been changed" in info.value.message
    assert path.read_bytes() == before
    assert migrations.version(sqlite3.connect(path)) == migrations.LATEST + 3
    # Nothing was migrated, so nothing was backed up either (SQLite's own -wal/-shm may appear).
    assert backups.list_backups(path) == []
