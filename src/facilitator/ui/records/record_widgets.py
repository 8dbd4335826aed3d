"""Small widgets the session record and the mentor log share: a five-button rating row and a
tree's column layout."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QToolButton,
    QTreeWidget,
    QWidget,
)


def stretch_first(tree: QTreeWidget, column: int) -> None:
    """``column`` takes the room left; the others fit their contents."""
    header = tree.header()
    header.setStretchLastSection(False)
    for index in range(tree.columnCount()):
        header.setSectionResizeMode(
            index,
            QHeaderView.ResizeMode.Stretch
            if index == column
            else QHeaderView.ResizeMode.ResizeToContents,
        )


class RatingRow(QWidget):
    """Five buttons, 1 to 5; clicking the chosen one again clears it."""

    rated = Signal(int)  # 0 clears

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QToolButton] = []
        for value in range(1, 6):
            button = QToolButton(self)
            button.setText(str(value))
            button.setCheckable(True)
            button.setObjectName("ratingButton")
            button.setMinimumWidth(30)
            self.group.addButton(button, value)
            layout.addWidget(button)
            self.buttons.append(button)
        layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def set_value(self, value: int | None) -> None:
        for n, button in enumerate(self.buttons, start=1):
            button.setChecked(value == n)

    def value(self) -> int | None:
        for n, button in enumerate(self.buttons, start=1):
            if button.isChecked():
                return n
        return None

    def _clicked(self, value: int) -> None:
        chosen = self.buttons[value - 1].isChecked()
        self.set_value(value if chosen else None)
        self.rated.emit(value if chosen else 0)
