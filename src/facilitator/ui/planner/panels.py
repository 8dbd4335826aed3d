"""The plan's header (title, group, date, times, notes) and the chosen entry's details.

Text is handed to the controller when the trainer pauses typing (or leaves the field), so a
sentence becomes one undo step, not one per key, and nothing typed waits long to be saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.model import Item, Plan, PlanEntry
from ...core.plans import parse_clock
from .. import labels
from ..date_edits import DateEdit, TimeEdit

TYPING_PAUSE_MS = 700
NO_DATE = QDate(2000, 1, 1)  # the date edit's "no date" value
NO_TIME = QTime(0, 0)  # the target end's "none" value


class Debounced(QObject):
    """Calls ``commit`` when typing pauses, when the field loses focus, and on ``flush``."""

    def __init__(self, field: QWidget, commit: Callable[[], None]) -> None:
        super().__init__(field)
        self._commit = commit
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(commit)
        self.blocked = False
        field.installEventFilter(self)

    def touched(self) -> None:
        if not self.blocked:
            self._timer.start()

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class PlanHeader(QFrame):
    """Title, group or audience, date, start and target end time, and the plan's notes."""

    changed = Signal(dict)  # plan fields to set

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planHeader")
        self._plan: Plan | None = None
        self.title = QLineEdit(self)
        self.title.setObjectName("planTitle")
        self.audience = QLineEdit(self)
        self.audience.setObjectName("planAudience")
        # Typed dates and times in the usual forms ("7/12", "07-12-2026", "8.30"): ui.date_edits.
        self.day = DateEdit(self)
        self.day.setObjectName("planDate")
        self.day.setMinimumDate(NO_DATE)
        self.start = TimeEdit(self)
        self.start.setObjectName("planStart")
        self.end = TimeEdit(self)
        self.end.setObjectName("planEnd")
        self.end.setMinimumTime(NO_TIME)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("planNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)

        def label(key: str, buddy: QWidget) -> QLabel:
            widget = QLabel(self)
            widget.setBuddy(buddy)
            self.labels[key] = widget
            return widget

        grid.addWidget(label("title", self.title), 0, 0)
        grid.addWidget(self.title, 0, 1, 1, 5)
        grid.addWidget(label("audience", self.audience), 1, 0)
        grid.addWidget(self.audience, 1, 1)
        grid.addWidget(label("day", self.day), 1, 2)
        grid.addWidget(self.day, 1, 3)
        times = QHBoxLayout()
        times.setSpacing(6)
        times.addWidget(self.start)
        times.addWidget(label("to", self.end))
        times.addWidget(self.end)
        grid.addWidget(label("start", self.start), 1, 4)
        grid.addLayout(times, 1, 5)
        grid.addWidget(label("notes", self.notes), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.notes, 2, 1, 1, 5)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(5, 0)

        self._text = Debounced(self.title, self._commit_text)
        self._audience = Debounced(self.audience, self._commit_text)
        self._notes = Debounced(self.notes, self._commit_text)
        self.title.textEdited.connect(lambda _t: self._text.touched())
        self.title.editingFinished.connect(self._text.flush)
        self.audience.textEdited.connect(lambda _t: self._audience.touched())
        self.audience.editingFinished.connect(self._audience.flush)
        self.notes.textChanged.connect(self._notes.touched)
        self.day.dateChanged.connect(lambda _d: self._commit_times())
        self.start.timeChanged.connect(lambda _t: self._commit_times())
        self.end.timeChanged.connect(lambda _t: self._commit_times())
        self.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        words = {
            "title": self.tr("&Title"),
            "audience": self.tr("&Group"),
            "day": self.tr("&Date"),
            "start": self.tr("&Time"),
            "to": self.tr("to"),
            "notes": self.tr("N&otes"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        self.audience.setPlaceholderText(self.tr("Group or audience, e.g. Hold A, teachers"))
        self.notes.setPlaceholderText(self.tr("What to prepare, bring or remember"))
        self.day.setSpecialValueText(self.tr("No date"))
        self.end.setSpecialValueText(self.tr("no end"))
        self.end.setToolTip(self.tr("The time the session should end"))

    def flush(self) -> None:
        for pending in (self._text, self._audience, self._notes):
            pending.flush()

    def show_plan(self, plan: Plan | None) -> None:
        self._plan = plan
        self.setEnabled(plan is not None)
        widgets = (self.title, self.audience, self.notes, self.day, self.start, self.end)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if plan is None:
                self.title.clear()
                self.audience.clear()
                self.notes.clear()
                return
            if self.title.text() != plan.title:
                self.title.setText(plan.title)
                self.title.setCursorPosition(0)  # a long text shows its start, not its end
            audience = ", ".join(plan.audience)
            if self.audience.text() != audience:
                self.audience.setText(audience)
                self.audience.setCursorPosition(0)
            if self.notes.toPlainText() != plan.notes:
                self.notes.setPlainText(plan.notes)
            day = QDate.fromString(plan.day, "yyyy-MM-dd") if plan.day else NO_DATE
            self.day.setDate(day if day.isValid() else NO_DATE)
            self.start.setTime(_time(plan.start) or QTime(9, 0))
            self.end.setTime(_time(plan.target_end) or NO_TIME)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def _commit_text(self) -> None:
        if self._plan is None:
            return
        title = self.title.text().strip() or self._plan.title
        audience = tuple(a.strip() for a in self.audience.text().split(",") if a.strip())
        self.changed.emit(
            {"title": title, "audience": audience, "notes": self.notes.toPlainText().strip()}
        )

    def _commit_times(self) -> None:
        if self._plan is None:
            return
        day = self.day.date()
        end = self.end.time()
        self.changed.emit(
            {
                "day": "" if day == NO_DATE else day.toString("yyyy-MM-dd"),
                "start": self.start.time().toString("HH:mm"),
                "target_end": "" if end == NO_TIME else end.toString("HH:mm"),
            }
        )


def _time(text: str) -> QTime | None:
    minutes = parse_clock(text) if text else None
    return QTime(minutes // 60, minutes % 60) if minutes is not None else None


class EntryDetails(QFrame):
    """The chosen entry: its words, the note, an own slide, flexible or fixed, and actions."""

    changed = Signal(int, dict)  # position, entry fields
    choose_slides = Signal(int)
    replace_item = Signal(int)
    mark_seen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryDetails")
        self.position = -1
        self._entry: PlanEntry | None = None
        self._item: Item | None = None
        self._state = "ok"
        self.heading = QLabel(self)
        self.heading.setObjectName("entryHeading")
        self.heading.setWordWrap(True)
        self.mark = QLabel(self)
        self.mark.setObjectName("entryMark")
        self.mark.setWordWrap(True)
        self.label = QLineEdit(self)
        self.label.setObjectName("entryLabel")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("entryNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        self.slide = QPlainTextEdit(self)
        self.slide.setObjectName("entrySlide")
        self.slide.setTabChangesFocus(True)
        self.slide.setFixedHeight(84)
        self.flexible = QCheckBox(self)
        self.flexible.setObjectName("entryFlexible")
        self.slides_button = QPushButton(self)
        self.slides_button.setObjectName("chooseSlides")
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceItem")
        self.seen_button = QPushButton(self)
        self.seen_button.setObjectName("markSeen")
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow("", self.label)
        self.form.addRow("", self.note)
        self.form.addRow("", self.slide)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for widget in (self.flexible, self.slides_button, self.replace_button, self.seen_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.mark)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        self._label_edit = Debounced(self.label, self._commit_text)
        self._note_edit = Debounced(self.note, self._commit_text)
        self._slide_edit = Debounced(self.slide, self._commit_text)
        self.label.textEdited.connect(lambda _t: self._label_edit.touched())
        self.label.editingFinished.connect(self._label_edit.flush)
        self.note.textChanged.connect(self._note_edit.touched)
        self.slide.textChanged.connect(self._slide_edit.touched)
        self.flexible.toggled.connect(self._commit_flexible)
        self.slides_button.clicked.connect(lambda: self.choose_slides.emit(self.position))
        self.replace_button.clicked.connect(lambda: self.replace_item.emit(self.position))
        self.seen_button.clicked.connect(self._seen)
        self.retranslateUi()
        self.show_entry(-1, None, None, "ok")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        for widget, text in (
            (self.label, self.tr("Title")),
            (self.note, self.tr("Note for the trainer")),
            (self.slide, self.tr("Own slide")),
        ):
            label = self.form.labelForField(widget)
            if isinstance(label, QLabel):
                label.setText(text)
            widget.setAccessibleName(text)  # also while its label row is hidden
        self.note.setPlaceholderText(self.tr("Only you see this note, in the plan and the console"))
        self.slide.setPlaceholderText(
            self.tr("Optional: a slide written in Markdown, e.g. # What do you hope to learn?")
        )
        self.flexible.setText(self.tr("May be shortened when re-timing"))
        self.slides_button.setText(self.tr("Choose slides…"))
        self.replace_button.setText(self.tr("Replace…"))
        self.seen_button.setText(self.tr("I have looked at it"))
        self.show_entry(self.position, self._entry, self._item, self._state)

    def flush(self) -> None:
        for pending in (self._label_edit, self._note_edit, self._slide_edit):
            pending.flush()

    def show_entry(
        self, position: int, entry: PlanEntry | None, item: Item | None, state: str
    ) -> None:
        same = entry is not None and position == self.position and self._entry is not None
        self.position, self._entry, self._item, self._state = position, entry, item, state
        editors = (self.label, self.note, self.slide, self.flexible)
        for widget in editors:
            widget.blockSignals(True)
        for pending in (self._label_edit, self._note_edit, self._slide_edit):
            pending.blocked = True
        try:
            self._fill(entry, item, state, keep_text=same)
        finally:
            for widget in editors:
                widget.blockSignals(False)
            for pending in (self._label_edit, self._note_edit, self._slide_edit):
                pending.blocked = False

    def _fill(
        self, entry: PlanEntry | None, item: Item | None, state: str, keep_text: bool
    ) -> None:
        for widget in (self.label, self.note, self.slide, self.flexible):
            widget.setEnabled(entry is not None)
        if entry is None:
            self.heading.setText(self.tr("Choose an entry to see its details."))
            self.mark.hide()
            for widget in (self.slides_button, self.replace_button, self.seen_button):
                widget.hide()
            self.label.clear()
            self.note.clear()
            self.slide.clear()
            self._row_visible(self.label, False)
            self._row_visible(self.slide, False)
            return
        if entry.kind == "item":
            name = item.title if item is not None else entry.ref
            kind = labels.kind(item.kind) if item is not None else self.tr("Library item")
            self.heading.setText(f"<b>{_escape(name)}</b> · {_escape(kind)}")
        elif entry.kind == "break":
            name = self.tr("Break")
            self.heading.setText(f"<b>{_escape(name)}</b>")
        else:
            name = self.tr("Free entry")
            self.heading.setText(f"<b>{_escape(name)}</b>")
        self._row_visible(self.label, entry.kind != "item")
        self._row_visible(self.slide, entry.kind == "free")
        if not (keep_text and self.label.text().strip() == entry.label):
            self.label.setText(entry.label)
        if self.note.toPlainText().strip() != entry.note:
            self.note.setPlainText(entry.note)
        if self.slide.toPlainText().strip("\n") != entry.slide:
            self.slide.setPlainText(entry.slide)
        self.flexible.setChecked(entry.flexible)
        is_deck = item is not None and item.kind == "deck"
        self.slides_button.setVisible(is_deck)
        self.replace_button.setVisible(entry.kind == "item")
        self.seen_button.setVisible(state == "changed")
        if state == "missing":
            self.mark.setText(
                self.tr(
                    "“%1” is not in your library (perhaps it came from a colleague's plan). "
                    "Choose Replace… to put another item here, or add the module it comes from."
                ).replace("%1", entry.ref)
            )
            self.mark.setProperty("state", "missing")
        elif state == "changed":
            self.mark.setText(
                self.tr(
                    "This item was changed in a library update since it was planned. "
                    "Look it over; the plan keeps working."
                )
            )
            self.mark.setProperty("state", "changed")
        self.mark.setVisible(state in ("missing", "changed"))
        self.mark.style().unpolish(self.mark)
        self.mark.style().polish(self.mark)

    def _row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)

    def _commit_text(self) -> None:
        entry = self._entry
        if entry is None or self.position < 0:
            return
        fields: dict[str, object] = {}
        note = self.note.toPlainText().strip()
        if note != entry.note:
            fields["note"] = note
        if entry.kind != "item":
            label = self.label.text().strip()
            if label != entry.label:
                fields["label"] = label
        if entry.kind == "free":
            slide = self.slide.toPlainText().strip("\n")
            if slide != entry.slide:
                fields["slide"] = slide
        if fields:
            self.changed.emit(self.position, fields)

    def _commit_flexible(self, checked: bool) -> None:
        if self._entry is not None and checked != self._entry.flexible:
            self.changed.emit(self.position, {"flexible": checked})

    def _seen(self) -> None:
        if self._entry is not None:
            self.mark_seen.emit(self._entry.ref)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
