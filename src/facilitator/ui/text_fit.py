"""Dialogs tall enough for their word-wrapped text.

Qt sizes a window by its layout's minimum size, which does not count the lines a word-wrapped
label needs at the window's width: a dialog opened with ``resize(width, 0)`` squeezed its
explanation and cut the first and last lines. :func:`keep_text_whole` sizes the dialog by the
layout's height for that width, and again whenever the layout changes (a problem line or a
progress bar shown or hidden).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _TextFit(QObject):
    def __init__(self, window: QWidget, width: int) -> None:
        super().__init__(window)
        self.window = window
        self.width = width
        self.pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self.fit)  # after the layout has taken the change in
        return False

    def fit(self) -> None:
        self.pending = False
        layout = self.window.layout()
        if layout is None:
            return
        layout.activate()
        width = max(self.width, self.window.width()) if self.window.isVisible() else self.width
        if layout.hasHeightForWidth():
            height = layout.totalHeightForWidth(width)
        else:
            height = layout.totalSizeHint().height()
        self.window.setMinimumHeight(height)
        if self.window.size().width() != width or self.window.height() != height:
            self.window.resize(width, height)


def keep_text_whole(window: QWidget, width: int) -> None:
    """Give ``window`` the width ``width`` and the height its text needs at that width, now and
    whenever its layout changes."""
    fit = _TextFit(window, width)
    window.installEventFilter(fit)
    fit.fit()
