"""The session log is written just after each frame, in order, and nothing is lost at the end."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from facilitator.core.events import BufferedEvents, MemoryEvents
from facilitator.core.show import build_show
from facilitator.ui.present.session import AfterTheFrame


class Failing(MemoryEvents):
    def shown(self, kind, ref, slide, seconds):
        raise OSError("disk full")


def test_rows_are_written_from_the_event_loop_in_order(qtbot):
    log = MemoryEvents()
    events = BufferedEvents()
    events.shown("deck", "m.deck", 1, 4.0)  # before the log is open: kept for it
    writer = AfterTheFrame(log)
    events.attach(writer)
    events.event("groups", people=5)
    events.shown("deck", "m.deck", 2, 7.5)
    assert log.shown_records == [] and log.events == []  # not between the key and the frame
    qtbot.waitUntil(lambda: len(log.shown_records) == 2)
    assert [(r.slide, r.seconds) for r in log.shown_records] == [(1, 4.0), (2, 7.5)]
    assert [(e.kind, e.data) for e in log.events] == [("groups", {"people": 5})]


def test_flush_writes_what_waits_and_a_failing_log_is_left_alone(qtbot, caplog):
    log = MemoryEvents()
    writer = AfterTheFrame(log)
    writer.shown("deck", "m.deck", 3, 1.0)
    writer.flush()  # leaving: written now, not after the windows are gone
    assert [r.slide for r in log.shown_records] == [3]
    broken = AfterTheFrame(Failing())
    with caplog.at_level(logging.ERROR):
        broken.shown("deck", "m.deck", 1, 1.0)
        broken.event("check-in", counts=[1, 2])
        broken.flush()
    assert broken.sink is None and broken.waiting == []
    assert "could not store an event" in caplog.text
    assert "disk full" in caplog.text  # the reason is in the log file, never on the projector


def test_a_presentation_is_logged_in_the_database_when_it_is_open(
    home, clock, deck, qtbot, monkeypatch
):
    from facilitator.core import paths
    from facilitator.core.store.database import DB_NAME, open_database
    from facilitator.core.store.log_store import SessionLog
    from facilitator.ui.present import open_presentation, session

    monkeypatch.setattr(session, "DELAY_MS", 0)
    events = BufferedEvents()
    show = replace(build_show(deck, None, clock.wall()), windowed=True)
    controller = open_presentation(show, events=events, clock=clock, wall=clock.wall, choose=False)
    session.log_session(controller, events, deck.title)
    clock.advance(30)
    controller.next()  # recorded in memory before the log is open, then handed over
    qtbot.waitUntil(lambda: events.attached, timeout=20000)
    clock.advance(12)
    controller.next()
    with qtbot.waitSignal(controller.closed):
        controller.leave()
    database = open_database(paths.data_dir() / DB_NAME)
    try:
        log = SessionLog(database)
        (summary,) = log.history(None)
        shown = log.shown(summary.id)
    finally:
        database.close()
    assert summary.title == deck.title
    assert sum(s.seconds for s in shown) == pytest.approx(42, abs=1)


@pytest.mark.parametrize("kind", ["damaged", "newer"])
def test_without_the_records_the_console_says_the_log_is_off(
    home, clock, deck, qtbot, monkeypatch, capsys, kind
):
    import sqlite3

    from facilitator.core import paths
    from facilitator.core.store.database import DB_NAME, open_database
    from facilitator.ui.present import open_presentation, session

    path = paths.data_dir() / DB_NAME
    if kind == "damaged":
        path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    else:
        open_database(path).close()
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 99")
        connection.close()
    before = path.read_bytes()
    monkeypatch.setattr(session, "DELAY_MS", 0)
    events = BufferedEvents()
    show = replace(build_show(deck, None, clock.wall()), windowed=True)
    controller = open_presentation(show, events=events, clock=clock, wall=clock.wall, choose=False)
    session.log_session(controller, events, deck.title)
    notice = controller.console.notice
    qtbot.waitUntil(lambda: not notice.isHidden(), timeout=20000)
    assert "Session log off" in notice.text()
    assert "Session log off" in capsys.readouterr().err  # the terminal says so too
    controller.next()  # the presentation goes on
    with qtbot.waitSignal(controller.closed):
        controller.leave()
    assert path.read_bytes() == before


PRESENT_AND_LOG = """
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from facilitator.core.events import BufferedEvents
from facilitator.core.model import Item, Slide
from facilitator.core.show import build_show
from facilitator.ui.present import open_presentation, session

app = QApplication(["facilitator"])
deck = Item(id="m.deck", title="Deck", kind="deck", duration=5, path=Path("/l/m/d.md"),
            module_id="m", body="", slides=(Slide(markdown="## A", index=0),
                                              Slide(markdown="## B", index=1)))
session.DELAY_MS = 0
events = BufferedEvents()
controller = open_presentation(replace(build_show(deck, None, datetime.now()), windowed=True),
                               events=events, choose=False)
session.log_session(controller, events, deck.title)

def done():
    if not events.attached:
        return
    controller.next()
    controller.leave()
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlmodel", "sqlalchemy"))
    print("ORM:", loaded)
    app.quit()

timer = QTimer()
timer.timeout.connect(done)
timer.start(20)
app.exec()
"""


def test_presenting_logs_the_session_without_the_orm(home, tmp_path):
    """The session log while presenting is plain sqlite3: sqlmodel (~60 MB) is never loaded."""
    import os
    import subprocess
    import sys

    from facilitator.core import paths
    from facilitator.core.store.database import DB_NAME, open_database
    from facilitator.core.store.log_store import SessionLog

    script = tmp_path / "present_and_log.py"
    script.write_text(PRESENT_AND_LOG, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "ORM: []" in result.stdout, result.stdout + result.stderr
    database = open_database(paths.data_dir() / DB_NAME)
    try:
        log = SessionLog(database)
        (summary,) = log.history(None)
        session = log.session(summary.id)
    finally:
        database.close()
    assert summary.title == "Deck" and session is not None and session.ended


def test_a_rehearsal_is_recorded_as_one_with_its_plan(home, clock, deck, qtbot, monkeypatch):
    """``facilitator present PLAN --rehearse`` (and "Rehearse" in the screen chooser): the session
    is a rehearsal, kept out of the history, and its times reach the plan's actual minutes."""
    from facilitator.core import paths
    from facilitator.core.store.database import DB_NAME, open_database
    from facilitator.core.store.log_store import SessionLog
    from facilitator.core.store.session_history import REHEARSALS
    from facilitator.ui.present import open_presentation, session

    monkeypatch.setattr(session, "DELAY_MS", 0)
    events = BufferedEvents()
    show = replace(build_show(deck, None, clock.wall()), windowed=True, rehearsal=True)
    controller = open_presentation(show, events=events, clock=clock, wall=clock.wall, choose=False)
    session.log_session(controller, events, deck.title, {"plan_ref": "kursus.p"})
    qtbot.waitUntil(lambda: events.attached, timeout=20000)
    clock.advance(120)
    controller.next()
    with qtbot.waitSignal(controller.closed):
        controller.leave()
    database = open_database(paths.data_dir() / DB_NAME)
    try:
        log = SessionLog(database)
        assert log.history(None) == []  # not "without a group": a rehearsal
        (rehearsal,) = log.history(REHEARSALS)
        assert log.actual_minutes("kursus.p") == {deck.id: 2.0}
    finally:
        database.close()
    assert rehearsal.title == deck.title
