"""The key help overlay: every shortcut in the action registry, grouped, over a dimmed window.

It is built from :meth:`ActionRegistry.help_entries` each time it opens, so it always lists what
the registry holds, in the current language. Shift+F1 or ? opens it (F1 opens the guide); Esc,
F1, ? or a click outside the card close it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .actions import ActionRegistry, HelpEntry

CLOSING_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Question)


class KeyHelpOverlay(QWidget):
    def __init__(self, registry: ActionRegistry, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyHelp")
        self.registry = registry
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._return_focus: QWidget | None = None

        self.card = QFrame(self)
        self.card.setObjectName("keyHelpCard")
        self.title = QLabel(self.card)
        self.title.setObjectName("keyHelpTitle")
        self.hint = QLabel(self.card)
        self.hint.setObjectName("keyHelpHint")
        self.scroll = QScrollArea(self.card)
        self.scroll.setObjectName("keyHelpScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.scroll.setWidget(self.body)
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.hint)
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(32, 26, 32, 26)
        layout.setSpacing(18)
        layout.addLayout(head)
        layout.addWidget(self.scroll, 1)
        parent.installEventFilter(self)
        self.hide()

    # --- opening and closing -------------------------------------------------------------------
    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        self._return_focus = self.window().focusWidget()
        self.rebuild()
        self.setGeometry(self.parentWidget().rect())
        self._place_card()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_overlay(self) -> None:
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_focus = None

    def event(self, event: QEvent) -> bool:
        # The keys that close the card are the card's own, not the window's shortcuts
        # (F1 opens the guide elsewhere, ? toggles this card).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in CLOSING_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in CLOSING_KEYS:
            self.close_overlay()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close_overlay()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
            self._place_card()
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self.rebuild()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(8, 14, 20, 150))
        painter.end()

    # --- content -------------------------------------------------------------------------------
    def rebuild(self) -> None:
        self.title.setText(self.tr("Keyboard shortcuts"))
        self.hint.setText(self.tr("Esc or F1 closes"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        # A fresh body each time: the scroll area deletes the old one.
        self.body = QWidget()
        self.body.setObjectName("keyHelpBody")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 8, 0)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        groups = self.registry.help_entries()
        half = (sum(len(e) + 2 for _, e in groups) + 1) // 2
        column, row, used = 0, 0, 0
        for title, entries in groups:
            if column == 0 and used and used + len(entries) / 2 > half:
                column, row = 1, 0
            heading = QLabel(title)
            heading.setObjectName("keyHelpGroup")
            self.grid.addWidget(heading, row, column * 2, 1, 2)
            row += 1
            for entry in entries:
                self._add_entry(entry, row, column)
                row += 1
            spacer = QLabel("")
            spacer.setFixedHeight(8)
            self.grid.addWidget(spacer, row, column * 2)
            row += 1
            used += len(entries) + 2
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.scroll.setWidget(self.body)
        self._place_card()

    def _add_entry(self, entry: HelpEntry, row: int, column: int) -> None:
        text = QLabel(entry.text)
        text.setObjectName("keyHelpText")
        # Long descriptions wrap; key caps never shrink (Danish and Norwegian key names are long).
        text.setWordWrap(True)
        keys = QWidget()
        keys_layout = QHBoxLayout(keys)
        keys_layout.setContentsMargins(0, 0, 0, 0)
        keys_layout.setSpacing(6)
        for number, key in enumerate(entry.keys):
            if number:
                separator = QLabel(self.tr("or"))
                separator.setObjectName("keyHelpOr")
                keys_layout.addWidget(separator)
            cap = QLabel(key)
            cap.setObjectName("keyCap")
            cap.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            keys_layout.addWidget(cap)
        keys_layout.addStretch(1)
        keys.ensurePolished()
        for cap in keys.findChildren(QLabel):
            cap.ensurePolished()
            cap.setMinimumWidth(cap.sizeHint().width())
        keys.setMinimumWidth(keys_layout.minimumSize().width())
        self.grid.addWidget(text, row, column * 2)
        self.grid.addWidget(keys, row, column * 2 + 1)

    def shown_keys(self) -> list[str]:
        """Every key cap on the card, for tests."""
        return [label.text() for label in self.body.findChildren(QLabel, "keyCap")]

    def _place_card(self) -> None:
        area = self.rect()
        layout = self.card.layout()
        margins = layout.contentsMargins()
        needed = self.body.minimumSizeHint().width() + margins.left() + margins.right() + 24
        width = min(max(980, needed), area.width() - 80)
        head = max(self.title.sizeHint().height(), self.hint.sizeHint().height())
        inner = width - margins.left() - margins.right()
        body_height = self.body.heightForWidth(inner)
        if body_height <= 0:
            body_height = self.body.sizeHint().height()
        wanted = margins.top() + margins.bottom() + head + layout.spacing() + body_height + 8
        height = min(wanted, area.height() - 60)
        self.card.setGeometry(
            area.left() + (area.width() - width) // 2,
            area.top() + (area.height() - height) // 2,
            width,
            height,
        )
