"""File > Import a deck… and decks dropped on the library list (issue 12).

The reading and writing are :mod:`facilitator.core.importers`, run off the GUI thread with
``ui/background.py``'s ``start_job``; this module only asks for the files, shows progress with
Cancel, asks "update the earlier import or import as new" when a file was imported before, shows
the report and opens the new item in the preview.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QTextEdit, QWidget

from ...core import paths
from ...core.importers import (
    FORMATS,
    Earlier,
    ImportRefused,
    ImportResult,
    Outcome,
    Prepared,
    finish_import,
    is_importable,
    prepare_import,
)
from ..background import Job, start_job
from ..i18n import core_text

log = logging.getLogger(__name__)


class DeckImport(QObject):
    """Imports decks into the user's own folder, then ``reload()`` and ``show(item_id)``."""

    finished = Signal(list)  # the outcomes, after the report is shown

    def __init__(
        self,
        window: QWidget,
        language: Callable[[], str],
        reload: Callable[[], None],
        show: Callable[[str], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.language = language
        self.reload = reload
        self.show = show
        self.last_outcomes: list[Outcome] = []
        self.last_errors: list[str] = []
        self.job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._queue: list[Path] = []
        self._done = 0
        self._cancelled = False
        self._stage = ""  # "read" or "write" while a file is at work
        self._remaining = 0  # the file dropped by Cancel while it was read
        self._run = 0  # one number per import_files: late answers of a cancelled run are ignored

    # Entry points ------------------------------------------------------------------------

    def choose_files(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in FORMATS)
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import decks"),
            str(Path.home()),
            self.tr("Decks") + f" ({patterns})",
        )
        if files:
            self.import_files([Path(f) for f in files])

    def watch_drops(self, widget: QWidget) -> None:
        """Accept deck files dropped on ``widget`` (the library list)."""
        target = getattr(widget, "viewport", lambda: widget)()
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped(event):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop:
            files = self._dropped(event)
            if files:
                event.acceptProposedAction()  # type: ignore[attr-defined]
                self.import_files(files)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped(event: QEvent) -> list[Path]:
        data = event.mimeData()  # type: ignore[attr-defined]
        if data is None or not data.hasUrls():
            return []
        files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
        return [f for f in files if is_importable(f)]

    # The work ----------------------------------------------------------------------------
    # Each file is read on a thread (prepare_import), the question "update or import as new" is
    # asked here on the GUI thread, and the deck is written on a thread again (finish_import):
    # the window keeps drawing, and Cancel stops at once. A deck being read when Cancel is
    # pressed is dropped (nothing of it was written); one being written is finished (the write
    # is atomic) and listed.

    @property
    def running(self) -> bool:
        return self._progress is not None

    def import_files(self, files: list[Path]) -> None:
        """Import ``files`` one after the other, off the GUI thread. Files given while an import
        runs join it. At the end: reload, show the last new item, the report, ``finished``."""
        if not files:
            return
        if self._progress is not None:
            self._queue.extend(files)
            self._progress.setMaximum(self._progress.maximum() + len(files))
            return
        self.last_outcomes, self.last_errors = [], []
        self._queue = list(files)
        self._done = 0
        self._cancelled = False
        self._remaining = 0
        self._run += 1
        progress = QProgressDialog(
            self.tr("Importing decks…"), self.tr("Cancel"), 0, len(files), self.window
        )
        progress.setObjectName("deckImportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0 if len(files) > 1 else 400)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self._progress = progress
        self._next()

    def cancel(self) -> None:
        """Stop: the file being read is dropped, no further file is started."""
        self._cancelled = True
        self._remaining = 1 if self._stage == "read" else 0
        if self.job is not None:
            self.job.cancel()
        if self._stage == "read":
            self._finish()

    def _next(self) -> None:
        if self._cancelled or not self._queue:
            self._finish()
            return
        file = self._queue.pop(0)
        assert self._progress is not None
        self._progress.setValue(self._done)
        self._progress.setLabelText(self.tr("Importing %1…").replace("%1", file.name))
        content, language, run = paths.user_content_dir(), self.language(), self._run
        self._stage = "read"
        self.job = start_job(
            lambda _job: prepare_import(file, content, language=language),
            lambda prepared: self._prepared(run, file, prepared),
            self,
            what="deck import",
            failed=lambda error: self._refused(run, file, error),
        )

    def _prepared(self, run: int, file: Path, prepared: Prepared) -> None:
        if run != self._run or self._cancelled:
            return  # cancelled while it was read: nothing of it was written
        choice = "update"
        if prepared.earlier is not None:
            choice = self._ask_about_earlier(prepared.earlier, prepared.result)
        language = self.language()
        self._stage = "write"
        self.job = start_job(
            lambda _job: finish_import(prepared, choice, language=language),  # type: ignore[arg-type]
            lambda outcome: self._written(run, outcome),
            self,
            what="deck import",
            failed=lambda error: self._refused(run, file, error),
        )

    def _written(self, run: int, outcome: Outcome) -> None:
        if run == self._run:
            self.last_outcomes.append(outcome)
            self._file_done()

    def _refused(self, run: int, file: Path, error: BaseException) -> None:
        if run != self._run or (self._stage == "read" and self._cancelled):
            return
        if isinstance(error, ImportRefused):
            self.last_errors.append(core_text(error.message))
        elif isinstance(error, OSError):
            self.last_errors.append(f"{file.name}: {error.strerror or error}")
        else:  # a bug: logged with its traceback, the user gets one line
            trace = (type(error), error, error.__traceback__)
            log.error("importing %s failed", file, exc_info=trace)
            self.last_errors.append(
                self.tr("%1: could not be imported (an error in Facilitator; see the log)").replace(
                    "%1", file.name
                )
            )
        self._file_done()

    def _file_done(self) -> None:
        self._done += 1
        self._stage = ""
        self._next()

    def _finish(self) -> None:
        if self._progress is None:
            return
        self._stage = ""
        self.job = None
        self._progress.canceled.disconnect(self.cancel)
        self._progress.close()
        self._progress.deleteLater()
        self._progress = None
        written = [o for o in self.last_outcomes if o.written is not None]
        if written:
            self.reload()
            self.show(written[-1].written.item_id)  # type: ignore[union-attr]
        self._report()
        self.finished.emit(self.last_outcomes)

    def _ask_about_earlier(self, earlier: Earlier, result: ImportResult) -> str:
        if earlier.digest == result.digest:
            return "update"  # the very same file: nothing to ask, nothing to write
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Imported before"))
        box.setText(
            self.tr(
                "%1 was imported before. Update the earlier import, or import it as new?"
            ).replace("%1", result.source.name)
        )
        box.setInformativeText(
            self.tr("Updating keeps its id, so plans and session logs stay linked to it.")
        )
        update = box.addButton(
            self.tr("Update the earlier import"), QMessageBox.ButtonRole.AcceptRole
        )
        new = box.addButton(self.tr("Import as new"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(update)
        box.exec()
        clicked = box.clickedButton()
        return "update" if clicked is update else "new" if clicked is new else "skip"

    def _report(self) -> None:
        lines: list[str] = []
        statuses = {
            "imported": self.tr("imported"),
            "updated": self.tr("updated"),
            "unchanged": self.tr("unchanged"),
            "skipped": self.tr("skipped"),
        }
        simplified_word = self.tr("slide %1: simplified: %2")
        dropped_word = self.tr("slide %1: dropped: %2")
        for outcome in self.last_outcomes:
            result = outcome.result
            count = self.tr("%1 slides").replace("%1", str(len(result.slides)))
            status = statuses.get(outcome.status, outcome.status)
            lines.append(f"{result.source.name}: {count} ({status})")
            lines.extend(f"  {core_text(remark)}" for remark in result.remarks)
            for number, slide in enumerate(result.slides, 1):
                for entry in slide.report.simplified:
                    line = simplified_word.replace("%1", str(number)).replace(
                        "%2", core_text(entry)
                    )
                    lines.append(f"  {line}")
                for entry in slide.report.dropped:
                    line = dropped_word.replace("%1", str(number)).replace("%2", core_text(entry))
                    lines.append(f"  {line}")
        lines.extend(self.last_errors)
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Import report"))
        count = len([o for o in self.last_outcomes if o.written is not None])
        box.setIcon(QMessageBox.Icon.Warning if self.last_errors else QMessageBox.Icon.Information)
        box.setText(
            self.tr("%1 decks imported into My material; %2 refused.")
            .replace("%1", str(count))
            .replace("%2", str(len(self.last_errors)))
        )
        if self._cancelled:
            left = self._remaining + len(self._queue)
            box.setInformativeText(
                self.tr("Cancelled: %1 files were not imported.").replace("%1", str(left))
            )
        if lines:
            box.setDetailedText("\n".join(lines))
            for details in box.findChildren(QTextEdit):  # Qt's own box for the details
                details.setAccessibleName(self.tr("Details"))
        box.open()  # not modal-blocking: tests and the user can go on
        self.report_box = box
