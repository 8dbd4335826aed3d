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
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import PlanEntry
from ...core.plan_book import check_import, export_text, pdf_file_name
from ...core.planning import clock, over_under, planned_end, start_minutes
from .. import style
from ..library.item_list import LibraryTree
from ..library.models import LibraryModel
from ..library.models import Role as LibraryRole
from .controller import PlanController
from .dialogs import PdfDialog, ReplaceDialog, SlidesDialog, TemplateDialog
from .entries import ALERT, GOOD, Column, PlanModel, PlanTree, plan_rows
from .entries import Role as PlanRole
from .panels import EntryDetails, PlanHeader

log = logging.getLogger(__name__)

PLAN_FILE_FILTER = "*.plan.yaml"
# Narrower screens show the plan's tool bar as icons (names in the tooltips and the Plan menu),
# so no action is pushed into the tool bar's overflow menu at 1366x768.
TOOL_NAMES_WIDTH = 1600


def duration_text(minutes: int) -> str:
    from PySide6.QtCore import QCoreApplication

    hours, rest = divmod(abs(minutes), 60)
    if hours and rest:
        text = QCoreApplication.translate("Planner", "%1 h %2 min")
        return text.replace("%1", str(hours)).replace("%2", str(rest))
    if hours:
        return QCoreApplication.translate("Planner", "%1 h").replace("%1", str(hours))
    return QCoreApplication.translate("Planner", "%1 min").replace("%1", str(rest))


class PlannerScreen(QWidget):
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

        # Plans list ------------------------------------------------------------------------
        self.plans_title = QLabel(self)
        self.plans_title.setObjectName("paneTitle")
        self.plans = QListWidget(self)
        self.plans.setObjectName("planList")
        self.plans.setWordWrap(True)  # long course titles wrap instead of running off
        self.plans.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plans.setSpacing(2)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPlan")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("newFromTemplate")
        plans_pane = QWidget(self)
        plans_pane.setObjectName("plansPane")
        left = QVBoxLayout(plans_pane)
        left.setContentsMargins(12, 12, 6, 12)
        left.setSpacing(8)
        left.addWidget(self.plans_title)
        left.addWidget(self.plans, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.template_button)

        # The open plan ---------------------------------------------------------------------
        self.header = PlanHeader(self)
        self.tools = QToolBar(self)
        self.tools.setObjectName("planTools")
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.banner = QLabel(self)
        self.banner.setObjectName("planBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retrySave")
        self.retry_button.hide()
        self.model = PlanModel(self)
        self.tree = PlanTree(self)
        self.tree.setModel(self.model)
        self.details = EntryDetails(self)
        self.total = QLabel(self)
        self.total.setObjectName("planTotal")
        self.total.setTextFormat(Qt.TextFormat.RichText)
        editor_page = QWidget(self)
        middle = QVBoxLayout(editor_page)
        middle.setContentsMargins(6, 12, 6, 8)
        middle.setSpacing(8)
        middle.addWidget(self.header)
        # The plan's primary actions sit beside the tool bar, never in its overflow menu.
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("planPresentButton")
        self.present_button.setDefault(True)  # the accent colour
        self.present_button.setAutoDefault(False)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("planPrintButton")
        self.print_button.setAutoDefault(False)
        self.pack_button = QPushButton(self)  # the session pack: ui/session_pack.py
        self.pack_button.setObjectName("planPackButton")
        self.pack_button.setAutoDefault(False)
        tools_row = QHBoxLayout()
        tools_row.setSpacing(8)
        tools_row.addWidget(self.tools, 1)
        tools_row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools_row.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools_row.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignVCenter)
        middle.addLayout(tools_row)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.retry_button)
        middle.addLayout(banner_row)
        middle.addWidget(self.tree, 1)
        middle.addWidget(self.total)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("planRule")
        middle.addWidget(line)
        middle.addWidget(self.details)
        self.empty = QLabel(self)
        self.empty.setObjectName("plannerEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(editor_page)

        # Library to add from ---------------------------------------------------------------
        self.library_title = QLabel(self)
        self.library_title.setObjectName("paneTitle")
        self.library_hint = QLabel(self)
        self.library_hint.setObjectName("paneHint")
        self.library_hint.setWordWrap(True)
        self.picker = LibraryTree(self)
        self.picker.setObjectName("plannerLibrary")
        if library_model is not None:
            self.picker.setModel(library_model)
            library_model.modelReset.connect(self.picker.expandAll)
            self.picker.expandAll()
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addToPlan")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        library_pane = QWidget(self)
        library_pane.setObjectName("libraryPane")
        right = QVBoxLayout(library_pane)
        right.setContentsMargins(6, 12, 12, 12)
        right.setSpacing(8)
        right.addWidget(self.library_title)
        right.addWidget(self.library_hint)
        right.addWidget(self.picker, 1)
        right.addWidget(self.add_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plannerSplitter")
        self.splitter.addWidget(plans_pane)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(library_pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([250, 900, 360])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

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
            if event.size().width() >= TOOL_NAMES_WIDTH
            else Qt.ToolButtonStyle.ToolButtonIconOnly
        )
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.plans_title.setText(self.tr("Plans"))
        self.new_button.setText(self.tr("New plan"))
        self.template_button.setText(self.tr("From a course template…"))
        self.library_title.setText(self.tr("Library"))
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

    # --- the list of plans ---------------------------------------------------------------------
    def refresh_list(self) -> None:
        current = self.controller.plan.id if self.controller.plan is not None else ""
        self.plans.blockSignals(True)
        try:
            self.plans.clear()
            for summary in self.controller.summaries():
                row = QListWidgetItem(summary.title)
                row.setData(Qt.ItemDataRole.UserRole, summary.id)
                row.setToolTip(f"{summary.title}\n{summary.id}")
                self.plans.addItem(row)
                if summary.id == current:
                    self.plans.setCurrentItem(row)
        finally:
            self.plans.blockSignals(False)
        if self.controller.error:
            message = self.tr("Your plans cannot be opened: %1").replace(
                "%1", self.controller.error
            )
            self.empty.setText(message)

    def _plan_chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.flush()
            self._want = ("section", 0)
            self.controller.open(str(current.data(Qt.ItemDataRole.UserRole)))

    def open_plan(self, uid: str) -> bool:
        self.flush()
        self._want = ("section", 0)
        opened = self.controller.open(uid)
        self.refresh_list()
        return opened

    def new_plan(self) -> None:
        self.flush()
        self._want = ("section", 0)
        plan = self.controller.new_plan(self.tr("New plan"), self.tr("Start"))
        if plan is not None:
            self.header.title.setFocus()
            self.header.title.selectAll()
            self.message.emit(self.tr("A new plan was made; give it a title."))

    def new_from_template(self, template_id: str = "") -> None:
        self.flush()
        if not template_id:
            dialog = TemplateDialog(self.controller.templates(), self)
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return
            template_id = dialog.chosen()
        self._want = ("section", 0)
        if self.controller.from_template(template_id) is not None:
            self.message.emit(self.tr("Your own copy of the template is open."))

    def duplicate_plan(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        title = self.tr("%1 (copy)").replace("%1", plan.title)
        if self.controller.duplicate(title) is not None:
            self.message.emit(self.tr("The copy is open."))

    def delete_plan(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Delete “%1”?").replace("%1", plan.title),
            self.tr("The plan is removed from this computer. Export it first to keep a copy."),
        )
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        uid = plan.id

        def done() -> None:
            if box.clickedButton() is delete:
                self.controller.delete(uid)
                self.message.emit(self.tr("The plan was deleted."))

        box.finished.connect(done)
        box.open()

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
        section = min(self.current_section(), max(0, len(plan.sections) - 1))
        position = self.current_position()
        if position >= 0:
            first = sum(len(s.entries) for s in plan.sections[:section])
            return section, position - first + 1
        return section, len(plan.sections[section].entries) if plan.sections else 0

    def _flat(self, section: int, index: int) -> int:
        plan = self.controller.plan
        if plan is None:
            return 0
        return sum(len(s.entries) for s in plan.sections[:section]) + index

    def flush(self) -> None:
        """Hand over whatever is still being typed (header and details)."""
        self.header.flush()
        self.details.flush()

    # --- adding --------------------------------------------------------------------------------
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
                self.tr("Added “%1” to “%2”.").replace("%1", title).replace("%2", plan.title)
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
            self.message.emit(self.tr("Choose an item in the library first."))
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
        self._add_entry(PlanEntry("break", 15, label=self.tr("Break"), flexible=False))

    def add_free(self) -> None:
        self._add_entry(PlanEntry("free", 10, label=self.tr("Discussion")))

    def add_section(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        self.flush()
        index = self.current_section() + 1 if plan.sections else 0
        self._want = ("section", index)
        self.controller.add_section(index, self.tr("New section"))
        self.tree.edit(self.model.section_index(index))

    # --- moving and removing -------------------------------------------------------------------
    def _moved(self, position: int, section: int, index: int) -> None:
        self._want = ("entry", self._flat_after_move(position, section, index))
        self.controller.move(position, section, index)

    def _flat_after_move(self, position: int, section: int, index: int) -> int:
        plan = self.controller.plan
        if plan is None:
            return 0
        sizes = [len(s.entries) for s in plan.sections]
        total = 0
        for number, size in enumerate(sizes):
            if position < total + size:
                sizes[number] -= 1
                break
            total += size
        return sum(sizes[:section]) + min(index, sizes[section])

    def move_current(self, step: int) -> None:
        """Alt+Up / Alt+Down: one place up or down, across section boundaries too."""
        plan = self.controller.plan
        position = self.current_position()
        if plan is None or position < 0:
            return
        self.flush()
        section = self.current_section()
        first = sum(len(s.entries) for s in plan.sections[:section])
        offset = position - first
        size = len(plan.sections[section].entries)
        if step < 0:
            if offset > 0:
                target = (section, offset - 1)
            elif section > 0:
                target = (section - 1, len(plan.sections[section - 1].entries))
            else:
                return
        else:
            if offset < size - 1:
                target = (section, offset + 1)
            elif section < len(plan.sections) - 1:
                target = (section + 1, 0)
            else:
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
            self.message.emit(self.tr("Removed from the plan. Ctrl+Z brings it back."))
            return
        section = self.current_section()
        if len(plan.sections) > 1:
            self._want = ("section", max(0, section - 1))
            self.controller.remove_section(section)
            self.message.emit(self.tr("The section heading was removed; its entries stay."))

    def undo(self) -> None:
        self.flush()
        if not self.controller.undo():
            self.message.emit(self.tr("Nothing to undo."))

    def redo(self) -> None:
        self.flush()
        if not self.controller.redo():
            self.message.emit(self.tr("Nothing to redo."))

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

    # --- files ---------------------------------------------------------------------------------
    def _box(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("plannerMessage")
        box.setIcon(icon)
        box.setWindowTitle(self.tr("Plans"))
        box.setText(text)
        if detail:
            box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        return box

    def _tell(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = self._box(icon, text, detail)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        return box

    def import_plan(self, path: Path | None = None) -> None:
        """Read a plan file; refuse a bad one naming file and line; ask before keeping missing
        items. Nothing is written to the database until the file has been checked."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a plan"),
                str(Path.home()),
                self.tr("Plan files (%1)").replace("%1", PLAN_FILE_FILTER),
            )
            if not name:
                return
            path = Path(name)
        self.flush()
        check = check_import(path, self.controller.library)
        if not check.ok:
            listed = "\n".join(str(p) for p in check.errors[:8])
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("“%1” cannot be imported.").replace("%1", path.name),
                self.tr("Nothing was changed. The file has these problems:") + "\n\n" + listed,
            )
            return
        if not check.unknown:
            self._finish_import(check)
            return
        listed = "\n".join(str(p) for p in check.unknown[:8])
        more = len(check.unknown) - 8
        if more > 0:
            listed += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        box = self._box(
            QMessageBox.Icon.Question,
            self.tr("Some items in “%1” are not in your library.").replace("%1", path.name),
            self.tr(
                "The plan can be imported with those entries marked as missing; "
                "you can replace them later."
            )
            + "\n\n"
            + listed,
        )
        go = box.addButton(self.tr("Import and mark them"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)

        def done() -> None:
            if box.clickedButton() is go:
                self._finish_import(check)

        box.finished.connect(done)
        box.open()

    def _finish_import(self, check) -> None:  # type: ignore[no-untyped-def]
        self._want = ("section", 0)
        plan = self.controller.import_checked(check)
        if plan is not None:
            self.message.emit(self.tr("Imported “%1”.").replace("%1", plan.title))

    def export_plan(self, path: Path | None = None) -> Path | None:
        plan = self.controller.plan
        if plan is None:
            return None
        self.flush()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the plan"),
                str(Path.home() / f"{plan.id}.plan.yaml"),
                self.tr("Plan files (%1)").replace("%1", PLAN_FILE_FILTER),
            )
            if not name:
                return None
            path = Path(name)
            if not path.name.endswith(".plan.yaml"):
                path = path.with_name(path.name.removesuffix(".yaml") + ".plan.yaml")
        try:
            path.write_text(export_text(plan), encoding="utf-8")
        except OSError as exc:
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("The plan could not be written to “%1”.").replace("%1", str(path)),
                exc.strerror or str(exc),
            )
            return None
        self.message.emit(self.tr("Exported to %1").replace("%1", str(path)))
        return path

    def print_pdf(self, kind: str = "", path: Path | None = None) -> object:
        plan = self.controller.plan
        if plan is None:
            return None
        self.flush()
        if not kind:
            dialog = PdfDialog(self)
            if dialog.exec() != PdfDialog.DialogCode.Accepted:
                return None
            kind = dialog.kind()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export plan as PDF"),
                str(Path.home() / pdf_file_name(plan, kind)),
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return None
            path = Path(name)
        from .printing import PdfExport

        job = PdfExport(plan, self.controller.library, kind, path, self.theme, self)
        job.finished_with.connect(self._printed)
        job.start()
        return job

    def session_pack(self, path: Path | None = None) -> object:
        """Every document at once, to a folder or one PDF (ui/session_pack.py asks where)."""
        plan = self.controller.plan
        if plan is not None and path is None:
            from ..session_pack import choose_pack_target

            path = choose_pack_target(self, plan, self.controller.library)
        return self.print_pdf("all", path) if plan is not None and path is not None else None

    def _printed(self, path: str, error: str) -> None:
        if not path and not error:
            self.message.emit(self.tr("The PDF export was cancelled."))
        elif error:
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("The PDF could not be made."),
                error,
            )
        else:
            self.message.emit(self.tr("Saved %1").replace("%1", path))

    # --- presenting ----------------------------------------------------------------------------
    def present_plan(self, position: int | None = None, **options: object) -> object:
        """The whole plan as one run from the chosen entry: decks, exercises, breaks (counting
        down, with the time to start again) and free entries; the console's countdown runs to
        the plan's target end."""
        plan = self.controller.plan
        if plan is None or not plan.entries:
            return None
        self.flush()
        from datetime import datetime

        from ...core.agenda import plan_end_time
        from ...core.events import BufferedEvents
        from ...core.presentation import plan_screens
        from ..present import open_presentation
        from ..present.words import present_words

        if position is None:
            position = max(0, self.current_position())
        words = present_words(plan.language).screens  # the projector speaks the plan's language
        screens, problems = plan_screens(plan, self.controller.library, words)
        for problem in problems:
            log.info("presenting %s: %s", plan.id, problem)
        if not screens:
            self.message.emit(self.tr("This plan has nothing to present yet."))
            return None
        start = next((i for i, s in enumerate(screens) if (s.entry or 0) >= position), 0)
        wall = options.get("wall", datetime.now)
        now = wall()  # type: ignore[operator]
        end_time = plan_end_time(plan, now, position)
        settings = options.pop("settings", None)
        details = options.pop("details", None)  # from ui.records.start: the session log's
        events = BufferedEvents()
        self.running = open_presentation(
            screens,
            title=plan.title,
            theme=self.theme,
            settings=settings,  # type: ignore[arg-type]
            start=start,
            end_time=end_time,
            events=events,
            plan=plan,
            library=self.controller.library,
            on_retime=self._retimed,
            **options,  # type: ignore[arg-type]
        )
        if details is not None and self.running is not None:
            from ..present.session import log_session

            log_session(self.running, events, plan.title, {**details, "plan_ref": plan.id})  # type: ignore[dict-item]
        return self.running

    def _retimed(self, retiming: object) -> None:
        """The console re-timed the rest of the running plan: the same edit as the planner's
        own re-timing, so it is saved at once and can be undone here."""
        from ...core.agenda import Retiming

        assert isinstance(retiming, Retiming)
        controller = self.controller
        if (controller.plan is None or controller.plan.id != retiming.plan.id) and not (
            controller.open(retiming.plan.id)
        ):
            log.warning("the re-timed plan %s is not in the database", retiming.plan.id)
            return
        controller.retime(retiming.from_position, retiming.now)

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
