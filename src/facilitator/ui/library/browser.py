"""The library browser: the list of modules and items on the left, the preview on the right.

The search bar is built here but placed by the main window (in its toolbar). The browser keeps the
user's place: the chosen item, the search text, the filters and the scroll position survive a
search, a theme change, a language switch and a reload of the library.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ...core.search import Filters
from .. import icons
from .controller import LibraryController, Query
from .item_list import LibraryTree
from .models import LibraryModel, Role
from .preview import PreviewPane
from .search_bar import SearchBar

PREVIEW_AFTER_LIST_MS = 16  # at start-up the preview follows the list's first paint by a frame
PREVIEW_HELD_AT_MOST_MS = 300  # or comes after this, painted or not


@dataclass(frozen=True)
class Place:
    """Where the user is, to come back to after the screen is rebuilt."""

    item_id: str = ""
    text: str = ""
    scroll: int = 0
    slide: int = 0


class LibraryBrowser(QWidget):
    current_changed = Signal(str)  # item id, or "" when nothing is chosen
    shown_count_changed = Signal(int)  # how many items the list shows

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryBrowser")
        self.controller = controller
        self.theme = "light"
        self._collapsed: set[str] = set()
        self._last_text = ""
        self.search_bar = SearchBar(self)
        self.model = LibraryModel(self)
        self.tree = LibraryTree(self)
        self.tree.setModel(self.model)
        self.preview = PreviewPane(self)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(0)
        self._preview_timer.timeout.connect(self._update_preview)
        # At start-up the list is painted before the preview, which imports the slide renderer
        # and draws a deck (~0.1 s): the window shows the library sooner.
        self._listed = False
        self._preview_held = False

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("browserSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([400, 960])
        self._sized = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.search_bar.changed.connect(self.refresh)
        self.search_bar.to_results.connect(self.focus_results)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expanded.connect(lambda i: self._collapsed.discard(str(i.data(Role.ID))))
        self.tree.collapsed.connect(lambda i: self._collapsed.add(str(i.data(Role.ID))))
        controller.loaded.connect(self._library_loaded)
        icons.notifier().changed.connect(self.tree.viewport().update)

    # --- showing -------------------------------------------------------------------------------
    def keep_split(self) -> None:
        """The split was restored from the last run: do not set the first-time split."""
        self._sized = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._sized:  # the list takes about 28% of the width the first time
            self._sized = True
            width = self.splitter.width()
            left = max(340, min(520, round(width * 0.28)))
            self.splitter.setSizes([left, max(1, width - left)])

    def set_theme(self, theme: str) -> None:
        self.theme = theme
        self.tree.delegate.theme = theme
        self.preview.set_theme(theme)
        self.tree.viewport().update()

    def _library_loaded(self) -> None:
        self.search_bar.set_choices(self.controller.audiences(), self.controller.languages())
        self.refresh()
        if not self._listed and self.isVisible() and self._preview_timer.isActive():
            self._preview_timer.stop()
            self._preview_held = True
            self.tree.viewport().installEventFilter(self)
            QTimer.singleShot(PREVIEW_HELD_AT_MOST_MS, self._release_preview)
        self._listed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is self.tree.viewport():
            QTimer.singleShot(PREVIEW_AFTER_LIST_MS, self._release_preview)
        return super().eventFilter(watched, event)

    def _release_preview(self) -> None:
        if self._preview_held:
            self._preview_held = False
            self.tree.viewport().removeEventFilter(self)
            self._update_preview()

    def refresh(self) -> None:
        """Show what the search text and filters select, keeping the chosen item if it stays."""
        if not self.controller.is_loaded:
            return
        query = Query(self.search_bar.text(), self.search_bar.filters())
        # A new search text shows its best hit; a filter change or a reload keeps the item.
        new_text = query.text.strip() != self._last_text
        self._last_text = query.text.strip()
        keep = "" if new_text and query.is_search else self.current_id()
        scroll = self.tree.verticalScrollBar().value()
        self.model.filtered = query.filters != Filters()
        if query.is_search:
            self.model.set_results(self.controller.results(query))
        else:
            self.model.set_groups(self.controller.groups(query.filters))
            for row in range(self.model.rowCount()):
                index = self.model.index(row, 0)
                if str(index.data(Role.ID)) not in self._collapsed:
                    self.tree.setExpanded(index, True)
        self.shown_count_changed.emit(self.model.item_count())
        target = self.model.index_of(keep) if keep else QModelIndex()
        if target.isValid():
            self._select(target)
            self.tree.verticalScrollBar().setValue(scroll)
            self.tree.scrollTo(target)
        elif (first := self.model.first_item()).isValid() and (query.is_search or not keep):
            self._select(first)
            self.tree.scrollToTop()
        else:
            self.tree.selectionModel().clearCurrentIndex()
        self._preview_timer.start()

    def _select(self, index: QModelIndex) -> None:
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The preview follows on the next turn of the event loop: the list paints first, and
        # holding an arrow key down previews only where it stops.
        self._preview_timer.start()
        self.current_changed.emit(self.current_id())

    def flush_preview(self) -> None:
        """Bring the preview up to date now (it normally follows on the next event-loop turn)."""
        if self._preview_timer.isActive() or self._preview_held:
            self._preview_timer.stop()
            self._preview_held = False
            self._update_preview()

    def _update_preview(self) -> None:
        if self.model.item_count() == 0:
            self.preview.show_empty("no-results" if self.controller.item_count() else "empty")
            return
        index = self.tree.currentIndex()
        if not index.isValid():
            self.preview.show_empty("choose")
            return
        if index.data(Role.KIND) == "module":
            module = self.controller.library_module(str(index.data(Role.ID)))
            if module is not None:
                self.preview.show_module(module)
            return
        item = self.controller.item(str(index.data(Role.ID)))
        if item is None:
            self.preview.show_empty("choose")
            return
        module = self.controller.library_module(item.module_id)
        self.preview.show_item(
            item, module.title if module else "", module.path if module else None
        )

    # --- where the user is ---------------------------------------------------------------------
    def current_id(self) -> str:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(Role.KIND) != "module":
            return str(index.data(Role.ID))
        return ""

    def select_item(self, item_id: str) -> bool:
        index = self.model.index_of(item_id)
        if not index.isValid():
            return False
        self._select(index)
        self.tree.scrollTo(index)
        self.flush_preview()
        return True

    def preview_slide(self) -> int:
        """The 0-based slide the preview shows (0 when it shows no deck)."""
        return max(0, self.preview.deck.current_slide())

    def show_slide_of(self, item_id: str, index: int) -> None:
        """Choose ``item_id`` in the list and show its slide ``index`` (0-based) in the preview,
        when it is a deck."""
        item = self.controller.item(item_id)
        if item is None or item.kind != "deck":
            return
        if self.current_id() != item_id:
            self.select_item(item_id)
            self.flush_preview()
        self.preview.deck.show_slide(index)

    def place(self) -> Place:
        return Place(
            self.current_id(),
            self.search_bar.text(),
            self.tree.verticalScrollBar().value(),
            self.preview.deck.current_slide(),
        )

    def restore(self, place: Place) -> None:
        if self.search_bar.text() != place.text:
            self.search_bar.set_text(place.text)
        if place.item_id and self.current_id() != place.item_id:
            self.select_item(place.item_id)
        if place.slide and self.preview.item is not None and self.preview.item.kind == "deck":
            self.preview.deck.show_slide(place.slide)
        # The scroll range is final only after the view laid out its rows.
        bar = self.tree.verticalScrollBar()
        QTimer.singleShot(0, bar, lambda: bar.setValue(place.scroll))

    def retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("Library"))
        self.model.retranslate()
        self.preview.retranslate()

    # --- keyboard ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_bar.focus_search()

    def focus_results(self) -> None:
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.tree.currentIndex().isValid():
            first = self.model.first_item()
            if first.isValid():
                self._select(first)

    def open_preview(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid() and index.data(Role.KIND) == "module":
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        self.preview.focus_content()

    def escape(self) -> None:
        """Esc: from the preview back to the list; elsewhere clear the search."""
        focus = self.focusWidget()
        if focus is not None and self.preview.isAncestorOf(focus):
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.search_bar.clear_text()
