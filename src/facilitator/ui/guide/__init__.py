"""The user guide in the app: Help > Guide, and F1 opens the page about the screen in front.

:class:`Guide` is the service the main window holds. It builds the :class:`GuideWindow` when
first asked, and gives F1 to the dialogs that have a page of their own (:data:`DIALOG_SCREENS`,
by object name) the first time one of them gets the focus, so the dialogs need not know the
guide. The pages are Markdown in ``resources/guide`` (core/guide.py reads and searches them).

The guide is a window of its own, not a child of the main window: a window-modal dialog (Settings,
"Record this session") blocks its parent and the parent's other windows, and the guide opened
from such a dialog must still scroll and search. It closes with the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ..present.screens import bring_to_front

if TYPE_CHECKING:
    from .window import GuideWindow

__all__ = ["Guide"]

# The main window's screens by object name -> a key of core.guide.SCREENS.
SCREEN_WIDGETS = {
    "libraryBrowser": "library",
    "plannerScreen": "plans",
    "sessionsScreen": "sessions",
    "mentorScreen": "mentor",
    "editorScreen": "editor",
}
# Dialogs whose F1 opens a page of their own, by object name.
DIALOG_SCREENS = {
    "settingsDialog": "settings",
    "sessionStartDialog": "presenting",
    "backupsDialog": "backups",
}
_BOUND = "guideF1"  # a dialog's property once its F1 is bound


class Guide(QObject):
    def __init__(self, owner: QWidget, theme: Callable[[], str]) -> None:
        super().__init__(owner)
        self.owner = owner
        self.theme = theme
        self.window: GuideWindow | None = None
        owner.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def open(self, screen: str = "") -> GuideWindow:
        """Show the guide at the page for ``screen`` (a key of core.guide.SCREENS, or a page)."""
        from ...core.guide import PAGES, SCREENS  # imported when first asked: a faster start
        from .window import GuideWindow

        if self.window is None:
            self.window = GuideWindow(self.theme)
            self.window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            self.owner.destroyed.connect(self.window.deleteLater)
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
        """F1 in ``dialog`` opens the guide at the page for ``screen``."""
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.open(screen))
        dialog.setProperty(_BOUND, True)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        dialog = new.window()
        screen = DIALOG_SCREENS.get(dialog.objectName())
        if screen and not dialog.property(_BOUND):
            self.bind_f1(dialog, screen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.owner and event.type() == QEvent.Type.Close and self.window:
            self.window.close()
        return False
