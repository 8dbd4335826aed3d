"""The session log while presenting: opened after the first slide is on screen.

Opening the database imports sqlmodel (about half a second), so the presentation records into a
``BufferedEvents`` first and this module attaches the session log a moment after the first frame.
A database that cannot be opened is logged and the events stay in memory: the presentation never
stops for the log.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QTimer

from ...core.events import BufferedEvents
from .controller import PresentationController

log = logging.getLogger(__name__)

DELAY_MS = 1500


def log_session(
    controller: PresentationController,
    events: BufferedEvents,
    title: str,
    details: dict[str, object] | None = None,
) -> None:
    """Attach the session log to ``events`` shortly after the presentation is on screen.

    ``details`` are the session's group, place, facilitator, day and plan (``ui.records.start``
    asks for them before presenting); without them the session is logged with its title only."""
    state: dict[str, object] = {}

    def attach() -> None:
        if controller.finished:
            return
        try:
            from ...core import paths
            from ...core.events import SessionLogEvents
            from ...core.store.database import DB_NAME, open_database
            from ...core.store.log_store import SessionLog

            database = open_database(paths.data_dir() / DB_NAME)
            session_log = SessionLog(database)
            session = session_log.start_session(title=title, **(details or {}))  # type: ignore[arg-type]
        except Exception as exc:  # a locked or damaged database must not stop the show
            log.warning("the session log is not available while presenting: %s", exc)
            return
        events.attach(SessionLogEvents(session_log, session))
        state.update(database=database, log=session_log, session=session)

    def finish(_ref: str, _index: int) -> None:
        session_log = state.get("log")
        if session_log is None:
            return
        try:
            session_log.end_session(state["session"])  # type: ignore[attr-defined]
            state["database"].close()  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("the session could not be closed in the log: %s", exc)

    controller.closed.connect(finish)
    QTimer.singleShot(DELAY_MS, attach)
