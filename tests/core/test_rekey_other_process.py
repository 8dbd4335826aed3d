"""Encrypting the records while another process writes to them (``facilitator present`` from
a terminal, its session log open on the plain file) loses none of that process's rows: the job
waits for the file to be free and, if it is not, changes nothing."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.errors import StoreError

PASSPHRASE = "en lang passphrase"

# The presentation's session log in a process of its own: a session row, then (when told) an
# event row on the same connection, as ``ui/present/session.py`` writes them.
PRESENTER = """
import sys
from pathlib import Path
from facilitator.core.store.live_log import LiveSessionLog

log = LiveSessionLog(Path(sys.argv[1]))
session = log.start_session(title="Hold Zeta")
print("ready", flush=True)
sys.stdin.readline()
log.record_event(session, "note", text="written while the records were being encrypted")
log.end_session(session)
log.close()
print("done", flush=True)
"""


def events(path: Path) -> list[str]:
    if cipher.is_plain(path):
        connection = sqlite3.connect(path)
    else:
        connection = cipher.module().connect(str(path))
        connection.execute(cipher.key_pragma(cipher.key_for(path)))
    try:
        return [row[0] for row in connection.execute("SELECT kind FROM event")]
    finally:
        connection.close()


def test_a_presentation_in_another_process_keeps_its_session_log(tmp_path):
    path = tmp_path / "facilitator.db"
    open_database(path, datetime(2026, 1, 1)).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    presenter = subprocess.Popen(
        [sys.executable, "-c", PRESENTER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert presenter.stdout is not None and presenter.stdin is not None
    try:
        assert presenter.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as refused:
            cipher.turn_on(path, PASSPHRASE)
        assert refused.value.reason == "locked"  # the dialog says: end it, then try again
        presenter.stdin.write("go on\n")
        presenter.stdin.flush()
        assert presenter.stdout.readline().strip() == "done", presenter.stderr.read()
    finally:
        presenter.kill()
        presenter.wait(timeout=60)
    assert not cipher.is_encrypted(path)
    assert events(path) == ["note"]

    cipher.turn_on(path, PASSPHRASE)  # the presentation is over: encrypting goes ahead
    assert events(path) == ["note"]
