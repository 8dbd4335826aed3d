"""Hostile records databases: odd folder names, empty, cut and random files, a file locked by
another program, a folder that cannot be written, a newer schema, two restores in one second.
Each asserts what the user meets (the kind of message, the file kept, the backups kept) and that
no record is lost.

Tests run as root, where chmod does not stop writes: an unwritable folder is simulated by
making ``files.folder_writable`` answer False (the one check the app asks) and, where a move is
tried anyway, by ``os.replace`` raising PermissionError, as a read-only folder does.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from facilitator.core.store import backups, files
from facilitator.core.store.database import inspect, open_database, recover
from facilitator.core.store.errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreWriteError,
)
from facilitator.core.store.log_store import SessionLog

DAY = datetime(2026, 11, 23, 9, 0, 0)


def make_db(path: Path, *groups: str, now: datetime = DAY) -> Path:
    db = open_database(path, now)
    try:
        log = SessionLog(db)
        for name in groups:
            log.add_group(name)
    finally:
        db.close()
    return path


def group_names(path: Path) -> list[str]:
    connection = sqlite3.connect(files.read_only_uri(path), uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM grp ORDER BY id")]
    finally:
        connection.close()


def a_backup_with(path: Path, *groups: str, now: datetime = DAY) -> Path:
    """A database with these groups, and its backup taken that day."""
    make_db(path, *groups, now=now)
    return backups.take_backup(path, "daily", now)


def opener_for(path: Path, asked: list, answer: bool = True):  # type: ignore[no-untyped-def]
    from facilitator.ui.records.backups import DatabaseOpener

    def ask(reason: str, backup: backups.Backup | None) -> bool:
        asked.append((reason, backup))
        return answer

    return DatabaseOpener(path, ask=ask, now=lambda: DAY + timedelta(days=1))


def every_file(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def kept_aside(path: Path) -> Path:
    """The one database file set aside in ``damaged/`` (its WAL side files go with it)."""
    (kept,) = (p for p in every_file(path.parent / "backups" / "damaged") if p.suffix == ".db")
    return kept


# --- 8: any folder name ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "folder", ["Kursus #2", "hvad?nu", "100% klar", "med mellemrum", "æøå Ærø", "%23 og #"]
)
def test_any_folder_name_keeps_records_and_backups_inside_it(tmp_path, folder):
    data = tmp_path / folder
    path = make_db(data / "facilitator.db", "8.b")
    make_db(path, "9.a", now=DAY + timedelta(days=1))  # the next day: a daily backup is taken
    inspect(path)
    (daily,) = [b for b in backups.list_backups(path) if b.reason == "daily"]
    assert group_names(daily.path) == ["8.b"]  # the backup holds the records, not an empty file
    assert backups.newest_good(path) == daily
    # Nothing was made outside the data folder (a URI cut at "#" or "?" made a stray file).
    assert {p.relative_to(tmp_path).parts[0] for p in every_file(tmp_path)} == {folder}
    backups.restore(path, daily.path, now=lambda: DAY + timedelta(days=2))
    assert group_names(path) == ["8.b"]


def test_the_uri_quotes_every_path_character_and_a_windows_drive():
    windows = PureWindowsPath(r"C:\Users\Anne Ø\Kursus #2\100%\hvad?\facilitator.db")
    assert files.read_only_uri(windows) == (
        "file:/C:/Users/Anne%20%C3%98/Kursus%20%232/100%25/hvad%3F/facilitator.db?mode=ro"
    )
    assert files.read_only_uri(PurePosixPath("/home/a/Kursus #2/f.db")) == (
        "file:/home/a/Kursus%20%232/f.db?mode=ro"
    )


# --- 9: empty and header-less files ----------------------------------------------------------


def test_a_zero_byte_file_with_backups_is_damaged_and_the_backup_comes_back(tmp_path, qtbot):
    path = tmp_path / "data" / "facilitator.db"
    good = a_backup_with(path, "8.b", "9.a")
    path.write_bytes(b"")  # emptied: a full disk, a sync tool, a bad copy
    with pytest.raises(CorruptDatabaseError) as info:
        open_database(path, DAY + timedelta(days=1))
    assert info.value.reason == "empty"
    from facilitator.ui.records.backups import RecoveryBox

    box = RecoveryBox(path, backups.newest_good(path), None)
    assert box.text() == "The records file is empty."  # said as it is, with the backup offered
    assert box.defaultButton() is box.go and box.go.text() == "Restore the backup"
    asked: list = []
    opener = opener_for(path, asked)
    opener.check()
    ((_reason, offered),) = asked
    assert offered is not None and offered.path == good  # the good backup is offered
    assert group_names(path) == ["8.b", "9.a"]
    assert kept_aside(path).stat().st_size == 0  # the empty file is kept aside, not thrown away
    assert good.exists()
    opener.close()


def test_a_zero_byte_file_without_backups_is_simply_new(tmp_path):
    path = tmp_path / "facilitator.db"
    path.write_bytes(b"")
    make_db(path, "8.b")
    assert group_names(path) == ["8.b"]


def test_daily_backups_of_an_empty_file_never_rotate_out_the_last_one_with_records(tmp_path):
    path = tmp_path / "data" / "facilitator.db"
    with_records = a_backup_with(path, "8.b", now=DAY - timedelta(days=30))
    path.unlink()
    make_db(path)  # an empty database (tables only), copied day after day
    for day in range(1, backups.KEEP + 3):
        backups.daily_backup(path, DAY + timedelta(days=day))
    daily = [b for b in backups.list_backups(path) if b.reason == "daily"]
    assert with_records.exists()
    assert len(daily) == backups.KEEP + 1  # the empty ones still rotate
    assert backups.newest_good(path).path == with_records  # and it is the one offered


@pytest.mark.parametrize(
    "content",
    [b"SQLite for", os.urandom(4096), b"SQLite format 3\x00" + os.urandom(4000)],
    ids=["cut header", "random bytes", "random pages"],
)
def test_a_cut_or_random_file_is_kept_aside_and_the_backup_restored(tmp_path, qtbot, content):
    path = tmp_path / "data" / "facilitator.db"
    a_backup_with(path, "8.b")
    path.write_bytes(content)
    asked: list = []
    opener = opener_for(path, asked)
    db = opener()  # the first read: recovered, then opened
    assert len(asked) == 1 and asked[0][1] is not None
    assert group_names(db.path) == ["8.b"]
    assert kept_aside(path).read_bytes() == content
    opener.close()


# --- 10: in use, unreadable folder, healthy ---------------------------------------------------


def _locked(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)  # "another program"
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_a_locked_healthy_file_is_in_use_not_damaged_and_never_replaced(tmp_path, qtbot):
    path = tmp_path / "data" / "facilitator.db"
    a_backup_with(path, "8.b")
    make_db(path, "9.a")
    other = _locked(path)
    try:
        with pytest.raises(StoreWriteError) as info:
            inspect(path)
        assert info.value.reason == "locked"
        assert "in use by another program" in info.value.message
        with pytest.raises(StoreWriteError):
            recover(path, DAY)  # even if asked directly, a locked file is not moved
        asked: list = []
        opener = opener_for(path, asked)
        opener.check()
        assert asked == []  # no "Restore the backup" is offered
        assert opener.problem_box.objectName() == "recordsProblemBox"
        assert "in use by another program" in opener.problem_box.informativeText()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert group_names(path) == ["8.b", "9.a"]
    assert not (path.parent / "backups" / "damaged").exists()


def test_a_healthy_file_is_never_recovered_over(tmp_path):
    path = make_db(tmp_path / "facilitator.db", "8.b")
    with pytest.raises(StoreError) as info:
        recover(path, DAY)
    assert info.value.reason == "healthy"
    assert group_names(path) == ["8.b"]


def test_an_unwritable_folder_is_told_by_name_not_called_damaged(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "data" / "facilitator.db"
    make_db(path, "8.b")
    monkeypatch.setattr(files, "folder_writable", lambda folder: False)
    with pytest.raises(StoreWriteError) as info:
        open_database(path, DAY)
    assert info.value.reason == "readonly"
    assert f"cannot write to the folder {path.parent}" in info.value.message
    from facilitator.ui.records.store import RecordsStore

    asked: list = []
    store = RecordsStore(opener_for(path, asked))
    assert store.read("groups", (), lambda: store.log.groups(), None) is None
    assert asked == []
    assert str(path.parent) in store.last_error
    assert group_names(path) == ["8.b"]


def test_a_damaged_file_in_an_unwritable_folder_is_left_and_told(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "data" / "facilitator.db"
    a_backup_with(path, "8.b")
    path.write_bytes(b"not a database at all")

    def refused(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "folder_writable", lambda folder: False)
    monkeypatch.setattr(backups.os, "replace", refused)
    asked: list = []
    opener = opener_for(path, asked)
    opener.check()  # before: a PermissionError traceback and a second dialog
    assert len(asked) == 1
    assert str(path.parent) in opener.problem_box.informativeText()
    assert path.read_bytes() == b"not a database at all"
    opener.close()


# --- 11 (core part): a newer schema is refused untouched -------------------------------------


def test_a_newer_file_is_refused_untouched_with_no_restore_offered(tmp_path, qtbot):
    path = make_db(tmp_path / "data" / "facilitator.db", "8.b")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerSchemaError):
        open_database(path, DAY + timedelta(days=1))
    asked: list = []
    opener = opener_for(path, asked)
    opener.check()
    assert asked == [] and opener.refused
    assert path.read_bytes() == before
    assert backups.list_backups(path) == []


# --- 12: two restores in one second ----------------------------------------------------------


def test_two_restores_in_one_second_keep_both_replaced_files(tmp_path):
    path = tmp_path / "data" / "facilitator.db"
    old = a_backup_with(path, "8.b")
    make_db(path, "9.a")
    first = backups.restore(path, old, now=lambda: DAY)
    make_db(path, "10.c")
    second = backups.restore(path, old, now=lambda: DAY)
    assert first is not None and second is not None and first != second
    assert group_names(first) == ["8.b", "9.a"]
    assert group_names(second) == ["8.b", "10.c"]


# --- 11: presenting and printing bundled content without the records -------------------------


@pytest.fixture
def broken_records(home):
    data = home / "data"
    data.mkdir(parents=True)
    path = data / "facilitator.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x01" * 4000)
    return path


def _newer(path: Path) -> None:
    make_db(path, "8.b")
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 99")
    connection.close()


@pytest.mark.parametrize("kind", ["damaged", "newer"])
def test_present_a_bundled_deck_and_plan_without_the_records(
    broken_records, kind, monkeypatch, capsys
):
    from facilitator.cli import main

    if kind == "newer":
        broken_records.unlink()
        _newer(broken_records)
    calls: list[str] = []

    def run_presentation(show, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(show.title)
        return 0

    monkeypatch.setattr("facilitator.ui.present.run.run_presentation", run_presentation)
    before = broken_records.read_bytes()
    assert main(["present", "mentalisering.viden"]) == 0
    assert main(["present", "mentalisering.plan-45"]) == 0
    assert len(calls) == 2
    assert "the records are off" in capsys.readouterr().err  # said on the terminal
    assert broken_records.read_bytes() == before  # nothing was changed or set aside


def test_export_a_bundled_plan_without_the_records(broken_records, tmp_path, capsys):
    from facilitator.cli import main

    out = tmp_path / "runsheet.pdf"
    assert main(["export-pdf", "--plan", "mentalisering.plan-45", "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    err = capsys.readouterr().err
    assert "the records are off" in err and str(broken_records) in err
    assert main(["export-pdf", "--plan", "no-such-plan", "-o", str(out)]) == 2
    assert "no plan with the id 'no-such-plan'" in capsys.readouterr().err
