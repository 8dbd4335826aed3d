"""The session log and the mentors' log beyond the basics: history, rehearsal minutes, coverage,
exports, retention, and deleting a person so that nothing of them is left."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
from datetime import date, datetime, timedelta

import pytest

from facilitator.core import coverage, markdown_escape, records
from facilitator.core.model import Plan, PlanEntry, PlanSection
from facilitator.core.store import backups
from facilitator.core.store.database import open_database, recover
from facilitator.core.store.errors import CorruptDatabaseError
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

DAY = datetime(2026, 11, 23, 9, 0)


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "f.db", DAY)
    yield database
    database.close()


def test_actual_minutes_are_the_median_over_sessions_held_with_the_plan(db):
    clock = [DAY]
    log = SessionLog(db, now=lambda: clock[0])
    for minutes in (10, 14, 30):
        s = log.start_session(plan_ref="mit.forloeb")
        log.record_shown(s, "deck", "a.deck", 1, minutes * 30)
        log.record_shown(s, "deck", "a.deck", 2, minutes * 30)  # two slides: one entry
        log.record_shown(s, "break", "Pause", None, 600)
    other = log.start_session(plan_ref="en.anden")
    log.record_shown(other, "deck", "a.deck", 1, 6000)
    assert log.actual_minutes("mit.forloeb") == {"a.deck": 14.0, "Pause": 10.0}
    assert log.actual_minutes("ukendt") == {}


def test_coverage_lists_items_once_and_leaves_out_breaks_and_own_slides():
    plan_a = Plan(
        id="a",
        title="Dag 1",
        sections=(
            PlanSection(
                "",
                (
                    PlanEntry("free", 5, label="Velkommen"),
                    PlanEntry("item", 20, ref="x"),
                    PlanEntry("break", 10, label="Pause"),
                    PlanEntry("item", 15, ref="y"),
                ),
            ),
        ),
    )
    plan_b = Plan(
        id="b",
        title="Dag 2",
        sections=(PlanSection("", (PlanEntry("item", 9, ref="x"), PlanEntry("item", 9, ref="z"))),),
    )
    rows = coverage.coverage([plan_a, plan_b], {"x": 21.0, "Velkommen": 4.0})
    assert [(r.plan, r.ref, r.covered) for r in rows] == [
        ("Dag 1", "x", True),
        ("Dag 1", "y", False),
        ("Dag 2", "z", False),
    ]


def test_history_counts_the_ticks_and_a_written_number_only_without_them(db):
    log = SessionLog(db, now=lambda: DAY)
    group = log.add_group("8.b")
    a, b = log.add_participant(group, "A."), log.add_participant(group, "B.")
    s = log.start_session(group_id=group, place="Lokale 3", facilitator="Mette")
    log.mark_present(s, a, True)
    log.mark_present(s, b, False)
    (summary,) = log.history(group)
    assert (summary.attendance, summary.place, summary.facilitator) == (1, "Lokale 3", "Mette")
    log.set_attendance(s, 20)  # the register was taken: it counts, not a number beside it
    assert log.history(group)[0].attendance == 1
    log.mark_present(s, a, False)  # nobody ticked: the number written down
    assert log.history(group)[0].attendance == 20


def test_exports_escape_what_was_typed_and_keep_every_record(db):
    log = SessionLog(db, now=lambda: DAY)
    group = log.add_group("Hold <b>A</b>")
    p = log.add_participant(group, "K.")
    s = log.start_session(group_id=group, plan_ref="p", place="Lokale | 2", facilitator="Mette")
    log.record_shown(s, "deck", "a.deck", 1, 90)
    log.record_event(s, "checkin", scale="numbers", tally={"1": 0, "4": 3})
    log.mark_present(s, p, True)
    log.rate(s, "pace", 4)
    log.rate(s, "comment", None, "Mere *tid*")
    log.save_note(s, '# Ikke en overskrift\n<img src="http://x/y.png">\n\nAnden linje, "citat"')
    text = records.session_record_csv(log, s)
    table = list(csv.reader(io.StringIO(text)))
    assert [
        "note",
        '# Ikke en overskrift\n<img src="http://x/y.png">\n\nAnden linje, "citat"',
    ] in table
    assert ["presence", "K.", "yes"] in table
    assert ["rating", "pace", "4", ""] in table
    md = records.session_record_markdown(log, s, title=str.upper, questions={"pace": "Tempo"})
    assert "\n# Ikke" not in md and "&lt;img" in md and "<img" not in md
    assert "Lokale \\| 2" in md and "A\\.DECK" in md and "Tempo" in md and "Mere \\*tid\\*" in md
    history = records.group_history_csv(log, group)
    assert list(csv.reader(io.StringIO(history)))[1][1:6] == [
        "2026-11-23",
        "",
        "p",
        "Lokale | 2",
        "Mette",
    ]
    md = records.group_history_markdown(log, group, title=str)
    assert md.startswith("# History of Hold &lt;b&gt;A&lt;/b&gt;")


def test_retention_warns_before_and_lists_who_is_due(db):
    today = [date(2026, 1, 10)]
    mentor = MentorLog(db, today=lambda: today[0])
    a = mentor.add_person("A")
    b = mentor.add_person("B")
    mentor.add_meeting(a, "2026-01-10")
    mentor.add_meeting(b, "2026-06-01")
    assert mentor.schedule() == []  # no retention period: kept until deleted
    mentor.set_retention_months(6)
    assert [(d.pseudonym, d.delete_on) for d in mentor.schedule()] == [
        ("A", "2026-07-10"),
        ("B", "2026-12-01"),
    ]
    today[0] = date(2026, 6, 9)
    assert mentor.due_soon() == []  # 31 days to go: not named yet
    today[0] = date(2026, 6, 20)
    assert [d.pseudonym for d in mentor.due_soon()] == ["A"]
    assert mentor.expired() == []
    today[0] = date(2026, 7, 10)
    assert [name for _id, name, _day in mentor.expired()] == ["A"]
    mentor.postpone([a])  # "keep one more month"
    assert mentor.expired() == []
    assert mentor.due_within(31)[0].delete_on == "2026-08-10"


def test_deleting_a_person_leaves_nothing_in_any_table_the_file_or_the_backups(tmp_path):
    path = tmp_path / "f.db"
    db = open_database(path, DAY)
    mentor = MentorLog(db, today=lambda: date(2026, 11, 23))
    secret_name, secret_note, secret_goal = "Zorro-7", "Bekymret for Zorro-hjemmet", "Mål-XYZ"
    kim = mentor.add_person(secret_name)
    keep = mentor.add_person("Sol")
    mentor.add_subgoal(kim, secret_goal, "2026-12-24", "network")
    for week in range(30):
        mentor.add_meeting(
            kim,
            f"2026-0{1 + week // 10}-1{week % 10}",
            f"{secret_note} {week}",
            wellbeing=1 + week % 5,
        )
    mentor.add_meeting(keep, "2026-11-01", "Sols note", homework=4)
    backups.take_backup(path, "daily", DAY)
    backups.take_backup(path, "manual", DAY + timedelta(hours=1))
    exported = mentor.export_csv(kim)
    assert secret_note in exported and secret_goal in exported
    md = records.person_markdown(mentor, kim, today="2026-11-23")
    assert markdown_escape.text(secret_name) in md
    assert markdown_escape.text(f"{secret_note} 29") in md

    assert mentor.erase_person(kim) == 0  # the records and every backup, in one step
    assert mentor.people() == [(keep, "Sol")]
    db.close()
    connection = sqlite3.connect(path)
    for (table,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        for row in connection.execute(f"SELECT * FROM {table}"):
            flat = " ".join(str(v) for v in row)
            assert secret_name not in flat and "Zorro" not in flat and secret_goal not in flat
    connection.close()
    files = [path, *path.parent.glob("f.db-*"), *backups.backups_dir(path).rglob("*.db")]
    assert len(files) >= 3
    for file in files:
        raw = file.read_bytes()
        for secret in (secret_name, "Zorro-hjemmet", secret_goal):
            assert secret.encode() not in raw, file.name
    assert MentorLog(open_database(path, DAY)).marks(keep)[0].note == "Sols note"


def test_recovery_from_random_bytes_and_from_a_truncated_file(tmp_path):
    path = tmp_path / "f.db"
    db = open_database(path, DAY)
    log = SessionLog(db, now=lambda: DAY)
    group = log.add_group("Hold A")
    log.save_note(log.start_session(group_id=group), "Før skaden")
    db.close()
    good = backups.take_backup(path, "daily", DAY)
    for damage in ("random", "truncated"):
        if damage == "random":
            path.write_bytes(os.urandom(64 * 1024))
        else:
            data = good.read_bytes()
            path.write_bytes(data[: len(data) // 3])
        for side in ("-wal", "-shm"):
            path.with_name(path.name + side).unlink(missing_ok=True)
        damaged = path.read_bytes()
        with pytest.raises(CorruptDatabaseError):
            open_database(path, DAY)
        assert path.read_bytes() == damaged  # refused, not changed
        kept, used = recover(path, DAY + timedelta(minutes=1 if damage == "random" else 2))
        assert used is not None and used.path == good
        assert kept is not None and kept.read_bytes() == damaged
        restored = open_database(path, DAY)
        assert SessionLog(restored).note(1) == "Før skaden"
        restored.close()
