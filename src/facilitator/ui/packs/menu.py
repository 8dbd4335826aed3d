"""The File menu's pack entries (Export as pack…, Import pack…, Packs…) and what they open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.messages import MessageError
from ...core.packs.errors import PackCancelled, PackRefused
from ..background import in_background
from ..i18n import core_text, os_error_text
from .conflicts import ConflictDialog
from .work import Job

if TYPE_CHECKING:  # the pack store and the merge are imported when first used, not at start
    from ...core.model import Library
    from ...core.packs.store import Offer
    from ...core.settings import Settings
    from .manage import PacksDialog

Answer = str  # "no", "once" or "trust", as core.packs.store.import_pack's confirm returns


class PackMenu(QObject):
    """Adds File > Export as pack…, Import pack… and Packs… to ``menu``. It is given what it
    works with: the ``settings``, the loaded ``library`` and ``reload`` (read the library again
    after an import or a removal); ``window`` is only the parent of its dialogs."""

    def __init__(
        self,
        window: QWidget,
        menu: QMenu,
        settings: Settings,
        library: Callable[[], Library],
        reload: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.library = library
        self.reload = reload
        self.export_action = QAction(window)
        self.export_action.setObjectName("packExport")
        self.import_action = QAction(window)
        self.import_action.setObjectName("packImport")
        self.manage_action = QAction(window)
        self.manage_action.setObjectName("packManage")
        self.export_action.triggered.connect(self.export_pack)
        self.import_action.triggered.connect(lambda: self.import_pack())
        self.manage_action.triggered.connect(lambda: self.open_packs())
        before = next((a for a in menu.actions() if a.isSeparator()), None)
        menu.insertActions(before, [self.export_action, self.import_action, self.manage_action])
        self.offers: list[Offer] = []
        self.packs_dialog: PacksDialog | None = None
        self.start_box: QMessageBox | None = None
        self.checked = False  # the look at start is done
        self.job: Job | None = None
        self.dialog: QDialog | None = None
        # Tests (and a future drag and drop) give these instead of asking.
        self.ask: Callable[[Any], Answer] | None = None
        self.choose_open: Callable[[], str] | None = None
        self.choose_save: Callable[[str], str] | None = None
        self.show_conflicts = True
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.export_action.setText(self.tr("E&xport as pack…"))
        self.import_action.setText(self.tr("I&mport pack…"))
        self.manage_action.setText(self.tr("&Packs…"))

    # --- installed packs, offers and waiting copies ----------------------------------------------
    def check_at_start(self) -> None:
        """Once, soon after start: look in the content sources for newer versions of installed
        packs and for copies waiting for a choice (off the GUI thread), and say so without
        blocking. Nothing is imported and no network is used."""
        settings = self.settings

        def look() -> tuple[list[Offer], int]:
            from ...core.packs.merge import pending_updates
            from ...core.packs.store import offers

            return offers(settings, at_start=True), len(pending_updates())

        in_background(look, self._looked, self, what="pack offers")

    def _looked(self, found: tuple[list[Offer], int]) -> None:
        self.offers, waiting = found
        self.checked = True
        if not self.offers and not waiting:
            return
        lines = [
            self.tr("“%1”: version %2 is available (you have %3).")
            .replace("%1", offer.title)
            .replace("%2", str(offer.version))
            .replace("%3", str(offer.installed_version))
            for offer in self.offers
        ]
        if waiting:
            lines.append(
                self.tr(
                    "%1 of your copies wait for you to choose between your slides and the new ones."
                ).replace("%1", str(waiting))
            )
        box = QMessageBox(self.window)
        box.setObjectName("packOffers")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Packs"))
        box.setText("\n".join(lines))
        show = box.addButton(self.tr("Show packs…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        offered = list(self.offers)
        never = None
        if offered:  # copies waiting are not offers: they stay until the trainer chooses
            never = box.addButton(
                self.tr("Not these versions"), QMessageBox.ButtonRole.DestructiveRole
            )
            never.setToolTip(
                self.tr(
                    "Do not mention these versions at start again. A newer version is mentioned, "
                    "and File > Packs… still lists them."
                )
            )
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self._offer_answered(button, show, never, offered))
        self.start_box = box
        box.show()

    def _offer_answered(
        self, button: object, show: object, never: object, offered: list[Offer]
    ) -> None:
        if button is show:
            self.open_packs()
        elif never is not None and button is never:
            from ...core.packs.store import decline

            try:
                decline(offered)
            except OSError as error:  # the packs folder cannot be written: say so, ask again
                self._say(
                    self.tr("Not done"),
                    self.tr("Could not keep your answer: %1").replace("%1", os_error_text(error)),
                    QMessageBox.Icon.Warning,
                )

    def open_packs(self) -> PacksDialog:
        """File > Packs…: the installed packs, newer versions and copies waiting."""
        from .manage import PacksDialog

        if self.packs_dialog is not None:
            self.packs_dialog.close()
        settings = self.settings

        def look() -> list[Offer]:  # on a worker thread
            from ...core.packs.store import offers

            return offers(settings)

        dialog = PacksDialog(
            self.offers,
            self.reload,
            lambda file: self.import_pack(file),
            self.window,
            look=look if settings.site.get("content_sources") else None,
        )
        dialog.looked.connect(lambda found: setattr(self, "offers", found))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "packs_dialog", None))
        self.packs_dialog = dialog
        dialog.open()
        return dialog

    # --- export --------------------------------------------------------------------------------
    def export_pack(self) -> None:
        library = self.library()
        dialog = ExportDialog(library, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._export(dialog.request()))
        self.dialog = dialog
        dialog.open()

    def _export(self, request: dict[str, Any]) -> None:
        from ...core.packs.export import export_pack
        from ...core.packs.store import bundled_ids

        name = f"{request['pack_id']}-{request['version']}.facpack"
        chosen = (
            self.choose_save(name)
            if self.choose_save
            else QFileDialog.getSaveFileName(
                self.window, self.tr("Export as pack"), name, self.tr("Content packs (*.facpack)")
            )[0]
        )
        if not chosen:
            return
        library = self.library()
        key = Path(request["key"]) if request["key"] else None

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
            return export_pack(
                library,
                request["targets"],
                Path(chosen),
                pack_id=request["pack_id"],
                version=request["version"],
                title=request["title"],
                publisher=request["publisher"],
                sign_with=key,
                taken_ids=set(bundled_ids()),
                progress=progress,
                cancelled=cancelled,
            )

        def done(manifest: Any) -> None:
            self._say(
                self.tr("Pack written"),
                self.tr("%1: %2 items and %3 plans.")
                .replace("%1", chosen)
                .replace("%2", str(len(manifest.items)))
                .replace("%3", str(len(manifest.plans))),
            )

        self.job = Job(
            self.window, self.tr("Writing the pack…"), self.tr("Cancel"), job, done, self._failed
        )

    # --- import --------------------------------------------------------------------------------
    def import_pack(self, file: str = "") -> None:
        if not file:
            file = (
                self.choose_open()
                if self.choose_open
                else QFileDialog.getOpenFileName(
                    self.window, self.tr("Import pack"), "", self.tr("Content packs (*.facpack)")
                )[0]
            )
        if not file:
            return
        from ...core.packs.store import verify_pack

        settings = self.settings
        self.job = Job(
            self.window,
            self.tr("Checking the pack…"),
            self.tr("Cancel"),
            lambda progress, cancelled: verify_pack(
                Path(file), settings, progress=progress, cancelled=cancelled
            ),
            lambda check: self._checked(Path(file), check),
            self._failed,
        )

    def _checked(self, file: Path, check: Any) -> None:
        if check.refused is not None:
            problems = "\n".join(check.refused.problems[:20])
            self._say(
                self.tr("Not imported"),
                self.tr("%1 was not imported: %2")
                .replace("%1", file.name)
                .replace("%2", core_text(check.refused.text))
                + (f"\n\n{problems}" if problems else ""),
                QMessageBox.Icon.Warning,
            )
            return
        answer: Answer = "once"
        if check.status != "verified":
            from ...core.packs.store import may_ask

            if not may_ask(self.settings):
                self._say(
                    self.tr("Not imported"),
                    self.tr(
                        "%1 is not signed by a publisher your IT department trusts, and only "
                        "those packs may be imported here."
                    ).replace("%1", file.name),
                    QMessageBox.Icon.Warning,
                )
                return
            answer = self.ask(check) if self.ask else self._question(file, check)
            if answer not in ("once", "trust"):
                return
        from ...core.packs.store import import_pack

        settings = self.settings
        self.job = Job(
            self.window,
            self.tr("Importing the pack…"),
            self.tr("Cancel"),
            lambda progress, cancelled: import_pack(
                file,
                settings,
                confirm=lambda _check: answer,
                progress=progress,
                cancelled=cancelled,
            ),
            self._imported,
            self._failed,
        )

    def _question(self, file: Path, check: Any) -> Answer:
        box = QMessageBox(self.window)
        box.setObjectName("packUnverified")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unverified pack"))
        m = check.manifest
        if check.key is None:
            text = self.tr("“%1” is not signed: nobody vouches for where it comes from.")
        else:
            text = self.tr(
                "“%1” is signed by a publisher this computer does not know (key %2)."
            ).replace("%2", check.as_dict()["signed_by"])
        box.setText(text.replace("%1", m.title if m else file.name))
        box.setInformativeText(
            self.tr(
                "Import it only if you know who made it. It will be marked as unverified in "
                "the library."
            )
        )
        once = box.addButton(self.tr("Import once"), QMessageBox.ButtonRole.AcceptRole)
        trust = None
        if check.key is not None:
            trust = box.addButton(
                self.tr("Import and trust this publisher"), QMessageBox.ButtonRole.YesRole
            )
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "once" if clicked is once else "trust" if clicked is trust else "no"

    def _imported(self, result: Any) -> None:
        self.reload()
        if self.packs_dialog is not None:  # an update from File > Packs…
            self.packs_dialog.updated()
        m = result.manifest
        lines = [
            self.tr("“%1”, version %2, is in the library.")
            .replace("%1", m.title)
            .replace("%2", str(m.version))
        ]
        merged = [u for u in result.merges if u.status == "merged"]
        conflicts = [u for u in result.merges if u.status == "conflict"]
        for update in merged:
            lines.append(
                self.tr("Your copy %1 now has the new version's changes too.").replace(
                    "%1", update.path.name
                )
            )
        if merged:
            lines.append(
                self.tr(
                    "Accept the merge or undo it in File > Packs…; until then your copy as it "
                    "was is kept."
                )
            )
        for update in result.merges:
            if update.status == "skipped":
                lines.append(f"{update.path.name}: {core_text(update.problem)}")
        lines += [core_text(warning) for warning in result.warnings[:5]]
        self._say(self.tr("Pack imported"), "\n\n".join(lines))
        if self.show_conflicts:
            for update in conflicts:
                ConflictDialog(update, self.window).open()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PackCancelled):
            self._say(self.tr("Cancelled"), self.tr("Cancelled. Nothing was changed."))
        elif isinstance(error, PackRefused):
            self._say(self.tr("Not imported"), core_text(error.text), QMessageBox.Icon.Warning)
        elif isinstance(error, MessageError):  # an export or its signing key refused
            self._say(self.tr("Not done"), core_text(error.text), QMessageBox.Icon.Warning)
        elif isinstance(error, OSError):
            self._say(self.tr("Not done"), os_error_text(error), QMessageBox.Icon.Warning)
        elif isinstance(error, ValueError):
            self._say(self.tr("Not done"), str(error), QMessageBox.Icon.Warning)
        else:
            raise error

    def _say(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information
    ) -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("packMessage")
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = box
        box.open()


class ExportDialog(QDialog):
    """Choose modules, items and plans (what they use comes along) and name the pack."""

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packExportDialog")
        self.setWindowTitle(self.tr("Export as pack"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose what goes into the pack. What it uses comes along."))
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("What goes into the pack"))
        for module in library.modules:
            top = self._row(self.tree.invisibleRootItem(), module.title, module.id)
            for item in module.items:
                self._row(top, item.title, item.id)
        if library.plans:
            plans = QTreeWidgetItem(self.tree, [self.tr("Plans")])
            for plan in library.plans:
                self._row(plans, plan.title, plan.id)
        self.tree.itemChanged.connect(self._changed)
        layout.addWidget(self.tree)
        form = QFormLayout()
        self.pack_id = QLineEdit()
        self.pack_id.setPlaceholderText("kommune.kursus")
        self.version = QSpinBox()
        self.version.setRange(1, 1_000_000)
        self.title = QLineEdit()
        self.publisher = QLineEdit()
        self.key = QLineEdit()
        self.key.setPlaceholderText(self.tr("a key file from 'facilitator pack keygen' (optional)"))
        form.addRow(self.tr("Pack id"), self.pack_id)
        form.addRow(self.tr("Version"), self.version)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Publisher"), self.publisher)
        form.addRow(self.tr("Sign with"), self.key)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pack_id.textChanged.connect(self._enable)
        self._enable()
        self.resize(560, 640)

    def _row(self, parent: QTreeWidgetItem, title: str, ident: str) -> QTreeWidgetItem:
        row = QTreeWidgetItem(parent, [title])
        row.setData(0, Qt.ItemDataRole.UserRole, ident)
        row.setCheckState(0, Qt.CheckState.Unchecked)
        return row

    def _changed(self, row: QTreeWidgetItem, _column: int) -> None:
        self._enable()

    def targets(self) -> list[str]:
        """The checked ids; a checked module stands for all its items."""
        found: list[str] = []

        def walk(row: QTreeWidgetItem) -> None:
            for index in range(row.childCount()):
                child = row.child(index)
                ident = child.data(0, Qt.ItemDataRole.UserRole)
                if ident and child.checkState(0) == Qt.CheckState.Checked:
                    found.append(ident)
                    if child.childCount():
                        continue  # the module brings its items
                walk(child)

        walk(self.tree.invisibleRootItem())
        return found

    def _enable(self) -> None:
        from ...core.model import is_id

        self.ok.setEnabled(bool(self.targets()) and is_id(self.pack_id.text().strip()))

    def request(self) -> dict[str, Any]:
        return {
            "targets": self.targets(),
            "pack_id": self.pack_id.text().strip(),
            "version": self.version.value(),
            "title": self.title.text().strip(),
            "publisher": self.publisher.text().strip(),
            "key": self.key.text().strip(),
        }
