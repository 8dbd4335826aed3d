"""kill -9 while the records are being encrypted loses nothing: every file is whole, plain or
encrypted, and the next start (with the passphrase) finishes the job."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups, cipher
from facilitator.core.store.database import open_database

WORKER = Path(__file__).with_name("cipher_worker.py")
PASS = "kill nine passphrase"
# Renames in the migration: the key-check file, the records, then the backups (the second and
# third starts each took a daily backup): kill -9 just before each of them.
STOPS = [0, 1, 2, 3]


def expected_names() -> set[str]:
    return {f"Pseudonym-{day}-{n}" for day in (1, 2, 3) for n in range(100)}


@pytest.mark.parametrize("stop_at", STOPS)
def test_sigkill_during_encryption_loses_nothing(tmp_path, stop_at):
    path = tmp_path / "facilitator.db"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), "on", str(stop_at)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line.strip())
        if line.startswith(("stopped", "done")):
            break
    assert lines and lines[-1].startswith("stopped"), (lines, process.stderr.read())
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL

    if cipher.is_encrypted(path):
        cipher.unlock(path, PASS)
    db = open_database(path, datetime(2026, 1, 9))  # finishes the encryption
    with db.session() as session:
        names = set(session.exec(_all()))
    db.close()
    assert names == expected_names()
    files = [path, *sorted(backups.backups_dir(path).rglob("*.db"))]
    assert not list(tmp_path.rglob("*.encrypting*"))
    for file in files:
        if cipher.is_encrypted(path):
            assert not file.read_bytes().startswith(b"SQLite format 3"), file.name
            assert b"Pseudonym-" not in file.read_bytes(), file.name
        else:  # killed before the key-check file was in place: still plain and whole
            connection = sqlite3.connect(file)
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            connection.close()


def _all():
    from sqlmodel import select

    from facilitator.core.store.tables import Participant

    return select(Participant.pseudonym)
