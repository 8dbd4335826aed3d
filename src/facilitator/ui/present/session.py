"""The session log while presenting: opened after the first slide is on screen.

Opening the database imports sqlmodel (about half a second), so the presentation records into a
``BufferedEvents`` first and this module attaches the session log a moment after the first frame.
The import runs on a worker thread, so a key pressed meanwhile is not kept waiting; the database
is then opened on the GUI thread.
A database that cannot be opened is logged and the events stay in memory: the presentation never
stops for the log. Each row is written from the event loop just after the frame that caused it
(:class:`AfterTheFrame`): a committed row costs a few milliseconds, which must not stand between
a key press and the next slide on the projector.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QTimer

from ...core.events import BufferedEvents, EventSink
from ..background import in_background
from .controller import PresentationController

log = logging.getLogger(__name__)

DELAY_MS = 1500


class AfterTheFrame:
    """An event sink that hands each record to ``sink`` from the event loop, in order.

    ``flush`` writes what is still waiting (when the presentation ends). A sink that fails is
    logged and written to no more; the presentation's own memory of the events stays whole."""

    def __init__(self, sink: EventSink) -> None:
        self.sink: EventSink | None = sink
        self.waiting: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def shown(self, kind: str, ref: str, slide: int | None, seconds: float) -> None:
        self._later("shown", (kind, ref, slide, seconds), {})

    def event(self, kind: str, **data: Any) -> None:
        self._later("event", (kind,), data)

    def _later(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self.waiting.append((name, args, kwargs))
        if len(self.waiting) == 1:
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        waiting, self.waiting = self.waiting, []
        for name, args, kwargs in waiting:
            if self.sink is None:
                return
            try:
                getattr(self.sink, name)(*args, **kwargs)
            except Exception:
                log.exception("the session log could not store an event; keeping them in memory")
                self.sink = None


def _say_log_is_off(controller: PresentationController, exc: Exception) -> None:
    """The presenter console (and the terminal, if there is one) says the log is off and why."""
    from PySide6.QtCore import QCoreApplication

    from ...core.store.errors import StoreError

    reason = exc.reason if isinstance(exc, StoreError) else ""
    if reason == "newer":
        why = QCoreApplication.translate(
            "SessionLog", "the records were saved by a newer Facilitator"
        )
    elif reason == "locked":
        why = QCoreApplication.translate("SessionLog", "another program is using the records")
    elif reason == "readonly":
        why = QCoreApplication.translate("SessionLog", "the records folder cannot be written to")
    elif isinstance(exc, StoreError) and reason in ("damaged", "empty", "unreadable"):
        why = QCoreApplication.translate("SessionLog", "the records file cannot be read")
    else:
        why = QCoreApplication.translate("SessionLog", "the records cannot be opened")
    text = QCoreApplication.translate(
        "SessionLog", "Session log off: {why}. Nothing of this session is recorded."
    ).format(why=why)
    print(f"facilitator: {text} ({exc})", file=sys.stderr, flush=True)
    controller.console.show_notice(text)


def _import_store() -> None:
    """Import the database layer and set up its table mappings (the first use of the ORM)."""
    from sqlalchemy.orm import configure_mappers

    from ...core.store import log_store  # noqa: F401

    configure_mappers()


def log_session(
    controller: PresentationController,
    events: BufferedEvents,
    title: str,
    details: dict[str, object] | None = None,
) -> None:
    """Attach the session log to ``events`` shortly after the presentation is on screen.

    ``details`` are the session's group, place, facilitator, day, plan and whether it is a
    rehearsal (``ui.records.start`` asks for them before presenting); without them the session is
    logged with its title only. A presentation in rehearsal mode (``--rehearse``, or "Rehearse"
    in the screen chooser) is recorded as a rehearsal."""
    state: dict[str, object] = {}

    def attach(_imported: object = None) -> None:
        if controller.finished:
            return
        try:
            from ...core.events import SessionLogEvents
            from ...core.store.database import database_path, open_database
            from ...core.store.log_store import SessionLog

            database = open_database(database_path())
            session_log = SessionLog(database)
            wanted = dict(details or {})
            # A rehearsal asked for before presenting, or chosen in the screen chooser.
            wanted["rehearsal"] = bool(wanted.get("rehearsal")) or controller.rehearsal
            session = session_log.start_session(title=title, **wanted)  # type: ignore[arg-type]
        except Exception as exc:  # a locked or damaged database must not stop the show
            log.warning("the session log is not available while presenting: %s", exc)
            _say_log_is_off(controller, exc)
            return
        writer = AfterTheFrame(SessionLogEvents(session_log, session))
        events.attach(writer)
        state.update(database=database, log=session_log, session=session, writer=writer)

    def finish(_ref: str, _index: int) -> None:
        session_log = state.get("log")
        if session_log is None:
            return
        try:
            state["writer"].flush()  # type: ignore[attr-defined]
            if controller.rehearsal:  # "Rehearse" chosen after the log was attached
                session_log.update_session(state["session"], rehearsal=True)  # type: ignore[attr-defined]
            session_log.end_session(state["session"])  # type: ignore[attr-defined]
            state["database"].close()  # type: ignore[attr-defined]
        except Exception as exc:
            log.warning("the session could not be closed in the log: %s", exc)

    def begin() -> None:
        if not controller.finished:
            # A failed import shows as the warning from attach, which imports it again.
            in_background(
                _import_store, attach, controller, what="import the session log", failed=attach
            )

    controller.closed.connect(finish)
    QTimer.singleShot(DELAY_MS, begin)
