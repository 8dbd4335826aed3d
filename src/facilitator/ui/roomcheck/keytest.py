"""Press your clicker's keys: each key is named with the presenting command it triggers.

The commands and their keys are those of presenting itself
(``ui.present_actions.PRESENT_ACTIONS``), so a key shown as recognised here does the same in front
of the class.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..action_specs import key_text
from ..present_actions import PRESENT_ACTIONS
from .words import action_name

# What clickers send: next and previous always; black screen and start/leave on many.
CLICKER_ACTIONS = (
    "present.next",
    "present.previous",
    "present.black",
    "present.start",
    "present.leave",
)
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
}


def command_for(sequence: QKeySequence) -> str:
    """The presenting command this key triggers ('' when none)."""
    for spec in PRESENT_ACTIONS:
        for shortcut in spec.shortcuts:
            if QKeySequence(shortcut).matches(sequence) == QKeySequence.SequenceMatch.ExactMatch:
                return spec.id
    return ""


class KeyTest(QFrame):
    """A field that takes every key while it has the focus and ticks off the commands."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomKeyTest")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.recognised: dict[str, str] = {}  # command id -> the key that triggered it
        self.last = ""  # what the last key did, as shown
        self.prompt = QLabel(self)
        self.prompt.setObjectName("keyTestPrompt")
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.last_label = QLabel(self)
        self.last_label.setObjectName("keyTestLast")
        self.last_label.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.marks: dict[str, QLabel] = {}
        self.names: dict[str, QLabel] = {}
        for row, command in enumerate(CLICKER_ACTIONS):
            mark = QLabel(self)
            mark.setObjectName("keyTestMark")
            mark.setMinimumWidth(28)
            name = QLabel(self)
            grid.addWidget(mark, row, 0)
            grid.addWidget(name, row, 1)
            self.marks[command] = mark
            self.names[command] = name
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.prompt)
        layout.addLayout(grid)
        layout.addWidget(self.last_label)
        self.retranslateUi()

    def press(self, sequence: QKeySequence) -> str:
        """Take one key (as the keyboard or a test sends it); return the command it triggers."""
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        command = command_for(sequence)
        if command:
            self.recognised[command] = shown
            self.last = self.tr("%1: %2").replace("%1", shown).replace("%2", action_name(command))
        else:
            self.last = self.tr("%1 does nothing while presenting.").replace("%1", shown)
        self._show()
        self.changed.emit()
        return command

    def clear(self) -> None:
        self.recognised.clear()
        self.last = ""
        self._show()
        self.changed.emit()

    # Qt events ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        # Tab and Backtab would move the focus before keyPressEvent sees them.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                self.keyPressEvent(event)
                return True
        elif event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # every key comes here while the test has the focus
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _MODIFIER_KEYS or event.key() == Qt.Key.Key_unknown:
            event.accept()
            return
        self.press(QKeySequence(event.keyCombination()))
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._show()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setAccessibleName(self.tr("Key test"))
        self._show()

    def _show(self) -> None:
        self.prompt.setText(
            self.tr("Press your clicker's keys now. Click elsewhere to stop.")
            if self.hasFocus()
            else self.tr("Click here, then press each key of your clicker.")
        )
        for command in CLICKER_ACTIONS:
            keys = next(s.shortcuts for s in PRESENT_ACTIONS if s.id == command)
            seen = self.recognised.get(command, "")
            self.marks[command].setText("✓" if seen else "·")
            self.marks[command].setAccessibleName(
                self.tr("recognised") if seen else self.tr("not yet")
            )
            name = action_name(command)
            if seen:
                text = self.tr("%1: recognised (%2)").replace("%1", name).replace("%2", seen)
            else:
                listed = ", ".join(key_text(k) for k in keys)
                text = self.tr("%1 (%2)").replace("%1", name).replace("%2", listed)
            self.names[command].setText(text)
        self.last_label.setText(self.last)
