"""The Course plans dialog of the Sessions screen: tick the plans a group is taught from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)


class PlansDialog(QDialog):
    """Tick the plans a course is taught from (what is 'still to come' is read from them)."""

    def __init__(
        self, choices: list[tuple[str, str]], chosen: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coursePlansDialog")
        self.setWindowTitle(self.tr("Course plans"))
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The plans this group follows, in order:"), self)
        layout.addWidget(label)
        self.list = QListWidget(self)
        for ref, title in choices:
            item = QListWidgetItem(title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ref in chosen else Qt.CheckState.Unchecked)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 420)

    def chosen(self) -> list[str]:
        found = []
        for index in range(self.list.count()):
            item = self.list.item(index)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found
