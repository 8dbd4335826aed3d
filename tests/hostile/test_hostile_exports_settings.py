"""Hostile input to the CSV exports, the machine-wide settings file and the library search.

Each case is something a person could really type or IT could really write: a participant named
like a spreadsheet formula, a settings file saved by Notepad, a query of thousands of words.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest

from facilitator.core import records
from facilitator.core.csv_export import csv_text
from facilitator.core.store.database import open_database
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

# What OWASP lists as starting a formula (or hiding one) in a spreadsheet cell.
PREFIXES = ["=", "+", "-", "@", "\t", "\r"]


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "f.db", datetime(2026, 11, 23))
    yield database
    database.close()


def cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def assert_inert(exported: str, hostile: str) -> None:
    """No cell starts a formula, and the typed text is all there, behind one quote."""
    found = cells(exported)
    risky = [c for c in found if c.startswith(tuple(PREFIXES))]
    assert risky == [], risky
    assert "'" + hostile in found


# CSV exports ------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_group_history_csv_neutralises_formulas(db, prefix):
    hostile = prefix + 'HYPERLINK("http://x","y")'
    log = SessionLog(db, now=lambda: datetime(2026, 11, 23, 9, 0))
    group = log.add_group("Hold")
    log.start_session(group_id=group, title=hostile, place=hostile, facilitator=hostile)
    assert_inert(records.group_history_csv(log, group), hostile)


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_session_record_csv_neutralises_formulas(db, prefix):
    hostile = prefix + "1+1"
    log = SessionLog(db, now=lambda: datetime(2026, 11, 23, 9, 0))
    group = log.add_group("Hold")
    session = log.start_session(group_id=group, title=hostile, place=hostile)
    named = log.add_participant(group, '=HYPERLINK("http://x","y")')
    log.mark_present(session, named)
    log.rate(session, "Udbytte", 4, hostile)
    log.save_note(session, hostile)
    exported = records.session_record_csv(log, session)
    assert_inert(exported, hostile)
    assert '\'=HYPERLINK("http://x","y")' in cells(exported)


@pytest.mark.parametrize("prefix", PREFIXES, ids=repr)
def test_mentor_log_csv_neutralises_formulas(db, prefix):
    hostile = prefix + "cmd|' /C calc'!A0"
    log = MentorLog(db, today=lambda: date(2026, 11, 23))
    person = log.add_person("Kim")
    log.add_subgoal(person, "x" + hostile)  # the text of a sub-goal is stripped: keep the prefix
    log.add_meeting(person, "2026-11-23", hostile, wellbeing=3)
    exported = log.export_csv(person)
    assert_inert(exported, hostile)
    assert "x" + hostile in cells(exported)


def test_numbers_we_write_stay_numbers_and_typed_minus_text_is_quoted():
    text = csv_text([["minutes", -3, 2.5, None, "-3", "- a list"]])
    assert cells(text) == ["minutes", "-3", "2.5", "", "'-3", "'- a list"]
