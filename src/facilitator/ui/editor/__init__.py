"""The editor for a trainer's own decks, exercises and handouts (issue 11): a view over
``core.editing``. See ``screen.EditorScreen``."""

from .new_item import NewItemDialog
from .screen import EditorScreen, EditorServices

__all__ = ["EditorScreen", "EditorServices", "NewItemDialog"]
