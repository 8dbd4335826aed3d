"""Small views the editor shares: a text field whose undo is the editor's, a slide sorter with
thumbnails, and the printed page preview of a handout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QPlainTextEdit, QWidget

from .. import style

THUMB = QSize(176, 99)
A4 = QSizeF(595.276, 841.89)  # points


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg")


class FieldEdit(QPlainTextEdit):
    """A plain text field. Ctrl+Z and Ctrl+Y go to the editor's undo (one history for every
    field, the sorter and the source view), not to the field's own. Picture files dropped on it
    are reported (``images_dropped``), not pasted as their names."""

    images_dropped = Signal(list)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return bool(_images(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        files = _images(source)
        if files:
            self.images_dropped.emit(files)
            return
        super().insertFromMimeData(source)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            event.ignore()  # let the window's action have it
            return False
        return super().event(event)


def _images(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    files = [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
    return [f for f in files if f.suffix.lower() in IMAGE_SUFFIXES]


class SlideSorter(QListWidget):
    """The deck's slides as thumbnails, top to bottom; drag one to move it.

    ``moved(from, to)`` reports a drag; Delete asks for the slide to be deleted."""

    moved = Signal(int, int)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slideSorter")
        self.setIconSize(THUMB)
        self.setSpacing(4)
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(THUMB.width() + 130)
        self.model().rowsMoved.connect(self._rows_moved)

    def _rows_moved(self, _parent, start: int, _end: int, _dest, row: int) -> None:  # type: ignore[no-untyped-def]
        self.moved.emit(start, row - 1 if row > start else row)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def placeholder(theme: str) -> QPixmap:
    pixmap = QPixmap(THUMB)
    pixmap.fill(QColor(style.look(theme).alt))
    return pixmap


class PageView(QWidget):
    """A handout's printed pages, as the PDF export lays them out (A4, writing lines)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageView")
        self._doc = None
        self._pages = 0
        self.theme = "light"
        self.setMinimumWidth(280)

    def set_text(self, markdown: str, title: str, base_dir: Path | None) -> None:
        from ...render.pdf import PAGE_MARGIN
        from ...render.text_pdf import item_pages

        area = QSizeF(A4.width() - 2 * PAGE_MARGIN, A4.height() - 2 * PAGE_MARGIN - 16)
        self._doc = item_pages(markdown, title, area, base_dir)
        self._pages = self._doc.pageCount()
        self.setMinimumHeight(round(self._page_height() * self._pages + 12 * self._pages))
        self.update()

    def page_count(self) -> int:
        return self._pages

    def _scale(self) -> float:
        return max(0.2, (self.width() - 24) / A4.width())

    def _page_height(self) -> float:
        return A4.height() * self._scale()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self._doc is None:
            return
        from ...render.pdf import PAGE_MARGIN
        from ...render.textpages import draw_page

        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.look(self.theme).window))
        scale = self._scale()
        for index in range(self._pages):
            top = 6 + index * (self._page_height() + 12)
            page = QRectF(12, top, A4.width() * scale, A4.height() * scale)
            painter.fillRect(page.translated(2, 3), QColor(0, 0, 0, 40))
            painter.fillRect(page, QColor("white"))
            painter.save()
            painter.translate(page.topLeft())
            painter.scale(scale, scale)
            draw_page(painter, self._doc, QPointF(PAGE_MARGIN, PAGE_MARGIN), index)
            painter.restore()
        painter.end()
