"""Open the database: check it, back it up, migrate it, and hand out sessions.

Every write is committed as it is made (WAL mode, ``synchronous=FULL``), so a crash or a dead
battery loses nothing that was confirmed on screen.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from . import backups, cipher, files, migrations
from .errors import (
    CorruptDatabaseError,
    NewerSchemaError,
    StoreError,
    StoreWriteError,
    folder_error,
    in_use_error,
    write_error,
)

DB_NAME = "facilitator.db"
LOOK_TIMEOUT = 2.0  # seconds a look waits for another program's lock before saying "in use"


def database_path() -> Path:
    """The one records database of the app, in the user's data folder."""
    from .. import paths

    return paths.data_dir() / DB_NAME


def inspect(path: Path) -> int:
    """The schema version of an existing file. Reads only: a file that is refused is left exactly
    as it was.

    Raises CorruptDatabaseError only for a file that is itself damaged: not a database, a cut
    header, damaged pages, or an empty file while backups hold records (reason "empty"). A
    healthy file that cannot be looked at (in use by another program, no permission) raises
    StoreWriteError instead, and a file from a newer Facilitator NewerSchemaError.
    """
    try:
        head = files.header(path)
    except OSError as exc:
        raise StoreWriteError(
            f"The records file cannot be read ({exc.strerror}). Ask your IT department; the "
            "file was not changed.",
            path,
            "unreadable",
        ) from None
    if head == b"":
        if backups.newest_with_data(path) is not None:
            raise CorruptDatabaseError(
                "The records file is empty, but there are backups with records in them.",
                path,
                "empty",
            )
        return 0
    encrypted = cipher.is_encrypted(path)
    if encrypted and cipher.key_for(path) is None:
        raise cipher.PassphraseNeeded(
            "The records are encrypted: the passphrase is needed to open them.", path, "passphrase"
        )
    if head != files.HEADER and not encrypted:
        if cipher.maybe_encrypted(path):
            # Encrypted records copied without facilitator-key.json look like this too: the
            # reason lets the user type the passphrase (cipher.adopt) before any recovery.
            raise CorruptDatabaseError(
                "The file is not a Facilitator database, or it is encrypted records whose "
                f"key-check file ({cipher.KEY_CHECK}) is missing.",
                path,
                "maybe-encrypted",
            )
        raise CorruptDatabaseError("The file is not a Facilitator database.", path, "damaged")
    try:
        connection = files.connect_read_only(path, timeout=LOOK_TIMEOUT)
        try:
            found = migrations.version(connection)
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            connection.close()
    except cipher.operational_errors() as exc:
        # Locked, busy, no permission, a missing -shm that cannot be made: not damage. (With
        # the right key, SQLCipher's "file is not a database" is a DatabaseError: damage.)
        raise _access_error(exc, path) from None
    except cipher.errors() as exc:
        raise CorruptDatabaseError(f"The database is damaged ({exc}).", path, "damaged") from None
    if check != "ok":
        raise CorruptDatabaseError(f"The database is damaged ({check}).", path, "damaged")
    if found > migrations.LATEST:
        raise NewerSchemaError(
            f"This database was written by a newer Facilitator (schema {found}; this version "
            f"knows {migrations.LATEST}). It has not been changed. Update Facilitator to open it.",
            path,
            "newer",
        )
    return found


def _access_error(exc: Exception, path: Path) -> StoreWriteError:
    error = write_error(exc, path)
    if error.reason == "locked":
        return in_use_error(path)
    if error.reason in ("readonly", "other") and not files.folder_writable(path.parent):
        return folder_error(path)
    return error


def has_plan(path: Path, uid: str) -> bool | None:
    """Whether the file holds one of the user's plans with this id; None when it cannot be read.

    Reads only, with plain sqlite3: ``facilitator present ID`` asks before anything else and
    must not wait for sqlmodel (half a second) to learn that the id is not a plan of theirs.
    """
    if not path.is_file():
        return False
    if cipher.is_encrypted(path) and cipher.key_for(path) is None:
        return None
    try:
        connection = files.connect_read_only(path, timeout=LOOK_TIMEOUT)
        try:
            if migrations.version(connection) == 0:
                return False
            row = connection.execute("SELECT 1 FROM plan WHERE uid = ?", (uid,)).fetchone()
        finally:
            connection.close()
    except cipher.errors():
        return None
    return row is not None


def _connect(path: Path) -> sqlite3.Connection:
    connection = files.connect(path, isolation_level=None, timeout=5)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


class Database:
    """An open, migrated database. ``session()`` gives a sqlmodel Session; ``write()`` commits."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine: Any = None

    @property
    def engine(self) -> Any:
        if self._engine is None:
            from sqlalchemy import event
            from sqlalchemy.engine import URL
            from sqlmodel import create_engine

            # hide_parameters: an error's text never carries what was being saved (a note about
            # a young person must not reach a log file or an error report). The URL is built
            # from its parts: a path with "?" or "#" in it is never parsed as a query.
            key = cipher.key_for(self.path)
            if key is not None and not cipher.is_plain(self.path):
                # SQLAlchemy's SQLCipher dialect (sqlcipher3): pragma key="x'…'" on connect.
                password = cipher.sqlalchemy_password(key)
                url = URL.create("sqlite+pysqlcipher", password=password, database=str(self.path))
                cipher.module()  # SQLCipher's own stderr log off
            else:
                url = URL.create("sqlite", database=str(self.path))
            engine = create_engine(url, hide_parameters=True)

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_connection: Any, _record: Any) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = FULL")
                cursor.execute("PRAGMA foreign_keys = ON")
                cursor.close()

            self._engine = engine
        return self._engine

    @contextmanager
    def session(self) -> Any:
        from sqlmodel import Session

        with Session(self.engine) as session:
            yield session

    @contextmanager
    def write(self) -> Any:
        """A session that commits when the block ends; write errors become StoreWriteError."""
        from sqlalchemy.exc import OperationalError

        failed: tuple[type[Exception], ...] = (OperationalError, *cipher.operational_errors())
        try:
            with self.session() as session:
                yield session
                session.commit()
        except failed as exc:
            raise write_error(exc, self.path) from exc

    def scrub(self) -> None:
        """Overwrite freed pages, so deleted notes do not linger in the file (after a deletion)."""
        self.close()  # VACUUM needs the only connection; the engine reconnects when asked
        try:
            connection = files.connect(self.path, isolation_level=None)
            try:
                connection.execute("PRAGMA secure_delete = ON")
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                connection.close()
        except cipher.operational_errors() as exc:
            raise write_error(exc, self.path) from None

    def erase(self, statements: list[backups.Statement]) -> int:
        """Run erasing statements here and in every backup (``backups.apply``); returns how
        many backup files could not be cleaned."""
        self.close()  # VACUUM needs the only connection; the engine reconnects when asked
        try:
            connection = files.connect(self.path, isolation_level=None)
            try:
                backups.apply(connection, statements)
            finally:
                connection.close()
        except cipher.operational_errors() as exc:
            raise write_error(exc, self.path) from None
        return backups.purge(self.path, statements)

    def integrity(self) -> str:
        connection = files.connect(self.path)
        try:
            return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            connection.close()

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def open_database(path: Path, now: datetime | None = None) -> Database:
    """Open ``path``, creating or migrating it. A backup is taken before any migration.

    Raises NewerSchemaError (file untouched), CorruptDatabaseError (see ``recover``) or
    StoreWriteError (in use by another program, or the folder cannot be written).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise folder_error(path) from None
    existing = path.exists() and path.stat().st_size > 0
    found = inspect(path) if path.exists() else 0
    if not files.folder_writable(path.parent):
        raise folder_error(path)
    if cipher.is_encrypted(path):
        try:
            cipher.finish(path)  # a plain file left by a crash or put back from a backup
        except OSError:
            raise folder_error(path) from None
        except cipher.errors() as exc:
            raise _access_error(exc, path) from None
    if existing and found < migrations.LATEST:
        backups.take_backup(path, f"before-migration-v{found}", now)
    try:
        connection = _connect(path)
        try:
            migrations.migrate(connection)
        finally:
            connection.close()
    except cipher.operational_errors() as exc:
        raise _access_error(exc, path) from None
    except cipher.errors() as exc:
        raise CorruptDatabaseError(f"The database is damaged ({exc}).", path, "damaged") from None
    if existing:
        # A missed daily backup must never stop the trainer.
        with suppress(OSError, *cipher.errors()):
            backups.daily_backup(path, now)
    return Database(path)


def recover(path: Path, now: datetime | None = None) -> tuple[Path | None, backups.Backup | None]:
    """Set a damaged database aside and restore the newest good backup (or start empty).

    Returns where the damaged file was kept and the backup used (None: started empty). Only a
    file that ``inspect`` calls damaged is replaced: for any other file the error ``inspect``
    gives is raised (in use, cannot be read, newer), or a StoreError with reason "healthy".
    Raises StoreWriteError when the folder cannot be written; nothing is moved then.
    """
    try:
        inspect(path)
    except CorruptDatabaseError:
        pass
    else:
        raise StoreError("The records file passed its check; it was not replaced.", path, "healthy")
    if not files.folder_writable(path.parent):
        raise folder_error(path)
    best = backups.newest_good(path)
    try:
        kept = backups.set_aside(path, "damaged", now)
        if best is not None:
            tmp = path.with_name(path.name + ".restoring")
            tmp.write_bytes(best.path.read_bytes())
            tmp.replace(path)
    except OSError:
        raise folder_error(path) from None
    return kept, best
