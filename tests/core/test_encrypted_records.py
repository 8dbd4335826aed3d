"""Encrypted records (SQLCipher): the bytes on disk, backups, a wrong passphrase told apart from
damage, and IT's key file. Every check reads the raw files, as a thief with a copy would."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups, cipher
from facilitator.core.store.database import inspect, open_database, recover
from facilitator.core.store.errors import CorruptDatabaseError
from facilitator.core.store.log_store import SessionLog
from facilitator.core.store.mentor_store import MentorLog

PASS = "grøn hest batteri"
SECRET = "Ziggy-Stardust"
NOTE = "talked about the panic attacks at home"


def make_records(path: Path) -> None:
    db = open_database(path, datetime(2026, 1, 1))
    log = SessionLog(db)
    group = log.add_group("Hold Zeta")
    log.add_participant(group, SECRET)
    session = log.start_session(group_id=group)
    log.save_note(session, NOTE)
    MentorLog(db).add_person(SECRET + "-mentee")
    db.close()
    open_database(path, datetime(2026, 1, 2)).close()  # the day's backup holds all of it


def raw_files(path: Path) -> list[Path]:
    return [path, *sorted(backups.backups_dir(path).rglob("*.db"))]


def assert_no_plain_text(files: list[Path]) -> None:
    for file in files:
        data = file.read_bytes()
        assert not data.startswith(b"SQLite format 3"), file.name
        for text in (SECRET, NOTE, "Hold Zeta"):
            assert text.encode() not in data, f"{text!r} readable in {file.name}"


def test_turning_encryption_on_leaves_no_plain_byte_in_records_or_backups(tmp_path):
    path = tmp_path / "facilitator.db"
    make_records(path)
    assert SECRET.encode() in path.read_bytes() or SECRET.encode() in b"".join(
        p.read_bytes() for p in raw_files(path)
    )
    assert cipher.turn_on(path, PASS) == 0
    files = raw_files(path)
    assert len(files) >= 2  # the records and the daily backup
    assert_no_plain_text(files)
    # The next day's backup is encrypted too, and the records open with the key.
    db = open_database(path, datetime(2026, 1, 3))
    assert SessionLog(db).participants(1) == [(1, SECRET)]
    db.close()
    assert_no_plain_text(raw_files(path))
    assert len(raw_files(path)) == 3


def test_records_open_with_the_passphrase_alone_in_sqlcipher(tmp_path):
    """Any SQLCipher 4 tool opens the file with the passphrase (no key-check file needed)."""
    path = tmp_path / "facilitator.db"
    make_records(path)
    cipher.turn_on(path, PASS)
    dbapi = cipher.module()
    for file in raw_files(path):
        connection = dbapi.connect(str(file))
        connection.execute(f"PRAGMA key = '{PASS}'")
        assert connection.execute("SELECT pseudonym FROM participant").fetchall() == [(SECRET,)]
        connection.close()


def test_the_passphrase_is_not_stored(tmp_path):
    path = tmp_path / "facilitator.db"
    make_records(path)
    cipher.turn_on(path, PASS)
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert PASS.encode() not in file.read_bytes(), file.name


def test_a_wrong_passphrase_is_told_apart_from_damage(tmp_path):
    path = tmp_path / "facilitator.db"
    make_records(path)
    cipher.turn_on(path, PASS)
    cipher.forget(path)
    before = path.read_bytes()
    with pytest.raises(cipher.PassphraseNeeded):
        inspect(path)
    with pytest.raises(cipher.WrongPassphrase) as wrong:
        cipher.unlock(path, "Grøn hest batteri")
    assert wrong.value.reason == "wrong-passphrase"
    assert path.read_bytes() == before  # nothing touched
    cipher.unlock(path, PASS)
    assert inspect(path) >= 1

    # Damage: the right key, a page overwritten.
    data = bytearray(path.read_bytes())
    data[40:200] = bytes(160)
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError) as damaged:
        inspect(path)
    assert damaged.value.reason == "damaged"
    # The recovery flow restores the newest good (encrypted) backup and keeps the damaged one.
    kept, used = recover(path, datetime(2026, 1, 4))
    assert kept is not None and used is not None
    db = open_database(path, datetime(2026, 1, 4))
    assert SessionLog(db).participants(1) == [(1, SECRET)]
    db.close()
    assert_no_plain_text([path])


def test_it_key_file_unlocks_without_a_passphrase(tmp_path):
    path = tmp_path / "facilitator.db"
    make_records(path)
    key_file = tmp_path / "site.key"
    key_file.write_text("a long random key from IT 8f3a\n", encoding="utf-8")
    cipher.turn_on(path, "a long random key from IT 8f3a")
    cipher.forget(path)
    cipher.unlock_with_file(path, key_file)
    assert inspect(path) >= 1
    cipher.forget(path)
    with pytest.raises(cipher.StoreError) as missing:
        cipher.unlock_with_file(path, tmp_path / "nowhere.key")
    assert "nowhere.key" in str(missing.value)


def test_a_plain_backup_put_back_is_encrypted_again_on_opening(tmp_path):
    path = tmp_path / "facilitator.db"
    make_records(path)
    plain_copy = tmp_path / "plain-copy.db"
    plain_copy.write_bytes(raw_files(path)[1].read_bytes())
    cipher.turn_on(path, PASS)
    backups.restore(path, plain_copy, now=lambda: datetime(2026, 1, 5))
    assert path.read_bytes().startswith(b"SQLite format 3")
    open_database(path, datetime(2026, 1, 5)).close()
    assert_no_plain_text(raw_files(path))
