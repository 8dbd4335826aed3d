"""The planner's files: importing a plan file (checked whole before anything is written),
exporting the open plan, and printing it as PDF (run sheet, handouts, cards) in the background.

A mixin of ``PlannerScreen``: its words keep the ``PlannerScreen`` translation context.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from ...core.plan_book import check_import, export_text, pdf_file_name
from .dialogs import PdfDialog

log = logging.getLogger(__name__)
PLAN_FILE_FILTER = "*.plan.yaml"


class PlanFiles:
    """Part of ``PlannerScreen`` (see the module's docstring)."""

    controller: Any
    model: Any
    tree: Any
    message: Any
    theme: str
    _want: tuple[str, int]

    def _box(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("plannerMessage")
        box.setIcon(icon)
        box.setWindowTitle(QCoreApplication.translate("PlannerScreen", "Plans"))
        box.setText(text)
        if detail:
            box.setInformativeText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_box = box
        return box

    def _tell(self, icon: QMessageBox.Icon, text: str, detail: str = "") -> QMessageBox:
        box = self._box(icon, text, detail)
        box.addButton(
            QCoreApplication.translate("PlannerScreen", "Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.open()
        return box

    def import_plan(self, path: Path | None = None) -> None:
        """Read a plan file; refuse a bad one naming file and line; ask before keeping missing
        items. Nothing is written to the database until the file has been checked."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("PlannerScreen", "Import a plan"),
                str(Path.home()),
                QCoreApplication.translate("PlannerScreen", "Plan files (%1)").replace(
                    "%1", PLAN_FILE_FILTER
                ),
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
                QCoreApplication.translate("PlannerScreen", "“%1” cannot be imported.").replace(
                    "%1", path.name
                ),
                QCoreApplication.translate(
                    "PlannerScreen", "Nothing was changed. The file has these problems:"
                )
                + "\n\n"
                + listed,
            )
            return
        if not check.unknown:
            self._finish_import(check)
            return
        listed = "\n".join(str(p) for p in check.unknown[:8])
        more = len(check.unknown) - 8
        if more > 0:
            listed += "\n" + QCoreApplication.translate("PlannerScreen", "… and %1 more").replace(
                "%1", str(more)
            )
        box = self._box(
            QMessageBox.Icon.Question,
            QCoreApplication.translate(
                "PlannerScreen", "Some items in “%1” are not in your library."
            ).replace("%1", path.name),
            QCoreApplication.translate(
                "PlannerScreen",
                "The plan can be imported with those entries marked as missing; "
                "you can replace them later.",
            )
            + "\n\n"
            + listed,
        )
        go = box.addButton(
            QCoreApplication.translate("PlannerScreen", "Import and mark them"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(
            QCoreApplication.translate("PlannerScreen", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )

        def done() -> None:
            if box.clickedButton() is go:
                self._finish_import(check)

        box.finished.connect(done)
        box.open()

    def _finish_import(self, check) -> None:  # type: ignore[no-untyped-def]
        self._want = ("section", 0)
        plan = self.controller.import_checked(check)
        if plan is not None:
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "Imported “%1”.").replace(
                    "%1", plan.title
                )
            )

    def export_plan(self, path: Path | None = None) -> Path | None:
        plan = self.controller.plan
        if plan is None:
            return None
        self.flush()
        if path is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("PlannerScreen", "Export the plan"),
                str(Path.home() / f"{plan.id}.plan.yaml"),
                QCoreApplication.translate("PlannerScreen", "Plan files (%1)").replace(
                    "%1", PLAN_FILE_FILTER
                ),
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
                QCoreApplication.translate(
                    "PlannerScreen", "The plan could not be written to “%1”."
                ).replace("%1", str(path)),
                exc.strerror or str(exc),
            )
            return None
        self.message.emit(
            QCoreApplication.translate("PlannerScreen", "Exported to %1").replace("%1", str(path))
        )
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
                QCoreApplication.translate("PlannerScreen", "Export plan as PDF"),
                str(Path.home() / pdf_file_name(plan, kind)),
                QCoreApplication.translate("PlannerScreen", "PDF files (*.pdf)"),
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
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "The PDF export was cancelled.")
            )
        elif error:
            self._tell(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("PlannerScreen", "The PDF could not be made."),
                error,
            )
        else:
            self.message.emit(
                QCoreApplication.translate("PlannerScreen", "Saved %1").replace("%1", path)
            )
