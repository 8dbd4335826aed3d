"""Opening database files by path, safely: any folder name works, and a look never writes.

A SQLite URI is cut at ``#`` and ``?`` and decodes ``%``: a data folder named ``Kursus #2`` once
made a stray empty database outside it. Every URI is built here, with the path quoted.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

HEADER = b"SQLite format 3\x00"


def read_only_uri(path: PurePath) -> str:
    """``file:`` URI that opens ``path`` read-only (never creates it), for any folder name.

    A Windows path with a drive gets a leading slash (``file:/C:/...``), as SQLite expects.
    """
    text = path.as_posix()
    if isinstance(path, PureWindowsPath) and path.drive and not text.startswith("/"):
        text = "/" + text
    return f"file:{quote(text, safe='/:')}?mode=ro"


def connect_read_only(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)


def header(path: Path) -> bytes:
    """The first 16 bytes (``b""`` for an empty file). Raises OSError."""
    with open(path, "rb") as handle:
        return handle.read(16)


def holds_data(path: Path) -> bool:
    """True when the file is a database with at least one row in one of its own tables.

    An empty file, a copy of one, or a new database with only its tables holds no data.
    """
    try:
        if header(path) != HEADER:
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
    except (OSError, sqlite3.Error):
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
