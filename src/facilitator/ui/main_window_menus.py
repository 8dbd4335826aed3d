"""The main window's bars: the menu bar (File, View, Plan, Present, Help), the library list's
context menu, the tool bar (search, the four pages, New, Settings, Keys) and the status bar (the
item count, the problems button). Every entry is an action of ``ui/actions.py``'s registry.

A mixin of ``MainWindow``, built once in its constructor; it has no words of its own (the
actions and ``MainWindow.retranslateUi`` name everything).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from . import style
from .library.preview import presentable

THEMES = ("light", "dark", "high-contrast")


class MainWindowMenus:
    """Part of ``MainWindow`` (see the module's docstring)."""

    registry: Any
    browser: Any
    settings: Any
    library_menu: QMenu | None
    page_buttons: list[QToolButton]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = QMenu(bar)
        for action_id in ("plan.new", "plan.import", "plan.export", "plan.print", "plan.pack"):
            self.file_menu.addAction(self.registry.action(action_id))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.registry.action("item.new"))
        self.file_menu.addAction(self.registry.action("item.edit"))
        self.file_menu.addAction(self.registry.action("file.import-deck"))
        self.file_menu.addAction(self.registry.action("file.backups"))
        self.file_menu.addAction(self.registry.action("file.settings"))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.registry.action("file.quit"))
        self.view_menu = QMenu(bar)
        self.view_menu.addAction(self.registry.action("view.library"))
        self.view_menu.addAction(self.registry.action("view.plans"))
        self.view_menu.addAction(self.registry.action("view.sessions"))
        self.view_menu.addAction(self.registry.action("view.mentor"))
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.registry.action("library.find"))
        self.view_menu.addAction(self.registry.action("library.clear"))
        self.view_menu.addSeparator()
        self.theme_menu = QMenu(self.view_menu)
        for theme in THEMES:
            self.theme_menu.addAction(self.registry.action(f"view.theme.{theme}"))
        self.view_menu.addMenu(self.theme_menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.registry.action("library.problems"))
        self.plan_menu = QMenu(bar)
        self.plan_menu.setObjectName("planMenu")
        for action_id in (
            "plan.new",
            "plan.template",
            "plan.duplicate",
            "plan.delete",
            None,
            "plan.undo",
            "plan.redo",
            None,
            "plan.add",
            "plan.break",
            "plan.free",
            "plan.section",
            "plan.up",
            "plan.down",
            "plan.remove",
            None,
            "plan.slides",
            "plan.replace",
            "plan.actual",
        ):
            if action_id is None:
                self.plan_menu.addSeparator()
            else:
                self.plan_menu.addAction(self.registry.action(action_id))
        # Presenting has a menu of its own: a first-time trainer looks for it in the menu bar.
        self.present_menu = QMenu(bar)
        self.present_menu.setObjectName("presentMenu")
        for action_id in (
            "library.present",
            "library.present-here",
            "library.resume",
            None,
            "plan.present",
            None,
            "room.check",
        ):
            if action_id is None:
                self.present_menu.addSeparator()
            else:
                self.present_menu.addAction(self.registry.action(action_id))
        self.help_menu = QMenu(bar)
        self.help_menu.addAction(self.registry.action("help.guide"))
        self.help_menu.addAction(self.registry.action("help.keys"))
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.registry.action("help.about"))
        for menu in (
            self.file_menu,
            self.view_menu,
            self.plan_menu,
            self.present_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)
        self.browser.preview.header.present_requested.connect(
            self.registry.action("library.present").trigger
        )
        self.browser.preview.header.edit_requested.connect(self.edit_item)
        self.browser.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.tree.customContextMenuRequested.connect(self._library_context_menu)
        locked = self.settings.is_locked("theme")
        for theme in THEMES:
            self.registry.action(f"view.theme.{theme}").setEnabled(not locked)

    def _library_context_menu(self, pos) -> None:  # type: ignore[no-untyped-def]
        """Right-click on an item: present it (decks and exercises) or add it to the plan."""
        menu = self.library_menu_at(pos)
        if menu is not None:
            menu.popup(self.browser.tree.viewport().mapToGlobal(pos))

    def library_menu_at(self, pos) -> QMenu | None:  # type: ignore[no-untyped-def]
        """The context menu for the list row at ``pos`` (chosen first), or None off the rows."""
        tree = self.browser.tree
        index = tree.indexAt(pos)
        if not index.isValid():
            return None
        tree.setCurrentIndex(index)
        self.browser.flush_preview()
        item = self.browser.preview.item
        if item is None:
            return None
        if self.library_menu is not None:
            self.library_menu.deleteLater()
        menu = QMenu(tree)
        menu.setObjectName("libraryContextMenu")
        if presentable(item):
            menu.addAction(self.registry.action("library.present"))
            if item.kind == "deck":
                menu.addAction(self.registry.action("library.present-here"))
            menu.addSeparator()
        menu.addAction(self.registry.action("plan.add"))
        self.library_menu = menu
        return menu

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolBar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.browser.search_bar.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.search_action = self.toolbar.addWidget(self.browser.search_bar)
        # Where the search bar stood on the records pages, so the page buttons stay in place.
        self.search_gap = QWidget(self.toolbar)
        self.search_gap.setObjectName("searchGap")
        self.search_gap.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.search_gap_action = self.toolbar.addWidget(self.search_gap)
        self.search_gap_action.setVisible(False)
        # The two screens, named, after the search field (which must never be pushed out).
        self.page_buttons: list[QToolButton] = []
        for action_id in ("view.library", "view.plans", "view.sessions", "view.mentor"):
            self.toolbar.addAction(self.registry.action(action_id))
            button = self.toolbar.widgetForAction(self.registry.action(action_id))
            if isinstance(button, QToolButton):
                button.setObjectName("pageButton")
                self.page_buttons.append(button)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.registry.action("item.new"))  # a visible "New" (Ctrl+N)
        self.toolbar.addAction(self.registry.action("file.settings"))
        self.toolbar.addAction(self.registry.action("help.keys"))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setObjectName("statusBar")
        bar.setSizeGripEnabled(False)
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("countLabel")
        self.problems_button = QToolButton(bar)
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.show_problems)
        self.problems_button.hide()
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.problems_button)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # The screens' names where there is room; icons only where the search field needs it.
        wide = event.size().width() >= style.NAMES_WIDTH
        for button in self.page_buttons:
            button.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextBesideIcon
                if wide
                else Qt.ToolButtonStyle.ToolButtonIconOnly
            )
        super().resizeEvent(event)
