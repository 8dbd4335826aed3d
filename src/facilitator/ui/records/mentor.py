"""The Mentor log screen: people by pseudonym, sub-goals, meetings with marks, a chart over time,
export and deletion of everything about a person, and the retention period.

Every change is a confirmed action through :class:`~.store.RecordsStore`. A meeting is created
at once ("New meeting") and then filled in: each mark is saved when clicked, the note as it is
typed, so nothing typed waits for a Save button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..date_edits import date_text
from .charts import SERIES_COLOURS, Series
from .exporting import choose_export_file
from .mentor_layout import MentorLayout
from .mentor_privacy import MentorPrivacy
from .record_widgets import stretch_first
from .store import RecordsStore
from .words import (
    dimension_names,
    dimension_short,
    identity_text,
    pseudonym_refusal,
)

log = logging.getLogger(__name__)


class MentorScreen(MentorLayout, MentorPrivacy, QWidget):
    message = Signal(str)

    def __init__(self, store: RecordsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mentorScreen")
        self.store = store
        self.person_id: int | None = None
        self.meeting_id: int | None = None
        self._confirmed_name = ""
        self.loaded = False
        self._filling = False
        self.choose_file: Callable[[str, str], str] = partial(choose_export_file, self)

        self._build_widgets()

        store.failed.connect(self.show_error)
        store.saved.connect(lambda _what: self.error.hide())
        store.reloaded.connect(self.refresh)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.people_panel)
        splitter.addWidget(self.person_page)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([250, 1100])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.person_page.setEnabled(False)

    # --- words ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.people_title.setText(self.tr("People (pseudonyms only)"))
        self.people.setAccessibleName(self.tr("People"))
        self.new_person.setAccessibleName(self.tr("Pseudonym of a new person"))
        self.new_person.setPlaceholderText(self.tr("Pseudonym, e.g. initials or a nickname"))
        self.add_person_button.setText(self.tr("Add person"))
        self.retention_box.setTitle(self.tr("Retention"))
        self.retention_label.setText(
            self.tr(
                "Delete a person's records this many months after the last meeting (0: keep "
                "until you delete them):"
            )
        )
        self.retention.setSuffix(self.tr(" months"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_pdf_button.setText(self.tr("Export PDF…"))
        self.delete_button.setText(self.tr("Delete everything…"))
        self.chart_box.setTitle(self.tr("Progress over time"))
        current = self.dimension.currentData()
        self.dimension.clear()
        self.dimension.addItem(self.tr("All five"), "")
        for key, name in dimension_names().items():
            self.dimension.addItem(name, key)
        self.dimension.setCurrentIndex(max(0, self.dimension.findData(current)))
        self.meetings_box.setTitle(self.tr("Meetings"))
        self.meeting_box.setTitle(self.tr("Marks and note"))
        self.meetings.setHeaderLabels(
            [self.tr("Date"), *dimension_short().values(), self.tr("Note")]
        )
        header = self.meetings.headerItem()
        for column, name in enumerate(dimension_names().values(), start=1):
            header.setToolTip(column, name)
        stretch_first(self.meetings, 6)
        self.meeting_day_label.setText(self.tr("Date"))
        self.new_meeting_button.setText(self.tr("New meeting"))
        self.delete_meeting_button.setText(self.tr("Delete meeting"))
        for key, name in dimension_names().items():
            self.mark_labels[key].setText(name)
        self.meeting_note.setPlaceholderText(self.tr("Note about the meeting (saves as you type)"))
        self.goals_box.setTitle(self.tr("Sub-goals"))
        self.goals.setHeaderLabels(
            [self.tr("Sub-goal"), self.tr("Start"), self.tr("Target"), self.tr("Reached")]
        )
        stretch_first(self.goals, 0)
        self.goal_text.setPlaceholderText(
            self.tr("A concrete sub-goal, e.g. 'Comes to the first lesson three days in a row'")
        )
        self.goal_start_label.setText(self.tr("Start"))
        self.goal_target_label.setText(self.tr("Target"))
        self.add_goal_button.setText(self.tr("Add sub-goal"))
        if self.loaded:
            self._fill_person()
            self._fill_retention()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- reading -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.loaded = True
        current = self.person_id
        people = self.store.read("people", (), lambda: self.store.mentor.people(), [])
        self.people.blockSignals(True)
        self.people.clear()
        for pid, name in people:
            item = QListWidgetItem(name, self.people)
            item.setData(Qt.ItemDataRole.UserRole, pid)
            if pid == current:
                self.people.setCurrentItem(item)
        self.people.blockSignals(False)
        if self.people.currentItem() is None and self.people.count():
            self.people.setCurrentRow(0)
        else:
            self._person_chosen()
        self._fill_retention()

    def select_person(self, person_id: int) -> None:
        for index in range(self.people.count()):
            if self.people.item(index).data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.setCurrentRow(index)
                return

    def _person_chosen(self) -> None:
        self.meeting_note.flush()
        item = self.people.currentItem()
        self.person_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.meeting_id = None
        self._fill_person()

    def _fill_person(self) -> None:
        pid = self.person_id
        self.person_page.setEnabled(pid is not None)
        if pid is None:
            self.person_name.setText("")
            self.meetings.clear()
            self.goals.clear()
            self.meeting_note.load("", None)
            self.chart.set_marks([], [], self.tr("Add a person to start a progress log."))
            return
        item = self.people.currentItem()
        self.person_name.setText(item.text() if item is not None else "")
        self.delete_button.setText(self.tr("Delete everything…"))
        self._fill_meetings()
        self._fill_goals()
        self._fill_chart()

    def _fill_meetings(self) -> None:
        pid = self.person_id
        if pid is None:
            return
        marks = self.store.read("marks", (pid,), lambda: self.store.mentor.marks(pid), [])
        keep = self.meeting_id
        self.meetings.blockSignals(True)
        self.meetings.clear()
        chosen = None
        for m in reversed(marks):  # newest first
            values = [m.values[d] for d in dimension_names()]
            note = " ".join(m.note.split())
            day = date_text(m.day)
            row = QTreeWidgetItem([day, *("" if v is None else str(v) for v in values), note])
            row.setData(0, Qt.ItemDataRole.UserRole, m.id)
            for column in range(1, 6):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.meetings.addTopLevelItem(row)
            if m.id == keep:
                chosen = row
        self.meetings.blockSignals(False)
        if chosen is None and self.meetings.topLevelItemCount():
            chosen = self.meetings.topLevelItem(0)
        if chosen is not None:
            self.meetings.setCurrentItem(chosen)
        self._meeting_chosen()

    def _meeting_chosen(self) -> None:
        item = self.meetings.currentItem()
        mid = int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
        if mid == self.meeting_id and self.meeting_note.save is not None:
            return
        self.meeting_note.flush()
        self.meeting_id = mid
        pid = self.person_id
        marks = (
            self.store.read("marks", (pid,), lambda: self.store.mentor.marks(pid), [])
            if pid is not None
            else []
        )
        mark = next((m for m in marks if m.id == mid), None)
        self._filling = True
        try:
            enabled = mark is not None
            for key, row in self.mark_rows.items():
                row.set_value(mark.values[key] if mark else None)
                row.setEnabled(enabled)
            self.meeting_day.setEnabled(enabled)
            self.delete_meeting_button.setEnabled(enabled)
            self.meeting_note.setEnabled(enabled)
            if mark is not None:
                self.meeting_day.setDate(QDate.fromString(mark.day, "yyyy-MM-dd"))
                meeting = mark.id
                self.meeting_note.load(mark.note, lambda text: self._save_note(meeting, text))
            else:
                self.meeting_note.load("", None)
        finally:
            self._filling = False

    def _fill_goals(self) -> None:
        pid = self.person_id
        if pid is None:
            return
        goals = self.store.read("subgoals", (pid,), lambda: self.store.mentor.subgoals(pid), [])
        self.goals.blockSignals(True)
        self.goals.clear()
        for g in goals:
            days = (g.start_day, g.target_day, g.reached_day)
            row = QTreeWidgetItem([g.text, *(date_text(d) for d in days)])
            row.setData(0, Qt.ItemDataRole.UserRole, g.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(
                3, Qt.CheckState.Checked if g.reached_day else Qt.CheckState.Unchecked
            )
            row.setToolTip(0, g.text)
            self.goals.addTopLevelItem(row)
        self.goals.blockSignals(False)
        today = QDate.fromString(self.store.today().isoformat(), "yyyy-MM-dd")
        self.goal_start.setDate(today)
        self.goal_target.setDate(today.addDays(28))

    def chart_data(self) -> tuple[list[Series], list[tuple[str, str]]]:
        pid = self.person_id
        if pid is None:
            return [], []
        marks = self.store.read("marks", (pid,), lambda: self.store.mentor.marks(pid), [])
        goals = self.store.read("subgoals", (pid,), lambda: self.store.mentor.subgoals(pid), [])
        chosen = self.dimension.currentData() or ""
        series = []
        for index, (key, name) in enumerate(dimension_names().items()):
            if chosen and key != chosen:
                continue
            points = [(m.day, m.values[key]) for m in marks]
            series.append(Series(name, points, SERIES_COLOURS[index]))
        reached = [(g.reached_day, g.text) for g in goals if g.reached_day]
        return series, reached

    def _fill_chart(self) -> None:
        series, reached = self.chart_data()
        self.chart.set_marks(
            series, reached, self.tr("No marks yet. Add a meeting and give marks from 1 to 5.")
        )

    # --- actions -------------------------------------------------------------------------------
    def _check_pseudonym(self, text: str) -> None:
        warning = identity_text(text)
        self.identity_warning.setText(warning)
        self.identity_warning.setVisible(bool(warning))

    def add_person(self) -> None:
        name = self.new_person.text().strip()
        if not name:
            return
        if any(self.people.item(i).text() == name for i in range(self.people.count())):
            self.identity_warning.setText(self.tr("There is already a person with that pseudonym."))
            self.identity_warning.show()
            return
        refusal = pseudonym_refusal(name, self._confirmed_name)
        self._confirmed_name = name
        if refusal:
            self.identity_warning.setText(refusal)
            self.identity_warning.show()
            return
        ok, pid = self.store.act("person", (), lambda: self.store.mentor.add_person(name))
        if ok and pid is not None:
            self.new_person.clear()
            self.person_id = pid
            self.refresh()
            self.select_person(pid)

    def new_meeting(self) -> None:
        pid = self.person_id
        if pid is None:
            return
        day = self.store.today().isoformat()
        mid = self.store.add_meeting(pid, day, "")
        if mid is not None:
            self.meeting_id = mid
            self.meeting_note.load("", None)  # so the new meeting is loaded fresh
            self._fill_meetings()
            self._fill_chart()
            self.meeting_note.setFocus()

    def delete_meeting(self) -> None:
        mid = self.meeting_id
        if mid is None:
            return
        self.meeting_note.dirty = False
        ok, _ = self.store.act(
            "delete meeting", (mid,), lambda: self.store.mentor.delete_meeting(mid)
        )
        if ok:
            self.meeting_id = None
            self.meeting_note.load("", None)
            self._fill_meetings()
            self._fill_chart()

    def _save_meeting_day(self) -> None:
        if self._filling or self.meeting_id is None:
            return
        day = self.meeting_day.date().toString("yyyy-MM-dd")
        if self.store.update_meeting(self.meeting_id, day=day):
            self._fill_meetings()
            self._fill_chart()

    def _mark(self, key: str, value: int) -> None:
        if self._filling or self.meeting_id is None:
            return
        if self.store.update_meeting(self.meeting_id, **{key: value or None}):
            self._refresh_meeting_row()
            self._fill_chart()
        else:
            self._meeting_chosen()

    def _save_note(self, meeting_id: int, text: str) -> bool:
        ok = self.store.update_meeting(meeting_id, note=text)
        if ok:
            self._refresh_meeting_row()
        return ok

    def _refresh_meeting_row(self) -> None:
        item = self.meetings.currentItem()
        if item is None:
            return
        values = [self.mark_rows[k].value() for k in dimension_names()]
        for column, value in enumerate(values, start=1):
            item.setText(column, "" if value is None else str(value))
        item.setText(6, " ".join(self.meeting_note.toPlainText().split()))

    def add_goal(self) -> None:
        pid, text = self.person_id, self.goal_text.text().strip()
        if pid is None or not text:
            return
        start = self.goal_start.date().toString("yyyy-MM-dd")
        target = self.goal_target.date().toString("yyyy-MM-dd")
        ok, _ = self.store.act(
            "subgoal",
            (pid,),
            lambda: self.store.mentor.add_subgoal(pid, text, target, start_day=start),
        )
        if ok:
            self.goal_text.clear()
            self._fill_goals()

    def _goal_ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 3:
            return
        gid = int(item.data(0, Qt.ItemDataRole.UserRole))
        reached = item.checkState(3) == Qt.CheckState.Checked
        self.store.act("subgoal", (gid,), lambda: self.store.mentor.reach_subgoal(gid, reached))
        self._fill_goals()
        self._fill_chart()

    # --- export --------------------------------------------------------------------------------

    def flush(self) -> bool:
        return self.meeting_note.flush()
