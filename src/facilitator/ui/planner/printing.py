"""Export a plan as PDF with a progress bar and a Cancel button; the window keeps painting.

The documents are drawn by ``render.plan_pdf`` on the GUI thread, a page or a slide at a time,
handing the event loop its turn between them. It used to run on a worker thread, which hung the
whole app now and then: QPainter, fonts and Python's interpreter lock shared by two threads can
wait on each other for good. A hundred slides take about a third of a second, so one thread
costs nothing a user can see (docs/decisions.md, "Threads and the garbage collector").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.messages import MessageError
from ...core.model import Library, Plan
from ..i18n import core_text, os_error_text

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 400  # a quick export never flashes a dialog


class PdfExport(QObject):
    """One export, started from the event loop; ``finished_with`` tells how it ended."""

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
        self.plan, self.library, self.kind, self.out, self.theme = plan, library, kind, out, theme
        self.done = False
        self.cancelled = False
        self.steps = 0  # progress reports seen (pages or slides drawn)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("pdfProgress")
        self.dialog.setWindowTitle(self.tr("Export plan as PDF"))
        self.dialog.setLabelText(self.tr("Making %1…").replace("%1", out.name))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setRange(0, 0)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def start(self) -> None:
        """Begin as soon as the event loop runs again (the caller gets the job first)."""
        QTimer.singleShot(0, self, self._run)

    def _progress(self, done: int, total: int) -> None:
        from ...render.plan_pdf import Cancelled

        self.steps += 1
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        # Shows the dialog once the export has taken SHOW_AFTER_MS; a shown (modal) dialog
        # lets the event loop run on its own, Cancel included.
        self.dialog.setValue(done)
        if not self.dialog.isVisible():
            # Repaint and keep timers going; clicks and keys wait until the export is over.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.dialog.wasCanceled():
            raise Cancelled()

    def _run(self) -> None:
        from ...render.plan_pdf import Cancelled, export_plan_pdf
        from ...render.theme import get_theme

        error = ""
        try:
            export_plan_pdf(
                self.plan, self.library, self.kind, self.out, get_theme(self.theme), self._progress
            )
        except Cancelled:
            self.cancelled = True
        except MessageError as exc:  # nothing of that kind in the plan
            error = core_text(exc.text)
        except OSError as exc:
            error = os_error_text(exc)
        except Exception:  # logged with its traceback; the user gets a calm message
            log.exception("PDF export of a plan failed")
            error = QCoreApplication.translate(
                "PlannerScreen", "Something went wrong; the details are in the log."
            )
        self.done = True
        self.dialog.hide()
        self.dialog.deleteLater()
        self.finished_with.emit("" if self.cancelled else str(self.out), error)
        self.deleteLater()  # it held the plan and the library; the next export is a new job
