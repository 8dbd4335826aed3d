"""File > Packs…: the installed packs (remove one, update one to a newer version found in the
content sources), and the copies of pack items waiting for the user's choice after an update
(resolve them side by side). At start, a message that does not block says when there is
something to do here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.packs import merge
from ...core.packs.installed import Installed, installed
from ...core.packs.store import Offer, remove_pack
from .conflicts import ConflictDialog


class PacksDialog(QDialog):
    """The installed packs and the copies waiting for a choice. ``reload()`` reloads the
    library after a removal; ``update(file)`` imports a newer version."""

    def __init__(
        self,
        offers: list[Offer],
        reload: Callable[[], None],
        update: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Packs"))
        self.offers = {offer.id: offer for offer in offers}
        self._reload = reload
        self._update = update
        self.packs: list[Installed] = []
        self.waiting: list[merge.CopyUpdate] = []
        # Tests give this instead of asking: (title) -> remove?
        self.confirm_remove: Callable[[str], bool] | None = None
        self.conflicts: ConflictDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Content packs installed on this computer:")))
        self.tree = QTreeWidget()
        self.tree.setObjectName("packList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [self.tr("Pack"), self.tr("Version"), self.tr("Publisher"), self.tr("Signature")]
        )
        self.tree.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.update_button = QPushButton(self.tr("Update to the newer version"))
        self.update_button.setObjectName("packUpdate")
        self.update_button.clicked.connect(self.update_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("packRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addStretch(1)
        row.addWidget(self.update_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.waiting_label = QLabel(
            self.tr(
                "Your copies of pack slides that a new version also changed. Choose, slide by "
                "slide, what to keep:"
            )
        )
        self.waiting_label.setWordWrap(True)
        layout.addWidget(self.waiting_label)
        self.waiting_list = QListWidget()
        self.waiting_list.setObjectName("packWaiting")
        self.waiting_list.itemSelectionChanged.connect(self._enable)
        self.waiting_list.itemActivated.connect(lambda _item: self.resolve_selected())
        layout.addWidget(self.waiting_list)
        resolve_row = QHBoxLayout()
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setObjectName("packResolve")
        self.resolve_button.clicked.connect(self.resolve_selected)
        resolve_row.addStretch(1)
        resolve_row.addWidget(self.resolve_button)
        layout.addLayout(resolve_row)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.refresh()

    def refresh(self) -> None:
        """Read the installed packs and the waiting copies again."""
        self.packs = installed()
        self.tree.clear()
        for pack in self.packs:
            version = str(pack.version)
            offer = self.offers.get(pack.id)
            if offer is not None and offer.version > pack.version:
                version = self.tr("%1 (%2 available)").replace("%1", version)
                version = version.replace("%2", str(offer.version))
            trust = self.tr("trusted") if pack.verified else self.tr("unverified")
            row = QTreeWidgetItem(self.tree, [pack.title, version, pack.publisher, trust])
            row.setData(0, Qt.ItemDataRole.UserRole, pack.id)
            row.setToolTip(0, pack.id)
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.waiting = [u for u in merge.pending_updates() if u.outcome is not None]
        self.waiting_list.clear()
        for update in self.waiting:
            count = len(update.outcome.conflicts) if update.outcome else 0
            text = (
                self.tr("%1 (version %2) – slides to choose: %3")
                .replace("%1", update.path.name)
                .replace("%2", str(update.to_version))
                .replace("%3", str(count))
            )
            entry = QListWidgetItem(text, self.waiting_list)
            entry.setToolTip(str(update.path))
        visible = bool(self.waiting)
        self.waiting_label.setVisible(visible)
        self.waiting_list.setVisible(visible)
        self.resolve_button.setVisible(visible)
        self._enable()

    def _selected(self) -> Installed | None:
        rows = self.tree.selectedItems()
        if not rows:
            return None
        ident = rows[0].data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.packs if p.id == ident), None)

    def _enable(self) -> None:
        pack = self._selected()
        self.remove_button.setEnabled(pack is not None)
        offer = self.offers.get(pack.id) if pack is not None else None
        self.update_button.setEnabled(offer is not None and offer.version > pack.version)  # type: ignore[union-attr]
        self.resolve_button.setEnabled(bool(self.waiting_list.selectedItems()))

    def select(self, pack_id: str) -> None:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row.data(0, Qt.ItemDataRole.UserRole) == pack_id:
                self.tree.setCurrentItem(row)

    def remove_selected(self) -> None:
        pack = self._selected()
        if pack is None:
            return
        if self.confirm_remove is not None:
            yes = self.confirm_remove(pack.title)
        else:
            yes = (
                QMessageBox.question(
                    self,
                    self.tr("Remove pack"),
                    self.tr(
                        "Remove “%1”? Its items leave the library. Plans that use them keep "
                        "the rest and say what is missing. Your own copies stay."
                    ).replace("%1", pack.title),
                )
                == QMessageBox.StandardButton.Yes
            )
        if not yes:
            return
        try:
            remove_pack(pack.id)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Not removed"),
                self.tr("“%1” could not be removed: %2")
                .replace("%1", pack.title)
                .replace("%2", error.strerror or str(error)),
            )
            return
        self._reload()
        self.refresh()

    def update_selected(self) -> None:
        pack = self._selected()
        offer = self.offers.get(pack.id) if pack is not None else None
        if offer is not None:
            self.accept()
            self._update(str(offer.file))

    def resolve_selected(self) -> None:
        rows = self.waiting_list.selectedIndexes()
        if not rows:
            return
        update = self.waiting[rows[0].row()]
        dialog = ConflictDialog(update, self)
        dialog.accepted.connect(self._resolved)
        self.conflicts = dialog
        dialog.open()

    def _resolved(self) -> None:
        self._reload()
        self.refresh()
