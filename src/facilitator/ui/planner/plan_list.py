"""The planner's list of plans, on the left: showing it, opening a plan from it, and New plan,
New from a course template, Duplicate and Delete. The controller does the work and saves.

A mixin of ``PlannerScreen``: its words keep the ``PlannerScreen`` translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from .dialogs import TemplateDialog


class PlanList:
    """Part of ``PlannerScreen`` (see the module's docstring)."""

    controller: Any  # PlanController
    plans: Any  # QListWidget
    empty: Any  # QLabel
    header: Any  # PlanHeader
    message: Any  # Signal(str)
    _want: tuple[str, int]
    flush: Any
    _box: Any

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
            message = QCoreApplication.translate(
                "PlannerScreen", "Your plans cannot be opened: %1"
            ).replace("%1", self.controller.error)
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
        plan = self.controller.new_plan(
            QCoreApplication.translate("PlannerScreen", "New plan"),
            QCoreApplication.translate("PlannerScreen", "Start"),
        )
        if plan is not None:
            self.header.title.setFocus()
            self.header.title.selectAll()
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "A new plan was made; give it a title.")
            )

    def new_from_template(self, template_id: str = "") -> None:
        self.flush()
        if not template_id:
            dialog = TemplateDialog(self.controller.templates(), self)
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return
            template_id = dialog.chosen()
        self._want = ("section", 0)
        if self.controller.from_template(template_id) is not None:
            self.message.emit(
                QCoreApplication.translate(
                    "PlannerScreen", "Your own copy of the template is open."
                )
            )

    def duplicate_plan(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        title = QCoreApplication.translate("PlannerScreen", "%1 (copy)").replace("%1", plan.title)
        if self.controller.duplicate(title) is not None:
            self.message.emit(QCoreApplication.translate("PlannerScreen", "The copy is open."))

    def delete_plan(self) -> None:
        plan = self.controller.plan
        if plan is None:
            return
        box = self._box(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("PlannerScreen", "Delete “%1”?").replace("%1", plan.title),
            QCoreApplication.translate(
                "PlannerScreen",
                "The plan is removed from this computer. Export it first to keep a copy.",
            ),
        )
        delete = box.addButton(
            QCoreApplication.translate("PlannerScreen", "Delete"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(
            QCoreApplication.translate("PlannerScreen", "Keep"), QMessageBox.ButtonRole.RejectRole
        )
        uid = plan.id

        def done() -> None:
            if box.clickedButton() is delete:
                self.controller.delete(uid)
                self.message.emit(
                    QCoreApplication.translate("PlannerScreen", "The plan was deleted.")
                )

        box.finished.connect(done)
        box.open()
