"""Extra content folders: IT's shared folders (fixed) and the user's own (add and remove)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.settings import Settings, folder_refusal
from .. import icons

SITE_ROLE = Qt.ItemDataRole.UserRole + 1
log = logging.getLogger(__name__)


class FoldersEditor(QWidget):
    changed = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foldersEditor")
        self.settings = settings
        self.list = QListWidget(self)
        self.list.setObjectName("foldersList")
        self.list.setFixedHeight(112)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFolder")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFolder")
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.problem = QLabel(self)
        self.problem.setObjectName("folderProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        icons.notifier().changed.connect(self.refresh)
        self.retranslateUi()

    def user_folders(self) -> list[str]:
        return list(self.settings.user.get("content_folders", []))

    def refresh(self) -> None:
        self.list.clear()
        site = [str(p) for p in self.settings.site.get("content_folders", [])]
        for folder in site:
            entry = QListWidgetItem(
                self.tr("%1  (from your IT department)").replace("%1", folder), self.list
            )
            entry.setData(SITE_ROLE, True)
            entry.setData(Qt.ItemDataRole.UserRole, folder)
            entry.setToolTip(self.tr("Set by your IT department"))
            if icons.is_ready():
                entry.setIcon(icons.icon("site"))
        if not self.settings.is_locked("content_folders"):
            for folder in self.user_folders():
                if folder in site:
                    continue
                entry = QListWidgetItem(folder, self.list)
                entry.setData(SITE_ROLE, False)
                entry.setData(Qt.ItemDataRole.UserRole, folder)
                if icons.is_ready():
                    entry.setIcon(icons.icon("module"))
        if self.list.count() == 0:
            entry = QListWidgetItem(
                self.tr("No extra folders: only the bundled library and your own items.")
            )
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(entry)
        self._update_buttons()

    def _update_buttons(self) -> None:
        locked = self.settings.is_locked("content_folders")
        self.add_button.setEnabled(not locked)
        current = self.list.currentItem()
        removable = current is not None and current.data(SITE_ROLE) is False and not locked
        self.remove_button.setEnabled(removable)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a content folder"))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        """Add a folder the user chose, unless ``folder_refusal`` refuses it (say why then)."""
        refusal = folder_refusal(folder)
        if refusal is not None:
            log.warning("content folder %s not added: %s", folder, refusal)
            self.problem.setText(
                self.tr(
                    "%1 cannot be a content folder: the app reads every file below it. Choose "
                    "an existing folder inside your home folder or on a shared drive, not the "
                    "home folder itself or a folder above it."
                ).replace("%1", folder)
            )
            self.problem.show()
            return
        self.problem.hide()
        folders = self.user_folders()
        if folder in folders:
            return
        self.settings.set("content_folders", [*folders, str(Path(folder))])
        self.refresh()
        self.changed.emit()

    def remove_selected(self) -> None:
        current = self.list.currentItem()
        if current is None or current.data(SITE_ROLE) is not False:
            return
        folder = current.data(Qt.ItemDataRole.UserRole)
        self.settings.set("content_folders", [f for f in self.user_folders() if f != folder])
        self.refresh()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove"))
        self.list.setAccessibleName(self.tr("Content folders"))
        if icons.is_ready():
            self.add_button.setIcon(icons.icon("folder-add"))
            self.remove_button.setIcon(icons.icon("remove"))
        self.refresh()
