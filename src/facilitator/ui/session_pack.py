"""Where the session pack goes: a folder (one PDF a part) or one combined PDF.

The planner's Session pack button asks here, then exports with ``ui/planner/printing.PdfExport``
(progress and Cancel) and ``render.plan_pdf``'s pack (``core/session_pack.py`` says what is in it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model import Library, Plan
from ..core.session_pack import pack_contents, pack_name


def part_names() -> dict[str, str]:
    return {
        "runsheet": QCoreApplication.translate("SessionPack", "run sheet"),
        "deck": QCoreApplication.translate("SessionPack", "slides"),
        "notes": QCoreApplication.translate("SessionPack", "notes pages"),
        "handout": QCoreApplication.translate("SessionPack", "participants' handouts"),
        "cards": QCoreApplication.translate("SessionPack", "exercise cards"),
        "invitation": QCoreApplication.translate("SessionPack", "the invitation letter"),
    }


class SessionPackDialog(QDialog):
    """What the pack holds for this plan, and whether it goes to a folder or one PDF."""

    def __init__(self, plan: Plan, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPackDialog")
        self.setWindowTitle(self.tr("Session pack"))
        names = part_names()
        parts = pack_contents(plan, library).parts()
        self.parts = parts
        listed = ", ".join(names[part] for part in parts)
        intro = QLabel(
            self.tr("Everything for “%1” at once, in the plan's language: %2.")
            .replace("%1", plan.title)
            .replace("%2", listed),
            self,
        )
        intro.setObjectName("sessionPackParts")
        intro.setWordWrap(True)
        self.folder = QRadioButton(self.tr("A folder with one PDF for each part"), self)
        self.folder.setObjectName("packToFolder")
        self.single = QRadioButton(self.tr("One PDF with everything, to print at once"), self)
        self.single.setObjectName("packToOnePdf")
        self.folder.setChecked(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Choose where…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder)
        layout.addWidget(self.single)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def choose_pack_target(parent: QWidget, plan: Plan, library: Library) -> Path | None:
    """Ask: a folder (the pack gets a folder of its own inside it) or one PDF file."""
    dialog = SessionPackDialog(plan, library, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    name = pack_name(plan)
    if dialog.single.isChecked():
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("SessionPackDialog", "Save the session pack as one PDF"),
            str(Path.home() / f"{name}.pdf"),
            QCoreApplication.translate("SessionPackDialog", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("SessionPackDialog", "Choose a folder for the session pack"),
        str(Path.home()),
    )
    return Path(folder) / name if folder else None
