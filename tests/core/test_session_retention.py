"""Retention for session records: a period per group, named a month ahead, then deleted in the
records and every backup; IT's machine-wide default and lock. Checks read raw bytes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.session_retention import Retention

TODAY = datetime(2026, 7, 15, 9, 0)


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


@pytest.fixture
def log(tmp_path):
    db = open_database(tmp_path / "facilitator.db", datetime(2026, 7, 1))
    made = SessionLog(db, now=lambda: TODAY)
    yield made
    db.close()


def session(log: SessionLog, group: int, day: str, note: str) -> int:
    sid = log.start_session(group_id=group, day=day)
    log.save_note(sid, note)
    return sid


def test_a_groups_period_names_sessions_a_month_ahead_then_deletes_them_everywhere(log, tmp_path):
    free = Retention()
    a, b = log.add_group("Hold A"), log.add_group("Hold B")
    old = session(log, a, "2026-01-10", "OLD-NOTE-A")  # six months: due 2026-07-10
    soon = session(log, a, "2026-02-05", "SOON-NOTE-A")  # due 2026-08-05: within 30 days
    session(log, a, "2026-06-01", "NEW-NOTE-A")
    session(log, b, "2025-01-01", "KEPT-NOTE-B")  # no period: kept until deleted
    log.set_retention_months(a, 6, free)
    assert log.retention_months(a, free) == 6 and log.retention_months(b, free) == 0
    assert [d.session_id for d in log.sessions_due_within(30, free)] == [old, soon]
    expired = log.expired_sessions(free)
    assert [(d.group, d.day, d.delete_on) for d in expired] == [
        ("Hold A", "2026-01-10", "2026-07-10")
    ]
    backups.take_backup(log.db.path, "daily", datetime(2026, 7, 14))
    assert b"OLD-NOTE-A" in every_byte(tmp_path)

    # Keep one more month: not deleted now, named again later.
    log.postpone_sessions([old], free)
    assert log.expired_sessions(free) == []
    due = {d.session_id: d.delete_on for d in log.session_schedule(free)}
    assert due[old] == "2026-08-15"

    assert log.delete_sessions([old]) == 0
    log.db.close()
    raw = every_byte(tmp_path)
    assert b"OLD-NOTE-A" not in raw
    assert b"SOON-NOTE-A" in raw and b"KEPT-NOTE-B" in raw


def test_it_sets_a_default_and_can_lock_it(log):
    a, b = log.add_group("Hold A"), log.add_group("Hold B")
    first = session(log, a, "2026-05-01", "A")
    session(log, b, "2026-05-01", "B")
    it_default = Retention(months=2)
    log.set_retention_months(a, 12, it_default)
    assert log.retention_months(a, it_default) == 12  # the group's own period wins...
    assert log.retention_months(b, it_default) == 2  # ...IT's default fills in
    assert [d.group for d in log.expired_sessions(it_default)] == ["Hold B"]

    locked = Retention(months=2, locked=True)
    assert log.retention_months(a, locked) == 2  # locked: IT's period for every group
    with pytest.raises(PermissionError):
        log.set_retention_months(a, 24, locked)
    with pytest.raises(PermissionError):
        log.postpone_sessions([first], locked)
    assert {d.group for d in log.expired_sessions(locked)} == {"Hold A", "Hold B"}
