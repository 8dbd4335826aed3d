"""Opening the records database, the recovery flow, and the Backups dialog (restore screen).

- :class:`DatabaseOpener` opens the app's one database the first time it is asked for. When the
  file cannot be read it tells the user calmly, offers the newest good backup (or an empty file)
  and keeps the damaged file aside; a file from a newer Facilitator is refused with a clear
  message and left untouched.
- :class:`BackupsDialog` lists the backups with date and size; restoring one first sets the
  current file aside in ``backups/replaced``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from ...core.store.backups import Backup
    from ...core.store.database import Database

log = logging.getLogger(__name__)

# What ``ask`` returns when the trainer says the unreadable file is encrypted records whose
# key-check file is missing: the passphrase is asked (``cipher.adopt``), nothing is moved.
ENCRYPTED = "encrypted"


def database_path() -> Path:
    from ...core.store.database import database_path as path

    return path()


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "?"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} kB"
    return f"{size / (1024 * 1024):.1f} MB"


class DatabaseOpener(QObject):
    """Call it to get the open database; opens (and, if need be, recovers) it once.

    ``ask`` decides whether to recover: it gets the error's message and the backup it would use
    (None: start empty) and returns True to go ahead. By default a calm dialog asks. For a file
    that may be encrypted records without their key-check file (``offer_passphrase``) it may
    return ``ENCRYPTED``: then ``adopt`` asks for the passphrase instead.
    """

    replaced = Signal()  # the file was restored or recovered: everything must be read again

    def __init__(
        self,
        path: Path | None = None,
        parent: QWidget | None = None,
        *,
        ask: Callable[[str, Backup | None], bool | str] | None = None,
        now: Callable[[], datetime] = datetime.now,
        key_file: Callable[[], str] = lambda: "",
        passphrase: Callable[[Path], bool] | None = None,
        adopt: Callable[[Path], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = path
        self._db: Database | None = None
        self._widget = parent
        self.ask = ask or self._ask
        self.now = now
        self.refused = ""  # why the file was not opened (a newer version), shown once
        self.key_file = key_file  # IT's key file for encrypted records (settings)
        # Asks for the passphrase and unlocks (cipher.unlock); False: the user went on without.
        self.passphrase = passphrase or self._ask_passphrase
        # Asks for the passphrase of records found without their key-check file (cipher.adopt);
        # False: the user went on without them, and nothing was written.
        self.adopt = adopt or self._ask_adopt
        self.offer_passphrase = False  # the file asked about may be encrypted records
        self.declined = False  # asked once and declined: not asked again until the next start
        self.busy = False  # the files are being encrypted, re-keyed or decrypted: kept closed

    @property
    def path(self) -> Path:
        return self._path or database_path()

    def __call__(self) -> Database:
        if self._db is not None:
            return self._db
        from ...core.store.database import open_database
        from ...core.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError

        if self.busy:
            raise StoreError(
                "The records are being encrypted or decrypted; they open again in a moment.",
                self.path,
                "busy",
            )

        self.unlock()
        try:
            self._db = open_database(self.path, self.now())
        except CorruptDatabaseError as exc:
            log.warning("the records database cannot be read (%s)", exc.reason)
            if not self.recover(exc.message, maybe_encrypted=exc.reason == "maybe-encrypted"):
                raise
            self._db = open_database(self.path, self.now())
        except NewerSchemaError as exc:
            log.warning("the records database is from a newer version; left untouched")
            if not self.refused:
                self.refused = exc.message
                self._tell_newer()
            raise
        return self._db

    def check(self) -> None:
        """At start-up: look at the file without sqlmodel; recover now if it is damaged.

        A file that is in use by another program or cannot be read is not damaged: the user is
        told which, and the file is left as it is."""
        from ...core.store.database import inspect
        from ...core.store.errors import CorruptDatabaseError, NewerSchemaError, StoreError

        path = self.path
        if not path.exists():
            return
        try:
            self.unlock()
            inspect(path)
        except CorruptDatabaseError as exc:
            log.warning("the records database cannot be read at start (%s)", exc.reason)
            self.recover(exc.message, maybe_encrypted=exc.reason == "maybe-encrypted")
        except NewerSchemaError as exc:
            self.refused = exc.message
            self._tell_newer()
        except StoreError as exc:
            log.warning("the records database cannot be opened at start (%s)", exc.reason)
            self._tell_problem(exc)

    def unlock(self) -> None:
        """Encrypted records: use IT's key file, or ask for the passphrase once. Raises
        PassphraseNeeded when the records stay closed (a screen shows it as a message)."""
        from ...core.store import cipher

        path = self.path
        if not cipher.is_encrypted(path) or cipher.is_unlocked(path):
            return
        key_file = self.key_file()
        if key_file:
            cipher.unlock_with_file(path, Path(key_file))  # StoreError names the file
            return
        if not self.declined and self.passphrase(path):
            return
        self.declined = True
        raise cipher.PassphraseNeeded(
            "The records are encrypted and the passphrase was not given.", path, "passphrase"
        )

    def _ask_passphrase(self, path: Path) -> bool:
        from .encryption import ask_passphrase

        return ask_passphrase(path, self._widget)

    def _ask_adopt(self, path: Path) -> bool:
        from .encryption import ask_adopt

        return ask_adopt(path, self._widget)

    def hold(self) -> None:
        """Close the records and keep them closed while their files are rewritten (encryption
        turned on or off, a new passphrase) on another thread."""
        self.close()
        self.busy = True

    def release(self) -> None:
        """The files are rewritten (or were left as they were): read everything again."""
        self.busy = False
        self.replaced.emit()

    def recover(self, reason: str, *, maybe_encrypted: bool = False) -> bool:
        """Offer the newest good backup; on yes, set the damaged file aside and restore it.

        Nothing is moved unless the file is damaged (checked again just before), and a folder
        that cannot be written is told, not raised. A file that may be encrypted records
        without their key-check file is also offered the passphrase: one that opens it
        rebuilds the key-check file (True: the records open as they are)."""
        from ...core.store import backups
        from ...core.store.database import recover
        from ...core.store.errors import StoreError

        best = backups.newest_good(self.path)
        self.offer_passphrase = maybe_encrypted
        try:
            answer = self.ask(reason, best)
        finally:
            self.offer_passphrase = False
        if maybe_encrypted and answer == ENCRYPTED:
            if not self.adopt(self.path):
                return False  # went on without them: nothing written, nothing moved
            log.info("encrypted records opened with the passphrase; key-check file made again")
            self.replaced.emit()
            return True
        if answer is not True:
            return False
        self.close()
        try:
            kept, used = recover(self.path, self.now())
        except StoreError as exc:
            log.warning("the records were not recovered (%s)", exc.reason)
            self._tell_problem(exc)
            return False
        log.info(
            "records recovered from %s; the damaged file was kept",
            used.path.name if used else "nothing (started empty)",
        )
        self.kept = kept
        self.replaced.emit()
        return True

    def restore(self, backup: Path) -> Path | None:
        """Put a backup in place; the current file is set aside first. Returns where it went."""
        from ...core.store import backups

        self.close()
        kept = backups.restore(self.path, backup, now=self.now)
        log.info("records restored from backup %s", backup.name)
        self.replaced.emit()
        return kept

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # --- talking to the user -------------------------------------------------------------------
    def _ask(self, reason: str, backup: Backup | None) -> bool | str:
        box = RecoveryBox(self.path, backup, self._widget, encrypted=self.offer_passphrase)
        box.exec()
        if box.encrypted_chosen:
            return ENCRYPTED
        return box.chosen

    def problem_text(self, exc: Exception) -> str:
        """What a records file that is not damaged, yet cannot be used, means for the user."""
        from ...core.store.errors import StoreError

        reason = exc.reason if isinstance(exc, StoreError) else ""
        if reason == "locked":
            return self.tr(
                "The records are in use by another program (or another Facilitator). Close it, "
                "then open the records again. The file has not been changed."
            )
        if reason == "readonly":
            text = self.tr(
                "Facilitator cannot write to the folder {folder}. Ask your IT department, or "
                "choose another data folder. The records file has not been changed."
            )
            return text.format(folder=str(self.path.parent))
        if reason == "unreadable":
            text = self.tr(
                "Facilitator is not allowed to read {path}. Ask your IT department. The file "
                "has not been changed."
            )
            return text.format(path=str(self.path))
        if reason == "passphrase":
            return self.tr(
                "The records are encrypted and stay closed until the passphrase is given. "
                "Start Facilitator again to type it."
            )
        if reason == "wrong-passphrase":
            return self.tr("The key file does not open the records. Ask your IT department.")
        if reason == "key-file":
            return self.tr(
                "The key file named in the settings cannot be read. Ask your IT department."
            )
        if reason == "healthy":
            return self.tr("The records file is not damaged after all, so it was not replaced.")
        return self.tr("The records could not be opened. Details are in the log.")

    def _tell_problem(self, exc: Exception) -> None:
        box = QMessageBox(self._widget)
        box.setObjectName("recordsProblemBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Records"))
        box.setText(self.tr("The records cannot be opened right now."))
        box.setInformativeText(self.problem_text(exc))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        self.problem_box = box

    def _tell_newer(self) -> None:
        box = QMessageBox(self._widget)
        box.setObjectName("newerRecordsBox")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Records"))
        box.setText(self.tr("The records were saved by a newer version of Facilitator."))
        message = self.tr(
            "This version cannot open them and has not changed them. Update Facilitator to see "
            "your sessions and progress logs. The file is: {path}"
        )
        box.setInformativeText(message.format(path=str(self.path)))
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.open()
        self.newer_box = box


class RecoveryBox(QMessageBox):
    """The calm question when the records file cannot be read."""

    def __init__(
        self,
        path: Path,
        backup: Backup | None,
        parent: QWidget | None,
        *,
        encrypted: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBox")
        self.chosen = False
        self.encrypted_chosen = False
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Records"))
        try:
            empty = path.stat().st_size == 0
        except OSError:
            empty = False
        if empty:  # emptied (a full disk, a sync tool): the backups still hold the records
            self.setText(self.tr("The records file is empty."))
        else:
            self.setText(self.tr("The records file could not be read."))
        if backup is not None:
            message = self.tr(
                "It may have been damaged, for example by a power cut. Facilitator can put back "
                "the newest good backup, from {when}. The damaged file is kept aside in "
                "{folder}, so nothing is thrown away."
            )
            action = self.tr("Restore the backup")
        else:
            message = self.tr(
                "It may have been damaged, for example by a power cut, and there is no good "
                "backup. Facilitator can start with empty records. The damaged file is kept "
                "aside in {folder}, so nothing is thrown away."
            )
            action = self.tr("Start with empty records")
        when = f"{backup.taken:%Y-%m-%d %H:%M}" if backup is not None else ""
        folder = str(path.parent / "backups" / "damaged")
        message = message.format(when=when, folder=folder)
        if encrypted:
            from ...core.store.cipher import KEY_CHECK

            message += "\n\n" + self.tr(
                "If the records were encrypted, and the small file {name} was not copied with "
                "them, type the passphrase: Facilitator then opens them and makes that file again."
            ).format(name=KEY_CHECK)
        self.setInformativeText(message)
        self.passphrase: QPushButton | None = None
        if encrypted:
            self.passphrase = self.addButton(
                self.tr("It is encrypted: type the passphrase…"), QMessageBox.ButtonRole.ActionRole
            )
            self.passphrase.setObjectName("adoptButton")
            self.passphrase.clicked.connect(self._encrypted)
        self.go = self.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        self.later = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.passphrase or self.go)
        self.go.clicked.connect(self._go)

    def _go(self) -> None:
        self.chosen = True

    def _encrypted(self) -> None:
        self.encrypted_chosen = True


class BackupsDialog(QDialog):
    """Every backup with its date, reason and size; restore one, or take one now."""

    restored = Signal(str)  # the path the replaced file was kept at

    def __init__(self, opener: DatabaseOpener, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.opener = opener
        self.setWindowTitle(self.tr("Backups of the records"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Facilitator copies your records once a day and before every update of the "
                "file. Restoring a copy sets the current file aside first, so it is never lost."
            )
        )
        layout.addWidget(self.intro)
        self.table = QTreeWidget(self)
        self.table.setObjectName("backupList")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        self.table.setColumnWidth(0, 180)
        self.table.setColumnWidth(1, 250)
        self.table.itemSelectionChanged.connect(self._selection)
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Back up now"), self)
        self.take_button.clicked.connect(self.take_now)
        self.restore_button = QPushButton(self.tr("Restore this backup…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.ask_restore)
        row.addWidget(self.take_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backups: list[Backup] = []
        self.refresh()

    def reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily copy")
        if reason.startswith("before-migration"):
            return self.tr("Before an update of the file")
        if reason.startswith("manual"):
            return self.tr("Taken by you")
        if reason.startswith("before-restore"):
            return self.tr("Before a restore")
        return reason

    def refresh(self) -> None:
        from ...core.store import backups

        self.backups = backups.list_backups(self.opener.path)
        self.table.clear()
        for backup in self.backups:
            item = QTreeWidgetItem(
                [
                    f"{backup.taken:%Y-%m-%d  %H:%M}",
                    self.reason_text(backup.reason),
                    _size(backup.path),
                ]
            )
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        else:
            self.status.setText(self.tr("There are no backups yet."))
        self._selection()

    def _selection(self) -> None:
        self.restore_button.setEnabled(self.current() is not None)

    def current(self) -> Backup | None:
        index = self.table.indexOfTopLevelItem(self.table.currentItem())
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def take_now(self) -> None:
        from ...core.store import backups

        path = self.opener.path
        if not path.exists():
            self.status.setText(self.tr("There are no records to back up yet."))
            return
        try:
            backups.take_backup(path, "manual", self.opener.now())
        except Exception as exc:
            log.warning("a backup could not be taken: %s", type(exc).__name__)
            self.status.setText(self.tr("The backup could not be written. Is the disk full?"))
            return
        self.refresh()
        self.status.setText(self.tr("A backup was taken."))

    def ask_restore(self) -> None:
        backup = self.current()
        if backup is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore a backup"))
        question = self.tr("Put back the records as they were on {when}?")
        box.setText(question.format(when=f"{backup.taken:%Y-%m-%d %H:%M}"))
        box.setInformativeText(
            self.tr(
                "What was recorded after that is not shown any more, but the current file is "
                "kept in the backups folder (replaced), so it can be restored again."
            )
        )
        yes = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.clicked.connect(lambda: self.restore(backup))
        self.confirm_box = box
        box.open()

    def restore(self, backup: Backup) -> None:
        try:
            kept = self.opener.restore(backup.path)
        except OSError as exc:
            log.warning("restore failed: %s", type(exc).__name__)
            self.status.setText(self.tr("The backup could not be restored: the disk refused."))
            return
        self.refresh()
        done = self.tr("Restored the backup from {when}.")
        self.status.setText(done.format(when=f"{backup.taken:%Y-%m-%d %H:%M}"))
        self.restored.emit(str(kept or ""))
