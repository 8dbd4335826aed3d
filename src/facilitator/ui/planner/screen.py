"""The planner screen: the trainer's plans, the open plan, and the library to add from.

Left: the list of plans (new, from a course template, duplicate, delete). Middle: the open plan's
header, its sections and entries with clock times, the chosen entry's details and the total
against the target end. Right: the library list (the same model as the library screen, so the
search in the toolbar filters it too), to drag from or add with Ctrl+Enter.

The screen holds no rules: the controller edits through ``PlanEditor`` and saves at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from ...core.planning import clock, over_under, planned_end, start_minutes
from ...core.workspace import flat_position, insert_point
from .. import style
from ..library.models import LibraryModel
from .controller import PlanController
from .dialogs import ReplaceDialog, SlidesDialog
from .editing import PlanEditing
from .entries import ALERT, GOOD, Column, plan_rows
from .entries import Role as PlanRole
from .files import PlanFiles
from .layout import PlannerLayout
from .plan_list import PlanList
from .presenting import PlanPresenting

log = logging.getLogger(__name__)


def duration_text(minutes: int) -> str:
    """A duration as the run sheet writes it, in the app's language (``labels.minutes``)."""
    from ..labels import minutes as duration

    return duration(minutes)


class PlannerScreen(PlannerLayout, PlanList, PlanEditing, PlanFiles, PlanPresenting, QWidget):
    message = Signal(str)  # a short note for the status bar

    def __init__(
        self,
        controller: PlanController,
        library_model: LibraryModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("plannerScreen")
        self.controller = controller
        self.theme = "light"
        self.registry = None  # set by bind()
        self.library_source: Callable[[], str] | None = None  # the library item to add
        self.last_box: QMessageBox | None = None  # the last question or message shown
        self._want: tuple[str, int] = ("section", 0)  # what to select after the next rebuild

        self._build_widgets(library_model)

        # Wiring ----------------------------------------------------------------------------
        self.model.on_minutes = controller.set_minutes
        self.model.on_note = controller.set_note
        self.model.on_rename = controller.rename_section
        self.model.on_move = self._moved
        self.model.on_items = self.add_items
        self.header.changed.connect(lambda fields: controller.set_header(**fields))
        self.details.changed.connect(lambda pos, fields: controller.set_entry(pos, **fields))
        self.details.choose_slides.connect(self.choose_slides)
        self.details.replace_item.connect(self.replace_entry)
        self.details.mark_seen.connect(controller.mark_seen)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.plans.currentItemChanged.connect(self._plan_chosen)
        self.new_button.clicked.connect(self.new_plan)
        self.template_button.clicked.connect(self.new_from_template)
        self.retry_button.clicked.connect(controller.flush)
        self.picker.doubleClicked.connect(lambda _i: self.add_current_library_item())
        self.add_button.clicked.connect(self.add_current_library_item)
        controller.changed.connect(self._plan_changed)
        controller.plans_changed.connect(self.refresh_list)
        controller.save_state.connect(lambda _m: self._update_banner())
        self.retranslateUi()
        self._plan_changed()  # the list of plans is read when the screen is first shown

    # --- actions -------------------------------------------------------------------------------
    def handlers(self) -> dict[str, Callable[[], object]]:
        return {
            "plan.add": self.add_current_library_item,
            "plan.new": self.new_plan,
            "plan.template": self.new_from_template,
            "plan.duplicate": self.duplicate_plan,
            "plan.delete": self.delete_plan,
            "plan.undo": self.undo,
            "plan.redo": self.redo,
            "plan.up": lambda: self.move_current(-1),
            "plan.down": lambda: self.move_current(1),
            "plan.remove": self.remove_current,
            "plan.break": self.add_break,
            "plan.free": self.add_free,
            "plan.section": self.add_section,
            "plan.slides": lambda: self.choose_slides(self.current_position()),
            "plan.replace": lambda: self.replace_entry(self.current_position()),
            "plan.import": self.import_plan,
            "plan.export": self.export_plan,
            "plan.print": self.print_pdf,
            "plan.pack": self.session_pack,
            "plan.present": self.present_plan,
        }

    def bind(self, registry) -> None:  # type: ignore[no-untyped-def]
        """Put the registry's actions on the plan's tool bar and the add button."""
        self.registry = registry
        for action_id in (
            "plan.undo",
            "plan.redo",
            None,
            "plan.break",
            "plan.free",
            "plan.section",
            None,
            "plan.up",
            "plan.down",
            "plan.remove",
        ):
            if action_id is None:
                self.tools.addSeparator()
            else:
                self.tools.addAction(registry.action(action_id))
        for button, action_id in (
            (self.present_button, "plan.present"),
            (self.print_button, "plan.print"),
            (self.pack_button, "plan.pack"),
        ):
            action = registry.action(action_id)
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
        self.add_button.setDefaultAction(registry.action("plan.add"))
        self._short_names()
        self._update_actions()

    def _short_names(self) -> None:
        """Shorter words on the plan's tool bar; menus keep the full names."""
        if self.registry is None:
            return
        for action_id, text in (
            ("plan.remove", self.tr("Remove")),
            ("plan.free", self.tr("Add a free entry")),
        ):
            self.registry.action(action_id).setIconText(text)
        self.present_button.setText(self.tr("Present"))
        self.present_button.setToolTip(self.tr("Present the plan from the chosen entry (Ctrl+F5)"))
        self.print_button.setText(self.tr("PDF…"))
        self.print_button.setToolTip(self.tr("Print the plan: run sheet, slides, handouts"))
        self.pack_button.setText(self.tr("Session pack…"))
        self.pack_button.setToolTip(
            self.tr("Every document for the session at once (Ctrl+Shift+P)")
        )

    # --- words ---------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        self.tools.setToolButtonStyle(
            Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            if event.size().width() >= style.NAMES_WIDTH
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.plans_title.setText(self.tr("Plans"))
        self.plans.setAccessibleName(self.tr("Plans"))
        self.new_button.setText(self.tr("New plan"))
        self.template_button.setText(self.tr("From a course template…"))
        self.library_title.setText(self.tr("Library"))
        self.picker.setAccessibleName(self.tr("Library"))
        self.tree.setAccessibleName(self.tr("Contents of the plan"))
        self.library_hint.setText(
            self.tr("Drag items into the plan, or choose one and press Ctrl+Enter.")
        )
        self.retry_button.setText(self.tr("Try again"))
        self.empty.setText(
            self.tr(
                "No plan is open.\n\nStart a new plan, or begin from a course template, "
                "then add items from the library on the right."
            )
        )
        self.tools.setWindowTitle(self.tr("Plan tools"))
        self._short_names()
        self._update_total()
        self._update_banner()

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.model.theme = theme
        self.tree.delegate.theme = theme
        self.picker.delegate.theme = theme
        self._plan_changed()

    # --- the open plan -------------------------------------------------------------------------
    def _plan_changed(self) -> None:
        plan = self.controller.plan
        self.pages.setCurrentIndex(1 if plan is not None else 0)
        self.header.show_plan(plan)
        if plan is None:
            self.model.set_rows([])
            self.details.show_entry(-1, None, None, "ok")
        else:
            self.model.set_rows(plan_rows(plan, self.controller.library, self.controller.states()))
            self._restore_current()
        self._update_total()
        self._update_banner()
        self._update_actions()
        self._show_details()

    def _restore_current(self) -> None:
        kind, number = self._want
        index = QModelIndex()
        if kind == "entry":
            index = self.model.entry_index(number, Column.ENTRY)
        if not index.isValid():
            sections = self.model.rowCount()
            index = self.model.section_index(min(number, sections - 1) if kind == "section" else 0)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = current.data(PlanRole.KIND)
        number = current.data(PlanRole.POSITION)
        if kind is not None and number is not None:
            self.details.flush()
            self._want = ("section" if kind == "section" else "entry", int(number))
        self._show_details()
        self._update_actions()

    def _show_details(self) -> None:
        plan = self.controller.plan
        position = self.current_position()
        if plan is None or position < 0 or position >= len(plan.entries):
            self.details.show_entry(-1, None, None, "ok")
            return
        entry = plan.entries[position]
        item = self.controller.library.item(entry.ref) if entry.kind == "item" else None
        states = self.controller.states()
        self.details.show_entry(position, entry, item, states[position])

    def current_position(self) -> int:
        """The flat position of the chosen entry, or -1 (a section or nothing is chosen)."""
        index = self.tree.currentIndex()
        if index.isValid() and index.data(PlanRole.KIND) != "section":
            return int(index.data(PlanRole.POSITION))
        return -1

    def current_section(self) -> int:
        index = self.tree.currentIndex()
        if not index.isValid():
            return max(0, self.model.rowCount() - 1)
        if index.data(PlanRole.KIND) == "section":
            return int(index.data(PlanRole.POSITION))
        return int(index.parent().data(PlanRole.POSITION))

    def _insert_point(self) -> tuple[int, int]:
        """Where new entries go: after the chosen entry, or at the end of the chosen section."""
        plan = self.controller.plan
        if plan is None:
            return 0, 0
        return insert_point(plan, self.current_section(), self.current_position())

    def _flat(self, section: int, index: int) -> int:
        plan = self.controller.plan
        return flat_position(plan, section, index) if plan is not None else 0

    def flush(self) -> None:
        """Hand over whatever is still being typed (header and details)."""
        self.header.flush()
        self.details.flush()

    # --- slides, replace -----------------------------------------------------------------------
    def choose_slides(self, position: int) -> SlidesDialog | None:
        plan = self.controller.plan
        if plan is None or not 0 <= position < len(plan.entries):
            return None
        entry = plan.entries[position]
        item = self.controller.library.item(entry.ref)
        if item is None or item.kind != "deck":
            self.message.emit(self.tr("Only a slide deck has slides to choose."))
            return None
        dialog = SlidesDialog(item, entry, self.theme, self)
        self.slides_dialog = dialog

        def done(result: int) -> None:
            if result == SlidesDialog.DialogCode.Accepted:
                slides, hidden = dialog.choice()
                self._want = ("entry", position)
                self.controller.set_entry(position, slides=slides, hidden=hidden)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    def replace_entry(self, position: int) -> ReplaceDialog | None:
        plan = self.controller.plan
        if plan is None or not 0 <= position < len(plan.entries):
            return None
        entry = plan.entries[position]
        if entry.kind != "item":
            return None
        dialog = ReplaceDialog(self.controller.library, entry.ref, self)
        self.replace_dialog = dialog

        def done(result: int) -> None:
            chosen = dialog.chosen()
            if result == ReplaceDialog.DialogCode.Accepted and chosen:
                self._want = ("entry", position)
                self.controller.replace_item(position, chosen)

        dialog.finished.connect(done)
        dialog.open()
        return dialog

    # --- status --------------------------------------------------------------------------------
    def _update_total(self) -> None:
        plan = self.controller.plan
        if plan is None:
            self.total.clear()
            return
        start = start_minutes(plan)
        end = planned_end(plan)
        parts = [
            self.tr("Total %1").replace("%1", duration_text(plan.minutes)),
            f"{clock(start)}–{clock(end)}",
        ]
        difference = over_under(plan)
        colour = ""
        if difference is None:
            state = self.tr("no target end")
        elif difference > 0:
            state = self.tr("%1 over the target end %2").replace("%1", duration_text(difference))
            state = state.replace("%2", plan.target_end)
            colour = ALERT.get(self.theme, ALERT["light"])
        elif difference < 0:
            state = self.tr("%1 before the target end %2").replace("%1", duration_text(-difference))
            state = state.replace("%2", plan.target_end)
            colour = style.look(self.theme).warning
        else:
            state = self.tr("ends on time (%1)").replace("%1", plan.target_end)
            colour = GOOD.get(self.theme, GOOD["light"])
        shown = f"<span style='color:{colour}; font-weight:700'>{state}</span>" if colour else state
        self.total.setText("  ·  ".join([*parts, shown]))
        self.total.setProperty("over", bool(difference and difference > 0))

    def _update_banner(self) -> None:
        controller = self.controller
        plan = controller.plan
        self.retry_button.setVisible(bool(controller.unsaved))
        if controller.unsaved:
            self.banner.setText(
                self.tr(
                    "Not saved: %1 Your changes stay on screen and are saved as soon as it works."
                ).replace("%1", controller.unsaved)
            )
            self.banner.setProperty("state", "missing")
        elif plan is not None and (states := controller.states()):
            missing = states.count("missing")
            changed = states.count("changed")
            notes = []
            if missing:
                notes.append(
                    self.tr("1 entry refers to an item that is not in your library.")
                    if missing == 1
                    else self.tr("%1 entries refer to items that are not in your library.").replace(
                        "%1", str(missing)
                    )
                )
                notes.append(self.tr("Choose one and Replace… it."))
            if changed:
                notes.append(
                    self.tr("1 item changed in a library update since it was planned.")
                    if changed == 1
                    else self.tr(
                        "%1 items changed in a library update since they were planned."
                    ).replace("%1", str(changed))
                )
            self.banner.setText(" ".join(notes))
            self.banner.setProperty("state", "missing" if missing else "changed")
        else:
            self.banner.setText("")
        self.banner.setVisible(bool(self.banner.text()))
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)

    def _update_actions(self) -> None:
        if self.registry is None:
            return
        controller = self.controller
        plan = controller.plan
        has_plan = plan is not None
        position = self.current_position()
        entry = plan.entries[position] if plan is not None and position >= 0 else None
        item = controller.library.item(entry.ref) if entry and entry.kind == "item" else None
        editor = controller.editor
        enabled = {
            "plan.duplicate": has_plan,
            "plan.delete": has_plan,
            "plan.undo": bool(editor and editor.can_undo),
            "plan.redo": bool(editor and editor.can_redo),
            "plan.up": entry is not None,
            "plan.down": entry is not None,
            "plan.remove": has_plan and (entry is not None or len(plan.sections) > 1),
            "plan.break": has_plan,
            "plan.free": has_plan,
            "plan.section": has_plan,
            "plan.slides": item is not None and item.kind == "deck",
            "plan.replace": entry is not None and entry.kind == "item",
            "plan.export": has_plan,
            "plan.print": has_plan,
            "plan.pack": has_plan,
            "plan.present": has_plan and bool(plan.entries),
        }
        for action_id, on in enabled.items():
            self.registry.action(action_id).setEnabled(bool(on))
