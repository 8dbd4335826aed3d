"""A quiet list of what was wrong in the library files, as ``file:line: message``."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Problem
from .models import ProblemsModel


class ProblemsDialog(QDialog):
    def __init__(self, problems: Sequence[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsDialog")
        self.resize(760, 420)
        self._problems = list(problems)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.model.set_problems(self._problems)
        self.view = QListView(self)
        self.view.setObjectName("problemsList")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self._problems))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Problems in the library"))
        self.view.setAccessibleName(self.tr("Problems in the library"))
        self.intro.setText(
            self.tr(
                "These files could not be read as they are. Everything else in the library "
                "is loaded. Fix the file named on each line, or run "
                "“facilitator check-content” for the same list."
            )
        )
        self.copy_button.setText(self.tr("Copy list"))
        self.close_button.setText(self.tr("Close"))
