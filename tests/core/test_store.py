"""The database never loses or corrupts what a trainer wrote, and refuses what it cannot read."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta

import pytest

from facilitator.core.store import backups, migrations
from facilitator.core.store.database import open_database, recover
from facilitator.core.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreWriteError,
)

DAY = datetime(2026, 11, 23, 9, 0)


def add_group(path, name="Hold A"):
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("INSERT INTO grp (name, created) VALUES (?, ?)", (name, "2026-11-23"))
    connection.close()


def groups(path):
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM grp ORDER BY id")]
    finally:
        connection.close()


def test_new_database_is_wal_with_foreign_keys(tmp_path):
    db = open_database(tmp_path / "f.db", DAY)
    connection = sqlite3.connect(db.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert migrations.version(connection) == migrations.LATEST
    connection.close()
    with db.session() as session:
        fk = session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar()
    assert fk == 1
    db.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError, match="newer Facilitator"):
        open_database(path, DAY)
    assert path.read_bytes() == before


def test_random_bytes_are_refused_then_recovered_from_the_newest_good_backup(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    add_group(path, "Hold A")
    backups.take_backup(path, "daily", DAY)
    add_group(path, "Hold B")
    backups.take_backup(path, "daily", DAY + timedelta(days=1))
    path.write_bytes(os.urandom(8192))
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    with pytest.raises(CorruptDatabaseError, match="not a Facilitator database"):
        open_database(path, DAY)
    kept, used = recover(path, DAY + timedelta(days=2))
    assert kept is not None and kept.exists() and kept.parent.name == "damaged"
    assert used is not None and used.taken == DAY + timedelta(days=1)
    open_database(path, DAY + timedelta(days=2)).close()
    assert groups(path) == ["Hold A", "Hold B"]


def test_truncated_database_is_refused(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    for n in range(200):
        add_group(path, f"Hold {n}" * 20)
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(CorruptDatabaseError):
        open_database(path, DAY)
    kept, used = recover(path, DAY)
    assert used is None and kept.exists()  # no good backup: start empty, damaged file kept
    assert groups(open_database(path, DAY).path) == []


def test_backup_before_migration_and_each_step_from_the_oldest_schema(tmp_path):
    path = tmp_path / "f.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE keep (x)")  # a version-0 file with a row in it
    connection.execute("INSERT INTO keep VALUES (1)")
    connection.commit()
    connection.close()
    open_database(path, DAY).close()
    (pre,) = [b for b in backups.list_backups(path) if b.reason.startswith("before-migration")]
    assert pre.reason == "before-migration-v0"
    old = sqlite3.connect(pre.path)
    assert old.execute("SELECT x FROM keep").fetchall() == [(1,)]
    assert migrations.version(old) == 0
    old.close()


def test_daily_backups_rotate(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    for day in range(20):
        backups.daily_backup(path, DAY + timedelta(days=day), keep=5)
        backups.daily_backup(path, DAY + timedelta(days=day, hours=3), keep=5)  # one a day
    daily = [b for b in backups.list_backups(path) if b.reason == "daily"]
    assert len(daily) == 5 and daily[0].taken.date() == (DAY + timedelta(days=19)).date()


def test_restore_keeps_the_replaced_file(tmp_path):
    path = tmp_path / "f.db"
    open_database(path, DAY).close()
    add_group(path, "før")
    backup = backups.take_backup(path, "manual", DAY)
    add_group(path, "efter")
    kept = backups.restore(path, backup, now=lambda: DAY)
    assert groups(path) == ["før"]
    assert kept is not None and "efter" in groups(kept)


def test_read_only_folder_gives_a_clear_message(tmp_path):
    if os.geteuid() == 0:
        blocked = tmp_path / "file-not-folder"
        blocked.write_text("x")
        target = blocked / "f.db"  # a path under a file can never be created, even by root
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "sub" / "f.db"
    with pytest.raises(StoreWriteError) as info:
        open_database(target, DAY)
    assert info.value.reason == "readonly"
    assert f"cannot write to the folder {target.parent}" in info.value.message
