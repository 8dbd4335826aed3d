"""A deck in the preview: the chosen slide large with its speaker notes, and thumbnails."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Item, Slide
from .. import style
from ..renderer import SlidePainter, TextSlidePainter, slide_pixmap
from .documents import LocalTextBrowser, markdown_html
from .models import Index, Role, SlideListModel

THUMB = QSize(192, 108)
NOTES_SHARE = 0.3


def fit_16_9(area: QRectF) -> QRectF:
    """The largest 16:9 rectangle centred in ``area``."""
    width = min(area.width(), area.height() * 16 / 9)
    height = width * 9 / 16
    return QRectF(
        area.left() + (area.width() - width) / 2,
        area.top() + (area.height() - height) / 2,
        width,
        height,
    )


class SlideView(QWidget):
    """One slide, as large as fits, on a soft shadow."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideView")
        self.setMinimumSize(320, 180)
        self._painter: SlidePainter = TextSlidePainter()
        self._slide: Slide | None = None
        self.theme = "light"

    def set_painter(self, painter: SlidePainter, theme: str) -> None:
        self._painter = painter
        self.theme = theme
        self.update()

    def set_slide(self, slide: Slide | None) -> None:
        self._slide = slide
        self.setAccessibleName(slide.title if slide else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._slide is None:
            return
        look = style.look(self.theme)
        target = fit_16_9(QRectF(self.rect()).adjusted(8, 8, -8, -10))
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for offset, alpha in ((4, 18), (2, 30)):
            shadow = QPainterPath()
            shadow.addRoundedRect(target.adjusted(-1, offset - 1, 1, offset + 1), 4, 4)
            painter.fillPath(shadow, QColor(0, 0, 0, alpha))
        painter.fillRect(target, QColor(look.base))
        self._painter.paint(painter, self._slide, target)
        painter.setPen(QColor(look.slide_frame))
        painter.drawRect(target)
        painter.end()


class ThumbDelegate(QStyledItemDelegate):
    """A thumbnail with its number; the chosen one gets an accent frame."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme = "light"

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(THUMB.width() + 16, THUMB.height() + 34)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        look = style.look(self.theme)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        image_rect = QRect(rect.left() + 8, rect.top() + 8, THUMB.width(), THUMB.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(image_rect, pixmap)
        else:
            painter.fillRect(image_rect, QColor(look.alt))
        frame = QPainterPath()
        if selected:
            frame.addRoundedRect(QRectF(image_rect).adjusted(-3, -3, 3, 3), 4, 4)
            pen_colour, width = QColor(look.accent), 3
        else:
            frame.addRect(QRectF(image_rect).adjusted(-0.5, -0.5, 0.5, 0.5))
            pen_colour, width = QColor(look.slide_frame), 1
        pen = painter.pen()
        pen.setColor(pen_colour)
        pen.setWidth(width)
        painter.setPen(pen)
        painter.drawPath(frame)
        label_rect = QRect(rect.left(), image_rect.bottom() + 6, rect.width(), 20)
        font = QFont(option.font)
        font.setPointSizeF(option.font.pointSizeF() * 0.9)
        font.setBold(selected)
        painter.setFont(font)
        painter.setPen(QColor(look.accent if selected else look.muted))
        text = str(index.data())
        if index.data(Role.HAS_NOTES):
            text += "  ✎"
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class ThumbStrip(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thumbStrip")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = ThumbDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setFixedHeight(THUMB.height() + 34 + 22)


class DeckPreview(QWidget):
    """The chosen slide large, its notes beside it, and every slide as a thumbnail below."""

    slide_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckPreview")
        self._painter: SlidePainter = TextSlidePainter()
        self._theme = "light"
        self._thumbs: dict[int, QPixmap] = {}
        self._item: Item | None = None

        self.slide_view = SlideView(self)
        self.notes_title = QLabel(self)
        self.notes_title.setObjectName("notesTitle")
        self.notes = LocalTextBrowser(self)
        self.notes.setObjectName("notesView")
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        notes_box = QFrame(self)
        notes_box.setObjectName("notesBox")
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(14, 12, 14, 12)
        notes_layout.setSpacing(6)
        notes_layout.addWidget(self.notes_title)
        notes_layout.addWidget(self.notes, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("deckSplitter")
        self.splitter.addWidget(self.slide_view)
        self.splitter.addWidget(notes_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._user_sized = False
        self.splitter.splitterMoved.connect(self._splitter_moved)

        self.model = SlideListModel(self._thumbnail, self)
        self.strip = ThumbStrip(self)
        self.strip.setModel(self.model)
        self.strip.selectionModel().currentChanged.connect(self._current_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.strip)
        self.setFocusProxy(self.strip)
        self.retranslateUi()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._user_sized:  # notes take about a third, until the user drags the handle
            width = self.splitter.width()
            notes = max(240, round(width * NOTES_SHARE))
            self.splitter.setSizes([width - notes, notes])

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_sized = True

    def set_painter(self, painter: SlidePainter, theme: str) -> None:
        self._painter = painter
        self._theme = theme
        self._thumbs.clear()
        self.slide_view.set_painter(painter, theme)
        self.strip.delegate.theme = theme
        self.model.refresh_thumbnails()
        self._show_notes()

    def set_item(self, item: Item, slide: int = 0) -> None:
        self._item = item
        self._thumbs.clear()
        self.model.set_slides(item.slides)
        self.show_slide(slide)

    def show_slide(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self.slide_view.set_slide(None)
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        self.strip.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.strip.scrollTo(self.model.index(row))
        self._current_changed(self.model.index(row), QModelIndex())

    def current_slide(self) -> int:
        return max(0, self.strip.currentIndex().row())

    def thumbnail_count(self) -> int:
        """How many thumbnails have been drawn (for tests and the log)."""
        return len(self._thumbs)

    def _thumbnail(self, row: int) -> QPixmap | None:
        ratio = self.devicePixelRatioF()
        cached = self._thumbs.get(row)
        if cached is not None and cached.devicePixelRatio() == ratio:
            return cached
        slide = self.model.slide(row)
        if slide is None:
            return None
        pixmap = slide_pixmap(self._painter, slide, THUMB, ratio)
        self._thumbs[row] = pixmap
        return pixmap

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        slide = self.model.slide(current.row()) if current.isValid() else None
        self.slide_view.set_slide(slide)
        self._show_notes()
        if current.isValid():
            self.slide_changed.emit(current.row())

    def _show_notes(self) -> None:
        row = self.strip.currentIndex().row()
        slide = self.model.slide(row)
        total = self.model.rowCount()
        if slide is None:
            self.notes_title.clear()
            self.notes.clear()
            return
        self.notes_title.setText(
            self.tr("Speaker notes · slide %1 of %2")
            .replace("%1", str(row + 1))
            .replace("%2", str(total))
        )
        if slide.notes.strip():
            body = markdown_html(slide.notes)
        else:
            missing = self.tr("This slide has no speaker notes.")
            body = f'<p class="muted"><i>{missing}</i></p>'
        root = self._item.path.parent if self._item else None
        self.notes.show_html(
            body, root=root, theme=self._theme, font=self.font(), margin=2, line_height=120
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.strip.setAccessibleName(self.tr("Slides"))
        self.notes.setAccessibleName(self.tr("Speaker notes"))
        self._show_notes()
