"""Hostile input around encrypted records found without their key-check file: a cut file is
never adopted (the right passphrase writes nothing), and an emptied key-check file counts as
missing rather than locking the trainer out."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import cipher
from facilitator.core.store.database import inspect, open_database
from facilitator.core.store.errors import CorruptDatabaseError
from facilitator.core.store.log_store import SessionLog

PASS = "grøn hest batteri"


def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "facilitator.db"
    db = open_database(path, datetime(2026, 1, 1))
    log = SessionLog(db)
    for number in range(40):  # a few pages, so a cut leaves some behind
        log.add_group(f"Hold {number} " + "x" * 200)
    db.close()
    cipher.turn_on(path, PASS)
    cipher.forget(path)
    return path


def test_a_truncated_encrypted_file_is_not_adopted_even_with_the_right_passphrase(tmp_path):
    path = encrypted(tmp_path)
    cipher.key_check_path(path).unlink()
    data = path.read_bytes()
    assert len(data) > 8192
    path.write_bytes(data[: len(data) // 2 + 100])  # cut mid-page
    before = path.read_bytes()
    assert cipher.adopt(path, PASS) is False
    assert not cipher.key_check_path(path).exists()
    assert not cipher.is_unlocked(path)
    assert path.read_bytes() == before
    with pytest.raises(CorruptDatabaseError):
        inspect(path)


def test_a_zero_byte_key_check_file_counts_as_missing_and_the_passphrase_opens(tmp_path):
    path = encrypted(tmp_path)
    check = cipher.key_check_path(path)
    check.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError) as found:
        inspect(path)
    assert found.value.reason == "maybe-encrypted"
    assert cipher.adopt(path, "not the passphrase") is False
    assert check.read_bytes() == b""
    assert cipher.adopt(path, PASS) is True
    assert check.stat().st_size > 0
    db = open_database(path, datetime(2026, 1, 2))
    assert len(SessionLog(db).groups()) == 40
    db.close()
