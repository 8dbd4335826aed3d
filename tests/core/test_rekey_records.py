"""Changing the records passphrase and turning encryption off: every file (the records, each
backup, each shelved copy) follows, a wrong passphrase touches nothing, a failure on the way
leaves every file whole, and the next start finishes a change that stopped half way."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from facilitator.core.store import backups, cipher
from facilitator.core.store.database import open_database
from facilitator.core.store.errors import StoreError
from facilitator.core.store.log_store import SessionLog

OLD = "grøn hest batteri"
NEW = "blå ko lyspære"
SECRET = "Ziggy-Stardust"


def make_encrypted(path: Path) -> None:
    db = open_database(path, datetime(2026, 1, 1))
    log = SessionLog(db)
    group = log.add_group("Hold Zeta")
    log.add_participant(group, SECRET)
    db.close()
    open_database(path, datetime(2026, 1, 2)).close()  # a daily backup
    shelf = backups.backups_dir(path) / "replaced"
    shelf.mkdir(parents=True)
    (shelf / "facilitator-20260102-120000.db").write_bytes(path.read_bytes())
    assert cipher.turn_on(path, OLD) == 0


def every_file(path: Path) -> list[Path]:
    return [path, *sorted(backups.backups_dir(path).rglob("*.db"))]


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def opens_with(file: Path, passphrase: str) -> bool:
    """Whether SQLCipher opens ``file`` with the passphrase alone (as any SQLCipher 4 tool)."""
    dbapi = cipher.module()
    connection = dbapi.connect(str(file))
    try:
        connection.execute(f"PRAGMA key = '{passphrase}'")
        rows = connection.execute("SELECT pseudonym FROM participant").fetchall()
    except dbapi.DatabaseError:
        return False
    finally:
        connection.close()
    return rows == [(SECRET,)]


def participants(path: Path) -> list[str]:
    db = open_database(path, datetime(2026, 1, 2))
    try:
        return [name for _pid, name in SessionLog(db).participants(1)]
    finally:
        db.close()


def test_a_changed_passphrase_opens_every_file_and_the_old_one_is_refused(tmp_path):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    files = every_file(path)
    assert len(files) == 3  # the records, the daily backup, a shelved copy
    assert cipher.change_passphrase(path, OLD, NEW) == 0
    for file in files:
        assert opens_with(file, NEW), file.name
        assert not opens_with(file, OLD), file.name
        assert b"SQLite format 3" not in file.read_bytes()[:16]
    assert "changing" not in json.loads(cipher.key_check_path(path).read_text())
    assert not list(tmp_path.rglob("*.encrypting*"))

    cipher.forget(path)  # the next start
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(path, OLD)
    cipher.unlock(path, NEW)
    assert participants(path) == [SECRET]
    good = backups.newest_good(path)
    assert good is not None and files_hold_secret(good.path)


def files_hold_secret(file: Path) -> bool:
    from facilitator.core.store import files

    connection = files.connect_read_only(file)
    try:
        return connection.execute("SELECT pseudonym FROM participant").fetchall() == [(SECRET,)]
    finally:
        connection.close()


def test_a_wrong_old_passphrase_or_a_short_new_one_changes_nothing(tmp_path):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    before = hashes(tmp_path)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.change_passphrase(path, "Grøn hest batteri", NEW)
    with pytest.raises(ValueError):
        cipher.change_passphrase(path, OLD, "kort")
    with pytest.raises(cipher.WrongPassphrase):
        cipher.turn_off(path, "Grøn hest batteri")
    assert hashes(tmp_path) == before
    for file in every_file(path):
        assert opens_with(file, OLD)


def test_turning_encryption_off_leaves_plain_sqlite_files_and_asks_nothing_at_start(tmp_path):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    files = every_file(path)
    assert cipher.turn_off(path, OLD) == 0
    assert not cipher.key_check_path(path).exists()
    assert not cipher.is_encrypted(path)
    for file in files:
        connection = sqlite3.connect(file)  # the standard module, no key
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT pseudonym FROM participant").fetchall() == [(SECRET,)]
        connection.close()
    cipher._KEYS.clear()  # the next start: no passphrase, and the files stay plain
    assert participants(path) == [SECRET]
    assert path.read_bytes().startswith(b"SQLite format 3")


def test_a_failure_on_the_records_file_changes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    before = hashes(tmp_path)

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cipher, "convert", full_disk)
    with pytest.raises(StoreError) as changing:
        cipher.change_passphrase(path, OLD, NEW)
    assert changing.value.reason == "not-changed"
    with pytest.raises(StoreError) as off:
        cipher.turn_off(path, OLD)
    assert off.value.reason == "not-changed"
    assert hashes(tmp_path) == before
    monkeypatch.undo()
    cipher.forget(path)
    cipher.unlock(path, OLD)
    assert participants(path) == [SECRET]


@pytest.mark.parametrize("typed", [OLD, NEW])
def test_a_change_stopped_half_way_is_finished_at_the_next_start_with_either_passphrase(
    tmp_path, monkeypatch, typed
):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    real = cipher.convert
    calls = []

    def fails_second(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cipher, "convert", fails_second)
    with pytest.raises(StoreError) as stopped:
        cipher.change_passphrase(path, OLD, NEW)
    assert stopped.value.reason == "unfinished"
    monkeypatch.undo()
    assert opens_with(path, NEW) and opens_with(every_file(path)[1], OLD)

    cipher.forget(path)  # the next start: the passphrase typed is the one kept
    cipher.unlock(path, typed)
    assert participants(path) == [SECRET]
    assert "changing" not in json.loads(cipher.key_check_path(path).read_text())
    for file in every_file(path):
        assert opens_with(file, typed), file.name
    cipher.forget(path)
    with pytest.raises(cipher.WrongPassphrase):
        cipher.unlock(path, NEW if typed == OLD else OLD)


def test_a_damaged_backup_is_counted_and_the_others_follow(tmp_path):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    damaged = every_file(path)[1]
    data = bytearray(damaged.read_bytes())
    data[100:4000] = bytes(3900)
    damaged.write_bytes(bytes(data))
    assert cipher.change_passphrase(path, OLD, NEW) == 1
    assert opens_with(path, NEW) and opens_with(every_file(path)[2], NEW)
    assert cipher.turn_off(path, NEW) == 1
    assert path.read_bytes().startswith(b"SQLite format 3")


def fails_on_backups(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """``convert`` fails on every backup as SQLCipher does when the disk is full or the folder
    cannot be written ('disk I/O error'): the files are healthy, only the disk said no."""
    real = cipher.convert

    def no_room(file: Path, *args: object) -> None:
        if file != path:
            raise cipher.module().OperationalError("disk I/O error")
        real(file, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(cipher, "convert", no_room)


def test_a_full_disk_on_a_backup_is_not_taken_for_damage_the_change_waits_for_the_next_start(
    tmp_path, monkeypatch
):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    fails_on_backups(monkeypatch, path)
    with pytest.raises(StoreError) as stopped:
        cipher.change_passphrase(path, OLD, NEW)
    assert stopped.value.reason == "unfinished"  # not "1 damaged backup: delete it"
    assert "changing" in json.loads(cipher.key_check_path(path).read_text())
    assert opens_with(every_file(path)[1], OLD)  # healthy, and its key is still written down

    monkeypatch.undo()  # the next start, with room on the disk: either passphrase finishes it
    cipher.forget(path)
    cipher.unlock(path, NEW)
    assert participants(path) == [SECRET]
    for file in every_file(path):
        assert opens_with(file, NEW), file.name


def test_turning_off_with_a_full_disk_on_a_backup_still_opens_the_records_and_finishes_later(
    tmp_path, monkeypatch
):
    path = tmp_path / "facilitator.db"
    make_encrypted(path)
    fails_on_backups(monkeypatch, path)
    with pytest.raises(StoreError) as stopped:
        cipher.turn_off(path, OLD)
    assert stopped.value.reason == "unfinished"
    assert path.read_bytes().startswith(b"SQLite format 3")

    cipher.forget(path)  # a later day, the disk still full for the backups
    cipher.unlock(path, OLD)
    db = open_database(path, datetime(2026, 2, 1))  # opens, and takes the day's backup
    db.close()
    assert participants(path) == [SECRET]
    assert [b.reason for b in backups.list_backups(path)].count("daily") == 2
    assert json.loads(cipher.key_check_path(path).read_text())["turning_off"] is True
    assert opens_with(backups.backups_dir(path) / "facilitator-20260102-000000-daily.db", OLD)

    monkeypatch.undo()  # room again: the next start decrypts the rest
    cipher.forget(path)
    cipher.unlock(path, OLD)
    assert participants(path) == [SECRET]
    assert not cipher.key_check_path(path).exists()
    for file in every_file(path):
        assert file.read_bytes().startswith(b"SQLite format 3"), file.name
