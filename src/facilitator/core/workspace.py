"""The plan workspace: the open plan, its editor (undo and redo) and saving at once, without Qt.

Every change goes through ``core.planning.PlanEditor``; after each one the plan is saved to the
database at once. A save that fails (full disk, locked file) keeps the plan open, says so, and
is tried again with the next change or on :meth:`PlanWorkspace.flush`: nothing the trainer typed
is lost. Listeners learn what changed as a :class:`PlanChange`; the planner's Qt controller
(``ui.planner.controller``) turns these into signals, and ``facilitator present`` uses the
workspace directly to save a re-timing made on the console (:func:`save_retiming`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from enum import Enum

from .model import Library, Plan, PlanEntry
from .plan_book import EntryState, ImportCheck, PlanBook, PlanSummary, entry_states
from .planning import PlanEditor, retime
from .store.errors import StoreError

log = logging.getLogger(__name__)


class PlanChange(Enum):
    """What a :class:`PlanWorkspace` tells its listeners."""

    PLAN = "plan"  # the open plan changed: an edit, undo, redo, another plan opened
    PLANS = "plans"  # the list of plans changed
    SAVE_STATE = "save-state"  # a change was saved or not: see ``save_message``


def default_database():  # type: ignore[no-untyped-def]
    """The app's records database, opened when first needed (sqlmodel is slow to import)."""
    from .store.database import database_path, open_database

    return open_database(database_path())


class PlanWorkspace:
    """The user's plans and the one plan open for editing."""

    def __init__(self, library: Library, database: Callable[[], object] | None = None) -> None:
        self.book = PlanBook(database or default_database, library)
        self.editor: PlanEditor | None = None
        self.versions: dict[str, int] = {}
        self.unsaved = ""  # why the last save failed; "" when all is saved
        self.error = ""  # why the plans cannot be opened at all
        self.save_message = ""  # what the last SAVE_STATE announced
        self._listeners: list[Callable[[PlanChange], None]] = []

    # --- listening -----------------------------------------------------------------------------
    def subscribe(self, listener: Callable[[PlanChange], None]) -> None:
        self._listeners.append(listener)

    def _announce(self, change: PlanChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    # --- the library and the list of plans -----------------------------------------------------
    @property
    def library(self) -> Library:
        return self.book.library

    def set_library(self, library: Library) -> None:
        self.book.library = library
        self._announce(PlanChange.PLAN)

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
        self._announce(PlanChange.PLAN)
        return True

    def close(self) -> None:
        self.flush()
        self.editor = None
        self.versions = {}
        self._announce(PlanChange.PLAN)

    def _run(self, make: Callable[[], Plan | None]) -> Plan | None:
        """Create a plan in the database (new, from a template, a copy, an import), open it."""
        try:
            plan = make()
        except StoreError as exc:
            self.error = exc.message
            self._save_state(exc.message)
            return None
        if plan is not None:
            self._announce(PlanChange.PLANS)
            self.open(plan.id)
        return plan

    def _save_state(self, message: str) -> None:
        """Tell the listeners whether the last change was saved (``save_message``: "" when it
        was, else why not)."""
        self.save_message = message
        self._announce(PlanChange.SAVE_STATE)

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

    def import_checked(self, check: ImportCheck) -> Plan | None:
        return self._run(lambda: self.book.import_checked(check))

    def delete(self, uid: str) -> None:
        if self.plan is not None and self.plan.id == uid:
            self.editor = None
            self.versions = {}
            self.unsaved = ""
        try:
            self.book.delete(uid)
        except StoreError as exc:
            self._save_state(exc.message)
            return
        self._announce(PlanChange.PLANS)
        self._announce(PlanChange.PLAN)

    # --- saving --------------------------------------------------------------------------------
    def _save(self, plan: Plan) -> None:
        try:
            self.versions = self.book.save(plan, self.versions)
        except StoreError as exc:
            self.unsaved = exc.message
            log.warning("plan not saved: %s", exc.message)
        else:
            self.unsaved = ""
            self._announce(PlanChange.PLANS)
        self._save_state(self.unsaved)
        self._announce(PlanChange.PLAN)

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
            self._save_state(exc.message)
        self._announce(PlanChange.PLAN)

    def retime(self, from_position: int, now: int) -> None:
        """Fit the rest of the plan between ``now`` and the target end (flexible entries)."""
        self._edit(lambda e: e.apply(lambda plan: retime(plan, from_position, now)))


# The cursor: places in a plan as (section, index within it) and as flat entry positions ------


def flat_position(plan: Plan, section: int, index: int) -> int:
    """The flat entry position of ``index`` within ``section``."""
    return sum(len(s.entries) for s in plan.sections[:section]) + index


def insert_point(plan: Plan, section: int, position: int) -> tuple[int, int]:
    """Where new entries go: after the entry at flat ``position``, or (``position`` < 0) at
    the end of ``section``; as (section, index)."""
    section = min(section, max(0, len(plan.sections) - 1))
    if position >= 0:
        return section, position - flat_position(plan, section, 0) + 1
    return section, len(plan.sections[section].entries) if plan.sections else 0


def position_after_move(plan: Plan, position: int, section: int, index: int) -> int:
    """The flat position the entry at ``position`` has once moved to ``index`` of ``section``."""
    sizes = [len(s.entries) for s in plan.sections]
    total = 0
    for number, size in enumerate(sizes):
        if position < total + size:
            sizes[number] -= 1
            break
        total += size
    return sum(sizes[:section]) + min(index, sizes[section])


def step_target(plan: Plan, position: int, section: int, step: int) -> tuple[int, int] | None:
    """Where the entry at ``position`` (in ``section``) goes one place up (``step`` < 0) or
    down, across section boundaries too; None at either end of the plan."""
    offset = position - flat_position(plan, section, 0)
    size = len(plan.sections[section].entries)
    if step < 0:
        if offset > 0:
            return section, offset - 1
        if section > 0:
            return section - 1, len(plan.sections[section - 1].entries)
        return None
    if offset < size - 1:
        return section, offset + 1
    if section < len(plan.sections) - 1:
        return section + 1, 0
    return None


def save_retiming(retiming: object, plan_id: str, library: Library | None = None) -> bool:
    """Save a re-timing confirmed on the console to the user's plan ``plan_id``, as the planner
    does; False when the plan cannot be opened."""
    from .agenda import Retiming

    assert isinstance(retiming, Retiming)
    workspace = PlanWorkspace(library or Library())
    if not workspace.open(plan_id):
        return False
    workspace.retime(retiming.from_position, retiming.now)
    workspace.close()
    return True
