"""The records screens: Sessions (groups, history, a session's record), Mentor log, Backups.

They change the database only through :class:`~.store.RecordsStore` (one path for every
confirmed action) and open it through :class:`~.backups.DatabaseOpener` (lazily, with recovery).
"""

from .backups import BackupsDialog, DatabaseOpener
from .mentor import MentorScreen
from .sessions import SessionsScreen
from .store import RecordsStore

__all__ = ["BackupsDialog", "DatabaseOpener", "MentorScreen", "RecordsStore", "SessionsScreen"]
