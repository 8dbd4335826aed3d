"""The planner's edits from the keyboard and the tool bar: adding library items, breaks, free
entries and sections at the cursor, moving an entry up or down (across sections too), removing,
undo and redo. The arithmetic of places in a plan is ``core.workspace`` (``insert_point``,
``step_target``, ``position_after_move``); the edits themselves go through the plan controller.

A mixin of ``PlannerScreen``: its words keep the ``PlannerScreen`` translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.model import PlanEntry
from ...core.workspace import position_after_move, step_target
from ..library.models import Role as LibraryRole


class PlanEditing:
    """Part of ``PlannerScreen`` (see the module's docstring)."""

    controller: Any
    model: Any
    tree: Any
    message: Any
    theme: str
    _want: tuple[str, int]

    def _ensure_plan(self) -> bool:
        if self.controller.plan is not None:
            return True
        summaries = self.controller.summaries()
        if summaries:
            return self.open_plan(summaries[0].id)
        self.new_plan()
        return self.controller.plan is not None

    def add_items(
        self, ids: list[str], section: int | None = None, index: int | None = None
    ) -> int:
        if not self._ensure_plan():
            return 0
        entries = self.controller.entries_for(ids)
        if not entries:
            return 0
        self.flush()
        if section is None or index is None:
            section, index = self._insert_point()
        if self.controller.plan is not None and not self.controller.plan.sections:
            section, index = 0, 0
        self._want = ("entry", self._flat(section, index) + len(entries) - 1)
        self.controller.insert(entries, section, index)
        plan = self.controller.plan
        if plan is not None and len(entries) == 1:
            item = self.controller.library.item(entries[0].ref)
            title = item.title if item is not None else entries[0].ref
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "Added “%1” to “%2”.")
                .replace("%1", title)
                .replace("%2", plan.title)
            )
        return len(entries)

    def add_current_library_item(self) -> None:
        item_id = ""
        if self.library_source is not None:
            item_id = self.library_source()
        if not item_id:
            index = self.picker.currentIndex()
            if index.isValid() and index.data(LibraryRole.KIND) != "module":
                item_id = str(index.data(LibraryRole.ID))
        if not item_id:
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "Choose an item in the library first.")
            )
            return
        self.add_items([item_id])

    def _add_entry(self, entry: PlanEntry) -> None:
        if not self._ensure_plan():
            return
        self.flush()
        section, index = self._insert_point()
        self._want = ("entry", self._flat(section, index))
        self.controller.insert([entry], section, index)
        self.details.label.setFocus()
        self.details.label.selectAll()

    def add_break(self) -> None:
        self._add_entry(
            PlanEntry(
                "break",
                15,
                label=QCoreApplication.translate("PlannerScreen", "Break"),
                flexible=False,
            )
        )

    def add_free(self) -> None:
        self._add_entry(
            PlanEntry("free", 10, label=QCoreApplication.translate("PlannerScreen", "Discussion"))
        )

    def add_section(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        self.flush()
        index = self.current_section() + 1 if plan.sections else 0
        self._want = ("section", index)
        self.controller.add_section(
            index, QCoreApplication.translate("PlannerScreen", "New section")
        )
        self.tree.edit(self.model.section_index(index))

    def _moved(self, position: int, section: int, index: int) -> None:
        plan = self.controller.plan
        after = position_after_move(plan, position, section, index) if plan is not None else 0
        self._want = ("entry", after)
        self.controller.move(position, section, index)

    def move_current(self, step: int) -> None:
        """Alt+Up / Alt+Down: one place up or down, across section boundaries too."""
        plan = self.controller.plan
        position = self.current_position()
        if plan is None or position < 0:
            return
        self.flush()
        target = step_target(plan, position, self.current_section(), step)
        if target is None:
            return
        self._moved(position, *target)
        self.tree.setFocus()

    def remove_current(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        position = self.current_position()
        self.flush()
        if position >= 0:
            self._want = ("entry", min(position, len(plan.entries) - 2))
            if len(plan.entries) == 1:
                self._want = ("section", 0)
            self.controller.remove(position)
            self.message.emit(
                QCoreApplication.translate(
                    "PlannerScreen", "Removed from the plan. Ctrl+Z brings it back."
                )
            )
            return
        section = self.current_section()
        if len(plan.sections) > 1:
            self._want = ("section", max(0, section - 1))
            self.controller.remove_section(section)
            self.message.emit(
                QCoreApplication.translate(
                    "PlannerScreen", "The section heading was removed; its entries stay."
                )
            )

    def undo(self) -> None:
        self.flush()
        if not self.controller.undo():
            self.message.emit(QCoreApplication.translate("PlannerScreen", "Nothing to undo."))

    def redo(self) -> None:
        self.flush()
        if not self.controller.redo():
            self.message.emit(QCoreApplication.translate("PlannerScreen", "Nothing to redo."))
