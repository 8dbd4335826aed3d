"""Changing the records passphrase and turning encryption off (Settings > Records).

The rules live in ``core/store/cipher.py`` (``change_passphrase``, ``turn_off``); these dialogs
ask; ``key_job.KeyJobDialog`` runs the work off the GUI thread with a progress bar, keeps the
records closed meanwhile and says what happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from .key_job import KeyJobDialog, Progress, password


class ChangePassphraseDialog(KeyJobDialog):
    """The passphrase in use, the new one twice (the same rules as turning encryption on)."""

    def __init__(
        self,
        change: Callable[[str, str, Progress], int],
        before: Callable[[], None],
        after: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(before, after, parent)
        self.setObjectName("changePassphraseDialog")
        self.change = change
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.text.setText(
            self.tr(
                "Facilitator puts the records and every backup under the new passphrase. From "
                "then on only the new one opens them. Write it down and keep it somewhere "
                "safe, away from this computer."
            )
        )
        self.old = password(self, "oldPassphrase", self.tr("The passphrase in use now"))
        self.first = password(
            self, "newPassphrase", self.tr("New passphrase (at least 8 characters)")
        )
        self.second = password(self, "repeatPassphrase", self.tr("The new passphrase again"))
        for edit in (self.old, self.first, self.second):
            edit.textChanged.connect(self.update_state)
        self.go_button.setText(self.tr("Change the passphrase"))
        self.finish_layout(self.old, self.first, self.second)

    def ready(self) -> bool:
        mismatch = self.tr("The two new passphrases are not the same.")
        return self.new_twice(self.first, self.second, mismatch) and bool(self.old.text())

    def work(self) -> Callable[[Progress], int]:
        old, new, change = self.old.text(), self.first.text(), self.change
        return lambda progress: change(old, new, progress)


class TurnOffDialog(KeyJobDialog):
    """Says plainly what turning encryption off means, asks the passphrase and a tick."""

    def __init__(
        self,
        turn_off: Callable[[str, Progress], int],
        before: Callable[[], None],
        after: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(before, after, parent)
        self.setObjectName("turnOffDialog")
        self.turn_off = turn_off
        self.setWindowTitle(self.tr("Turn encryption off"))
        self.text.setText(
            self.tr(
                "Facilitator will decrypt the records and every backup. After that, anyone who "
                "gets hold of the files (a copy, a lost laptop, a backup of this computer) can "
                "read every session, note and progress log in them. No passphrase is asked at "
                "start any more."
            )
        )
        self.entry = password(self, "passphrase", self.tr("The passphrase in use now"))
        self.understood = QCheckBox(
            self.tr("I understand that the records will be readable by anyone with the files."),
            self,
        )
        self.understood.setObjectName("understood")
        self.entry.textChanged.connect(self.update_state)
        self.understood.toggled.connect(self.update_state)
        self.go_button.setText(self.tr("Turn encryption off"))
        self.finish_layout(self.entry, self.understood)

    def ready(self) -> bool:
        return bool(self.entry.text()) and self.understood.isChecked()

    def work(self) -> Callable[[Progress], int]:
        passphrase, turn_off = self.entry.text(), self.turn_off
        return lambda progress: turn_off(passphrase, progress)
