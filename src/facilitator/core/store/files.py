"""Opening database files by path, safely: any folder name works, and a look never writes.

A SQLite URI is cut at ``#`` and ``?`` and decodes ``%``: a data folder named ``Kursus #2`` once
made a stray empty database outside it. Every URI is built by ``uri.read_only_uri``, with
the path quoted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Literal

from .uri import read_only_uri as read_only_uri  # one home for every URI

HEADER = b"SQLite format 3\x00"


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    return connect(path, read_only=True, timeout=timeout)


def connect(
    path: Path,
    *,
    read_only: bool = False,
    timeout: float = 5.0,
    isolation_level: Literal["", "DEFERRED", "EXCLUSIVE", "IMMEDIATE"] | None = "",
) -> sqlite3.Connection:
    """Open a records file, a backup or a shelved copy: with SQLCipher and the session's key
    when the records are encrypted and the file is not plain SQLite, else with sqlite3.

    Errors are sqlite3's or sqlcipher3's: catch ``cipher.errors()``.
    """
    from . import cipher

    key = cipher.key_for(path)
    if key is None or cipher.is_plain(path):
        # typeshed leaves out "", sqlite3.connect's own default isolation level.
        level: Any = isolation_level
        if read_only:
            return sqlite3.connect(
                read_only_uri(path), uri=True, timeout=timeout, isolation_level=level
            )
        return sqlite3.connect(path, timeout=timeout, isolation_level=level)
    dbapi = cipher.module()
    target = read_only_uri(path) if read_only else read_only_uri(path).replace("?mode=ro", "")
    connection = dbapi.connect(target, uri=True, timeout=timeout, isolation_level=isolation_level)
    connection.execute(cipher.key_pragma(key))
    return connection  # type: ignore[no-any-return]


def header(path: Path) -> bytes:
    """The first 16 bytes (``b""`` for an empty file). Raises OSError."""
    with open(path, "rb") as handle:
        return handle.read(16)


def holds_data(path: Path) -> bool:
    """True when the file is a database with at least one row in one of its own tables.

    An empty file, a copy of one, or a new database with only its tables holds no data.
    """
    from .cipher import file_errors, key_for

    try:
        if header(path) != HEADER and key_for(path) is None:
            return False
        connection = connect_read_only(path)
        try:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                quoted = table.replace('"', '""')
                if connection.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone():
                    return True
            return False
        finally:
            connection.close()
    except file_errors():
        return False


def folder_writable(folder: Path) -> bool:
    """Whether a file can be made in ``folder`` (tried for real: permissions, ACLs, read-only
    drives and full disks all answer the same way)."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".facilitator-probe-"):
            return True
    except OSError:
        return False
