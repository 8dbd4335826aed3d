"""The presentation's plain-sqlite3 session log writes exactly what the records' SessionLog does."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from facilitator.core.store.database import open_database
from facilitator.core.store.errors import StoreWriteError
from facilitator.core.store.live_log import LiveSessionLog
from facilitator.core.store.log_store import SessionLog

NOW = datetime(2026, 12, 7, 9, 30, 15)


def rows(path, table):
    with sqlite3.connect(path) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def one_session(log, group_id, *, rehearsal=False):
    session = log.start_session(group_id=group_id, title="Mentalisering", place="Aula",
                                facilitator="Ane", plan_ref="p.kursus")  # fmt: skip
    log.record_shown(session, "deck", "m.deck", 3, 42.26)
    log.record_event(session, "checkin", green=4, amber=2, red=1, note="ø")
    log.record_shown(session, "exercise", "m.ex", None, 600)
    if rehearsal:  # "Rehearse" chosen after the session's row was written
        if isinstance(log, LiveSessionLog):
            log.mark_rehearsal(session)
        else:
            log.update_session(session, rehearsal=True)
    log.end_session(session)
    return session


@pytest.mark.parametrize("rehearsal", [False, True], ids=["session", "rehearsal"])
def test_the_same_rows_as_the_session_log(tmp_path, rehearsal):
    orm, plain = open_database(tmp_path / "orm.db"), open_database(tmp_path / "plain.db")
    group = SessionLog(orm).add_group("Hold A"), SessionLog(plain).add_group("Hold A")
    one_session(SessionLog(orm, now=lambda: NOW), group[0], rehearsal=rehearsal)
    live = LiveSessionLog(plain, now=lambda: NOW)
    one_session(live, group[1], rehearsal=rehearsal)
    live.close()
    for table in ("session", "shown", "event"):
        assert rows(plain.path, table) == rows(orm.path, table)
    if not rehearsal:  # a rehearsal is kept out of the group's history
        (summary,) = SessionLog(plain).history(group[1])
        assert summary.title == "Mentalisering"
    orm.close()
    plain.close()


def test_a_locked_records_file_is_a_store_write_error(tmp_path):
    database = open_database(tmp_path / "records.db")
    live = LiveSessionLog(database)
    session = live.start_session(title="x")
    other = sqlite3.connect(database.path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        live._connection.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(StoreWriteError) as raised:
            live.record_event(session, "timer", minutes=5)
        assert raised.value.reason == "locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
        live.close()


def test_encrypted_records_are_written_with_their_key(tmp_path):
    from facilitator.core.store import cipher

    path = tmp_path / "records.db"
    open_database(path).close()
    cipher.turn_on(path, "a passphrase here")
    try:
        database = open_database(path)
        live = LiveSessionLog(database, now=lambda: NOW)
        one_session(live, None)
        live.close()
        assert not cipher.is_plain(path)  # still encrypted: sqlite3 alone cannot read it
        log = SessionLog(database)
        (summary,) = log.history(None)
        assert summary.title == "Mentalisering" and summary.minutes == pytest.approx(10.7, 0.01)
        database.close()
    finally:
        cipher.forget(path)
