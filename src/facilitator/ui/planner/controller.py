"""The planner's controller: the Qt face of ``core.workspace.PlanWorkspace``.

The workspace holds the open plan, its editor (undo and redo) and saves after every change; it
announces what changed as a ``PlanChange``. This class turns those into the signals the planner
screen and the records pages connect to, and hands every call and attribute on to the workspace
(``controller.plan``, ``controller.open(uid)``, ``controller.retime(...)``): it holds no rules
of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.model import Library
from ...core.workspace import PlanChange, PlanWorkspace


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
        self.workspace = PlanWorkspace(library, database)
        self._signals: dict[PlanChange, Callable[[], None]] = {
            PlanChange.PLAN: self.changed.emit,
            PlanChange.PLANS: self.plans_changed.emit,
            PlanChange.SAVE_STATE: lambda: self.save_state.emit(self.workspace.save_message),
        }
        self.workspace.subscribe(lambda change: self._signals[change]())

    def __getattr__(self, name: str) -> Any:
        # Only called for what QObject does not have: the workspace's methods and state.
        if name in ("workspace", "_signals"):
            raise AttributeError(name)
        return getattr(self.workspace, name)
