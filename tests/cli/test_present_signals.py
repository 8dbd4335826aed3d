"""SIGTERM (a logout, a shutdown) and Ctrl+C end ``facilitator present`` as Esc does: the session
record is closed, what was shown is kept, and no traceback reaches the terminal."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

DECK = """---
id: t.deck
title: Prøve
kind: deck
duration: 5
---
# Et

Tekst.

---

# To
"""
WAIT_S = 90  # a generous limit for a loaded machine; the test asserts no timing


def _rows(db: Path, sql: str) -> list[tuple]:
    if not db.exists():
        return []
    try:
        connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)  # a plain tmp path
        try:
            return connection.execute(sql).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:  # not made yet
        return []


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_presentation_and_keeps_the_session(tmp_path, number):
    deck = tmp_path / "deck.md"
    deck.write_text(DECK, encoding="utf-8")
    home = tmp_path / "home"
    db = home / "data" / "facilitator.db"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator", "present", str(deck), "--window"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + WAIT_S
        while not _rows(db, "SELECT id FROM session") and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            time.sleep(0.2)
        assert _rows(db, "SELECT id FROM session"), "the session log never started"
        process.send_signal(number)
        _out, err = process.communicate(timeout=WAIT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    ((ended,),) = _rows(db, "SELECT ended FROM session")
    assert ended != "", "the session record was left open"
    shown = _rows(db, "SELECT kind, ref, slide FROM shown")
    assert ("deck", "t.deck", 1) in shown


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_main_window_as_closing_it_does(tmp_path, number):
    home = tmp_path / "home"
    log_file = home / "logs" / "facilitator.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_HOME": str(home)}
    process = subprocess.Popen(
        [sys.executable, "-m", "facilitator"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )

    def logged() -> str:
        return log_file.read_text(encoding="utf-8") if log_file.exists() else ""

    try:
        deadline = time.monotonic() + WAIT_S
        while "main window shown" not in logged() and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()[1]
            time.sleep(0.2)
        assert "main window shown" in logged()
        process.send_signal(number)
        _out, err = process.communicate(timeout=WAIT_S)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "main window closed" in logged()  # closeEvent ran: what was typed is saved
