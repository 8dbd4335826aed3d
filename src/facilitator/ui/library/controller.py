"""The library screen's controller: loads the library through core and answers queries.

It turns core values into the plain rows the models show; every rule (what matches, in which
order, which filter accepts an item) lives in ``core.search`` and ``core.loader``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.audiences import groups_of
from ...core.loader import Root, load_library
from ...core.model import Item, Library, Module, Problem
from ...core.packs.installed import is_under, unverified_folders
from ...core.search import Filters, SearchIndex
from ..i18n import ui_language
from .models import Group, ItemRow, ModuleRow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Query:
    text: str = ""
    filters: Filters = Filters()

    @property
    def is_search(self) -> bool:
        return bool(self.text.strip())


class LibraryController(QObject):
    """Holds the loaded library and its search index."""

    loaded = Signal()

    def __init__(self, roots: Callable[[], Sequence[Root]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots = roots
        self.library = Library()
        self._index: SearchIndex | None = None
        self._count = 0
        self._modules: dict[str, Module] = {}
        self._unverified: list[Path] = []  # content folders of unverified packs
        self.is_loaded = False

    def load(self) -> None:
        """Read every root again; one broken file never stops the rest (core reports it)."""
        started = time.perf_counter()
        library = load_library(list(self._roots()))
        self.library, self._index = library, None
        self._modules = {m.id: m for m in library.modules}
        self._count = len(library.items())
        self._unverified = unverified_folders()
        self.is_loaded = True
        log.info(
            "library loaded: %d modules, %d items, %d problems in %.0f ms",
            len(library.modules),
            self._count,
            len(library.problems),
            (time.perf_counter() - started) * 1000,
        )
        self.loaded.emit()

    def index(self) -> SearchIndex:
        """The search index, built on first use (the list needs none: the window shows sooner)."""
        if self._index is None:
            started = time.perf_counter()
            self._index = SearchIndex(self.library.items())
            log.info("search index built in %.0f ms", (time.perf_counter() - started) * 1000)
        return self._index

    # --- what the screen asks ------------------------------------------------------------------
    def item(self, item_id: str) -> Item | None:
        return self.library.item(item_id)

    def library_module(self, module_id: str) -> Module | None:
        return self._modules.get(module_id)

    def module_title(self, item: Item) -> str:
        module = self._modules.get(item.module_id)
        return module.title if module else ""

    def problems(self) -> list[Problem]:
        return list(self.library.problems)

    def item_count(self) -> int:
        return self._count

    def audiences(self) -> list[str]:
        """The target groups (core.audiences keys) the library's items are for."""
        found = {group for item in self.library.items() for group in groups_of(item)}
        return sorted(found)

    def languages(self) -> list[str]:
        return sorted({item.language for item in self.library.items()})

    def groups(self, filters: Filters) -> list[Group]:
        """Modules with the items the filters accept, in library order; empty modules left out."""
        result = []
        for module in self.library.modules:
            rows = tuple(self._row(i, module.title) for i in module.items if filters.accept(i))
            if rows:
                result.append(Group(ModuleRow.of(module), rows))
        return result

    def results(self, query: Query) -> list[ItemRow]:
        """Items matching the search text, best first (titles above body text)."""
        hits = self.index().search(query.text, query.filters, prefer_language=ui_language())
        return [self._row(item, self.module_title(item)) for item in hits]

    def _row(self, item: Item, module_title: str) -> ItemRow:
        return ItemRow.of(item, module_title, is_under(item.path, self._unverified))

    def unverified(self, item: Item) -> bool:
        """Whether the item comes from a pack nobody vouched for."""
        return is_under(item.path, self._unverified)
