"""Screenshots of the records for the documentation (``ui/screenshots.py --only records``).

Invented, pseudonymous demo records (``demo.fill``) in a fresh per-user folder:

- ``records-history``: a class's course, four sessions held, with the charts and what is to come;
- ``records-session``: the record of the last session (what was shown, events, notes, ticks);
- ``records-mentor``: a young person's progress over twelve meetings, reached sub-goals marked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from .demo import fill


def take(window, out: Path, save: Callable[[QWidget, str], None]) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    records = window.records
    today = date.today()
    records.store.today = lambda: today
    ids = fill(records.opener(), window.controller.library, today)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    window.show_page("sessions")
    sessions = records.sessions
    sessions.refresh()
    sessions.select_group(ids["group"])
    sessions.tabs.setCurrentWidget(sessions.history)
    sessions.sessions.setFocus()
    settle()
    save(window, "records-history")
    sessions.select_session(ids["session"])
    sessions.open_session()
    settle()
    save(window, "records-session")
    window.show_page("mentor")
    records.mentor.select_person(ids["person"])
    records.mentor.meetings.setFocus()
    settle()
    save(window, "records-mentor")
