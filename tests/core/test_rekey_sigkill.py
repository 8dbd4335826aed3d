"""kill -9 while the passphrase is being changed, or encryption turned off, loses nothing: every
file is whole under one key (or plain), and the next start finishes the job."""

from __future__ import annotations

import json
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
OLD = "kill nine passphrase"
NEW = "a new kill nine phrase"
# The renames: the key-check file (the change written down), the records, the two daily
# backups, then (changing only) the key-check file with the new key alone.
CASES = [
    ("change", 0, OLD),  # killed before anything changed: only the old passphrase is right
    ("change", 1, NEW),
    ("change", 2, NEW),
    ("change", 2, OLD),  # half the files under each key: the old one typed puts all back
    ("change", 3, NEW),
    ("change", 4, OLD),
    ("off", 0, OLD),
    ("off", 1, OLD),
    ("off", 2, OLD),
    ("off", 3, OLD),
]


def expected_names() -> set[str]:
    return {f"Pseudonym-{day}-{n}" for day in (1, 2, 3) for n in range(100)}


def kill_at(path: Path, what: str, stop_at: int) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen(
        [sys.executable, str(WORKER), str(path), what, str(stop_at)],
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


def counts(file: Path, key: bytes | None) -> int:
    dbapi = cipher.module()
    connection = dbapi.connect(str(file))
    try:
        if key is not None:
            connection.execute(cipher.key_pragma(key))
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(connection.execute("SELECT count(*) FROM participant").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.parametrize(("what", "stop_at", "typed"), CASES)
def test_sigkill_while_changing_the_encryption_loses_nothing(tmp_path, what, stop_at, typed):
    path = tmp_path / "facilitator.db"
    kill_at(path, what, stop_at)
    files = [path, *sorted(backups.backups_dir(path).rglob("*.db"))]
    assert len(files) == 3

    cipher.unlock(path, typed)  # the next start
    # Before finishing: each file is whole and opens with one of the keys, or is plain.
    keys = [None if cipher.is_plain(file) else cipher.key_for(file) for file in files]
    assert [counts(file, key) for file, key in zip(files, keys, strict=True)] == [300, 100, 200]
    db = open_database(path, datetime(2026, 1, 9))  # finishes the job
    with db.session() as session:
        names = set(session.exec(_all()))
    db.close()
    assert names == expected_names()
    assert not list(tmp_path.rglob("*.encrypting*"))
    files = [path, *sorted(backups.backups_dir(path).rglob("*.db"))]
    if what == "off" and stop_at > 0:
        assert not cipher.key_check_path(path).exists()
        for file in files:
            connection = sqlite3.connect(file)
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            connection.close()
        return
    assert "changing" not in json.loads(cipher.key_check_path(path).read_text())
    dbapi = cipher.module()
    for file in files:
        assert not file.read_bytes().startswith(b"SQLite format 3"), file.name
        connection = dbapi.connect(str(file))  # the typed passphrase alone opens every file
        connection.execute(f"PRAGMA key = '{typed}'")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        connection.close()


def _all():
    from sqlmodel import select

    from facilitator.core.store.tables import Participant

    return select(Participant.pseudonym)
