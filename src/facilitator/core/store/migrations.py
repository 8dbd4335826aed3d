"""Numbered schema migrations. Step N takes a database at version N-1 to version N.

Each step is a list of SQL statements run in one transaction together with the new
``PRAGMA user_version``. Never edit a released step: add a new one. Every step is tested from the
oldest schema with real rows in it (tests/core/test_migrations.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Step = list[str] | Callable[[sqlite3.Connection], None]

_V1 = [
    # Groups: a course, a class, a team. Names only, never people.
    """CREATE TABLE grp (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'course',
        created TEXT NOT NULL
    )""",
    # Plans made in the planner (bundled plan files are templates, not rows).
    """CREATE TABLE plan (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        group_id INTEGER REFERENCES grp(id) ON DELETE SET NULL,
        language TEXT NOT NULL DEFAULT 'da',
        audience TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL DEFAULT '',
        start TEXT NOT NULL DEFAULT '',
        target_end TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        template TEXT NOT NULL DEFAULT '',
        sections TEXT NOT NULL DEFAULT '[]',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    )""",
    """CREATE TABLE plan_entry (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        section_no INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL CHECK (kind IN ('item', 'break', 'free')),
        ref TEXT NOT NULL DEFAULT '',
        label TEXT NOT NULL DEFAULT '',
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 600),
        note TEXT NOT NULL DEFAULT '',
        slide TEXT NOT NULL DEFAULT '',
        slides TEXT NOT NULL DEFAULT '',
        hidden TEXT NOT NULL DEFAULT '',
        flexible INTEGER NOT NULL DEFAULT 1,
        item_version INTEGER NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX plan_entry_plan ON plan_entry(plan_id, position)",
    # A session actually held.
    """CREATE TABLE session (
        id INTEGER PRIMARY KEY,
        group_id INTEGER REFERENCES grp(id) ON DELETE CASCADE,
        plan_id INTEGER REFERENCES plan(id) ON DELETE SET NULL,
        title TEXT NOT NULL DEFAULT '',
        day TEXT NOT NULL,
        place TEXT NOT NULL DEFAULT '',
        facilitator TEXT NOT NULL DEFAULT '',
        started TEXT NOT NULL,
        ended TEXT NOT NULL DEFAULT '',
        attendance INTEGER
    )""",
    "CREATE INDEX session_group ON session(group_id, day)",
    # What was shown and for how long, recorded while presenting.
    """CREATE TABLE shown (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        ref TEXT NOT NULL DEFAULT '',
        slide INTEGER,
        started TEXT NOT NULL,
        seconds REAL NOT NULL DEFAULT 0
    )""",
    "CREATE INDEX shown_session ON shown(session_id)",
    # Room events: check-in tallies (no names), groups made, timers.
    """CREATE TABLE event (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        at TEXT NOT NULL
    )""",
    "CREATE INDEX event_session ON event(session_id)",
    """CREATE TABLE participant (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES grp(id) ON DELETE CASCADE,
        pseudonym TEXT NOT NULL,
        UNIQUE (group_id, pseudonym)
    )""",
    """CREATE TABLE presence (
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
        present INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (session_id, participant_id)
    )""",
    """CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        text TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL
    )""",
    """CREATE TABLE evaluation (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        question TEXT NOT NULL,
        rating INTEGER,
        text TEXT NOT NULL DEFAULT ''
    )""",
    # Mentors: a person by pseudonym only, sub-goals and small progress marks per meeting.
    """CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        pseudonym TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        keep_until TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE subgoal (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        dimension TEXT NOT NULL DEFAULT '',
        start_day TEXT NOT NULL,
        target_day TEXT NOT NULL DEFAULT '',
        reached_day TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        wellbeing INTEGER CHECK (wellbeing BETWEEN 1 AND 5),
        attendance INTEGER CHECK (attendance BETWEEN 1 AND 5),
        homework INTEGER CHECK (homework BETWEEN 1 AND 5),
        behaviour INTEGER CHECK (behaviour BETWEEN 1 AND 5),
        network INTEGER CHECK (network BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX meeting_person ON meeting(person_id, day)",
]

_V2 = [
    # The plan a session followed, by its id (a bundled plan file or an own plan), so a group's
    # history can say what is still to come even for plans that are not rows.
    "ALTER TABLE session ADD COLUMN plan_ref TEXT NOT NULL DEFAULT ''",
    "UPDATE session SET plan_ref = (SELECT uid FROM plan WHERE plan.id = session.plan_id) "
    "WHERE plan_id IS NOT NULL",
    # The plans a course is taught from, in order (ids separated by commas).
    "ALTER TABLE grp ADD COLUMN plan_refs TEXT NOT NULL DEFAULT ''",
    "UPDATE grp SET plan_refs = COALESCE((SELECT group_concat(uid, ',') FROM "
    "(SELECT uid FROM plan WHERE plan.group_id = grp.id ORDER BY plan.id)), '')",
    # Choices kept with the records (retention period, the last session's details), so a restored
    # backup brings them back too.
    """CREATE TABLE setting (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    # A meeting's marks are read per person over time; sub-goals per person.
    "CREATE INDEX subgoal_person ON subgoal(person_id)",
    "CREATE INDEX presence_participant ON presence(participant_id)",
]

_V3 = [
    # A rehearsal is recorded (its minutes feed the planner's actual minutes) but kept out of a
    # group's history, coverage and check-ins.
    "ALTER TABLE session ADD COLUMN rehearsal INTEGER NOT NULL DEFAULT 0",
]

STEPS: list[Step] = [_V1, _V2, _V3]
LATEST = len(STEPS)


def version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, target: int = LATEST) -> list[int]:
    """Run every step after the database's version up to ``target``; return the steps run."""
    done = []
    current = version(connection)
    for number in range(current + 1, target + 1):
        step = STEPS[number - 1]
        connection.execute("BEGIN IMMEDIATE")
        try:
            if callable(step):
                step(connection)
            else:
                for statement in step:
                    connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {number}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        done.append(number)
    return done
