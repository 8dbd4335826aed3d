"""The calm dialog shown when something unexpected happened (``errors.ErrorReporter`` shows it):
what happened, that nothing is lost, and where the details are. Its own module, so starting the
app or a presentation does not build Qt's message box classes before anything went wrong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QGridLayout, QMessageBox, QSizePolicy, QSpacerItem, QWidget


class CalmErrorDialog(QMessageBox):
    """What the user sees: what happened, that nothing is lost, and where the details are."""

    def __init__(
        self, log_path: Path, parent: QWidget | None = None, *, at_start: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calmErrorDialog")
        self.log_path = log_path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Facilitator"))
        if at_start:
            self.setText(self.tr("Facilitator could not start."))
            message = self.tr("Nothing you saved is lost. Details are in the log: {path}")
        else:
            self.setText(self.tr("Something went wrong."))
            message = self.tr(
                "Facilitator keeps running; your work is saved. Details are in the log: {path}"
            )
        self.setInformativeText(message.format(path=str(log_path)))
        self.open_button = self.addButton(
            self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.close_button = self.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.close_button)
        self.setEscapeButton(self.close_button)
        self.open_button.clicked.connect(self.open_log_folder)
        layout = self.layout()
        if isinstance(layout, QGridLayout):  # room for the path: QMessageBox is narrow
            layout.addItem(
                QSpacerItem(460, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum),
                layout.rowCount(),
                0,
                1,
                layout.columnCount(),
            )

    def open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
