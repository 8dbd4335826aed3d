"""The New item dialog (Ctrl+N in the library): what kind of item, and its title."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...core.editing import files
from .. import labels


class NewItemDialog(QDialog):
    """Ctrl+N in the library: what kind of item, and its title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newItemDialog")
        self.kind = QComboBox(self)
        for kind in files.NEW_KINDS:
            self.kind.addItem(labels.kind(kind), kind)
        self.title = QLineEdit(self)
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.ok = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.title_label, self.title)
        form.addRow(self.hint)
        form.addRow(buttons)
        self.retranslateUi()

    def chosen(self) -> tuple[str, str]:
        return str(self.kind.currentData()), self.title.text().strip()

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("New item"))
        self.kind_label.setText(self.tr("&Kind"))
        self.kind.setAccessibleName(self.tr("Kind of item"))
        self.title_label.setText(self.tr("&Title"))
        self.title.setAccessibleName(self.tr("Title"))
        self.hint.setText(self.tr("It goes into My material, in your own folder."))
        self.ok.setText(self.tr("Create"))
        self.cancel.setText(self.tr("Cancel"))
