"""A titled list with a line for a new name and an Add button.

The Sessions screen's groups and the Mentor log's people are both this panel; what a screen
needs besides (the Mentor log's pseudonym warning and retention box) goes below it with
``add``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout, QWidget


class ListPanel(QWidget):
    def __init__(
        self,
        names: tuple[str, str, str],
        chosen: Callable[[], None],
        add: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        """``names``: the object names of the list, the line and the button (for tests and the
        style sheet); ``chosen`` is called when the current row changes, ``add`` on Enter in the
        line or a click on the button."""
        super().__init__(parent)
        list_name, entry_name, button_name = names
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("panelTitle")
        self.list = QListWidget(self)
        self.list.setObjectName(list_name)
        self.list.currentItemChanged.connect(lambda _current, _previous: chosen())
        self.entry = QLineEdit(self)
        self.entry.setObjectName(entry_name)
        self.entry.returnPressed.connect(add)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName(button_name)
        self.add_button.clicked.connect(add)
        add_row = QVBoxLayout()
        add_row.addWidget(self.entry)
        add_row.addWidget(self.add_button)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.list, 1)
        self.layout_.addLayout(add_row)

    def add(self, widget: QWidget) -> None:
        """Put ``widget`` below the Add button."""
        widget.setParent(self)
        self.layout_.addWidget(widget)
