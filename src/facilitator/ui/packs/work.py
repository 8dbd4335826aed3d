"""Pack jobs off the GUI thread, with a progress dialog whose Cancel stops them."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..background import in_background

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
        self._stop = threading.Event()
        self._seen = (0, 0)
        self.dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
        self.dialog.setObjectName("packProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self._stop.set)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._show_progress)

        def progress(done_bytes: int, total: int) -> None:  # on the worker thread: values only
            self._seen = (done_bytes, total)

        def finish(result: Any) -> None:
            self._close()
            done(result)

        def fail(error: BaseException) -> None:
            self._close()
            failed(error)

        self._timer.start()
        in_background(
            lambda: job(progress, self._stop.is_set),
            finish,
            self,
            what="pack job",
            failed=fail,
        )

    def cancel(self) -> None:
        self._stop.set()

    def _show_progress(self) -> None:
        done_bytes, total = self._seen
        if total:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(min(1000, done_bytes * 1000 // total))

    def _close(self) -> None:
        self._timer.stop()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
