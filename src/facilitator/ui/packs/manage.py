"""File > Packs…: the installed packs (remove one, update one to a newer version found in the
content sources, which the dialog looks in off the GUI thread when it opens, after an update and on
"Look again"), the copies of pack items waiting for the user's choice after an update (resolve
them side by side), and the merged copies waiting for acceptance (accept, or undo the merge). At
start, a message that does not block says when there is something to do here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
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
from ...core.packs.kept import MergedCopy, accept_merge, merged_copies, undo_merge
from ...core.packs.store import Offer, remove_pack
from ..background import Job, start_job
from .conflicts import ConflictDialog


class PacksDialog(QDialog):
    """The installed packs, the copies waiting for a choice and the merged copies waiting for
    acceptance. ``reload()`` reloads the library after a change; ``update(file)`` imports a
    newer version (the caller calls :meth:`updated` when it is in); ``look()`` reads the
    content sources for newer versions (on a worker thread; None: there are no sources)."""

    looked = Signal(list)  # the offers found, for the menu's next look at them

    def __init__(
        self,
        offers: list[Offer],
        reload: Callable[[], None],
        update: Callable[[str], None],
        parent: QWidget | None = None,
        look: Callable[[], list[Offer]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Packs"))
        self.offers = {offer.id: offer for offer in offers}
        self._reload = reload
        self._update = update
        self._look = look
        self.looking: Job | None = None
        self.packs: list[Installed] = []
        self.waiting: list[merge.CopyUpdate] = []
        self.merged: list[MergedCopy] = []
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
        self.look_status = QLabel()
        self.look_status.setObjectName("packLookStatus")
        self.look_status.setWordWrap(True)
        self.look_button = QPushButton(self.tr("Look again"))
        self.look_button.setObjectName("packLookAgain")
        self.look_button.setToolTip(
            self.tr("Look in the content sources for newer versions of the installed packs")
        )
        self.look_button.clicked.connect(self.look_again)
        self.look_button.setVisible(look is not None)
        self.update_button = QPushButton(self.tr("Update to the newer version"))
        self.update_button.setObjectName("packUpdate")
        self.update_button.clicked.connect(self.update_selected)
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.remove_button.setObjectName("packRemove")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.look_status, 1)
        row.addWidget(self.look_button)
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
        self.merged_label = QLabel(
            self.tr(
                "Your copies that took in a new version's slides. Keep the merge, or put your "
                "copy back as it was (the merged text is kept beside it):"
            )
        )
        self.merged_label.setWordWrap(True)
        layout.addWidget(self.merged_label)
        self.merged_list = QListWidget()
        self.merged_list.setObjectName("packMerged")
        self.merged_list.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.merged_list)
        merged_row = QHBoxLayout()
        self.note = QLabel()
        self.note.setObjectName("packNote")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setObjectName("packAcceptMerge")
        self.accept_button.setToolTip(self.tr("Keep the merged copy; delete the copy as it was"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.undo_button = QPushButton(self.tr("Undo the merge"))
        self.undo_button.setObjectName("packUndoMerge")
        self.undo_button.setToolTip(
            self.tr("Put your copy back as it was; the merged text is kept beside it")
        )
        self.undo_button.clicked.connect(self.undo_selected)
        merged_row.addWidget(self.note, 1)
        merged_row.addWidget(self.accept_button)
        merged_row.addWidget(self.undo_button)
        layout.addLayout(merged_row)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.refresh()
        self.look_again()

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
            if count:
                text = self.tr("%1 (version %2) – slides to choose: %3")
            else:  # a merge that was undone: it merges without a choice
                text = self.tr("%1 (version %2) – merges without a choice")
            text = (
                text.replace("%1", update.path.name)
                .replace("%2", str(update.to_version))
                .replace("%3", str(count))
            )
            entry = QListWidgetItem(text, self.waiting_list)
            entry.setToolTip(str(update.path))
        visible = bool(self.waiting)
        self.waiting_label.setVisible(visible)
        self.waiting_list.setVisible(visible)
        self.resolve_button.setVisible(visible)
        self._show_merged()
        self._enable()

    def _show_merged(self) -> None:
        self.merged = merged_copies()
        self.merged_list.clear()
        for entry in self.merged:
            if entry.from_version is not None and entry.to_version is not None:
                text = (
                    self.tr("%1 – merged with version %2 (your copy was from version %3)")
                    .replace("%1", entry.copy.name)
                    .replace("%2", str(entry.to_version))
                    .replace("%3", str(entry.from_version))
                )
            else:
                text = self.tr("%1 – merged with a new version").replace("%1", entry.copy.name)
            row = QListWidgetItem(text, self.merged_list)
            row.setToolTip(
                self.tr("%1\nAs it was: %2")
                .replace("%1", str(entry.copy))
                .replace("%2", entry.kept.name)
            )
        visible = bool(self.merged)
        for widget in (self.merged_label, self.merged_list, self.accept_button, self.undo_button):
            widget.setVisible(visible)

    # --- newer versions in the content sources ---------------------------------------------
    def look_again(self) -> None:
        """Read the content sources again, off the GUI thread (a share can be slow)."""
        if self._look is None or self.looking is not None:
            return
        self.look_button.setEnabled(False)
        self.look_status.setText(self.tr("Looking for newer versions…"))
        look = self._look
        self.looking = start_job(
            lambda _job: look(), self._found, self, what="pack offers", failed=self._not_found
        )

    def _found(self, offers: list[Offer]) -> None:
        self.looking = None
        self.look_button.setEnabled(True)
        self.offers = {offer.id: offer for offer in offers}
        newer = [o for o in offers if o.version > self._installed_version(o.id)]
        self.look_status.setText(
            self.tr("Newer versions found: %1.").replace("%1", str(len(newer)))
            if newer
            else self.tr("No newer versions in the content sources.")
        )
        self.refresh()
        self.looked.emit(offers)

    def _installed_version(self, pack_id: str) -> int:
        return next((p.version for p in self.packs if p.id == pack_id), 0)

    def _not_found(self, error: BaseException) -> None:
        self.looking = None
        self.look_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self.look_status.setText(
            self.tr("The content sources could not be read: %1").replace("%1", reason)
        )

    def updated(self) -> None:
        """A newer version is in: show it, and look again (the sources may hold more)."""
        self.refresh()
        self.look_again()

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
        chosen = bool(self.merged_list.selectedItems())
        self.accept_button.setEnabled(chosen)
        self.undo_button.setEnabled(chosen)

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

    # --- merged copies waiting for acceptance --------------------------------------------------
    def _selected_merge(self) -> MergedCopy | None:
        rows = self.merged_list.selectedIndexes()
        return self.merged[rows[0].row()] if rows else None

    def accept_selected(self) -> None:
        """Keep the merge: the copy as it was is deleted."""
        entry = self._selected_merge()
        if entry is None:
            return
        try:
            accept_merge(entry)
        except OSError as error:
            self._not_done(entry.kept, error)
            return
        self.note.setText(self.tr("%1: the merge is kept.").replace("%1", entry.copy.name))
        self.refresh()

    def undo_selected(self) -> None:
        """Put the copy back as it was; the merged text stays beside it."""
        entry = self._selected_merge()
        if entry is None:
            return
        try:
            kept_merge = undo_merge(entry)
        except OSError as error:
            self._not_done(entry.copy, error)
            return
        text = self.tr("%1 is back as it was.").replace("%1", entry.copy.name)
        if kept_merge is not None:
            text += " " + self.tr("The merged text is kept in %1.").replace("%1", kept_merge.name)
        self.note.setText(text)
        self._reload()
        self.refresh()

    def _not_done(self, path: object, error: OSError) -> None:
        QMessageBox.warning(
            self,
            self.tr("Not done"),
            self.tr("%1 could not be changed: %2. Nothing was lost.")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )
