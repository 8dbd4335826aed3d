"""One session's record: details, what was shown, room events, attendance, notes, evaluation.

Every change is a confirmed action through :class:`~.store.RecordsStore`; the notes and the
evaluation's comment save as the trainer types (``notes.AutosaveText``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from .record_widgets import stretch_first
from .session_record_layout import SessionRecordLayout
from .store import RecordsStore
from .words import event_text, identity_text, pseudonym_refusal, question_names

COMMENT = "comment"


class SessionRecordView(SessionRecordLayout, QWidget):
    """The record of one session. ``show_session(id)`` fills it; ``flush()`` saves typing."""

    changed = Signal()  # details changed: the history should be read again

    def __init__(
        self,
        store: RecordsStore,
        titles: Callable[[str], str],
        plans: Callable[[], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionRecord")
        self.store = store
        self.titles = titles
        self.plans = plans
        self.session_id: int | None = None
        self.group_id: int | None = None
        self._confirmed_name = ""
        self._filling = False

        self._build_widgets()
        self.retranslate()
        self.setEnabled(False)

    # --- words ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.details.setTitle(self.tr("Session"))
        self.group_label.setText(self.tr("Group"))
        self.day_label.setText(self.tr("Date"))
        self.plan_label.setText(self.tr("Plan"))
        self.place_label.setText(self.tr("Place"))
        self.facilitator_label.setText(self.tr("Facilitator"))
        self.rehearsal.setText(self.tr("Rehearsal (kept out of the group's history)"))
        self.shown_box.setTitle(self.tr("What was shown"))
        self.shown_tree.setHeaderLabels([self.tr("Item"), self.tr("Screens"), self.tr("Minutes")])
        self.events_box.setTitle(self.tr("Room events"))
        self.events_tree.setHeaderLabels([self.tr("Time"), self.tr("Event"), self.tr("Details")])
        self.attendance_box.setTitle(self.tr("Attendance"))
        self.count_label.setText(self.tr("Number present"))
        self.new_person.setPlaceholderText(self.tr("Pseudonym, e.g. initials"))
        self.add_person_button.setText(self.tr("Add participant"))
        self.evaluation_box.setTitle(self.tr("Evaluation"))
        for key, name in question_names().items():
            self.rating_labels[key].setText(name)
        self.comment.setPlaceholderText(self.tr("What worked, what would you change?"))
        self.notes_box.setTitle(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("Notes save as you type. Write about the group, not about named people.")
        )
        self._notes_state(self.notes.state)
        stretch_first(self.shown_tree, 0)
        stretch_first(self.events_tree, 2)

    def _notes_state(self, state: str) -> None:
        if state == "failed":
            self.notes_state.setText(self.tr("Not saved yet: your text is kept and saved again."))
        elif state == "pending":
            self.notes_state.setText(self.tr("Saving…"))
        else:
            self.notes_state.setText(self.tr("Saved") if self.session_id else "")
        self.notes_state.setProperty("failed", state == "failed")

    # --- filling -------------------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        self.flush()
        self.session_id = session_id
        info = (
            self.store.read(
                "session", (session_id,), lambda: self.store.log.session(session_id), None
            )
            if session_id is not None
            else None
        )
        self.setEnabled(info is not None)
        self._filling = True
        try:
            if info is None:
                self.session_id = None
                self.group_id = None
                self.notes.load("", None)
                self.comment.load("", None)
                self.shown_tree.clear()
                self.events_tree.clear()
                self.people.clear()
                return
            self.group_id = info.group_id
            self.day.setDate(QDate.fromString(info.day, "yyyy-MM-dd"))
            self._fill_plans(info.plan_ref, info.title)
            self._fill_groups(info.group_id)
            self.place.setText(info.place)
            self.facilitator.setText(info.facilitator)
            self.rehearsal.setChecked(info.rehearsal)
            sid = session_id
            assert sid is not None
            log = self.store.log
            self.notes.load(
                self.store.read("note", (sid,), lambda: log.note(sid), ""),
                lambda text: self.store.save_note(sid, text),
            )
            ratings = self.store.read("ratings", (sid,), lambda: log.ratings(sid), [])
            given = {q: (r, t) for q, r, t in ratings}
            for key, row in self.rating_rows.items():
                row.set_value(given.get(key, (None, ""))[0])
            self.comment.load(
                given.get(COMMENT, (None, ""))[1],
                lambda text: self.store.rate(sid, COMMENT, None, text),
            )
            self._fill_shown(sid)
            self._fill_events(sid)
            self._fill_people()
        finally:
            self._filling = False
        self._notes_state(self.notes.state)

    def _fill_plans(self, current: str, title: str) -> None:
        self.plan.clear()
        self.plan.addItem(self.tr("(no plan)"), "")
        for ref, name in self.plans():
            self.plan.addItem(name, ref)
        index = self.plan.findData(current)
        if index < 0 and current:
            self.plan.addItem(title or current, current)
            index = self.plan.count() - 1
        self.plan.setCurrentIndex(max(0, index))

    def _fill_groups(self, current: int | None) -> None:
        self.group.clear()
        self.group.addItem(self.tr("(no group)"), 0)
        for gid, name in self.store.read("groups", (), lambda: self.store.log.groups(), []):
            self.group.addItem(name, gid)
        self.group.setCurrentIndex(max(0, self.group.findData(current or 0)))

    def _fill_shown(self, sid: int) -> None:
        self.shown_tree.clear()
        for s in self.store.read("shown", (sid,), lambda: self.store.log.shown(sid), []):
            minutes = s.seconds / 60
            item = QTreeWidgetItem(
                [self.titles(s.ref), str(s.screens), f"{minutes:.0f}" if minutes >= 1 else "<1"]
            )
            item.setToolTip(0, s.ref)
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.shown_tree.addTopLevelItem(item)

    def _fill_events(self, sid: int) -> None:
        self.events_tree.clear()
        for e in self.store.read("events", (sid,), lambda: self.store.log.events(sid), []):
            what, details = event_text(e.kind, e.data)
            self.events_tree.addTopLevelItem(QTreeWidgetItem([e.at[11:16], what, details]))

    def _fill_people(self) -> None:
        self.people.blockSignals(True)
        try:
            self.people.clear()
            if self.group_id is not None and self.session_id is not None:
                gid, sid = self.group_id, self.session_id
                people = self.store.read(
                    "participants", (gid,), lambda: self.store.log.participants(gid), []
                )
                presence = self.store.read(
                    "presence", (sid,), lambda: self.store.log.presence(sid), {}
                )
                for pid, name in people:
                    item = QListWidgetItem(name, self.people)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if presence.get(pid) else Qt.CheckState.Unchecked
                    )
                    item.setData(Qt.ItemDataRole.UserRole, pid)
        finally:
            self.people.blockSignals(False)
        self._show_attendance()
        self.add_person_button.setEnabled(self.group_id is not None)
        self.new_person.setEnabled(self.group_id is not None)

    # --- actions -------------------------------------------------------------------------------
    def _save_detail(self, name: str) -> None:
        if self._filling or self.session_id is None:
            return
        sid = self.session_id
        value: str | int | None
        if name == "group_id":
            value = int(self.group.currentData() or 0) or None
        elif name == "day":
            value = self.day.date().toString("yyyy-MM-dd")
        elif name == "plan_ref":
            value = str(self.plan.currentData() or "")
        elif name == "rehearsal":
            value = int(self.rehearsal.isChecked())
        elif name == "place":
            value = self.place.text().strip()
        else:
            value = self.facilitator.text().strip()
        fields: dict[str, str | int | None] = {name: value}
        if name == "plan_ref":
            fields["title"] = self.plan.currentText() if value else ""
        ok, _ = self.store.act(
            "session", (sid,), lambda: self.store.log.update_session(sid, **fields)
        )
        if ok:
            if name == "group_id":
                self.group_id = value if isinstance(value, int) else None
                self._fill_people()
            self.changed.emit()

    def _save_count(self) -> None:
        if self._filling or self.session_id is None:
            return
        sid, count = self.session_id, self.count.value()
        ok, _ = self.store.act(
            "attendance", (sid,), lambda: self.store.log.set_attendance(sid, count)
        )
        if ok:
            self.changed.emit()

    def _ticked(self, item: QListWidgetItem) -> None:
        if self._filling or self.session_id is None:
            return
        pid = int(item.data(Qt.ItemDataRole.UserRole))
        present = item.checkState() == Qt.CheckState.Checked
        if self.store.tick(self.session_id, pid, present):
            self._show_attendance()
            self.changed.emit()
        else:  # not saved: show the truth
            self.people.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked if present else Qt.CheckState.Checked)
            self.people.blockSignals(False)

    def _show_attendance(self) -> None:
        """The number present and who is absent, read by the one rule (``log.attendance``):
        once anyone is ticked the register counts, and the number field follows it."""
        sid = self.session_id
        came = (
            self.store.read("attendance", (sid,), lambda: self.store.log.attendance(sid), None)
            if sid is not None
            else None
        )
        total = self.people.count()
        ticked = sum(
            1 for i in range(total) if self.people.item(i).checkState() == Qt.CheckState.Checked
        )
        text = self.tr("%1 of %2 ticked as present").replace("%1", str(ticked))
        self.ticked.setText(text.replace("%2", str(total)) if total else "")
        by_register = came is not None and came.by_register
        self.count.blockSignals(True)
        self.count.setValue((came.count or 0) if came is not None else 0)
        self.count.blockSignals(False)
        self.count.setEnabled(not by_register)
        if by_register:
            assert came is not None
            rule = self.tr("Counted from the ticks. Absent: %1").replace(
                "%1", ", ".join(came.absent) or "–"
            )
        elif total:
            rule = self.tr("Tick who came, or write the number if you took no register.")
        else:
            rule = ""
        self.count_rule.setText(rule)
        self.count_rule.setVisible(bool(rule))

    def _check_pseudonym(self, text: str) -> None:
        warning = identity_text(text)
        self.pseudonym_warning.setText(warning)
        self.pseudonym_warning.setVisible(bool(warning))

    def add_participant(self) -> None:
        name = self.new_person.text().strip()
        if not name or self.group_id is None:
            return
        if any(self.people.item(i).text() == name for i in range(self.people.count())):
            self.pseudonym_warning.setText(self.tr("That pseudonym is already in the group."))
            self.pseudonym_warning.show()
            return
        refusal = pseudonym_refusal(name, self._confirmed_name)
        self._confirmed_name = name
        if refusal:
            self.pseudonym_warning.setText(refusal)
            self.pseudonym_warning.show()
            return
        gid = self.group_id
        ok, _ = self.store.act(
            "participant", (gid,), lambda: self.store.log.add_participant(gid, name)
        )
        if ok:
            self.new_person.clear()
            self._fill_people()

    def _rate(self, key: str, value: int) -> None:
        if self.session_id is None:
            return
        if not self.store.rate(self.session_id, key, value or None):
            self.rating_rows[key].set_value(None)

    def flush(self) -> bool:
        return self.notes.flush() & self.comment.flush()
