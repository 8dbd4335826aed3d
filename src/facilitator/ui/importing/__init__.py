"""File > Import a deck… and decks dropped on the library list (issue 12).

The reading and writing are :mod:`facilitator.core.importers`; this module only asks for the
files, shows progress with Cancel for several files, asks "update the earlier import or import as
new" when a file was imported before, shows the report and opens the new item in the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QTextEdit, QWidget

from ...core import paths
from ...core.importers import (
    FORMATS,
    Earlier,
    ImportRefused,
    ImportResult,
    Outcome,
    import_deck,
    is_importable,
)


class DeckImport(QObject):
    """Imports decks into the user's own folder, then ``reload()`` and ``show(item_id)``."""

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

    def import_files(self, files: list[Path]) -> list[Outcome]:
        self.last_outcomes, self.last_errors = [], []
        progress = None
        if len(files) > 1:
            progress = QProgressDialog(
                self.tr("Importing decks…"), self.tr("Cancel"), 0, len(files), self.window
            )
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
        content = paths.user_content_dir()
        for number, file in enumerate(files):
            if progress is not None:
                progress.setValue(number)
                progress.setLabelText(self.tr("Importing %1…").replace("%1", file.name))
                QCoreApplication.processEvents()
                if progress.wasCanceled():
                    break
            try:
                outcome = import_deck(
                    file, content, language=self.language(), choose=self._ask_about_earlier
                )
            except ImportRefused as refused:
                self.last_errors.append(str(refused))
                continue
            except OSError as error:
                self.last_errors.append(f"{file.name}: {error.strerror or error}")
                continue
            self.last_outcomes.append(outcome)
        if progress is not None:
            progress.setValue(len(files))
            progress.close()
        written = [o for o in self.last_outcomes if o.written is not None]
        if written:
            self.reload()
            self.show(written[-1].written.item_id)  # type: ignore[union-attr]
        self._report()
        return self.last_outcomes

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
        for outcome in self.last_outcomes:
            result = outcome.result
            count = f"{len(result.slides)} slides"
            lines.append(f"{result.source.name}: {count} ({outcome.status})")
            lines.extend(f"  {remark}" for remark in result.remarks)
            for number, slide in enumerate(result.slides, 1):
                for entry in slide.report.simplified:
                    lines.append(f"  slide {number}: simplified: {entry}")
                for entry in slide.report.dropped:
                    lines.append(f"  slide {number}: dropped: {entry}")
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
        if lines:
            box.setDetailedText("\n".join(lines))
            for details in box.findChildren(QTextEdit):  # Qt's own box for the details
                details.setAccessibleName(self.tr("Details"))
        box.open()  # not modal-blocking: tests and the user can go on
        self.report_box = box
