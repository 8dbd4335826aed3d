"""Export a plan as PDF in the background, with a progress bar; the app stays responsive.

The documents are drawn by ``render.plan_pdf`` on a worker thread (QPdfWriter and QPainter work
off the GUI thread); progress and the result come back to the GUI thread as queued signals.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.model import Library, Plan

log = logging.getLogger(__name__)


class _Worker(QThread):
    progressed = Signal(int, int)
    failed = Signal(str)

    def __init__(
        self, plan: Plan, library: Library, kind: str, out: Path, theme: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.plan, self.library, self.kind, self.out, self.theme = plan, library, kind, out, theme
        self.cancelled = False

    def run(self) -> None:
        from ...render.plan_pdf import Cancelled, export_plan_pdf
        from ...render.theme import get_theme

        def progress(done: int, total: int) -> None:
            if self.cancelled:
                raise Cancelled()
            self.progressed.emit(done, total)

        try:
            export_plan_pdf(
                self.plan, self.library, self.kind, self.out, get_theme(self.theme), progress
            )
        except Cancelled:
            self.failed.emit("")
        except (OSError, ValueError) as exc:
            self.failed.emit(getattr(exc, "strerror", None) or str(exc))
        except Exception as exc:  # logged with its traceback; the user gets a calm message
            log.exception("PDF export of a plan failed")
            self.failed.emit(str(exc))


class PdfExport(QObject):
    """One export: a worker thread and a progress dialog that appears if it takes a while."""

    finished_with = Signal(str, str)  # path, error ("" when written; "" path when cancelled)

    def __init__(
        self,
        plan: Plan,
        library: Library,
        kind: str,
        out: Path,
        theme: str,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.out = out
        self.error: str | None = None
        self.done = False
        self.worker = _Worker(plan, library, kind, out, theme, self)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("pdfProgress")
        self.dialog.setWindowTitle(self.tr("Export plan as PDF"))
        self.dialog.setLabelText(self.tr("Making %1…").replace("%1", out.name))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setMinimumDuration(400)
        self.dialog.setRange(0, 0)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self._cancel)
        self.worker.progressed.connect(self._progress)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)

    def start(self) -> None:
        self.worker.start()

    def wait(self) -> None:
        self.worker.wait()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        self.dialog.setValue(done)

    def _cancel(self) -> None:
        self.worker.cancelled = True

    def _failed(self, message: str) -> None:
        self.error = message

    def _finished(self) -> None:
        self.done = True
        self.dialog.reset()
        self.dialog.hide()
        if self.worker.cancelled:
            self.finished_with.emit("", "")
            return
        self.finished_with.emit(str(self.out), self.error or "")
