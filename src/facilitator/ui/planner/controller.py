"""The planner's controller: the open plan, its editor (undo and redo) and saving at once.

Every change goes through ``core.planning.PlanEditor``; after each one the plan is saved to the
database at once. A save that fails (full disk, locked file) keeps the plan on screen, says so,
and is tried again with the next change or from the banner: nothing the trainer typed is lost.
The rules live in ``core.plan_book`` and ``core.planning``; this class only wires them to Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Signal

from ...core.model import Library, Plan, PlanEntry
from ...core.plan_book import EntryState, PlanBook, PlanSummary, entry_states
from ...core.planning import PlanEditor, retime
from ...core.store.errors import StoreError

log = logging.getLogger(__name__)


def _default_database():  # type: ignore[no-untyped-def]
    from ...core import paths
    from ...core.store.database import DB_NAME, open_database

    return open_database(paths.data_dir() / DB_NAME)


class PlanController(QObject):
    changed = Signal()  # the open plan changed: an edit, undo, redo, another plan opened
    plans_changed = Signal()  # the list of plans changed
    save_state = Signal(str)  # "" when saved, else the reason it was not

    def __init__(
        self,
        library: Library,
        database: Callable[[], object] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = PlanBook(database or _default_database, library)
        self.editor: PlanEditor | None = None
        self.versions: dict[str, int] = {}
        self.unsaved = ""  # why the last save failed; "" when all is saved
        self.error = ""  # why the plans cannot be opened at all

    # --- the library and the list of plans -----------------------------------------------------
    @property
    def library(self) -> Library:
        return self.book.library

    def set_library(self, library: Library) -> None:
        self.book.library = library
        self.changed.emit()

    def summaries(self) -> list[PlanSummary]:
        try:
            result = self.book.summaries()
        except StoreError as exc:
            self.error = exc.message
            log.warning("plans cannot be opened: %s", exc)
            return []
        self.error = ""
        return result

    def templates(self) -> list[Plan]:
        return list(self.library.plans)

    # --- the open plan -------------------------------------------------------------------------
    @property
    def plan(self) -> Plan | None:
        return self.editor.plan if self.editor is not None else None

    def states(self) -> list[EntryState]:
        plan = self.plan
        return entry_states(plan, self.library, self.versions) if plan is not None else []

    def open(self, uid: str) -> bool:
        if self.plan is not None and self.plan.id == uid:
            return True
        self.flush()
        try:
            found = self.book.load(uid)
        except StoreError as exc:
            self.error = exc.message
            return False
        if found is None:
            return False
        plan, self.versions = found
        self.editor = PlanEditor(plan, on_change=self._save)
        self.unsaved = ""
        self.changed.emit()
        return True

    def close(self) -> None:
        self.flush()
        self.editor = None
        self.versions = {}
        self.changed.emit()

    def _run(self, make: Callable[[], Plan | None]) -> Plan | None:
        """Create a plan in the database (new, from a template, a copy, an import), open it."""
        try:
            plan = make()
        except StoreError as exc:
            self.error = exc.message
            self.save_state.emit(exc.message)
            return None
        if plan is not None:
            self.plans_changed.emit()
            self.open(plan.id)
        return plan

    def new_plan(self, title: str, section: str = "") -> Plan | None:
        return self._run(lambda: self.book.create(title, section=section))

    def from_template(self, template_id: str) -> Plan | None:
        template = self.library.plan(template_id)
        if template is None:
            return None
        return self._run(lambda: self.book.from_template(template))

    def duplicate(self, title: str) -> Plan | None:
        plan = self.plan
        if plan is None:
            return None
        self.flush()
        return self._run(lambda: self.book.duplicate(plan.id, title))

    def import_checked(self, check) -> Plan | None:  # type: ignore[no-untyped-def]
        return self._run(lambda: self.book.import_checked(check))

    def delete(self, uid: str) -> None:
        if self.plan is not None and self.plan.id == uid:
            self.editor = None
            self.versions = {}
            self.unsaved = ""
        try:
            self.book.delete(uid)
        except StoreError as exc:
            self.save_state.emit(exc.message)
            return
        self.plans_changed.emit()
        self.changed.emit()

    # --- saving --------------------------------------------------------------------------------
    def _save(self, plan: Plan) -> None:
        try:
            self.versions = self.book.save(plan, self.versions)
        except StoreError as exc:
            self.unsaved = exc.message
            log.warning("plan not saved: %s", exc.message)
        else:
            self.unsaved = ""
            self.plans_changed.emit()
        self.save_state.emit(self.unsaved)
        self.changed.emit()

    def flush(self) -> bool:
        """Try again to save a plan whose last save failed; True when all is saved."""
        if self.unsaved and self.plan is not None:
            self._save(self.plan)
        return not self.unsaved

    # --- edits (each one undoable) -------------------------------------------------------------
    def _edit(self, change: Callable[[PlanEditor], object]) -> None:
        if self.editor is not None:
            change(self.editor)

    def apply(self, change: Callable[[Plan], Plan]) -> None:
        """One undoable change made elsewhere (the actual minutes from the session log)."""
        self._edit(lambda e: e.apply(change))

    def undo(self) -> bool:
        return bool(self.editor and self.editor.undo())

    def redo(self) -> bool:
        return bool(self.editor and self.editor.redo())

    def insert(self, entries: Iterable[PlanEntry], section: int, index: int) -> None:
        """Insert entries at ``index`` of ``section`` in one undoable step."""
        chosen = list(entries)
        if self.editor is None or not chosen:
            return

        def change(plan: Plan) -> Plan:
            step = PlanEditor(plan)
            for offset, entry in enumerate(chosen):
                step.insert(section, index + offset, entry)
            return step.plan

        self.editor.apply(change)

    def entries_for(self, item_ids: Iterable[str]) -> list[PlanEntry]:
        """Plan entries for library items, each with the item's own duration."""
        found = []
        for item_id in item_ids:
            item = self.library.item(item_id)
            if item is not None:
                found.append(PlanEntry("item", item.duration, ref=item.id))
        return found

    def set_minutes(self, position: int, minutes: int) -> None:
        self._edit(lambda e: e.set_minutes(position, minutes))

    def set_note(self, position: int, note: str) -> None:
        self._edit(lambda e: e.set_note(position, note))

    def set_entry(self, position: int, **fields: object) -> None:
        self._edit(lambda e: e.set_entry(position, **fields))

    def move(self, position: int, section: int, index: int) -> None:
        self._edit(lambda e: e.move_entry(position, section, index))

    def remove(self, position: int) -> None:
        self._edit(lambda e: e.remove(position))

    def add_section(self, index: int, title: str) -> None:
        self._edit(lambda e: e.add_section(index, title))

    def rename_section(self, index: int, title: str) -> None:
        self._edit(lambda e: e.rename_section(index, title))

    def remove_section(self, index: int) -> None:
        self._edit(lambda e: e.remove_section(index))

    def set_header(self, **fields: object) -> None:
        plan = self.plan
        if plan is None:
            return
        wanted = {k: v for k, v in fields.items() if getattr(plan, k) != v}
        if wanted:
            self._edit(lambda e: e.set_fields(**wanted))

    def replace_item(self, position: int, item_id: str) -> None:
        """Put another library item in an entry's place; minutes and note stay."""
        self._edit(lambda e: e.set_entry(position, ref=item_id, slides=(), hidden=()))

    def mark_seen(self, item_id: str) -> None:
        plan = self.plan
        if plan is None:
            return
        try:
            self.versions = self.book.mark_seen(plan, self.versions, item_id)
        except StoreError as exc:
            self.save_state.emit(exc.message)
        self.changed.emit()

    def retime(self, from_position: int, now: int) -> None:
        """Fit the rest of the plan between ``now`` and the target end (flexible entries)."""
        self._edit(lambda e: e.apply(lambda plan: retime(plan, from_position, now)))
