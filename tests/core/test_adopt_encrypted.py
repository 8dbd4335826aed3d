"""Encrypted records copied without their key-check file (facilitator-key.json): the open says
they may be encrypted (not plain damage), and the passphrase alone brings them back."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups, cipher
from facilitator.core.store.database import inspect, open_database
from facilitator.core.store.errors import CorruptDatabaseError
from facilitator.core.store.log_store import SessionLog

PASS = "grøn hest batteri"
SECRET = "Ziggy-Stardust"


def encrypted_without_key_check(tmp_path: Path) -> Path:
    """Encrypted records with a daily backup, then the key-check file lost (a copy to a new PC
    that took only facilitator.db and backups/)."""
    path = tmp_path / "facilitator.db"
    db = open_database(path, datetime(2026, 1, 1))
    log = SessionLog(db)
    group = log.add_group("Hold Zeta")
    log.add_participant(group, SECRET)
    db.close()
    open_database(path, datetime(2026, 1, 2)).close()  # the day's backup
    assert cipher.turn_on(path, PASS) == 0
    cipher.key_check_path(path).unlink()
    cipher.forget(path)
    return path


def test_records_without_their_key_check_file_may_be_encrypted_not_plain_damage(tmp_path):
    path = encrypted_without_key_check(tmp_path)
    with pytest.raises(CorruptDatabaseError) as found:
        inspect(path)
    assert found.value.reason == "maybe-encrypted"
    assert cipher.KEY_CHECK in found.value.message


def test_a_wrong_passphrase_writes_nothing_and_the_records_stay_closed(tmp_path):
    path = encrypted_without_key_check(tmp_path)
    before = path.read_bytes()
    assert cipher.adopt(path, "Grøn hest batteri") is False
    assert not cipher.key_check_path(path).exists()
    assert not cipher.is_unlocked(path)
    assert path.read_bytes() == before
    with pytest.raises(CorruptDatabaseError):
        inspect(path)


def test_the_right_passphrase_rebuilds_the_key_check_file_and_the_records_open(tmp_path):
    path = encrypted_without_key_check(tmp_path)
    assert cipher.adopt(path, PASS) is True
    assert cipher.key_check_path(path).exists()
    db = open_database(path, datetime(2026, 1, 3))
    assert SessionLog(db).participants(1) == [(1, SECRET)]
    db.close()
    # The next start asks for the passphrase as usual, and the rebuilt file checks it.
    cipher.forget(path)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(path, "Grøn hest batteri")
    cipher.unlock(path, PASS)
    assert inspect(path) >= 1


def test_encrypted_backups_open_once_the_key_is_held(tmp_path):
    path = encrypted_without_key_check(tmp_path)
    assert backups.newest_good(path) is None  # no key: no backup can be read
    assert cipher.adopt(path, PASS) is True
    best = backups.newest_good(path)
    assert best is not None and not cipher.is_plain(best.path)
    # Restoring that backup gives the rows back.
    backups.restore(path, best.path, now=lambda: datetime(2026, 1, 4))
    db = open_database(path, datetime(2026, 1, 4))
    assert SessionLog(db).participants(1) == [(1, SECRET)]
    db.close()


def test_a_random_file_without_key_check_file_does_not_open_and_nothing_is_written(tmp_path):
    path = tmp_path / "facilitator.db"
    path.write_bytes(os.urandom(4096))
    before = path.read_bytes()
    assert cipher.adopt(path, PASS) is False
    assert not cipher.key_check_path(path).exists()
    assert not cipher.is_unlocked(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facilitator.db"]
