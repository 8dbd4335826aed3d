"""A records job with progress: turning encryption on, changing the passphrase, turning it off.

Each dialog asks (its own fields, ``ready`` and ``work``), then :class:`KeyJobDialog` runs the work
off the GUI thread through ``ui/background.start_job``: a progress bar and "file 3 of 12" as
``core/store/cipher.finish`` reports, the records closed while their files are rewritten
(``before``, which makes ``DatabaseOpener`` refuse to reopen them as busy) and read again
afterwards (``after``) whatever the outcome, no closing half way, and a failure said in the
dialog. The rules and the crash-safe order live in ``core/store/cipher.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.store.cipher import MIN_LENGTH
from ..background import Job, start_job
from ..text_fit import keep_text_whole

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def password(parent: QWidget, name: str, text: str) -> QLineEdit:
    """A passphrase field whose hint is also its name for a screen reader."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setPlaceholderText(text)
    edit.setAccessibleName(text)
    return edit


class KeyJobDialog(QDialog):
    """What the three dialogs share: the explanation, a problem line, a progress bar with the
    file it is at, the buttons, and running the work in the background. A dialog adds its
    fields (``finish_layout``) and says when it is ``ready`` and what its ``work`` is. Its words
    are in the context ``KeyJobDialog`` whichever dialog shows them
    (``QCoreApplication.translate``)."""

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
        self.progress_text = QLabel(self)  # "file 3 of 12", also read by a screen reader
        self.progress_text.setObjectName("rekeyProgressText")
        self.progress_text.hide()
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
        for widget in (*widgets, self.problem, self.progress, self.progress_text):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.buttons)
        self.update_state()
        keep_text_whole(self, 520)

    def ready(self) -> bool:
        raise NotImplementedError

    def work(self) -> Callable[[Progress], int]:
        raise NotImplementedError

    def new_twice(self, first: QLineEdit, second: QLineEdit, mismatch: str) -> bool:
        """Whether a new passphrase is long enough and typed the same twice; ``mismatch`` is
        said while the second differs from the first, and taken back once it does not."""
        one, two = first.text(), second.text()
        if two and one != two:
            self.problem.setText(mismatch)
            self.problem.show()
        elif self.problem.text() == mismatch:
            self.problem.hide()
        return len(one) >= MIN_LENGTH and one == two

    def unfinished(self) -> str:
        """What to say when the work stopped after the records file (every file is whole; the
        next start finishes it)."""
        return QCoreApplication.translate(
            "KeyJobDialog",
            "The work stopped half way, but every file is whole. Facilitator finishes it "
            "at the next start; either passphrase opens the records then.",
        )

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
        self.progress_text.clear()
        self.progress_text.show()
        self.setEnabled(False)
        self.before()
        self.job = start_job(
            lambda job: work(job.report),
            self._done,
            self,
            what=f"records: {self.objectName()}",
            failed=self._failed,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        if total:  # ``done`` files are finished: the next one is being worked on
            self.progress_text.setText(
                QCoreApplication.translate("KeyJobDialog", "File %1 of %2")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
            )

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
        self.progress_text.hide()
        self.after()
        reason = error.reason if isinstance(error, StoreError) else ""
        log.warning("%s did not finish (%s)", self.objectName(), reason or type(error).__name__)
        if isinstance(error, cipher.WrongPassphrase):
            text = QCoreApplication.translate(
                "KeyJobDialog",
                "That passphrase does not open the records. Nothing was changed; try again "
                "(capital letters count).",
            )
        elif reason == "unfinished":
            text = self.unfinished()
        elif reason == "locked":
            text = QCoreApplication.translate(
                "KeyJobDialog",
                "Another program has the records open (a presentation started from a "
                "terminal?). Nothing was changed: end it, then try again.",
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
