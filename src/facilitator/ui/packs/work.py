"""Pack jobs off the GUI thread, with a progress dialog whose Cancel stops them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..background import start_job

ProgressJob = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class Job(QObject):
    """Run ``job(progress, cancelled)`` on a thread with a progress dialog; then ``done(result)``
    or ``failed(error)`` on the GUI thread. Cancel asks the job to stop at its next file."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        cancel_text: str,
        job: ProgressJob,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        self.dialog.setObjectName("packProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)

        def finish(result: Any) -> None:
            self._close()
            done(result)

        def fail(error: BaseException) -> None:
            self._close()
            failed(error)

        # Progress comes back as a queued signal (values only, from the worker thread).
        self.job = start_job(
            lambda running: job(running.report, lambda: running.cancelled),
            finish,
            self,
            what="pack job",
            failed=fail,
            progress=self._show_progress,
        )
        self.dialog.canceled.connect(self.job.cancel)

    def cancel(self) -> None:
        self.job.cancel()

    def _show_progress(self, done_bytes: int, total: int) -> None:
        if total:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(min(1000, done_bytes * 1000 // total))

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
