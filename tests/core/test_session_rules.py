"""The rules of the session log a teacher sees in numbers: who came (one rule for the page, the
CSV and the PDF), rehearsals kept out of a group's history but teaching the planner, and dates
and durations written one way everywhere."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from facilitator.core import records
from facilitator.core.dates import day_text, duration
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.session_history import REHEARSALS, Attendance

DAY = datetime(2026, 12, 7, 9, 0)


@pytest.fixture
def log(tmp_path):
    database = open_database(tmp_path / "f.db", DAY)
    yield SessionLog(database, now=lambda: DAY)
    database.close()


def test_the_register_counts_and_a_pupil_never_ticked_is_absent_everywhere(log):
    group = log.add_group("8.b")
    a, b, _c = (log.add_participant(group, name) for name in ("Ask", "Bo", "Cim"))
    sid = log.start_session(group_id=group, plan_ref="p", title="Lektion")
    log.set_attendance(sid, 22)
    # No register taken: the number written down, and nobody listed by name.
    assert log.attendance(sid) == Attendance(22)
    assert log.history(group)[0].attendance == 22
    # Two ticked, one never touched: 2 present, and Cim is absent although never unticked.
    log.mark_present(sid, a, True)
    log.mark_present(sid, b, True)
    came = log.attendance(sid)
    assert came == Attendance(2, ("Ask", "Bo"), ("Cim",), by_register=True)
    assert log.history(group)[0].attendance == 2
    rows = list(csv.reader(io.StringIO(records.session_record_csv(log, sid))))
    assert rows[1][-1] == "2"  # the session's attendance column
    presence = {r[1]: r[2] for r in rows if r[0] == "presence"}
    assert presence == {"Ask": "yes", "Bo": "yes", "Cim": "no"}
    text = records.session_record_markdown(log, sid, title=str)
    assert "| Attendance | 2 |" in text
    assert "**Absent:** Cim" in text and "**Present:** Ask, Bo" in text
    history = records.group_history_csv(log, group)
    assert history.splitlines()[1].endswith(",2")


def test_rehearsals_stay_out_of_the_history_but_teach_the_planner(log):
    group = log.add_group("8.b")
    held = log.start_session(group_id=group, plan_ref="p")
    log.record_shown(held, "deck", "m.deck", 1, 20 * 60)
    log.record_event(held, "checkin", tally={"3": 4})
    tried = log.start_session(group_id=group, plan_ref="p", rehearsal=True)
    log.record_shown(tried, "deck", "m.deck", 1, 40 * 60)
    log.record_event(tried, "checkin", tally={"1": 1})
    alone = log.start_session(plan_ref="p", rehearsal=True)  # a rehearsal without a group
    log.record_shown(alone, "deck", "m.deck", 1, 60 * 60)

    assert [s.id for s in log.history(group)] == [held]
    assert log.minutes_by_ref(group) == {"m.deck": 20.0}
    assert log.checkins(group) == [("2026-12-07", {"3": 4})]
    assert log.ungrouped() == 0  # a rehearsal is not "without a group" either
    assert log.rehearsals() == 2
    assert [s.id for s in log.history(REHEARSALS)] == [tried, alone]
    assert log.actual_minutes("p") == {"m.deck": 40.0}  # the median of 20, 40 and 60
    assert log.session(tried).rehearsal
    # Marked by mistake: one change moves it into the group's history.
    log.update_session(tried, rehearsal=False)
    assert [s.id for s in log.history(group)] == [held, tried]
    text = records.group_history_markdown(log, REHEARSALS, title=str)
    assert text.startswith("# History of Rehearsals")


@pytest.mark.parametrize(
    ("minutes", "language", "written"),
    [
        (45, "da", "45 min"),
        (90, "da", "1 t 30 min"),
        (120, "nb", "2 t"),
        (65, "en", "1 h 5 min"),
        (-12, "da", "12 min"),  # its size: the caller writes ahead or behind
    ],
)
def test_a_duration_is_written_one_way(minutes, language, written):
    assert duration(minutes, language) == written


def test_stored_days_are_written_with_their_weekday_and_bad_ones_as_they_are(log):
    assert day_text("2026-12-07", "da") == "mandag 7. december 2026"
    assert day_text("2026-12-07", "nb") == "mandag 7. desember 2026"
    assert day_text("2026-12-07", "en") == "Monday 7 December 2026"
    assert day_text("7/12", "da") == "7/12"  # never fails on a hand-edited value
    sid = log.start_session(day=date(2026, 12, 7).isoformat())
    text = records.session_record_markdown(log, sid, title=str, language="da")
    assert text.startswith("# Session mandag 7\\. december 2026")  # escaped Markdown
