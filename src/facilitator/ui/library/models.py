"""Thin item models for the library screen, fed with plain rows built from core values.

The models hold no rules: the controller decides what to show (search, filters, order) and hands
the models plain rows; the models only answer Qt's questions and emit the right signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPixmap

from ...core.model import Item, Module, Problem, Slide
from .. import icons, labels

Index = QModelIndex | QPersistentModelIndex

# What a drag from the library carries: item ids, one a line (the planner accepts it).
ITEM_MIME = "application/x-facilitator-item-ids"


class Role(IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    KIND = Qt.ItemDataRole.UserRole + 2  # "module" for a module row
    DURATION = Qt.ItemDataRole.UserRole + 3
    LANGUAGE = Qt.ItemDataRole.UserRole + 4
    SUBTITLE = Qt.ItemDataRole.UserRole + 5  # module title (in results) or item count
    SENSITIVE = Qt.ItemDataRole.UserRole + 6
    HAS_NOTES = Qt.ItemDataRole.UserRole + 7
    SEVERITY = Qt.ItemDataRole.UserRole + 8
    UNVERIFIED = Qt.ItemDataRole.UserRole + 9  # from a pack nobody vouched for


@dataclass(frozen=True)
class ItemRow:
    id: str
    title: str
    kind: str
    duration: int
    language: str
    module_title: str = ""
    sensitive: bool = False
    unverified: bool = False

    @classmethod
    def of(cls, item: Item, module_title: str = "", unverified: bool = False) -> ItemRow:
        return cls(
            item.id,
            item.title,
            item.kind,
            item.duration,
            item.language,
            module_title,
            item.sensitive,
            unverified,
        )


@dataclass(frozen=True)
class ModuleRow:
    id: str
    title: str
    language: str

    @classmethod
    def of(cls, module: Module) -> ModuleRow:
        return cls(module.id, module.title, module.language)


@dataclass(frozen=True)
class Group:
    module: ModuleRow
    items: tuple[ItemRow, ...]


_TOP = 0  # internal id of a top-level row; an item row under module n carries n + 1


class LibraryModel(QAbstractItemModel):
    """Modules with their items (a tree), or ranked search results (a flat list)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._groups: list[Group] = []
        self._results: list[ItemRow] | None = None
        self.filtered = False  # the library's filters hide some items (the list says so if empty)

    # --- feeding -------------------------------------------------------------------------------
    def set_groups(self, groups: Sequence[Group]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._results = None
        self.endResetModel()

    def set_results(self, rows: Sequence[ItemRow]) -> None:
        self.beginResetModel()
        self._groups = []
        self._results = list(rows)
        self.endResetModel()

    @property
    def is_flat(self) -> bool:
        return self._results is not None

    def item_count(self) -> int:
        if self._results is not None:
            return len(self._results)
        return sum(len(g.items) for g in self._groups)

    def item_ids(self) -> list[str]:
        if self._results is not None:
            return [r.id for r in self._results]
        return [r.id for g in self._groups for r in g.items]

    def index_of(self, item_id: str) -> QModelIndex:
        if self._results is not None:
            for row, item in enumerate(self._results):
                if item.id == item_id:
                    return self.index(row, 0)
            return QModelIndex()
        for group_row, group in enumerate(self._groups):
            for row, item in enumerate(group.items):
                if item.id == item_id:
                    return self.index(row, 0, self.index(group_row, 0))
        return QModelIndex()

    def first_item(self) -> QModelIndex:
        if self._results:
            return self.index(0, 0)
        for group_row, group in enumerate(self._groups):
            if group.items:
                return self.index(0, 0, self.index(group_row, 0))
        return QModelIndex()

    def retranslate(self) -> None:
        """Words in the rows are translated when shown: ask the views to draw them again."""
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, 0))
            for row in range(rows):
                parent = self.index(row, 0)
                children = self.rowCount(parent)
                if children:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(children - 1, 0, parent)
                    )

    # --- Qt's questions ------------------------------------------------------------------------
    def _row(self, index: Index) -> ModuleRow | ItemRow | None:
        if not index.isValid():
            return None
        if self._results is not None:
            return self._results[index.row()]
        parent_id = index.internalId()
        if parent_id == _TOP:
            return self._groups[index.row()].module
        return self._groups[parent_id - 1].items[index.row()]

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if self._results is None and parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or self._results is not None:
            return QModelIndex()
        parent_id = index.internalId()
        if parent_id == _TOP:
            return QModelIndex()
        return self.createIndex(parent_id - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.column() > 0:
            return 0
        if self._results is not None:
            return 0 if parent.isValid() else len(self._results)
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP:
            return len(self._groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(self._row(index), ItemRow):
            flags |= Qt.ItemFlag.ItemIsDragEnabled  # into a plan
        return flags

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ITEM_MIME, "text/plain"]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged items' ids (modules are not dragged)."""
        ids = []
        for index in indexes:
            row = self._row(index)
            if isinstance(row, ItemRow) and row.id not in ids:
                ids.append(row.id)
        data = QMimeData()
        data.setData(ITEM_MIME, "\n".join(ids).encode("utf-8"))
        data.setText("\n".join(ids))
        return data

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self._row(index)
        if row is None:
            return None
        if isinstance(row, ModuleRow):
            return self._module_data(index, row, role)
        return self._item_data(row, role)

    def _module_data(self, index: Index, row: ModuleRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("module") if icons.is_ready() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.title
        if role == Role.ID:
            return row.id
        if role == Role.KIND:
            return "module"
        if role == Role.LANGUAGE:
            return row.language
        if role == Role.SUBTITLE:
            return str(self.rowCount(index))
        return None

    def _item_data(self, row: ItemRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon(row.kind) if icons.is_ready() else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [row.title, labels.kind(row.kind), labels.minutes(row.duration)]
            parts.append(labels.language(row.language))
            if row.module_title:
                parts.append(row.module_title)
            if row.unverified:
                parts.append(labels.unverified())
            return " · ".join(parts)
        if role == Role.ID:
            return row.id
        if role == Role.KIND:
            return row.kind
        if role == Role.DURATION:
            return row.duration
        if role == Role.LANGUAGE:
            return row.language
        if role == Role.SUBTITLE:
            return row.module_title
        if role == Role.SENSITIVE:
            return row.sensitive
        if role == Role.UNVERIFIED:
            return row.unverified
        return None


class SlideListModel(QAbstractListModel):
    """The slides of one deck; thumbnails come from a callable, drawn only when shown."""

    def __init__(
        self, thumbnail: Callable[[int], QPixmap | None] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._slides: tuple[Slide, ...] = ()
        self._thumbnail = thumbnail

    def set_slides(self, slides: Sequence[Slide]) -> None:
        self.beginResetModel()
        self._slides = tuple(slides)
        self.endResetModel()

    def slide(self, row: int) -> Slide | None:
        return self._slides[row] if 0 <= row < len(self._slides) else None

    def refresh_thumbnails(self) -> None:
        if self._slides:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._slides) - 1), [Qt.ItemDataRole.DecorationRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._slides):
            return None
        slide = self._slides[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(index.row() + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(index.row()) if self._thumbnail else None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{index.row() + 1}. {slide.title}"
        if role == Role.HAS_NOTES:
            return bool(slide.notes.strip())
        return None


class ProblemsModel(QAbstractListModel):
    """Problems found while loading the library, as ``file:line: message``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = sorted(problems, key=lambda p: (p.severity != "error", p.file, p.line))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._problems)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._problems):
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return str(problem)
        if role == Qt.ItemDataRole.DecorationRole:
            if not icons.is_ready():
                return None
            return icons.icon("error" if problem.severity == "error" else "warning")
        if role == Role.SEVERITY:
            return problem.severity
        return None
