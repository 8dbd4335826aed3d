"""Encrypted records in the UI: the passphrase asked at start, and turning encryption on.

The rules live in ``core/store/cipher.py``; these dialogs only ask and tell. The passphrase is
never stored: it is asked at every start, unless IT names a key file (``records_key_file`` in the
machine-wide settings).
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

log = logging.getLogger(__name__)

MIN_LENGTH = 8


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
        self.resize(460, 0)

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


class EncryptDialog(QDialog):
    """Turning encryption on: what it means, what forgetting the passphrase means, and the
    passphrase twice. ``run`` gets the passphrase and does the work (the records are closed)."""

    def __init__(self, run: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("encryptDialog")
        self.run = run
        self.setWindowTitle(self.tr("Encrypt the records"))
        layout = QVBoxLayout(self)
        self.text = QLabel(
            self.tr(
                "Facilitator will encrypt the records and every backup (SQLCipher, AES-256). "
                "Anyone who copies the files then sees nothing but noise.\n\n"
                "Facilitator will ask for the passphrase each time it starts. The passphrase is "
                "not stored anywhere.\n\n"
                "If you forget the passphrase, the records cannot be opened again: not by you, "
                "not by your IT department, not by us. There is no way back. Write it down and "
                "keep it somewhere safe, away from this computer."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setPlaceholderText(self.tr("Passphrase (at least 8 characters)"))
        self.second = QLineEdit(self)
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setPlaceholderText(self.tr("The same passphrase again"))
        self.understood = QCheckBox(
            self.tr("I understand that a forgotten passphrase means the records are lost."), self
        )
        self.understood.setObjectName("understood")
        self.problem = QLabel(self)
        self.problem.setObjectName("encryptProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(self)
        self.encrypt_button = QPushButton(self.tr("Encrypt"), self)
        buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.encrypt_button.clicked.connect(self.go)
        buttons.rejected.connect(self.reject)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self.understood.toggled.connect(self._update)
        for widget in (self.text, self.first, self.second, self.understood, self.problem):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self._update()
        self.resize(520, 0)

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        ready = len(first) >= MIN_LENGTH and first == second and self.understood.isChecked()
        self.encrypt_button.setEnabled(ready)
        if second and first != second:
            self.problem.setText(self.tr("The two passphrases are not the same."))
            self.problem.show()
        else:
            self.problem.hide()

    def go(self) -> None:
        if not self.encrypt_button.isEnabled():
            return
        passphrase = self.first.text()
        if self.run(passphrase):
            self.first.clear()
            self.second.clear()
            self.accept()
