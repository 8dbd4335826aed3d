"""Errors a user can meet with the database: each carries a message to show and the file."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    def __init__(self, message: str, path: Path | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.reason = reason  # a stable word the UI picks its translated message by

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class NewerSchemaError(StoreError):
    """The file was written by a newer Facilitator; it is left untouched."""


class CorruptDatabaseError(StoreError):
    """The file is not a readable database (random bytes, truncated, damaged pages)."""


class StoreWriteError(StoreError):
    """A write failed: full disk, read-only folder, locked file. Nothing on screen is lost.

    Also raised when a file that may be healthy cannot be looked at (in use by another program,
    no permission): such a file is never called damaged and never replaced."""


def folder_error(path: Path) -> StoreWriteError:
    """The database's folder cannot be written to (read-only, no permission, not a folder)."""
    return StoreWriteError(
        f"Facilitator cannot write to the folder {path.parent}. Choose another data folder or "
        "ask your IT department; the records file was not changed.",
        path,
        "readonly",
    )


def in_use_error(path: Path) -> StoreWriteError:
    return StoreWriteError(
        "The records are in use by another program (or another Facilitator). Close it and try "
        "again; the file was not changed.",
        path,
        "locked",
    )


def write_error(exc: Exception, path: Path | None) -> StoreWriteError:
    """A StoreWriteError with a plain message and a ``reason``: full, readonly, locked, io, other.

    The message never repeats the failed statement's values (what the trainer typed).
    """
    original = getattr(exc, "orig", None) or exc  # sqlalchemy wraps the sqlite3 error
    text = str(original).lower()
    if "disk is full" in text or "no space" in text:
        reason = "full"
        message = "The disk is full. Free some space; what you typed is still on screen."
    elif "readonly" in text or "read-only" in text or "permission" in text:
        reason = "readonly"
        folder = f"the folder {path.parent}" if path is not None else "the database folder"
        message = (
            f"Facilitator cannot write to {folder}. Choose another data folder or ask your IT "
            "department; what you typed is still on screen."
        )
    elif "locked" in text or "busy" in text:
        reason = "locked"
        message = "The records are in use by another program. Close it and try again."
    elif "disk i/o" in text or "i/o error" in text:
        reason = "io"
        message = (
            "The disk could not be written (disk I/O error). Check the drive; what you typed is "
            "still on screen."
        )
    else:
        reason = "other"
        message = f"Could not save ({type(original).__name__})."
    return StoreWriteError(message, path, reason)
