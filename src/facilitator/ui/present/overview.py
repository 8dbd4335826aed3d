"""The overview on the console: every screen as a thumbnail; pick one to go there.

Arrows, Page Up/Down, Home/End move in the grid (the presentation's own keys are held back while
it has the focus), Enter or a click goes to the slide, Esc or O closes it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .. import style
from ..renderer import device_size

if TYPE_CHECKING:
    from .host import Host

THUMB = QSize(256, 144)
Index = QModelIndex | QPersistentModelIndex
GRID_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Space,
}


class ScreenListModel(QAbstractListModel):
    def __init__(self, controller: Host) -> None:
        super().__init__()
        self.controller = controller

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.controller.presentation.count

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        screen = self.controller.presentation.screens[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{screen.number}. {screen.slide.title}"  # the item's own number
        if role == Qt.ItemDataRole.UserRole:
            return screen.slide
        return None

    def reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ThumbnailDelegate(QStyledItemDelegate):
    def __init__(self, controller: Host) -> None:
        super().__init__()
        self.controller = controller

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(THUMB.width() + 16, THUMB.height() + 38)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        c = self.controller
        look = style.look(c.theme_name)
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        current = index.row() == c.presentation.position
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(look.selection))
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 8, 8)
        thumb = QRect(rect.left() + 8, rect.top() + 8, THUMB.width(), THUMB.height())
        slide = index.data(Qt.ItemDataRole.UserRole)
        ratio = painter.device().devicePixelRatioF()  # drawn 1:1 on a HiDPI screen, sharp
        painter.drawImage(thumb, c.painter.image(slide, device_size(THUMB, ratio)))
        pen_colour = QColor(look.accent if current else look.slide_frame)
        painter.setPen(pen_colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(thumb.adjusted(0, 0, -1, -1))
        if current:
            painter.drawRect(thumb.adjusted(-2, -2, 1, 1))
        painter.setPen(QColor(look.selection_text if selected else look.text))
        text_rect = QRect(rect.left() + 8, thumb.bottom() + 6, THUMB.width(), 22)
        text = painter.fontMetrics().elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(
            text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )
        painter.restore()


class OverviewGrid(QListView):
    def __init__(self, controller: Host) -> None:
        super().__init__()
        self.setObjectName("overviewGrid")
        self.controller = controller
        self.model_ = ScreenListModel(controller)
        self.setModel(self.model_)
        self.setItemDelegate(ThumbnailDelegate(controller))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)
        self.installEventFilter(self)

    def rebuild(self) -> None:
        self.model_.reset()

    def set_current(self, position: int) -> None:
        self.viewport().update()

    def open_at(self, position: int) -> None:
        index = self.model_.index(position, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.controller.presentation.choose(index.row())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # While the grid has the focus, its own keys move in it instead of changing the slide.
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() in GRID_KEYS:
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)
