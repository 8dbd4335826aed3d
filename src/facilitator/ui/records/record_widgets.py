"""Small widgets the session record and the mentor log share: a five-button rating row (and a
grid of them with their labels) and a tree's column layout."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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


def rating_grid(
    parent: QWidget,
    grid: QGridLayout,
    keys: Iterable[str],
    first_row: int,
    name: str,
    rated: Callable[[str, int], None],
) -> tuple[dict[str, RatingRow], dict[str, QLabel]]:
    """A label and a :class:`RatingRow` (children of ``parent``) a key, one a row of ``grid``
    from ``first_row``; each row is named ``{name}-{key}`` and calls ``rated(key, value)``. The
    rows and the labels (their words are set when the screen is translated), by key."""
    rows: dict[str, RatingRow] = {}
    labels: dict[str, QLabel] = {}
    for row, key in enumerate(keys, start=first_row):
        label = QLabel(parent)
        rating = RatingRow(parent)
        rating.setObjectName(f"{name}-{key}")
        rating.rated.connect(lambda value, k=key: rated(k, value))
        grid.addWidget(label, row, 0)
        grid.addWidget(rating, row, 1)
        rows[key] = rating
        labels[key] = label
    return rows, labels
