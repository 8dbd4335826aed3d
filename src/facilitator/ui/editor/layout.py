"""The editor screen's widgets and how they are laid out: the top row (back, title, minutes, the
save state, undo, redo, Markdown, Present), the banner for a change made outside the app, the
problems line, and one page per kind (deck, exercise, text) plus the Markdown source.
``EditorScreen`` builds them once, in its constructor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
)

from .deck_editor import DeckEditor
from .forms import ExerciseEditor, TextEditor
from .pages import FieldEdit


class EditorLayout:
    """Part of ``EditorScreen``: builds its widgets as attributes of the screen."""

    def _build_widgets(self: Any) -> None:
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("editorBack")
        self.back_button.clicked.connect(self.close_editor)
        self.title_field = QLineEdit(self)
        self.title_field.setObjectName("itemTitleField")
        self.title_field.textEdited.connect(lambda _t: self._meta_changed("title"))
        self.title_label = QLabel(self)
        self.title_label.setBuddy(self.title_field)
        self.duration_field = QSpinBox(self)
        self.duration_field.setObjectName("itemDuration")
        self.duration_field.setRange(1, 600)
        self.duration_field.valueChanged.connect(lambda _v: self._meta_changed("duration"))
        self.duration_label = QLabel(self)
        self.duration_label.setBuddy(self.duration_field)
        self.state = QLabel(self)
        self.state.setObjectName("saveState")
        self.undo_button = QPushButton(self)
        self.undo_button.clicked.connect(self.undo)
        self.redo_button = QPushButton(self)
        self.redo_button.clicked.connect(self.redo)
        self.source_button = QPushButton(self)
        self.source_button.setObjectName("sourceButton")
        self.source_button.setCheckable(True)
        self.source_button.toggled.connect(self.show_source)
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("presentButton")
        self.present_button.setDefault(True)
        self.present_button.clicked.connect(self.present)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title_label)
        top.addWidget(self.title_field, 1)
        top.addWidget(self.duration_label)
        top.addWidget(self.duration_field)
        top.addWidget(self.state)
        for button in (self.undo_button, self.redo_button, self.source_button):
            top.addWidget(button)
        top.addWidget(self.present_button)

        self.banner = QFrame(self)
        self.banner.setObjectName("reloadBanner")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        self.reload_button = QPushButton(self.banner)
        self.reload_button.clicked.connect(self.reload_from_disk)
        self.keep_button = QPushButton(self.banner)
        self.keep_button.clicked.connect(self.keep_mine)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.reload_button)
        banner_layout.addWidget(self.keep_button)
        self.banner.hide()
        self.problems = QLabel(self)
        self.problems.setObjectName("editorProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()

        self.deck_editor = DeckEditor(self)
        self.deck_editor.changed.connect(self._view_changed)
        self.deck_editor.image_requested.connect(self.insert_image)
        self.deck_editor.body_field.images_dropped.connect(self._images_dropped)
        self.exercise_editor = ExerciseEditor(self)
        self.exercise_editor.changed.connect(self._view_changed)
        self.text_editor = TextEditor(self)
        self.text_editor.changed.connect(self._view_changed)
        self.text_editor.image_requested.connect(self.insert_image)
        self.text_editor.field.images_dropped.connect(self._images_dropped)
        self.source = FieldEdit(self)
        self.source.setObjectName("sourceView")
        self.source.setTabChangesFocus(False)
        self.source.textChanged.connect(self._source_changed)
        self.stack = QStackedWidget(self)
        for page in (self.deck_editor, self.exercise_editor, self.text_editor, self.source):
            self.stack.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.problems)
        layout.addWidget(self.stack, 1)
