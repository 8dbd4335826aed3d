"""What the main window gives the editor (``ui/editor``): its services (the content folder, the
language, the theme, the ids taken, reload, present from a slide, switch the open plan to a copy)
and the File menu's New item and Edit item.

A mixin of ``MainWindow``; it has no words of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ..core import paths
from .editor import EditorServices, NewItemDialog


class MainWindowEditor:
    """Part of ``MainWindow`` (see the module's docstring)."""

    browser: Any
    editor: Any
    pages: Any
    settings: Any
    controller: Any
    plan_controller: Any

    def _editor_services(self) -> EditorServices:
        def taken() -> set[str]:
            library = self.controller.library
            return {i.id for i in library.items()} | {m.id for m in library.modules}

        def closed(item_id: str) -> None:
            self.load_library()
            self.show_page("library")
            if item_id:
                self.browser.select_item(item_id)

        def present(item_id: str, start: int) -> None:
            self.load_library()
            if self.browser.select_item(item_id):
                self.browser.flush_preview()
                self.browser.preview.deck.show_slide(start)
                self._present_item(from_here=True)

        return EditorServices(
            content_dir=paths.user_content_dir,
            language=lambda: self.settings.get("language"),
            theme=lambda: self.settings.get("theme"),
            taken_ids=taken,
            show=lambda: self.pages.setCurrentWidget(self.editor),
            closed=closed,
            present=present,
            reload=self.load_library,
            switch_plan=self._use_copy_in_plan,
        )

    def _use_copy_in_plan(self, old: str, new: str) -> int:
        """The open plan's entries of ``old`` now name ``new`` (one action, undoable there)."""
        plan = self.plan_controller.plan
        positions = [n for n, e in enumerate(plan.entries if plan else ()) if e.ref == old]
        for position in positions:
            self.plan_controller.replace_item(position, new)
        return len(positions)

    def new_item(self) -> None:
        dialog = NewItemDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.editor.new_item(*dialog.chosen()))
        self.new_item_dialog = dialog
        dialog.open()

    def edit_item(self) -> None:
        """Edit the chosen item (a bundled one: make my copy first), or copy a bundled module."""
        preview = self.browser.preview
        if preview.item is not None:
            self.editor.edit(preview.item)
        elif preview.module is not None and preview.module.bundled:
            self.editor.copy_module(preview.module)
