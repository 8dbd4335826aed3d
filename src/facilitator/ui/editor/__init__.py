"""The editor for a trainer's own decks, exercises and handouts (issue 11): a view over
``core.editing``. See ``screen.EditorScreen``."""

from .screen import EditorScreen, EditorServices, NewItemDialog

__all__ = ["EditorScreen", "EditorServices", "NewItemDialog"]
