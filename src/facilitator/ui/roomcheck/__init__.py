"""The room check (Ctrl+K, ``facilitator room-check``): screens, legibility, clicker keys, fonts,
help contacts, records and disk, each green, amber or red (issue 14.18).

``core/roomcheck.py`` makes the checks that need no Qt; ``probe`` asks Qt for the screens and
fonts; ``dialog`` shows the lines with the identify cards, the test slide and the key test.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from ...core.settings import Settings


def records_file() -> Path:
    from ...core import paths
    from ...core.store.database import DB_NAME

    return paths.data_dir() / DB_NAME


def open_room_check(settings: Settings, parent: QWidget | None = None) -> QDialog:
    """Open the room check over ``parent`` (not modal: the trainer may try the projector and
    the clicker meanwhile); returns the dialog, deleted when closed."""
    from ..present.screens import bring_to_front
    from .dialog import RoomCheckDialog

    if parent is not None:  # Ctrl+K again brings the open one forward
        for found in parent.findChildren(RoomCheckDialog):
            if found.isVisible():
                found.refresh()
                bring_to_front(found)
                return found
    dialog = RoomCheckDialog(settings, records_file(), parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
