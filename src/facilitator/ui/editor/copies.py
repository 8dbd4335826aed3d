"""New items and copies from the editor: a new deck, exercise or handout in My material, a copy
of a bundled item to edit (the open plan switched to it), a copy of a bundled module.
``core.editing.files`` writes them; the screen reloads the library and opens the file.

A mixin of ``EditorScreen``: its words keep the ``EditorScreen`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.editing import files
from ...core.model import Item, Module
from ..i18n import core_text


def _refusal(exc: files.EditRefused | OSError) -> str:
    """Why a new item or copy was not made, in the UI's language."""
    if isinstance(exc, files.EditRefused):
        return core_text(exc.text)
    return (
        QCoreApplication.translate("EditorScreen", "Not made: %1 cannot be written (%2).")
        .replace("%1", Path(exc.filename).name if exc.filename else "")
        .replace("%2", exc.strerror or str(exc))
    )


class EditorCopies:
    """Part of ``EditorScreen`` (see the module's docstring)."""

    services: Any  # EditorServices
    message: Any  # Signal(str)
    open_file: Callable[[Path], bool]

    def new_item(self, kind: str, title: str) -> Path | None:
        path = self._made(
            lambda folder, language, taken: files.new_item(folder, kind, title, language, taken)
        )
        if path is not None:
            self.open_file(path)
        return path

    def edit(self, item: Item) -> Path | None:
        """Edit an own item; a bundled one is copied into My material first (``derived_from``)."""
        path = item.path
        if item.bundled:
            copy = self._made(partial(files.make_copy, item))
            if copy is None:
                return None
            path = copy
            copy_id = files.scanned_id(path) or ""
            switched = self.services.switch_plan(item.id, copy_id)
            text = QCoreApplication.translate(
                "EditorScreen", "Your copy of “%1” is in My material."
            ).replace("%1", item.title)
            if switched:
                text += " " + QCoreApplication.translate(
                    "EditorScreen", "The open plan now uses your copy."
                )
            self.message.emit(text)
        return path if self.open_file(path) else None

    def copy_module(self, module: Module) -> Path | None:
        folder = self._made(partial(files.make_module_copy, module))
        if folder is None:
            return None
        self.message.emit(
            QCoreApplication.translate(
                "EditorScreen", "Your copy of the module “%1” is in the library."
            ).replace("%1", module.title)
        )
        return folder

    def _made(self, make: Callable[[Path, str, Iterable[str]], Path]) -> Path | None:
        """``make(content folder, language, ids taken)``, then the library reloaded; a refusal
        is said on the status bar and gives None."""
        try:
            made = make(
                self.services.content_dir(), self.services.language(), self.services.taken_ids()
            )
        except (files.EditRefused, OSError) as exc:
            self.message.emit(_refusal(exc))
            return None
        self.services.reload()
        return made
