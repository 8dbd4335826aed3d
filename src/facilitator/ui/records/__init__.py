"""The records screens: Sessions (groups, history, a session's record), Mentor log, Backups.

They change the database only through :class:`~.store.RecordsStore` (one path for every
confirmed action) and open it through :class:`~.backups.DatabaseOpener` (lazily, with recovery).
"""

from typing import Any

from .backups import BackupsDialog, DatabaseOpener
from .store import RecordsStore

__all__ = ["BackupsDialog", "DatabaseOpener", "MentorScreen", "RecordsStore", "SessionsScreen"]


def __getattr__(name: str) -> Any:
    # The two screens are imported when first asked for: the main window starts without them.
    if name == "MentorScreen":
        from .mentor import MentorScreen

        return MentorScreen
    if name == "SessionsScreen":
        from .sessions import SessionsScreen

        return SessionsScreen
    raise AttributeError(name)
