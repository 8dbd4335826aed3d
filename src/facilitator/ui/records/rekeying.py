"""Changing the records passphrase and turning encryption off (Settings > Records).

The rules live in ``core/store/cipher.py`` (``change_passphrase``, ``turn_off``); these dialogs
ask, then run the work off the GUI thread through ``ui/background.start_job`` with a progress
bar, and say what happened. The records are closed while the files are rewritten (``before``)
and read again afterwards (``after``), whatever the outcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..background import Job, start_job
from .encryption import MIN_LENGTH

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def _password(parent: QWidget, name: str, text: str) -> QLineEdit:
    """A passphrase field whose hint is also its name for a screen reader."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(text)
    edit.setAccessibleName(text)
    return edit


class KeyJobDialog(QDialog):
    """What the two dialogs share: the explanation, a problem line, a progress bar, the
    buttons, and running the work in the background. Its words are in the context
    ``KeyJobDialog`` whichever dialog shows them (``QCoreApplication.translate``)."""

    succeeded = Signal(int)  # how many damaged backups could not be converted

    def __init__(
        self, before: Callable[[], None], after: Callable[[], None], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.before = before
        self.after = after
        self.job: Job | None = None
        self.layout_ = QVBoxLayout(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("rekeyProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rekeyProgress")
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.go_button = QPushButton(self)
        self.buttons.addButton(self.go_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(
            QCoreApplication.translate("KeyJobDialog", "Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.go_button.clicked.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.text)

    def finish_layout(self, *widgets: QWidget) -> None:
        for widget in (*widgets, self.problem, self.progress):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.buttons)
        self.update_state()
        self.resize(520, 0)

    def ready(self) -> bool:
        raise NotImplementedError

    def work(self) -> Callable[[Progress], int]:
        raise NotImplementedError

    def update_state(self) -> None:
        self.go_button.setEnabled(self.job is None and self.ready())

    def reject(self) -> None:
        if self.job is None:  # the files are being rewritten: it cannot be stopped half way
            super().reject()

    def go(self) -> None:
        if not self.go_button.isEnabled():
            return
        work = self.work()
        self.problem.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.setEnabled(False)
        self.before()
        self.job = start_job(
            lambda job: work(job.report),
            self._done,
            self,
            what="records key",
            failed=self._failed,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _done(self, left: int) -> None:
        self.job = None
        self.setEnabled(True)
        self.after()
        self.clear()
        self.succeeded.emit(left)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        from ...core.store import cipher
        from ...core.store.errors import StoreError

        self.job = None
        self.setEnabled(True)
        self.progress.hide()
        self.after()
        reason = error.reason if isinstance(error, StoreError) else ""
        log.warning("the records key was not changed (%s)", reason or type(error).__name__)
        if isinstance(error, cipher.WrongPassphrase):
            text = QCoreApplication.translate(
                "KeyJobDialog",
                "That passphrase does not open the records. Nothing was changed; try again "
                "(capital letters count).",
            )
        elif reason == "unfinished":
            text = QCoreApplication.translate(
                "KeyJobDialog",
                "The work stopped half way, but every file is whole. Facilitator finishes it "
                "at the next start; either passphrase opens the records then.",
            )
        else:
            text = QCoreApplication.translate(
                "KeyJobDialog",
                "It could not be done (is the disk full?). Nothing was changed: the records "
                "open as before.",
            )
        self.problem.setText(text)
        self.problem.show()
        self.update_state()

    def clear(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.clear()


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
        self.old = _password(self, "oldPassphrase", self.tr("The passphrase in use now"))
        self.first = _password(
            self, "newPassphrase", self.tr("New passphrase (at least 8 characters)")
        )
        self.second = _password(self, "repeatPassphrase", self.tr("The new passphrase again"))
        for edit in (self.old, self.first, self.second):
            edit.textChanged.connect(self.update_state)
        self.go_button.setText(self.tr("Change the passphrase"))
        self.finish_layout(self.old, self.first, self.second)

    def ready(self) -> bool:
        first, second = self.first.text(), self.second.text()
        if second and first != second:
            self.problem.setText(self.tr("The two new passphrases are not the same."))
            self.problem.show()
        elif self.problem.text() == self.tr("The two new passphrases are not the same."):
            self.problem.hide()
        return bool(self.old.text()) and len(first) >= MIN_LENGTH and first == second

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
        self.entry = _password(self, "passphrase", self.tr("The passphrase in use now"))
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
