"""The bundled slide fonts: where they are, and registering them with Qt.

Slides use the bundled Lato family (SIL Open Font License 1.1, see ``resources/fonts/OFL.txt``) so
they look the same on every machine and PDF exports embed the same font.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from facilitator.core.paths import FONT_FILES, resource_path  # the room check reads them too

log = logging.getLogger(__name__)

_loaded: tuple[str, ...] | None = None


def resources_dir() -> Path:
    """The ``resources`` folder, from the source checkout or from the PyInstaller bundle."""
    return resource_path()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def ensure_fonts_loaded() -> tuple[str, ...]:
    """Register the bundled fonts with ``QFontDatabase`` once; return their family names.

    Needs a ``QGuiApplication``. A missing or unreadable font file is logged and skipped: Qt then
    falls back to a system sans-serif, which is uglier but still readable.
    """
    global _loaded
    if _loaded is not None:
        return _loaded
    if QGuiApplication.instance() is None:
        raise RuntimeError("ensure_fonts_loaded() needs a QGuiApplication")
    families: list[str] = []
    folder = fonts_dir()
    for name in FONT_FILES:
        path = folder / name
        if not path.is_file():
            log.warning("bundled font missing: %s", path)
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("bundled font could not be loaded: %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    _loaded = tuple(families)
    return _loaded
