"""The one way presentation and room events are recorded.

The presentation (``core.presentation``) and the room helpers (``core.room``) report what happened
through an :class:`EventSink`:

- ``shown(kind, ref, slide, seconds)``: something was on the audience screen for ``seconds``
  (called when it leaves the screen). ``kind`` is the item kind (``deck``, ``exercise``) or a plan
  entry kind (``break``, ``free``); ``ref`` is the item id or the entry's label; ``slide`` is the
  1-based slide (or exercise screen) number, or None.
- ``event(kind, **data)``: a room event (``checkin``, ``groups``, ``talking-round``, ``panic`` ...).
  ``data`` holds counts and settings only, never names: the session log keeps no one's name.

Implementations: :class:`MemoryEvents` (keeps everything in lists; tests and the presenter's own
summary read it), :class:`BufferedEvents` (keeps events until a real sink is attached, so the
database can be opened after the first slide is on screen), and :class:`SessionLogEvents`, the
adapter that stores them in the session log (``core.store.log_store.SessionLog``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # the store imports sqlmodel, which is slow: only the adapter needs it
    from .store.live_log import LiveSessionLog
    from .store.log_store import SessionLog

log = logging.getLogger(__name__)


class EventSink(Protocol):
    def shown(self, kind: str, ref: str, slide: int | None, seconds: float) -> None: ...

    def event(self, kind: str, **data: Any) -> None: ...


@dataclass(frozen=True)
class ShownRecord:
    kind: str
    ref: str
    slide: int | None
    seconds: float


@dataclass(frozen=True)
class EventRecord:
    kind: str
    data: dict[str, Any]


@dataclass
class MemoryEvents:
    """Keeps every record in order, in memory."""

    shown_records: list[ShownRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)

    def shown(self, kind: str, ref: str, slide: int | None, seconds: float) -> None:
        self.shown_records.append(ShownRecord(kind, ref, slide, seconds))

    def event(self, kind: str, **data: Any) -> None:
        self.events.append(EventRecord(kind, dict(data)))

    def kinds(self) -> list[str]:
        return [e.kind for e in self.events]


class BufferedEvents:
    """Records in memory until :meth:`attach` gives it the real sink, then passes everything on.

    A sink that fails (a locked database, a full disk) is logged once and dropped; the records
    stay in :attr:`memory`, so the presentation never stops for the log.
    """

    def __init__(self) -> None:
        self.memory = MemoryEvents()
        self._sink: EventSink | None = None
        self._pending: list[ShownRecord | EventRecord] = []

    @property
    def attached(self) -> bool:
        return self._sink is not None

    def attach(self, sink: EventSink) -> None:
        self._sink = sink
        pending, self._pending = self._pending, []
        for record in pending:
            self._forward(record)

    def shown(self, kind: str, ref: str, slide: int | None, seconds: float) -> None:
        self.memory.shown(kind, ref, slide, seconds)
        self._forward(ShownRecord(kind, ref, slide, seconds))

    def event(self, kind: str, **data: Any) -> None:
        self.memory.event(kind, **data)
        self._forward(EventRecord(kind, dict(data)))

    def _forward(self, record: ShownRecord | EventRecord) -> None:
        if self._sink is None:
            self._pending.append(record)
            return
        try:
            if isinstance(record, ShownRecord):
                self._sink.shown(record.kind, record.ref, record.slide, record.seconds)
            else:
                self._sink.event(record.kind, **record.data)
        except Exception:
            log.exception("the session log could not store an event; keeping them in memory")
            self._sink = None


class SessionLogEvents:
    """Stores events in one session of the session log (one committed row per call)."""

    def __init__(self, session_log: SessionLog | LiveSessionLog, session_id: int) -> None:
        self.session_log = session_log
        self.session_id = session_id

    def shown(self, kind: str, ref: str, slide: int | None, seconds: float) -> None:
        self.session_log.record_shown(self.session_id, kind, ref, slide, seconds)

    def event(self, kind: str, **data: Any) -> None:
        self.session_log.record_event(self.session_id, kind, **data)
