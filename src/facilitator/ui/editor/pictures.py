"""Pictures in the editor: Insert picture (a file dialog) or files dropped on a text field, each
with the description (alt text) it must have; ``core.editing.images`` copies the file beside the
item and writes the Markdown. On a deck the description also goes into the slide's notes.

A mixin of ``EditorScreen``: its words keep the ``EditorScreen`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from ...core.editing.images import ImageRefused, insert
from ..i18n import core_text


class EditorPictures:
    """Part of ``EditorScreen`` (see the module's docstring)."""

    session: Any
    kind: str
    message: Any  # Signal(str)
    deck_editor: Any
    text_editor: Any
    ask_alt_text: Callable[[Path], str | None]
    choose_image: Callable[[], Path | None]

    def _choose_image(self) -> Path | None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("EditorScreen", "Insert a picture"),
            str(Path.home()),
            QCoreApplication.translate("EditorScreen", "Pictures (*.png *.jpg *.jpeg *.svg)"),
        )
        return Path(name) if name else None

    def _ask_alt_text(self, path: Path) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("EditorScreen", "Describe the picture"),
            QCoreApplication.translate(
                "EditorScreen",
                "Describe %1 in a few words. It is read aloud to people who cannot see it, "
                "and shown in your notes.",
            ).replace("%1", path.name),
        )
        return text if ok else None

    def insert_image(self) -> None:
        if self.session is None or self.kind == "exercise":
            return
        path = self.choose_image()
        if path is not None:
            self._images_dropped([path])

    def _images_dropped(self, paths: list[Path]) -> None:
        if self.session is None:
            return
        for path in paths:
            alt = self.ask_alt_text(path)
            while alt is not None and not alt.strip():
                self.message.emit(
                    QCoreApplication.translate(
                        "EditorScreen", "A picture needs a description (alt text)."
                    )
                )
                alt = self.ask_alt_text(path)
            if alt is None:
                continue
            try:
                inserted = insert(path, self.session.path.parent, alt)
            except ImageRefused as exc:
                self.message.emit(core_text(exc.text))
                continue
            if self.kind == "deck":
                self.deck_editor.insert_text(inserted.markdown)
                fields = self.deck_editor.deck.fields(self.deck_editor.current_row())
                note = QCoreApplication.translate("EditorScreen", "Picture: %1").replace(
                    "%1", alt.strip()
                )
                if note not in fields.notes:
                    notes = "\n\n".join(p for p in (fields.notes, note) if p)
                    self.deck_editor.notes_field.setPlainText(notes)
            else:
                self.text_editor.insert_text(inserted.markdown)
