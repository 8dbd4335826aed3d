"""A text field that saves as you type: about 300 ms after the last key, on leaving the field,
and when the screen closes. A save that fails keeps the text on screen and tries again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

DEBOUNCE_MS = 300
RETRY_MS = 5000


class AutosaveText(QPlainTextEdit):
    """``save(text) -> bool`` is called with the whole text; True means it is on disk."""

    state_changed = Signal(str)  # "saved", "pending" or "failed"

    def __init__(self, parent: QWidget | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.save: Callable[[str], bool] | None = None
        self.dirty = False
        self.state = "saved"
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(debounce_ms)
        self.timer.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)

    def load(self, text: str, save: Callable[[str], bool] | None) -> None:
        """Show another record's text. The previous one is saved first."""
        self.flush()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        self.save = save
        self.dirty = False
        self._set_state("saved")

    def _changed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._set_state("pending")
        self.timer.start()

    def flush(self) -> bool:
        """Save now if anything is unsaved. Returns True when nothing is left unsaved."""
        self.timer.stop()
        if not self.dirty or self.save is None:
            return not self.dirty
        if self.save(self.toPlainText()):
            self.dirty = False
            self.retry.stop()
            self._set_state("saved")
            return True
        self._set_state("failed")
        self.retry.start()  # the text stays; try again in a moment
        return False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.flush()
        super().focusOutEvent(event)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
