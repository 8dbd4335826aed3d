"""Where the window was: its size and the split between list and preview, kept between runs.

This is the look of the screen, not a setting: it lives in its own small file beside the settings
(``window.ini`` in the config folder) and is never shown on the settings screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from ..core import paths

log = logging.getLogger(__name__)


def _store() -> QSettings:
    return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)


def save(window: QMainWindow, splitter: QSplitter) -> None:
    store = _store()
    store.setValue("geometry", window.saveGeometry())
    store.setValue("splitter", splitter.saveState())
    store.sync()
    if store.status() != QSettings.Status.NoError:
        log.warning("could not save the window's size and place")


def save_splitter(name: str, splitter: QSplitter) -> None:
    """Keep where the trainer put a splitter (the presenter console's, between runs)."""
    store = _store()
    store.setValue(f"splitters/{name}", splitter.saveState())
    store.sync()
    if store.status() != QSettings.Status.NoError:
        log.warning("could not save the split of %s", name)


def restore_splitter(name: str, splitter: QSplitter) -> bool:
    """Put a splitter back where it was; False if nothing was kept."""
    state = _store().value(f"splitters/{name}")
    if isinstance(state, QByteArray) and not state.isEmpty():
        return splitter.restoreState(state)
    return False


def restore(window: QMainWindow, splitter: QSplitter) -> bool:
    """Put the window back as it was; False if nothing was saved (or it no longer fits)."""
    store = _store()
    geometry = store.value("geometry")
    state = store.value("splitter")
    restored = False
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        restored = window.restoreGeometry(geometry)
    if isinstance(state, QByteArray) and not state.isEmpty():
        splitter.restoreState(state)
    return restored
