"""The session log's writes while presenting, without the ORM.

A presentation writes only five things: the session's row when it starts, a row for each screen
shown, a row for each room event, "a rehearsal after all" and the end time.
:class:`~.log_store.SessionLog` does the same through sqlmodel, whose import costs about 60 MB
of memory and half a second of CPU, and whose ORM costs several milliseconds per row; here each
is one committed ``INSERT`` or ``UPDATE`` on one connection (WAL, ``synchronous=FULL``, as every
other write; SQLCipher with the session's key when the records are encrypted, as
``files.connect`` opens them), with the same values ``SessionLog`` writes, so the Sessions page
reads them as before. Errors are the store's own (:func:`~.errors.write_error`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from . import cipher
from .database import Database, _connect
from .errors import write_error

Clock = Callable[[], datetime]


class LiveSessionLog:
    """One presentation's session log on an open database (see the module's text)."""

    def __init__(self, database: Database | Path, now: Clock = datetime.now) -> None:
        self.path = database.path if isinstance(database, Database) else database
        self.now = now
        self._connection: sqlite3.Connection | None = None

    def _write(self, sql: str, values: tuple[Any, ...]) -> int:
        try:
            if self._connection is None:
                self._connection = _connect(self.path)
            cursor = self._connection.execute(sql, values)  # autocommit: one transaction
            return int(cursor.lastrowid or 0)
        except cipher.operational_errors() as exc:
            raise write_error(exc, self.path) from exc

    def _stamp(self) -> str:
        return self.now().isoformat(timespec="seconds")

    def start_session(
        self,
        *,
        group_id: int | None = None,
        plan_id: int | None = None,
        title: str = "",
        place: str = "",
        facilitator: str = "",
        plan_ref: str = "",
        day: str = "",
        rehearsal: bool = False,
    ) -> int:
        now = self.now()
        return self._write(
            "INSERT INTO session (group_id, plan_id, plan_ref, title, day, place, facilitator,"
            " started, rehearsal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                group_id,
                plan_id,
                plan_ref,
                title,
                day or now.date().isoformat(),
                place,
                facilitator,
                now.isoformat(timespec="seconds"),
                int(rehearsal),
            ),
        )

    def mark_rehearsal(self, session_id: int) -> None:
        """ "Rehearse" was chosen after the session's row was written."""
        self._write("UPDATE session SET rehearsal = 1 WHERE id = ?", (session_id,))

    def record_shown(
        self, session_id: int, kind: str, ref: str, slide: int | None, seconds: float
    ) -> None:
        self._write(
            "INSERT INTO shown (session_id, kind, ref, slide, started, seconds)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (session_id, kind, ref, slide, self._stamp(), round(seconds, 1)),
        )

    def record_event(self, session_id: int | None, kind: str, **data: Any) -> None:
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        self._write(
            "INSERT INTO event (session_id, kind, data, at) VALUES (?, ?, ?, ?)",
            (session_id, kind, text, self._stamp()),
        )

    def end_session(self, session_id: int) -> None:
        self._write("UPDATE session SET ended = ? WHERE id = ?", (self._stamp(), session_id))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
