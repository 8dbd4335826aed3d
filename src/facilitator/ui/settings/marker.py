"""The small note beside a setting that says where its value comes from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ...core.settings import Settings
from .. import icons


class SourceMarker(QWidget):
    """Hidden for the user's own values and built-in defaults.

    - locked by IT: a lock and "Set by your IT department" (the control is disabled);
    - a default that IT chose, which the user may change: "Default from your IT department".
    """

    def __init__(self, settings: Settings, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"marker_{key}")
        self.settings = settings
        self.key = key
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setObjectName("sourceMarker")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.text.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        icons.notifier().changed.connect(self.refresh)
        self.refresh()

    @property
    def state(self) -> str:
        """``locked``, ``site-default`` or ``""``."""
        if self.settings.is_locked(self.key):
            return "locked"
        if self.settings.source(self.key) == "site":
            return "site-default"
        return ""

    def refresh(self) -> None:
        state = self.state
        if state == "locked":
            self.text.setText(self.tr("Set by your IT department"))
        elif state == "site-default" and self.key == "content_folders":
            self.text.setText(self.tr("Shared folders from your IT department; add your own too"))
        elif state == "site-default":
            self.text.setText(self.tr("Default from your IT department; you may change it"))
        else:
            self.text.clear()
        if icons.is_ready() and state:
            self.icon.setPixmap(icons.icon("lock" if state == "locked" else "site").pixmap(16, 16))
        self.icon.setVisible(bool(state) and icons.is_ready())
        self.setVisible(bool(state))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
