"""Rotating backups of the database, restore, and the damaged-file shelf.

A backup is a consistent copy made with SQLite's online backup API, named
``facilitator-YYYYMMDD-HHMMSS-<reason>.db``. Restoring never deletes anything: the file it
replaces is moved to ``damaged/`` (or ``replaced/``) beside the backups.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from . import cipher, files

KEEP = 14
_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken:%Y-%m-%d %H:%M} ({self.reason})"


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def take_backup(db_path: Path, reason: str, now: datetime | None = None) -> Path:
    now = now or datetime.now()
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"facilitator-{now:%Y%m%d-%H%M%S}-{reason}.db"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"facilitator-{now:%Y%m%d-%H%M%S}-{reason}-{n}.db"
    source = files.connect_read_only(db_path)
    try:
        # Encrypted with the same key when the records are; plain when they are plain, also
        # while encryption is being turned off (the key still known).
        dest = sqlite3.connect(target) if cipher.is_plain(db_path) else files.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    return target


def list_backups(db_path: Path) -> list[Backup]:
    """Every backup, newest first."""
    folder = backups_dir(db_path)
    found = []
    for path in folder.glob("facilitator-*.db") if folder.exists() else ():
        parts = path.stem.split("-", 3)
        try:
            taken = datetime.strptime(f"{parts[1]}-{parts[2]}", "%Y%m%d-%H%M%S")
        except (IndexError, ValueError):
            continue
        found.append(Backup(path, taken, parts[3] if len(parts) > 3 else ""))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def is_good(path: Path) -> bool:
    """True when the file is a readable SQLite database that passes the integrity check."""
    try:
        if files.header(path) != files.HEADER and cipher.key_for(path) is None:
            return False
        connection = files.connect_read_only(path)
        try:
            return bool(connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except cipher.file_errors():
        return False


def newest_with_data(db_path: Path) -> Backup | None:
    """The newest backup that passes the integrity check and holds records."""
    for backup in list_backups(db_path):
        if files.holds_data(backup.path) and is_good(backup.path):
            return backup
    return None


def newest_good(db_path: Path) -> Backup | None:
    """The backup to offer: the newest good one that holds records, else the newest good one
    (a copy of an empty file is never preferred to one with the trainer's records)."""
    found = newest_with_data(db_path)
    if found is not None:
        return found
    for backup in list_backups(db_path):
        if is_good(backup.path):
            return backup
    return None


def daily_backup(db_path: Path, now: datetime | None = None, keep: int = KEEP) -> Path | None:
    """Take the day's backup if there is none yet, then keep the newest ``keep`` daily ones."""
    now = now or datetime.now()
    if not db_path.exists():
        return None
    daily = [b for b in list_backups(db_path) if b.reason == "daily"]
    if daily and daily[0].taken.date() == now.date():
        return None
    path = take_backup(db_path, "daily", now)
    every = list_backups(db_path)
    daily = [b for b in every if b.reason == "daily"]
    going = daily[keep:]
    staying = [b for b in every if b not in going]
    if going and not any(files.holds_data(b.path) for b in staying):
        # The newer copies hold no records (an emptied file was copied day after day): the last
        # copy that does is never rotated out for them.
        spared = next((b for b in going if files.holds_data(b.path)), None)
        going = [b for b in going if b != spared]
    for old in going:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return path


def set_aside(db_path: Path, shelf: str, now: datetime | None = None) -> Path | None:
    """Move the database (and its WAL files) to ``backups/<shelf>/``; return the new path."""
    if not db_path.exists():
        return None
    now = now or datetime.now()
    folder = backups_dir(db_path) / shelf
    folder.mkdir(parents=True, exist_ok=True)
    target = _unique(folder, f"{db_path.stem}-{now:%Y%m%d-%H%M%S}", db_path.suffix)
    os.replace(db_path, target)
    for suffix in _SUFFIXES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target


def _unique(folder: Path, stem: str, suffix: str) -> Path:
    """A name in ``folder`` that no file has yet (nor its WAL side files): a kept file is never
    overwritten, however many are set aside in one second."""
    n = 1
    while True:
        target = folder / (f"{stem}{suffix}" if n == 1 else f"{stem}-{n}{suffix}")
        names = [target, *(target.with_name(target.name + s) for s in _SUFFIXES)]
        if not any(p.exists() for p in names):
            return target
        n += 1


def restore(
    db_path: Path, backup: Path, shelf: str = "replaced", now: Callable[[], datetime] | None = None
) -> Path | None:
    """Put ``backup`` in place of the database; the current file is kept on a shelf."""
    when = (now or datetime.now)()
    kept = set_aside(db_path, shelf, when)
    tmp = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, tmp)
    os.replace(tmp, db_path)
    return kept


def purge_person(db_path: Path, pseudonym: str) -> int:
    """Remove a deleted person from every backup and shelved file too; returns how many files
    could not be cleaned (damaged ones). Freed pages are overwritten (secure_delete + VACUUM)."""
    if not pseudonym:
        return 0
    return purge(db_path, [("person", "DELETE FROM person WHERE pseudonym = ?", (pseudonym,))])


Statement = tuple[str, str, tuple[object, ...]]  # the table it needs, the SQL, its values


def apply(connection: Any, statements: Sequence[Statement]) -> int:
    """Run erasing statements on one open file (foreign keys on, so what hangs on a deleted row
    goes too; ``unname(text, pseudonym)`` is there for notes), then overwrite the freed pages
    (secure_delete + VACUUM). Returns how many rows changed."""
    from ..privacy import unname

    connection.create_function("unname", 2, unname, deterministic=True)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA secure_delete = ON")
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    changed = 0
    for table, sql, values in statements:
        if table in tables:
            changed += max(0, connection.execute(sql, values).rowcount)
    if changed:
        connection.execute("VACUUM")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return changed


def purge(db_path: Path, statements: Sequence[Statement]) -> int:
    """Run the same erasing statements in every backup and shelved file; returns how many files
    could not be cleaned (damaged ones, or encrypted ones without the key)."""
    folder = backups_dir(db_path)
    if not statements or not folder.exists():
        return 0
    failed = 0
    for path in sorted(folder.rglob("*.db")):
        try:
            connection = files.connect(path, isolation_level=None)
            try:
                apply(connection, statements)
            finally:
                connection.close()
        except cipher.errors():
            failed += 1
    return failed
