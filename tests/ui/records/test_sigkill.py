"""Killing the app with SIGKILL in the middle of 1,000 actions loses nothing it had confirmed,
and leaves a database that passes PRAGMA integrity_check."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

WORKER = Path(__file__).with_name("sigkill_worker.py")
KILL_AFTER = 400  # confirmed actions


def test_sigkill_mid_series_keeps_every_confirmed_action(tmp_path):
    path = tmp_path / "facilitator.db"
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    confirmed: list[tuple[str, int]] = []
    assert process.stdout is not None
    header = process.stdout.readline().split()
    assert header[0] == "ready", process.stderr.read() if process.stderr else ""
    for line in process.stdout:
        kind, _, number = line.strip().partition(" ")
        if kind == "done":
            break
        confirmed.append((kind, int(number)))
        if len(confirmed) >= KILL_AFTER:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL, "the worker ended before it was killed"
    assert len(confirmed) >= KILL_AFTER

    connection = sqlite3.connect(path)  # as the app does after a restart: WAL is replayed
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        note = connection.execute("SELECT text FROM note").fetchone()[0]
        last_note = max(n for kind, n in confirmed if kind == "note")
        assert int(note.split()[1]) >= last_note  # the last confirmed note, or a later one
        ticks = dict(
            ((s, p), bool(v))
            for s, p, v in connection.execute(
                "SELECT session_id, participant_id, present FROM presence"
            )
        )
        ratings = {q for (q,) in connection.execute("SELECT question FROM evaluation")}
        marks = {n for (n,) in connection.execute("SELECT note FROM meeting")}
        sessions = [r[0] for r in connection.execute("SELECT id FROM session ORDER BY id")]
        people = [r[0] for r in connection.execute("SELECT id FROM participant ORDER BY id")]
    finally:
        connection.close()

    def pair(i: int) -> tuple[int, int]:
        return sessions[i % len(sessions)], people[(i // 10) % len(people)]

    for kind, i in confirmed:
        if kind == "tick":
            assert pair(i) in ticks, f"tick {i} lost"
        elif kind == "rating":
            assert f"q{i}" in ratings, f"rating {i} lost"
        elif kind == "mark":
            assert f"mark {i}" in marks, f"mark {i} lost"
    # A pair ticked more than once holds its last confirmed value, unless the one action that was
    # in flight when the process died (committed, not yet printed) ticked the same pair.
    in_flight = max(i for _kind, i in confirmed) + 1
    last: dict[tuple[int, int], int] = {}
    for kind, i in confirmed:
        if kind == "tick":
            last[pair(i)] = i
    for key, i in last.items():
        if not (in_flight % 4 == 1 and pair(in_flight) == key):
            assert ticks[key] == (i % 3 != 0), f"tick {i} lost its value"
