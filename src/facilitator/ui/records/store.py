"""The one path by which the records screens change the database, and the database opener.

:class:`RecordsStore` runs every confirmed action (a note, a tick, a rating, a progress mark):
the action is committed before ``act`` returns True, so what the screen then shows as saved is on
disk. A failure is never raised to the user: it is logged with ids and the kind of error only
(never the text that was being saved, nor the exception's message, which may quote it) and
``failed`` carries a calm, translated message; the screen keeps what was typed.

:class:`DatabaseOpener` opens the one database of the app, lazily (sqlmodel is slow to import),
and runs the recovery flow when the file is damaged (``opening``).
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...core.store.database import Database
    from ...core.store.log_store import SessionLog
    from ...core.store.mentor_store import MentorLog
    from ...core.store.session_retention import Retention

log = logging.getLogger(__name__)

T = TypeVar("T")


def safe_traceback(exc: BaseException) -> str:
    """Where an error happened, without its message (which may quote what was typed)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{frames}{type(exc).__module__}.{type(exc).__name__} (message withheld)"


def _no_retention() -> Retention:
    from ...core.store.session_retention import Retention

    return Retention()


class RecordsStore(QObject):
    """Session log and mentors' log over one lazily opened database."""

    saved = Signal(str)  # what was saved: "note", "tick", "rating", "mark", ...
    failed = Signal(str)  # a message for the user
    reloaded = Signal()  # the database was replaced (restore): read everything again

    def __init__(
        self,
        database: Callable[[], Database],
        parent: QObject | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._open = database
        self.now = now
        self.today = today
        self._log: SessionLog | None = None
        self._mentor: MentorLog | None = None
        self.last_error = ""
        # IT's session retention (settings ``session_retention_months``, locked or not).
        self.retention: Callable[[], Retention] = _no_retention

    # --- the database --------------------------------------------------------------------------
    @property
    def db(self) -> Database:
        return self._open()

    @property
    def log(self) -> SessionLog:
        if self._log is None:
            from ...core.store.log_store import SessionLog

            self._log = SessionLog(self.db, now=lambda: self.now())
        return self._log

    @property
    def mentor(self) -> MentorLog:
        if self._mentor is None:
            from ...core.store.mentor_store import MentorLog

            self._mentor = MentorLog(self.db, today=lambda: self.today())
        return self._mentor

    def forget(self) -> None:
        """After a restore: the next read opens the database again."""
        self._log = None
        self._mentor = None
        self.reloaded.emit()

    # --- actions -------------------------------------------------------------------------------
    def act(
        self, what: str, ids: tuple[object, ...], action: Callable[[], T]
    ) -> tuple[bool, T | None]:
        """Run one action; (True, result) once it is committed, (False, None) when it failed."""
        try:
            result = action()
        except Exception as exc:  # every failure becomes a message; the screen keeps its text
            self._failed(what, ids, exc)
            return False, None
        self.last_error = ""
        self.saved.emit(what)
        return True, result

    def read(self, what: str, ids: tuple[object, ...], reader: Callable[[], T], default: T) -> T:
        """Read for a view; a failure gives ``default`` and a message, never a traceback."""
        try:
            return reader()
        except Exception as exc:
            self._failed(what, ids, exc)
            return default

    def _failed(self, what: str, ids: tuple[object, ...], exc: Exception) -> None:
        from ...core.store.errors import StoreError

        reason = exc.reason if isinstance(exc, StoreError) else ""
        shown = ", ".join(str(i) for i in ids)
        if isinstance(exc, StoreError):
            log.warning("%s (%s) not saved: %s [%s]", what, shown, type(exc).__name__, reason)
        else:
            log.error("%s (%s) failed:\n%s", what, shown, safe_traceback(exc))
        self.last_error = self.message(exc)
        self.failed.emit(self.last_error)

    def message(self, exc: Exception) -> str:
        from ...core.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError

        reason = exc.reason if isinstance(exc, StoreError) else ""
        kept = self.tr("What you typed is still on screen.")
        if reason == "full":
            text = self.tr("Not saved: the disk is full. Free some space and it saves again.")
        elif reason == "readonly":
            path = getattr(exc, "path", None)
            text = self.tr(
                "Not saved: Facilitator cannot write to the folder {folder}. Ask your IT "
                "department, or choose another data folder."
            ).format(folder=str(path.parent) if path is not None else "")
        elif reason == "unreadable":
            text = self.tr("Not saved: Facilitator is not allowed to read the records file.")
        elif reason == "locked":
            text = self.tr("Not saved: another program is using the records. Close it.")
        elif reason == "io":
            text = self.tr("Not saved: the disk could not be written (disk I/O error).")
        elif reason == "passphrase":
            return self.tr(
                "The records are encrypted and closed: the passphrase was not given. Start "
                "Facilitator again to type it."
            )
        elif reason in ("key-file", "wrong-passphrase"):
            return self.tr(
                "The records are encrypted and the key file named by your IT department does "
                "not open them. Ask your IT department."
            )
        elif reason == "busy":
            return self.tr(
                "The records are being encrypted or decrypted; they open again in a moment. "
                "What you typed is still on screen."
            )
        elif reason == "no-cipher":
            return self.tr("Encryption is not available: SQLCipher is not installed.")
        elif isinstance(exc, NewerSchemaError):
            return self.tr(
                "The records were written by a newer Facilitator and have not been changed. "
                "Update Facilitator to open them."
            )
        elif reason == "maybe-encrypted":
            return self.tr(
                "The records cannot be read: they may be encrypted records whose key-check file "
                "(facilitator-key.json) is missing. Start Facilitator again to type the "
                "passphrase."
            )
        elif isinstance(exc, CorruptDatabaseError):
            text = self.tr("The records file cannot be read. Open Backups to restore a copy.")
        elif isinstance(exc, ValueError):
            text = self.tr("Not saved: a date must be written as YYYY-MM-DD and marks go 1-5.")
        else:
            text = self.tr("Not saved: something went wrong. Details are in the log.")
        return f"{text} {kept}"

    # --- the confirmed actions the tests script (same path as the screens) ---------------------
    def save_note(self, session_id: int, text: str) -> bool:
        return self.act("note", (session_id,), lambda: self.log.save_note(session_id, text))[0]

    def tick(self, session_id: int, participant_id: int, present: bool) -> bool:
        return self.act(
            "tick",
            (session_id, participant_id),
            lambda: self.log.mark_present(session_id, participant_id, present),
        )[0]

    def rate(self, session_id: int, question: str, rating: int | None, text: str = "") -> bool:
        return self.act(
            "rating", (session_id,), lambda: self.log.rate(session_id, question, rating, text)
        )[0]

    def add_meeting(self, person_id: int, day: str, note: str, **marks: Any) -> int | None:
        ok, meeting = self.act(
            "mark", (person_id,), lambda: self.mentor.add_meeting(person_id, day, note, **marks)
        )
        return meeting if ok else None

    def update_meeting(self, meeting_id: int, **fields: Any) -> bool:
        return self.act(
            "mark", (meeting_id,), lambda: self.mentor.update_meeting(meeting_id, **fields)
        )[0]
