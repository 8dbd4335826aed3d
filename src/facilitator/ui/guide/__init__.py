"""The user guide in the app: Help > Guide, and F1 opens the page about the screen in front.

:class:`Guide` is the service a window holds: it builds the :class:`GuideWindow` when first asked
and binds F1 in dialogs that have a page of their own (``bind_f1``). The pages are Markdown in
``resources/guide`` (core/guide.py reads and searches them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from ...core.guide import PAGES, SCREENS
from ..present.screens import bring_to_front
from .window import GuideWindow

__all__ = ["Guide", "GuideWindow"]

# The main window's screens by object name -> a key of core.guide.SCREENS.
SCREEN_WIDGETS = {
    "libraryBrowser": "library",
    "plannerScreen": "plans",
    "sessionsScreen": "sessions",
    "mentorScreen": "mentor",
}


class Guide(QObject):
    def __init__(self, owner: QWidget, theme: Callable[[], str]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.theme = theme
        self.window: GuideWindow | None = None

    def open(self, screen: str = "") -> GuideWindow:
        """Show the guide at the page for ``screen`` (a key of core.guide.SCREENS, or a page)."""
        if self.window is None:
            self.window = GuideWindow(self.theme, self.owner)
        page, anchor = SCREENS.get(screen, (screen, ""))
        if page in PAGES:
            self.window.search_field.clear()
            self.window.show_page(page, anchor)
        self.window.show()
        bring_to_front(self.window)
        return self.window

    def open_for(self, screen: QWidget | None) -> GuideWindow:
        """Show the guide at the page for the main window's screen in front."""
        name = screen.objectName() if screen is not None else ""
        return self.open(SCREEN_WIDGETS.get(name, "library"))

    def bind_f1(self, dialog: QWidget, screen: str) -> None:
        """F1 in ``dialog`` opens the guide at its page."""
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.open(screen))
