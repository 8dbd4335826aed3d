"""The view of the plan's entries: ``PlanTree``, a tree with sections drawn as headings, entries
dragged to a new place and library items dropped in, and ``MinutesDelegate`` (a spin box for the
minutes; the section headings' painting). Its model is ``entries.PlanModel``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .. import style
from .entries import Column, Index, Role


class MinutesDelegate(QStyledItemDelegate):
    """Minutes are edited with a spin box (0 to 600); section rows are drawn as headings."""

    def __init__(self, view: PlanTree) -> None:
        super().__init__(view)
        self._view = view
        self.theme = "light"

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        if index.column() == Column.MINUTES and index.data(Role.KIND) != "section":
            spin = QSpinBox(parent)
            spin.setObjectName("minutesEditor")
            spin.setRange(0, 600)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            return spin
        return super().createEditor(parent, option, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        metrics = QFontMetrics(option.font)
        extra = 16 if index.data(Role.KIND) == "section" else 12
        return QSize(size.width(), max(size.height(), metrics.height() + extra))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(Role.KIND) != "section":
            super().paint(painter, option, index)
            return
        look = style.look(self.theme)
        painter.save()
        rect = QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(rect, QColor(look.selection if selected else look.alt))
        painter.setPen(QColor(look.border))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(look.selection_text if selected else look.text))
        inner = rect.adjusted(10, 0, -12, 0)
        info = str(index.data(Role.INFO) or "")
        small = QFont(option.font)
        metrics = QFontMetrics(small)
        info_width = metrics.horizontalAdvance(info) + 8
        title_rect = inner.adjusted(0, 0, -info_width, 0)
        title = QFontMetrics(font).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        painter.setPen(QColor(look.selection_text if selected else look.muted))
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, info)
        painter.restore()


class PlanTree(QTreeView):
    """The plan's entries under their sections; drag to reorder, drop library items in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setItemsExpandable(False)
        self.setExpandsOnDoubleClick(False)
        self.setUniformRowHeights(False)
        self.setAlternatingRowColors(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.delegate = MinutesDelegate(self)
        self.setItemDelegate(self.delegate)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._after_reset)
            header = self.header()
            header.setStretchLastSection(True)
            header.setSectionResizeMode(Column.TIME, QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(Column.ENTRY, QHeaderView.ResizeMode.Interactive)
            header.setSectionResizeMode(Column.MINUTES, QHeaderView.ResizeMode.ResizeToContents)
            self.setColumnWidth(Column.ENTRY, 380)

    def _after_reset(self) -> None:
        model = self.model()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            self.setFirstColumnSpanned(row, QModelIndex(), True)
            self.setExpanded(index, True)

    def drawBranches(self, painter: QPainter, rect: QRect, index: Index) -> None:  # noqa: N802
        """No branch lines: sections are drawn as headings."""
