"""The list of modules and items: a tree view and the delegate that draws its rows.

A module row shows a chevron, the module's title and how many items it holds. An item row shows
the kind icon, the title, a second line with the kind (and the module, in search results), the
duration and a language badge.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from .. import labels, style
from .models import Role

Index = QModelIndex | QPersistentModelIndex

ITEM_HEIGHT = 52
MODULE_HEIGHT = 40
PAD = 12


class ItemDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view
        self.theme = "light"

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        height = MODULE_HEIGHT if index.data(Role.KIND) == "module" else ITEM_HEIGHT
        scale = max(1.0, QFontMetrics(option.font).height() / 17)
        return QSize(200, round(height * scale))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = style.look(self.theme)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) or self._view.hasFocus()
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        card = QRectF(rect.adjusted(4, 2, -4, -2))
        if selected:
            colour = QColor(look.accent if focused else look.selection)
            self._fill(painter, card, colour)
        elif hovered:
            self._fill(painter, card, QColor(look.alt))
        text_colour = QColor(look.on_accent if selected and focused else look.text)
        muted_colour = QColor(look.on_accent if selected and focused else look.muted)
        if selected and not focused:
            text_colour = QColor(look.selection_text)
            muted_colour = QColor(look.selection_text)
        if index.data(Role.KIND) == "module":
            self._paint_module(painter, option, index, rect, text_colour, muted_colour)
        else:
            self._paint_item(painter, option, index, rect, text_colour, muted_colour, look)
        painter.restore()

    def _fill(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        path = QPainterPath()
        path.addRoundedRect(rect, 6, 6)
        painter.fillPath(path, colour)

    def _paint_module(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
        rect: QRect,
        text: QColor,
        muted: QColor,
    ) -> None:
        expanded = self._view.isExpanded(QModelIndex(index))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text)
        left = rect.left() + PAD
        chevron = "▾" if expanded else "▸"
        painter.drawText(
            QRect(left, rect.top(), 16, rect.height()), Qt.AlignmentFlag.AlignVCenter, chevron
        )
        left += 20
        count = str(index.data(Role.SUBTITLE) or "")
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        count_width = QFontMetrics(small).horizontalAdvance(count) + 16
        title_rect = QRect(left, rect.top(), rect.right() - left - count_width - PAD, rect.height())
        title = QFontMetrics(font).elidedText(
            str(index.data()), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(rect.right() - count_width - PAD + 8, rect.top(), count_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            count,
        )

    def _paint_item(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
        rect: QRect,
        text: QColor,
        muted: QColor,
        look: style.Look,
    ) -> None:
        indent = 0 if self._view.model() is None or not index.parent().isValid() else 18
        left = rect.left() + PAD + indent
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        icon_size = 22
        if icon is not None:
            mode = icon.Mode.Selected if text.name() == look.on_accent else icon.Mode.Normal
            icon_rect = QRect(left, rect.center().y() - icon_size // 2, icon_size, icon_size)
            if mode == icon.Mode.Selected:
                # Draw the icon in the text colour on the accent background.
                pixmap = icon.pixmap(icon_size, icon_size)
                tinted = QPainter(pixmap)
                tinted.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
                tinted.fillRect(pixmap.rect(), text)
                tinted.end()
                painter.drawPixmap(icon_rect, pixmap)
            else:
                icon.paint(painter, icon_rect)
        left += icon_size + 10

        # Right side: duration and language badge.
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.88)
        small_metrics = QFontMetrics(small)
        language = str(index.data(Role.LANGUAGE) or "").upper()
        badge_width = small_metrics.horizontalAdvance(language) + 12
        badge = QRectF(
            rect.right() - PAD - badge_width,
            rect.center().y() - small_metrics.height() / 2 - 2,
            badge_width,
            small_metrics.height() + 4,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        badge_fill = QColor(look.badge)
        if text.name() == look.on_accent:
            badge_fill = QColor(look.on_accent)
            badge_fill.setAlpha(40)
        path = QPainterPath()
        path.addRoundedRect(badge, 4, 4)
        painter.fillPath(path, badge_fill)
        if look.badge == look.base:  # high contrast: outline instead of a fill
            painter.setPen(text)
            painter.drawPath(path)
        painter.setFont(small)
        painter.setPen(text if text.name() == look.on_accent else QColor(look.badge_text))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, language)
        duration = labels.minutes(int(index.data(Role.DURATION) or 0))
        duration_width = small_metrics.horizontalAdvance(duration)
        duration_rect = QRect(
            int(badge.left()) - 10 - duration_width, rect.top(), duration_width, rect.height()
        )
        painter.setPen(muted)
        painter.drawText(duration_rect, Qt.AlignmentFlag.AlignVCenter, duration)

        # Title and second line.
        width = duration_rect.left() - 12 - left
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        title_metrics = QFontMetrics(title_font)
        gap = 2
        block = title_metrics.height() + gap + small_metrics.height()
        top = rect.center().y() - block // 2
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            QRect(left, top, width, title_metrics.height()),
            Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, width),
        )
        second = labels.kind(str(index.data(Role.KIND)))
        module = index.data(Role.SUBTITLE) if not index.parent().isValid() else ""
        if module:
            second = f"{second} · {module}"
        if index.data(Role.UNVERIFIED):
            second = f"{second} · ⚠ {labels.unverified()}"
        painter.setFont(small)
        painter.setPen(muted)
        painter.drawText(
            QRect(left, top + title_metrics.height() + gap, width, small_metrics.height()),
            Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
        )


class LibraryTree(QTreeView):
    """The list of modules and items; the delegate draws the rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryTree")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setItemsExpandable(True)
        self.setExpandsOnDoubleClick(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setDragEnabled(True)  # items can be dragged into a plan
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.delegate = ItemDelegate(self)
        self.setItemDelegate(self.delegate)
        self.clicked.connect(self._toggle_module)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, Qt.GlobalColor.transparent)
        self.setPalette(palette)

    def empty_hint(self) -> str:
        """What an empty list says: a search or filter hid everything, or there is nothing."""
        model = self.model()
        if model is None or model.rowCount() > 0:
            return ""
        if getattr(model, "is_flat", False) or getattr(model, "filtered", False):
            return self.tr(
                "Nothing matches the search and filters of the library. Clear them in the "
                "library's search bar (Esc in the search field)."
            )
        return ""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        hint = self.empty_hint()
        if hint:  # never a blank pane: say why the list is empty
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(
                area,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                hint,
            )
            painter.end()

    def _toggle_module(self, index: QModelIndex) -> None:
        if index.data(Role.KIND) == "module":
            self.setExpanded(index, not self.isExpanded(index))

    def drawBranches(self, painter: QPainter, rect: QRect, index: Index) -> None:  # noqa: N802
        """No branch lines: the delegate draws the module chevrons."""
