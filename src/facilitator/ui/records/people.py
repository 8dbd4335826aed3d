"""A person's data in both logs, from the Sessions screen: export everything about one pseudonym
(CSV, PDF) or erase it everywhere, backups included (``core.records``)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .store import RecordsStore

log = logging.getLogger(__name__)


class PersonDataDialog(QDialog):
    """Choose a pseudonym; export what both logs hold about it, or erase it everywhere."""

    def __init__(
        self,
        store: RecordsStore,
        choose_file: Callable[[str, str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDataDialog")
        self.store = store
        self.choose_file = choose_file
        self.setWindowTitle(self.tr("A person's data"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Everything the session log and the mentor log hold about one pseudonym: groups, "
                "attendance, notes that name them, sub-goals and meetings. Export it when a "
                "person asks to see it; erase it when they ask to be forgotten."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.person = QComboBox(self)
        self.person.setObjectName("personChoice")
        self.person.setAccessibleName(self.tr("Pseudonym"))
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.erase_button = QPushButton(self.tr("Erase everywhere…"), self)
        self.erase_button.setObjectName("eraseEverywhere")
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.erase_button.clicked.connect(self.ask_erase)
        self.status = QLabel(self)
        self.status.setObjectName("personDataStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        for widget in (intro, self.person, self.csv_button, self.pdf_button, self.erase_button):
            layout.addWidget(widget)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        from ...core import records

        names = self.store.read(
            "people", (), lambda: records.people(self.store.log, self.store.mentor), []
        )
        self.person.clear()
        self.person.addItems(names)
        for button in (self.csv_button, self.pdf_button, self.erase_button):
            button.setEnabled(bool(names))

    def chosen(self) -> str:
        return self.person.currentText()

    def export(self, kind: str) -> str:
        from ...core import records
        from .exporting import write_export
        from .words import export_words

        name = self.chosen()
        if not name:
            return ""
        path = self.choose_file(f"{name}.{kind}".replace("/", "-"), kind)
        if not path:
            return ""
        log_, mentor = self.store.log, self.store.mentor
        if kind == "csv":
            build = lambda: records.pseudonym_csv(log_, mentor, name)  # noqa: E731
        else:
            today = self.store.today().isoformat()
            build = lambda: records.pseudonym_markdown(  # noqa: E731
                log_, mentor, name, today=today, words=export_words()
            )
        ok, _ = self.store.act(
            "export person", (kind,), lambda: write_export(path, kind, build(), name)
        )
        if ok:
            self.status.setText(self.tr("Exported to %1").replace("%1", path))
            return path
        return ""

    def ask_erase(self) -> None:
        name = self.chosen()
        if not name:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmErase")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase a person"))
        box.setText(self.tr("Erase everything about “{name}”?").format(name=name))
        box.setInformativeText(
            self.tr(
                "They are removed from every group, their ticks and their progress log go, and "
                "notes that name them show […] instead. The same happens in every backup. This "
                "cannot be undone: export first if they asked for a copy."
            )
        )
        yes = box.addButton(self.tr("Erase everywhere"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.clicked.connect(lambda: self.erase(name))
        self.confirm_box = box
        box.open()

    def erase(self, name: str) -> bool:
        from ...core import records

        ok, left = self.store.act(
            "erase person",
            (),
            lambda: records.erase_pseudonym(self.store.log, self.store.mentor, name),
        )
        if not ok:
            return False
        if left:
            log.warning("%d backup file(s) could not be cleaned of an erased person", left)
            self.status.setText(
                self.tr(
                    "Erased. %1 backup files could not be cleaned; delete them by hand in the "
                    "backups folder."
                ).replace("%1", str(left))
            )
        else:
            self.status.setText(self.tr("Erased from the records and every backup."))
        self.refresh()
        self.store.reloaded.emit()  # the screens read again
        return True
