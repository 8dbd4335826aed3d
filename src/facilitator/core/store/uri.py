"""The ``file:`` URI of a database path, for any folder name (``files`` and ``cipher`` both open
files by it; it lives apart so that neither imports the other for it)."""

from __future__ import annotations

from pathlib import PurePath, PureWindowsPath
from urllib.parse import quote


def read_only_uri(path: PurePath) -> str:
    """``file:`` URI that opens ``path`` read-only (never creates it), for any folder name.

    A Windows path with a drive gets a leading slash (``file:/C:/...``), as SQLite expects.
    """
    text = path.as_posix()
    if isinstance(path, PureWindowsPath) and path.drive and not text.startswith("/"):
        text = "/" + text
    return f"file:{quote(text, safe='/:')}?mode=ro"
