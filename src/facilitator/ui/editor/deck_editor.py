"""A deck in the editor: the slide sorter, the selected slide's fields, and the real preview.

The fields (layout, title, body, notes, hidden) and the sorter's operations change the deck's
text through ``core.editing.deck.DeckText``; the screen turns every change into the file's text.
The preview is the one slide painter at 16:9; the sorter marks a slide whose text had to shrink
below the theme's readable minimum, and a hidden slide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.editing.deck import DeckText, SlideFields
from ...core.model import LAYOUTS, Slide
from ..library.deck import SlideView
from ..renderer import SlidePainter, TextSlidePainter
from .pages import THUMB, FieldEdit, SlideSorter, placeholder

THUMBS_PER_TICK = 4


def shrunk_too_far(painter: SlidePainter, slide: Slide) -> bool:
    """True when the painter had to shrink the slide's text below the readable minimum."""
    real = getattr(painter, "real", painter)
    fit = getattr(real, "fit", None)
    if fit is None:
        return False
    from ...render.textbox import MIN_READABLE_SCALE

    try:
        return fit(slide) < MIN_READABLE_SCALE
    except Exception:  # the guarded painter draws such a slide as text; no warning then
        return False


class DeckEditor(QWidget):
    """``changed(key)``: the deck's text changed (``key`` groups typing for undo)."""

    changed = Signal(str)
    image_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deckEditor")
        self.deck = DeckText("")
        self.base_dir: Path | None = None
        self.painter: SlidePainter = TextSlidePainter()
        self.theme = "light"
        self._row = 0
        self._loading = False
        self._pending_thumbs: list[int] = []
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(0)
        self._thumb_timer.timeout.connect(self._draw_some_thumbs)
        self._current_thumb = QTimer(self)
        self._current_thumb.setSingleShot(True)
        self._current_thumb.setInterval(250)
        self._current_thumb.timeout.connect(lambda: self._refresh_row(self._row))

        self.sorter = SlideSorter(self)
        self.sorter.currentRowChanged.connect(self._row_chosen)
        self.sorter.moved.connect(self._moved)
        self.sorter.delete_requested.connect(self.delete_slide)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_slide)
        self.duplicate_button = QPushButton(self)
        self.duplicate_button.clicked.connect(self.duplicate_slide)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_slide)
        sorter_buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            sorter_buttons.addWidget(button)
        sorter_box = QWidget(self)
        sorter_layout = QVBoxLayout(sorter_box)
        sorter_layout.setContentsMargins(0, 0, 0, 0)
        sorter_layout.addWidget(self.sorter, 1)
        sorter_layout.addLayout(sorter_buttons)

        self.layout_box = QComboBox(self)
        self.layout_box.setObjectName("layoutBox")
        for name in LAYOUTS:
            self.layout_box.addItem(name, name)
        self.layout_box.currentIndexChanged.connect(lambda _i: self._field_changed("layout"))
        self.hidden_box = QCheckBox(self)
        self.hidden_box.setObjectName("hiddenBox")
        self.hidden_box.toggled.connect(lambda _on: self._field_changed("hidden"))
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("slideTitle")
        self.title_field.textEdited.connect(lambda _t: self._field_changed("title"))
        self.body_field = FieldEdit(self)
        self.body_field.setObjectName("slideBody")
        self.body_field.textChanged.connect(lambda: self._field_changed("body"))
        self.notes_field = FieldEdit(self)
        self.notes_field.setObjectName("slideNotes")
        self.notes_field.textChanged.connect(lambda: self._field_changed("notes"))
        self.image_button = QPushButton(self)
        self.image_button.clicked.connect(self.image_requested)
        self.form = QFormLayout()
        self.layout_label = QLabel(self)
        self.title_label = QLabel(self)
        self.body_label = QLabel(self)
        self.notes_label = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.layout_box, 1)
        row.addWidget(self.hidden_box)
        self.form.addRow(self.layout_label, row)
        self.form.addRow(self.title_label, self.title_field)
        self.form.addRow(self.body_label, self.body_field)
        self.form.addRow("", self.image_button)
        self.form.addRow(self.notes_label, self.notes_field)
        for label, field in (
            (self.layout_label, self.layout_box),
            (self.title_label, self.title_field),
            (self.body_label, self.body_field),
            (self.notes_label, self.notes_field),
        ):
            label.setBuddy(field)
        fields = QWidget(self)
        fields.setLayout(self.form)

        self.preview = SlideView(self)
        self.preview.setObjectName("editorPreview")
        self.warning = QLabel(self)
        self.warning.setObjectName("readabilityWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.warning)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(sorter_box)
        self.splitter.addWidget(fields)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.retranslateUi()

    # --- loading ---------------------------------------------------------------------------------
    def set_painter(self, painter: SlidePainter, theme: str) -> None:
        self.painter = painter
        self.theme = theme
        self.preview.set_painter(painter, theme)

    def set_body(self, body: str, base_dir: Path | None, row: int | None = None) -> None:
        """Show a deck body (on open, after undo, or from the source view)."""
        self.deck = DeckText(body)
        self.base_dir = base_dir
        self._rebuild(self._row if row is None else row)

    def body(self) -> str:
        return self.deck.body()

    def current_row(self) -> int:
        return self._row

    def _rebuild(self, row: int) -> None:
        self._loading = True
        self.sorter.clear()
        blank = placeholder(self.theme)
        slides = self.deck.model_slides(self.base_dir)
        for slide in slides:
            entry = QListWidgetItem(QIcon(blank), "")
            entry.setSizeHint(QSize(THUMB.width() + 120, THUMB.height() + 12))
            self.sorter.addItem(entry)
            self._label(slide.index, slide)
        self._loading = False
        self._row = max(0, min(row, len(slides) - 1))
        self.sorter.setCurrentRow(self._row)
        self._show_fields()
        self._pending_thumbs = [self._row] + [r for r in range(len(slides)) if r != self._row]
        self._thumb_timer.start()

    def _draw_some_thumbs(self) -> None:
        for _ in range(THUMBS_PER_TICK):
            if not self._pending_thumbs:
                self._thumb_timer.stop()
                return
            self._refresh_row(self._pending_thumbs.pop(0))

    def thumbnails_pending(self) -> int:
        return len(self._pending_thumbs)

    def _slide(self, row: int) -> Slide:
        fields = self.deck.fields(row)
        return Slide(fields.markdown, fields.notes, fields.layout, self.base_dir, row + 1, row)

    def _label(self, row: int, slide: Slide, shrunk: bool = False) -> None:
        entry = self.sorter.item(row)
        if entry is None:
            return
        fields = self.deck.fields(row)
        untitled = self.tr("(no title)")
        text = f"{row + 1}. {slide.title or untitled}"
        marks = []
        if fields.hidden:
            marks.append(self.tr("hidden"))
        if shrunk:
            marks.append("⚠ " + self.tr("text too small"))
        if marks:
            text += "\n" + " · ".join(marks)
        entry.setText(text)
        entry.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        tip = self.tr("The text had to shrink below the readable size: cut it or split the slide.")
        entry.setToolTip(tip if shrunk else "")

    def _refresh_row(self, row: int) -> None:
        if not 0 <= row < len(self.deck):
            return
        slide = self._slide(row)
        image = self.painter.image(slide, THUMB)
        pixmap = QPixmap.fromImage(image)
        if self.deck.fields(row).hidden:
            faded = QPixmap(pixmap.size())
            faded.fill(Qt.GlobalColor.transparent)
            from PySide6.QtGui import QPainter

            painter = QPainter(faded)
            painter.setOpacity(0.35)
            painter.drawPixmap(0, 0, pixmap)
            painter.end()
            pixmap = faded
        entry = self.sorter.item(row)
        if entry is not None:
            entry.setIcon(QIcon(pixmap))
        self._label(row, slide, shrunk_too_far(self.painter, slide))

    # --- the selected slide -------------------------------------------------------------------
    def _row_chosen(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self._row = row
        self._show_fields()

    def select(self, row: int) -> None:
        self.sorter.setCurrentRow(max(0, min(row, len(self.deck) - 1)))

    def _show_fields(self) -> None:
        fields = self.deck.fields(self._row)
        self._loading = True
        try:
            index = self.layout_box.findData(fields.layout)
            if index < 0:
                self.layout_box.addItem(fields.layout, fields.layout)
                index = self.layout_box.count() - 1
            self.layout_box.setCurrentIndex(index)
            self.hidden_box.setChecked(fields.hidden)
            if self.title_field.text() != fields.title:
                self.title_field.setText(fields.title)
            for field, text in ((self.body_field, fields.body), (self.notes_field, fields.notes)):
                if field.toPlainText() != text:
                    cursor = field.textCursor().position()
                    field.setPlainText(text)
                    keep = field.textCursor()
                    keep.setPosition(min(cursor, len(text)))
                    field.setTextCursor(keep)
        finally:
            self._loading = False
        self._show_preview()

    def _show_preview(self) -> None:
        slide = self._slide(self._row)
        self.preview.set_slide(slide)
        shrunk = shrunk_too_far(self.painter, slide)
        self.warning.setText(
            "⚠ "
            + self.tr(
                "The text on this slide had to shrink below the readable size. "
                "Cut some words, or split the slide (Ctrl+Shift+Enter)."
            )
        )
        self.warning.setVisible(shrunk)

    def _field_changed(self, name: str) -> None:
        if self._loading:
            return
        old = self.deck.fields(self._row)
        new = SlideFields(
            layout=self.layout_box.currentData() or "content",
            hidden=self.hidden_box.isChecked(),
            title=self.title_field.text().strip(),
            level=old.level
            if old.title
            else (1 if self.layout_box.currentData() == "title" else 2),
            body=self.body_field.toPlainText(),
            notes=self.notes_field.toPlainText(),
        )
        if new == old:
            return
        self.deck.set_fields(self._row, new)
        self._show_preview()
        if name in ("layout", "hidden"):
            self._refresh_row(self._row)
        else:
            self._label(self._row, self._slide(self._row))
            self._current_thumb.start()
        self.changed.emit(f"{name}:{self._row}")

    # --- sorter operations --------------------------------------------------------------------
    def _apply(self, row: int, key: str) -> None:
        self._rebuild(row)
        self.changed.emit(key)

    def add_slide(self) -> None:
        self._apply(self.deck.add(self._row), "add")

    def duplicate_slide(self) -> None:
        self._apply(self.deck.duplicate(self._row), "duplicate")

    def delete_slide(self) -> None:
        self._apply(self.deck.delete(self._row), "delete")

    def toggle_hidden(self) -> None:
        self.hidden_box.setChecked(not self.hidden_box.isChecked())

    def move_by(self, step: int) -> None:
        self._apply(self.deck.move(self._row, self._row + step), "move")
        self.sorter.setFocus()

    def _moved(self, start: int, to: int) -> None:
        QTimer.singleShot(0, lambda: self._apply(self.deck.move(start, to), "move"))

    def split_at_cursor(self) -> None:
        position = self.body_field.textCursor().position() if self.body_field.hasFocus() else None
        if position is None:
            position = len(self.deck.fields(self._row).body)
        self._apply(self.deck.split(self._row, position), "split")

    def join_next(self) -> None:
        self._apply(self.deck.join(self._row), "join")

    def insert_text(self, text: str) -> None:
        """Put ``text`` (a picture's Markdown) at the body's cursor, on a line of its own."""
        cursor = self.body_field.textCursor()
        block = cursor.block().text()
        prefix = "\n\n" if block.strip() else ""
        cursor.insertText(f"{prefix}{text}\n")
        self.body_field.setTextCursor(cursor)

    # --- words -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.add_button.setText(self.tr("New slide"))
        self.add_button.setToolTip(self.tr("A new slide after this one (Ctrl+M)"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("Duplicate this slide (Ctrl+D)"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete this slide (Delete in the list)"))
        self.sorter.setAccessibleName(self.tr("Slides; drag to reorder, Alt+Up and Alt+Down move"))
        self.layout_label.setText(self.tr("&Layout"))
        self.layout_box.setAccessibleName(self.tr("Layout"))
        names = {
            "title": self.tr("Title slide"),
            "section": self.tr("Section divider"),
            "content": self.tr("Heading and text"),
            "two-columns": self.tr("Two columns"),
            "image": self.tr("Picture with text"),
            "quote": self.tr("Quote"),
            "exercise": self.tr("Exercise"),
        }
        for index in range(self.layout_box.count()):
            code = self.layout_box.itemData(index)
            self.layout_box.setItemText(index, names.get(code, code))
        self.hidden_box.setText(self.tr("&Hide when presenting"))
        self.hidden_box.setAccessibleName(self.tr("Hide this slide when presenting"))
        self.title_label.setText(self.tr("&Title"))
        self.title_field.setAccessibleName(self.tr("Slide title"))
        self.body_label.setText(self.tr("&Body"))
        self.body_field.setAccessibleName(self.tr("Slide text (Markdown)"))
        self.body_field.setPlaceholderText(self.tr("- A point\n- Another point"))
        self.notes_label.setText(self.tr("&Notes"))
        self.notes_field.setAccessibleName(self.tr("Speaker notes (only you see them)"))
        self.notes_field.setPlaceholderText(self.tr("What you want to say; only you see this."))
        self.image_button.setText(self.tr("Insert a &picture…"))
        self.image_button.setAccessibleName(self.tr("Insert a picture"))
        self.preview.setAccessibleName(self.tr("Preview of the slide"))
        if len(self.deck) and self.sorter.count() == len(self.deck):
            for row in range(len(self.deck)):
                self._label(row, self._slide(row))
