"""Exercises and handouts in the editor.

An exercise is a form: the six sections as fields, the steps as a table of text and minutes, and
the sum of the minutes against the duration (a warning, not a block). The facilitator notes are
a field of their own: only the other sections reach the projector. A handout (or guide) is its
Markdown with buttons for headings, lists, a table and lines to write on, beside its printed
pages.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.editing import exercise as ex
from .. import style
from .pages import FieldEdit, PageView

ASIDE_ROLE = Qt.ItemDataRole.UserRole  # a step row's trainer's part, kept when the row changes

TEXT_FIELDS = ("purpose", "materials", "notes", "reflection", "variations")


class ExerciseEditor(QWidget):
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exerciseEditor")
        self.form = ex.ExerciseForm()
        self.duration = 0
        self.theme = "light"
        self._loading = False
        self.fields: dict[str, FieldEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for name in TEXT_FIELDS:
            field = FieldEdit(self)
            field.setObjectName(f"exercise_{name}")
            field.textChanged.connect(lambda n=name: self._text_changed(n))
            field.setMinimumHeight(60)
            self.fields[name] = field
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(field)
        self.steps = QTableWidget(0, 2, self)
        self.steps.setObjectName("exerciseSteps")
        self.steps.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.steps.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setTabKeyNavigation(False)
        self.steps.setMinimumHeight(140)
        self.steps.itemChanged.connect(self._steps_changed)
        self.steps_label = QLabel(self)
        self.steps_label.setBuddy(self.steps)
        self.add_step = QPushButton(self)
        self.add_step.clicked.connect(self._add_step)
        self.remove_step = QPushButton(self)
        self.remove_step.clicked.connect(self._remove_step)
        self.minutes = QLabel(self)
        self.minutes.setObjectName("stepMinutes")
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.add_step)
        step_buttons.addWidget(self.remove_step)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.minutes)
        steps_box = QVBoxLayout()
        steps_box.addWidget(self.steps)
        steps_box.addLayout(step_buttons)
        form = QFormLayout()
        for name in ("purpose", "materials"):
            form.addRow(self.labels[name], self.fields[name])
        form.addRow(self.steps_label, steps_box)
        for name in ("reflection", "variations", "notes"):
            form.addRow(self.labels[name], self.fields[name])
        inner = QWidget(self)
        inner.setLayout(form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslateUi()

    def set_body(self, body: str, duration: int) -> None:
        self.form = ex.parse(body)
        self.duration = duration
        self._loading = True
        try:
            for name, field in self.fields.items():
                text = getattr(self.form, name)
                if field.toPlainText() != text:
                    field.setPlainText(text)
            self.steps.setRowCount(len(self.form.steps))
            for row, step in enumerate(self.form.steps):
                cell = QTableWidgetItem(step.text)
                if step.aside:  # the trainer's part (> ...) goes with the row, as it is
                    cell.setData(ASIDE_ROLE, step.aside)
                    cell.setToolTip(f"> {step.aside}")
                self.steps.setItem(row, 0, cell)
                minutes = "" if step.minutes is None else str(step.minutes)
                self.steps.setItem(row, 1, QTableWidgetItem(minutes))
        finally:
            self._loading = False
        self._show_minutes()

    def set_duration(self, duration: int) -> None:
        self.duration = duration
        self._show_minutes()

    def body(self, language: str) -> str:
        return ex.compose(self.form, language)

    def _text_changed(self, name: str) -> None:
        if self._loading:
            return
        self.form = replace(self.form, **{name: self.fields[name].toPlainText()})
        self.changed.emit(f"exercise:{name}")

    def _steps_changed(self, _item: QTableWidgetItem | None = None) -> None:
        if self._loading:
            return
        rows = []
        for row in range(self.steps.rowCount()):
            text_item, minutes_item = self.steps.item(row, 0), self.steps.item(row, 1)
            text = text_item.text().strip() if text_item else ""
            digits = "".join(
                c for c in (minutes_item.text() if minutes_item else "") if c.isdigit()
            )
            aside = (text_item.data(ASIDE_ROLE) or "") if text_item else ""
            rows.append(ex.StepRow(text, int(digits) if digits else None, aside))
        self.form = replace(self.form, steps=tuple(rows))
        self._show_minutes()
        self.changed.emit(f"exercise:steps:{self.steps.currentRow()}")

    def _add_step(self) -> None:
        row = self.steps.rowCount()
        self._loading = True
        self.steps.insertRow(row)
        self.steps.setItem(row, 0, QTableWidgetItem(""))
        self.steps.setItem(row, 1, QTableWidgetItem("5"))
        self._loading = False
        self.steps.setCurrentCell(row, 0)
        self.steps.setFocus()
        self.steps.editItem(self.steps.item(row, 0))

    def _remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.removeRow(row)
            self._steps_changed()

    def _show_minutes(self) -> None:
        look = style.look(self.theme)
        total = self.form.step_minutes
        timing = self.form.timing(self.duration)
        text = (
            self.tr("Steps: %1 of %2 min")
            .replace("%1", str(total))
            .replace("%2", str(self.duration))
        )
        if timing == "missing":
            text += " – " + self.tr("a step has no minutes")
        elif timing != "ok":
            text += " – " + self.tr("must match the duration")
        colour = look.muted if timing == "ok" else look.warning
        self.minutes.setText(f'<span style="color:{colour};">{text}</span>')
        self.minutes.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        words = {
            "purpose": (self.tr("&Purpose"), self.tr("Purpose (shown to the group)")),
            "materials": (self.tr("&Materials"), self.tr("Materials (shown to the group)")),
            "reflection": (
                self.tr("&Reflection questions"),
                self.tr("Reflection questions (shown to the group)"),
            ),
            "variations": (self.tr("&Variations"), self.tr("Variations")),
            "notes": (
                self.tr("&Facilitator notes"),
                self.tr("Facilitator notes (only you see them, never the projector)"),
            ),
        }
        for name, (label, accessible) in words.items():
            self.labels[name].setText(label)
            self.fields[name].setAccessibleName(accessible)
        self.fields["notes"].setPlaceholderText(self.tr("Only you see this, never the projector."))
        self.steps_label.setText(self.tr("&Steps"))
        self.steps.setAccessibleName(self.tr("Steps, with minutes"))
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Minutes")])
        self.add_step.setText(self.tr("Add a step"))
        self.remove_step.setText(self.tr("Remove the step"))
        self._show_minutes()


class TextEditor(QWidget):
    """A handout's or guide's Markdown, with its printed pages beside it."""

    changed = Signal(str)
    image_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("textEditor")
        self.title = ""
        self.base_dir: Path | None = None
        self._loading = False
        self.field = FieldEdit(self)
        self.field.setObjectName("handoutText")
        self.field.setTabChangesFocus(True)
        self.field.textChanged.connect(self._changed)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name in ("heading", "list", "numbered", "table", "lines", "picture"):
            button = QPushButton(self)
            button.setObjectName(f"insert_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.insert(n))
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.field, 1)
        self.pages = PageView(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._show_pages)
        self.retranslateUi()

    def set_body(self, body: str, title: str, base_dir: Path | None) -> None:
        self.title, self.base_dir = title, base_dir
        if self.field.toPlainText() != body.strip("\n"):
            self._loading = True
            self.field.setPlainText(body.strip("\n"))
            self._loading = False
        self._show_pages()

    def body(self) -> str:
        return self.field.toPlainText()

    def _changed(self) -> None:
        if self._loading:
            return
        self._timer.start()
        self.changed.emit("text")

    def _show_pages(self) -> None:
        self.pages.set_text(self.field.toPlainText(), self.title, self.base_dir)

    def insert(self, what: str) -> None:
        if what == "picture":
            self.image_requested.emit()
            return
        snippets = {
            "heading": "## " + self.tr("Heading"),
            "list": "- " + self.tr("A point") + "\n- " + self.tr("Another point"),
            "numbered": "1. " + self.tr("First") + "\n2. " + self.tr("Second"),
            "table": "| {} | {} |\n| --- | --- |\n|  |  |\n|  |  |".format(
                self.tr("Column"), self.tr("Column")
            ),
            "lines": "\n\n".join(["_" * 46] * 3),
        }
        self.insert_text(snippets[what])

    def insert_text(self, text: str) -> None:
        cursor = self.field.textCursor()
        prefix = "\n\n" if cursor.block().text().strip() else ""
        cursor.insertText(f"{prefix}{text}\n")
        self.field.setTextCursor(cursor)
        self.field.setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        words = {
            "heading": self.tr("Heading"),
            "list": self.tr("List"),
            "numbered": self.tr("Numbered list"),
            "table": self.tr("Table"),
            "lines": self.tr("Lines to write on"),
            "picture": self.tr("Picture…"),
        }
        for name, text in words.items():
            self.buttons[name].setText(text)
            self.buttons[name].setAccessibleName(self.tr("Insert: %1").replace("%1", text))
        self.field.setAccessibleName(self.tr("The text (Markdown)"))
        self.pages.setAccessibleName(self.tr("The printed pages"))
