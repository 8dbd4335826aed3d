"""Encrypted records in the UI: the passphrase asked at start, and turning encryption on.

The rules live in ``core/store/cipher.py``; these dialogs only ask and tell (turning encryption
on runs in the background as a ``key_job.KeyJobDialog``, like changing the passphrase). The
passphrase is never stored: it is asked at every start, unless IT names a key file
(``records_key_file`` in the machine-wide settings).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..text_fit import keep_text_whole
from .key_job import KeyJobDialog, Progress, password

log = logging.getLogger(__name__)


class PassphraseDialog(QDialog):
    """Asks for the passphrase until it opens the records, or the user goes on without them."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.path = path
        self.setWindowTitle(self.tr("Encrypted records"))
        layout = QVBoxLayout(self)
        self.text = QLabel(
            self.tr(
                "Your records are encrypted. Type the passphrase to open them. Without it, "
                "Facilitator works, but sessions and progress logs stay closed."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("passphrase")
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setAccessibleName(self.tr("Passphrase"))
        self.problem = QLabel(self)
        self.problem.setObjectName("passphraseProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open the records"), self)
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(
            self.tr("Go on without them"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.open_button.clicked.connect(self.try_open)
        self.skip_button.clicked.connect(self.reject)
        for widget in (self.text, self.entry, self.problem, buttons):
            layout.addWidget(widget)
        keep_text_whole(self, 460)

    def try_open(self) -> bool:
        from ...core.store import cipher

        try:
            cipher.unlock(self.path, self.entry.text())
        except cipher.WrongPassphrase:
            self.problem.setText(
                self.tr(
                    "That passphrase does not open the records. Nothing was changed; try again "
                    "(capital letters count)."
                )
            )
            self.problem.show()
            self.entry.selectAll()
            return False
        except Exception as exc:  # a key-check file that cannot be read: said, not raised
            log.warning("the records could not be unlocked (%s)", type(exc).__name__)
            self.problem.setText(
                self.tr("The key-check file beside the records cannot be read: %1").replace(
                    "%1", str(cipher.key_check_path(self.path))
                )
            )
            self.problem.show()
            return False
        self.entry.clear()
        self.accept()
        return True


def ask_passphrase(path: Path, parent: QWidget | None) -> bool:
    dialog = PassphraseDialog(path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class AdoptDialog(PassphraseDialog):
    """The passphrase for records found without their key-check file (copied to another
    computer without ``facilitator-key.json``): one that opens the file makes the key-check
    file again (``cipher.adopt``); a wrong one changes nothing and may be tried again."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.setObjectName("adoptDialog")
        from ...core.store.cipher import KEY_CHECK

        self.text.setText(
            self.tr(
                "These records may be encrypted, and the small file {name} that belongs beside "
                "them is missing. Type the passphrase: if it opens the records, Facilitator "
                "makes that file again. Otherwise nothing is changed."
            ).format(name=KEY_CHECK)
        )

    def try_open(self) -> bool:
        from ...core.store import cipher

        try:
            opened = cipher.adopt(self.path, self.entry.text())
        except Exception as exc:  # no SQLCipher, a folder that cannot be written: said
            log.warning("the records could not be adopted (%s)", type(exc).__name__)
            self.problem.setText(
                self.tr("The records could not be opened. Details are in the log.")
            )
            self.problem.show()
            return False
        if not opened:
            self.problem.setText(
                self.tr(
                    "That passphrase does not open this file. Nothing was changed. Try again "
                    "(capital letters count), or go on without the records."
                )
            )
            self.problem.show()
            self.entry.selectAll()
            return False
        self.entry.clear()
        self.accept()
        return True


def ask_adopt(path: Path, parent: QWidget | None) -> bool:
    dialog = AdoptDialog(path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


class EncryptDialog(KeyJobDialog):
    """Turning encryption on: what it means, what forgetting the passphrase means, and the
    passphrase twice. ``turn_on(passphrase, progress)`` does the work in the background (the
    records are held closed meanwhile: ``before`` and ``after``) and returns how many damaged
    backups could not be encrypted."""

    def __init__(
        self,
        turn_on: Callable[[str, Progress], int],
        before: Callable[[], None],
        after: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(before, after, parent)
        self.setObjectName("encryptDialog")
        self.turn_on = turn_on
        self.setWindowTitle(self.tr("Encrypt the records"))
        self.text.setText(
            self.tr(
                "Facilitator will encrypt the records and every backup (SQLCipher, AES-256). "
                "Anyone who copies the files then sees nothing but noise.\n\n"
                "Facilitator will ask for the passphrase each time it starts. The passphrase is "
                "not stored anywhere.\n\n"
                "If you forget the passphrase, the records cannot be opened again: not by you, "
                "not by your IT department, not by us. There is no way back. Write it down and "
                "keep it somewhere safe, away from this computer."
            )
        )
        self.first = password(self, "newPassphrase", self.tr("Passphrase (at least 8 characters)"))
        self.second = password(self, "repeatPassphrase", self.tr("The same passphrase again"))
        self.understood = QCheckBox(
            self.tr("I understand that a forgotten passphrase means the records are lost."), self
        )
        self.understood.setObjectName("understood")
        for edit in (self.first, self.second):
            edit.textChanged.connect(self.update_state)
        self.understood.toggled.connect(self.update_state)
        self.go_button.setText(self.tr("Encrypt"))
        self.finish_layout(self.first, self.second, self.understood)

    def ready(self) -> bool:
        mismatch = self.tr("The two passphrases are not the same.")
        return self.new_twice(self.first, self.second, mismatch) and self.understood.isChecked()

    def work(self) -> Callable[[Progress], int]:
        passphrase, turn_on = self.first.text(), self.turn_on
        return lambda progress: turn_on(passphrase, progress)

    def unfinished(self) -> str:
        return self.tr(
            "The work stopped half way, but every file is whole. Facilitator asks for the new "
            "passphrase at the next start and then encrypts the rest."
        )
