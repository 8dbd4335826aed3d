"""The plan's sections and entries: a thin tree model fed with plain rows (its view is
``plan_tree.PlanTree``).

Sections are the top rows, entries their children. Columns: clock time, entry, minutes, note.
Minutes and notes are edited in place; entries are dragged to a new place, and library items are
dropped in from the library (``ITEM_MIME``). Every change is asked of the controller, which goes
through ``PlanEditor``; the model is then fed again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...core.model import Library, Plan
from ...core.plan_book import EntryState
from ...core.planning import clock, schedule
from .. import icons, labels, style
from ..library.models import ITEM_MIME

Index = QModelIndex | QPersistentModelIndex

PLAN_MIME = "application/x-facilitator-plan-entry"  # a flat entry position, moved in the plan


class Column(IntEnum):
    TIME = 0
    ENTRY = 1
    MINUTES = 2
    NOTE = 3


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "section", "item", "break", "free"
    POSITION = Qt.ItemDataRole.UserRole + 2  # flat entry position, or the section index
    STATE = Qt.ItemDataRole.UserRole + 3  # "ok", "missing", "changed"
    INFO = Qt.ItemDataRole.UserRole + 4  # a section's times and minutes


# Colours for marks that must stand out in every theme.
ALERT = {"light": "#b3261e", "dark": "#ff8a80", "high-contrast": "#ff7070"}
GOOD = {"light": "#1e6b34", "dark": "#7bd88f", "high-contrast": "#7cfc00"}


@dataclass(frozen=True)
class EntryRow:
    position: int
    section: int
    kind: str  # item, break, free
    title: str  # the item's title, or the break's or free entry's own words
    ref: str
    item_kind: str  # deck, exercise, ... ("" when not an item or missing)
    minutes: int
    note: str
    start: int
    end: int
    state: EntryState
    flexible: bool
    slides: str  # e.g. "5 of 12 slides" facts, already counted: (shown, all)
    has_own_slide: bool


@dataclass(frozen=True)
class SectionRow:
    index: int
    title: str
    start: int
    end: int
    minutes: int
    entries: tuple[EntryRow, ...]


def plan_rows(plan: Plan, library: Library, states: Sequence[EntryState]) -> list[SectionRow]:
    """The rows the view shows, from core values (times from ``core.planning.schedule``)."""
    slots = schedule(plan)
    by_section: list[list[EntryRow]] = [[] for _ in plan.sections]
    for slot in slots:
        entry = slot.entry
        item = library.item(entry.ref) if entry.kind == "item" else None
        slides = ""
        if item is not None and item.slides:
            count = len(item.slides)
            chosen = [n for n in entry.slides if 1 <= n <= count] or list(range(1, count + 1))
            shown = len([n for n in chosen if n not in entry.hidden])
            slides = f"{shown}/{count}"
        by_section[slot.section].append(
            EntryRow(
                position=slot.position,
                section=slot.section,
                kind=entry.kind,
                title=item.title if item is not None else (entry.label or entry.ref),
                ref=entry.ref,
                item_kind=item.kind if item is not None else "",
                minutes=entry.minutes,
                note=entry.note,
                start=slot.start,
                end=slot.end,
                state=states[slot.position] if slot.position < len(states) else "ok",
                flexible=entry.flexible,
                slides=slides,
                has_own_slide=bool(entry.slide.strip()),
            )
        )
    rows = []
    start = slots[0].start if slots else 0
    if not slots:
        from ...core.planning import start_minutes

        start = start_minutes(plan)
    for index, section in enumerate(plan.sections):
        entries = tuple(by_section[index])
        minutes = sum(e.minutes for e in entries)
        first = entries[0].start if entries else start
        rows.append(SectionRow(index, section.title, first, first + minutes, minutes, entries))
        start = first + minutes
    return rows


_TOP = 0  # internal id of a section row; an entry under section n carries n + 1


class PlanModel(QAbstractItemModel):
    """Sections with their entries. Edits and drops are handed to callbacks (the controller)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sections: list[SectionRow] = []
        self.theme = "light"
        self.on_minutes: Callable[[int, int], None] | None = None
        self.on_note: Callable[[int, str], None] | None = None
        self.on_rename: Callable[[int, str], None] | None = None
        self.on_move: Callable[[int, int, int], None] | None = None  # position, section, index
        self.on_items: Callable[[list[str], int, int], None] | None = None  # ids, section, index
        # Minutes each entry really took in past sessions (ui/records fills it): shown beside
        # the planned minutes, by item id or break/free label.
        self.actual: dict[str, float] = {}

    # --- feeding -------------------------------------------------------------------------------
    def set_rows(self, sections: Sequence[SectionRow]) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def sections(self) -> list[SectionRow]:
        return list(self._sections)

    def entry_index(self, position: int, column: int = Column.ENTRY) -> QModelIndex:
        for s_row, section in enumerate(self._sections):
            for row, entry in enumerate(section.entries):
                if entry.position == position:
                    return self.index(row, column, self.index(s_row, 0))
        return QModelIndex()

    def section_index(self, section: int) -> QModelIndex:
        return self.index(section, 0) if 0 <= section < len(self._sections) else QModelIndex()

    def row_at(self, index: Index) -> SectionRow | EntryRow | None:
        if not index.isValid():
            return None
        parent = index.internalId()
        if parent == _TOP:
            return self._sections[index.row()] if index.row() < len(self._sections) else None
        entries = self._sections[parent - 1].entries
        return entries[index.row()] if index.row() < len(entries) else None

    # --- Qt's questions ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or column < 0 or not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        if parent.internalId() == _TOP:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.column() == 0 and parent.internalId() == _TOP:
            return len(self._sections[parent.row()].entries)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TIME: self.tr("Time"),
            Column.ENTRY: self.tr("Entry"),
            Column.MINUTES: self.tr("Minutes"),
            Column.NOTE: self.tr("Note for the trainer"),
        }.get(Column(section))

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        row = self.row_at(index)
        if row is None:
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if isinstance(row, SectionRow):
            if index.column() == 0:
                flags |= Qt.ItemFlag.ItemIsEditable
            return flags
        flags = (flags & ~Qt.ItemFlag.ItemIsDropEnabled) | Qt.ItemFlag.ItemIsDragEnabled
        if index.column() in (Column.MINUTES, Column.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if isinstance(row, SectionRow):
            return self._section_data(row, index.column(), role)
        return self._entry_data(row, index.column(), role)

    def _section_data(self, row: SectionRow, column: int, role: int) -> Any:
        if role == Role.KIND:
            return "section"
        if role == Role.POSITION:
            return row.index
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or self.tr("(untitled section)")
        if role == Qt.ItemDataRole.EditRole:
            return row.title
        if role == Role.INFO:
            span = f"{clock(row.start)}–{clock(row.end)}"
            return f"{span}  ·  {labels.minutes(row.minutes)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("A section of the plan. Press F2 to rename it.")
        return None

    def _entry_title(self, row: EntryRow) -> str:
        if row.kind == "break":
            return row.title or self.tr("Break")
        if row.kind == "free":
            return row.title or self.tr("Free entry")
        if row.state == "missing":
            return self.tr("Missing item: %1").replace("%1", row.ref)
        return row.title

    def _entry_data(self, row: EntryRow, column: int, role: int) -> Any:
        if role == Role.KIND:
            return row.kind
        if role == Role.POSITION:
            return row.position
        if role == Role.STATE:
            return row.state
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.TIME:
                return f"{clock(row.start)}–{clock(row.end)}"
            if column == Column.ENTRY:
                return self._entry_title(row)
            if column == Column.MINUTES:
                took = self.actual.get(row.ref if row.kind == "item" else row.title)
                if took is not None and round(took) != row.minutes:
                    return f"{row.minutes} ({round(took)})"
                return str(row.minutes)
            if column == Column.NOTE:
                return row.note.replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.MINUTES:
                return row.minutes
            if column == Column.NOTE:
                return row.note
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == Column.ENTRY and row.state == "missing":
                return QColor(ALERT.get(self.theme, ALERT["light"]))
            if column == Column.ENTRY and row.state == "changed":
                return QColor(style.look(self.theme).warning)
            if column in (Column.TIME, Column.NOTE):
                return QColor(style.look(self.theme).muted)
        if role == Qt.ItemDataRole.FontRole and column == Column.ENTRY and row.kind == "break":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.ENTRY:
            if not icons.is_ready():
                return None
            if row.state in ("missing", "changed"):
                return icons.icon(row.state)
            return icons.icon(row.item_kind or row.kind)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.ENTRY:
            return self._entry_tip(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.MINUTES:
            took = self.actual.get(row.ref if row.kind == "item" else row.title)
            if took is not None:
                tip = self.tr("Planned %1 min; took %2 min in past sessions (median)")
                return tip.replace("%1", str(row.minutes)).replace("%2", str(round(took)))
        return None

    def _entry_tip(self, row: EntryRow) -> str:
        parts = [self._entry_title(row)]
        if row.kind == "item" and row.item_kind:
            parts.append(labels.kind(row.item_kind))
        elif row.kind == "break":
            parts.append(self.tr("Break"))
        elif row.kind == "free":
            parts.append(self.tr("Free entry"))
        if row.slides:
            shown, total = row.slides.split("/")
            parts.append(
                self.tr("%1 of %2 slides").replace("%1", shown).replace("%2", total)
                if shown != total
                else self.tr("%1 slides").replace("%1", total)
            )
        if not row.flexible:
            parts.append(self.tr("fixed: kept when the plan is re-timed"))
        tip = " · ".join(parts)
        if row.state == "missing":
            tip += "\n" + self.tr(
                "This item is not in your library. Choose Replace… to put another item here."
            )
        elif row.state == "changed":
            tip += "\n" + self.tr(
                "This item was changed in a library update since it was planned. "
                "Look it over; the plan keeps working."
            )
        return tip

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index)
        if row is None or role != Qt.ItemDataRole.EditRole:
            return False
        if isinstance(row, SectionRow):
            if self.on_rename is not None and str(value) != row.title:
                self.on_rename(row.index, str(value).strip())
            return True
        if index.column() == Column.MINUTES and self.on_minutes is not None:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if minutes != row.minutes:
                self.on_minutes(row.position, minutes)
            return True
        if index.column() == Column.NOTE and self.on_note is not None:
            if str(value) != row.note:
                self.on_note(row.position, str(value).strip())
            return True
        return False

    # --- drag and drop -------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PLAN_MIME, ITEM_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        for index in indexes:
            row = self.row_at(index)
            if isinstance(row, EntryRow):
                data.setData(PLAN_MIME, str(row.position).encode())
                break
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(PLAN_MIME) or data.hasFormat(ITEM_MIME)

    def drop_target(self, row: int, parent: Index) -> tuple[int, int]:
        """(section, index in the section) for a drop at ``row`` under ``parent``."""
        target = self.row_at(parent)
        if isinstance(target, EntryRow):  # on an entry: just after it
            return target.section, target.position - self._first(target.section) + 1
        if isinstance(target, SectionRow):
            return target.index, len(target.entries) if row < 0 else row
        # between sections (or below everything): the end of the section above
        if not self._sections:
            return 0, 0
        if row < 0:
            last = self._sections[-1]
            return last.index, len(last.entries)
        if row == 0:
            return 0, 0
        above = self._sections[min(row, len(self._sections)) - 1]
        return above.index, len(above.entries)

    def _first(self, section: int) -> int:
        entries = self._sections[section].entries
        return entries[0].position if entries else 0

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        section, index = self.drop_target(row, parent)
        if data.hasFormat(PLAN_MIME) and self.on_move is not None:
            try:
                position = int(bytes(data.data(PLAN_MIME).data()).decode())
            except ValueError:
                return False
            moving = self._entry(position)
            if moving is None:
                return False
            if moving.section == section and moving.position - self._first(section) < index:
                index -= 1  # counted as if the entry were already taken out
            self.on_move(position, section, index)
            return False  # the controller moved it; the view must not remove a source row
        if data.hasFormat(ITEM_MIME) and self.on_items is not None:
            ids = bytes(data.data(ITEM_MIME).data()).decode("utf-8").split()
            if ids:
                self.on_items(ids, section, index)
                return True
        return False

    def _entry(self, position: int) -> EntryRow | None:
        for section in self._sections:
            for entry in section.entries:
                if entry.position == position:
                    return entry
        return None
