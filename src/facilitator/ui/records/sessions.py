"""The Sessions screen: groups, a group's history with charts, and a session's record.

Left: the groups (courses, classes). Right, in two tabs: the group's history (sessions, minutes
per module, check-ins over time, what the course covered and what is still to come) and the
record of the chosen session.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from ...core.model import Library, Plan
from ..date_edits import date_text
from .charts import level_counts
from .course_plans import PlansDialog
from .exporting import choose_export_file
from .record_widgets import stretch_first
from .session_retention import SessionRetention
from .sessions_export import SessionsExport
from .sessions_layout import SessionsLayout
from .store import RecordsStore

log = logging.getLogger(__name__)


UNGROUPED = 0  # the list entry for sessions recorded without a group (group ids start at 1)
REHEARSALS = -1  # the list entry for rehearsals (``core.store.session_history.REHEARSALS``)


class SessionsScreen(SessionsLayout, SessionsExport, SessionRetention, QWidget):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        store: RecordsStore,
        library: Callable[[], Library],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsScreen")
        self.store = store
        self.library = library
        self.group_id: int | None = None
        self._plans: dict[str, Plan | None] = {}
        self.loaded = False
        self.choose_file: Callable[[str, str], str] = partial(choose_export_file, self)

        self._build_widgets()
        self.retranslate()
        self._update_buttons()

    # --- words ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.groups_title.setText(self.tr("Groups"))
        self.groups.setAccessibleName(self.tr("Groups"))
        self.new_group.setAccessibleName(self.tr("Name of a new group"))
        self.new_group.setPlaceholderText(self.tr("New group, e.g. 8.b or Course spring"))
        self.add_group_button.setText(self.tr("Add group"))
        self.new_session_button.setText(self.tr("New session"))
        self.plans_button.setText(self.tr("Course plans…"))
        self.history_csv.setText(self.tr("Export CSV…"))
        self.history_pdf.setText(self.tr("Export PDF…"))
        self.person_data_button.setText(self.tr("A person's data…"))
        self.person_data_button.setToolTip(
            self.tr("Export or erase everything about one pseudonym, in both logs")
        )
        self.delete_group_button.setText(self.tr("Delete group…"))
        self.retention_label.setText(self.tr("Keep this group's session records for"))
        self.retention.setSuffix(self.tr(" months"))
        self.retention.setSpecialValueText(self.tr("until deleted"))
        self.record_csv.setText(self.tr("Export CSV…"))
        self.record_pdf.setText(self.tr("Export PDF…"))
        self.delete_session_button.setText(self.tr("Delete session…"))
        self.tabs.setTabText(0, self.tr("History"))
        self.tabs.setTabText(1, self.tr("Session record"))
        self.sessions.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Plan"),
                self.tr("Place"),
                self.tr("Facilitator"),
                self.tr("Minutes"),
                self.tr("Present"),
            ]
        )
        stretch_first(self.sessions, 1)
        self.minutes_box.setTitle(self.tr("Minutes per module"))
        self.checkin_box.setTitle(self.tr("Check-ins over time"))
        self.coverage_box.setTitle(self.tr("Covered and still to come"))
        self.record.retranslate()
        if self.loaded:
            self._fill_history()

    # --- reading -------------------------------------------------------------------------------
    def title_of(self, ref: str) -> str:
        item = self.library().item(ref)
        return item.title if item is not None else ref

    def plan_title(self, ref: str) -> str:
        plan = self.find_plan(ref)
        return plan.title if plan is not None else ref

    def find_plan(self, ref: str) -> Plan | None:
        """A plan by id: the library's, or the trainer's own (read once per showing)."""
        if ref in self._plans:
            return self._plans[ref]
        plan = self.library().plan(ref)
        if plan is None:
            from ...core.store.plan_store import load_plan

            found = self.store.read("plan", (ref,), lambda: load_plan(self.store.db, ref), None)
            plan = found[0] if found else None
        self._plans[ref] = plan
        return plan

    def plan_choices(self) -> list[tuple[str, str]]:
        """Every plan a session can follow: the trainer's own, then the library's."""
        from ...core.store.plan_store import list_plans

        own = self.store.read("plans", (), lambda: list_plans(self.store.db), [])
        choices = [(uid, title) for uid, title, _updated in own]
        taken = {uid for uid, _ in choices}
        choices += [(p.id, p.title) for p in self.library().plans if p.id not in taken]
        return choices

    def refresh(self) -> None:
        """Read the groups again (on first showing, and after a restore)."""
        self.loaded = True
        current = self.group_id
        groups = self.store.read("groups", (), lambda: self.store.log.groups(), [])
        self.groups.blockSignals(True)
        self.groups.clear()
        for gid, name in groups:
            item = QListWidgetItem(name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, gid)
            if gid == current:
                self.groups.setCurrentItem(item)
        loose = self.store.read("groups", (), lambda: self.store.log.ungrouped(), 0)
        if loose:  # presented without choosing a group: listed, so they can be moved
            item = QListWidgetItem(self.tr("Without a group (%1)").replace("%1", str(loose)))
            item.setData(Qt.ItemDataRole.UserRole, UNGROUPED)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.groups.addItem(item)
            if current == UNGROUPED:
                self.groups.setCurrentItem(item)
        rehearsed = self.store.read("groups", (), lambda: self.store.log.rehearsals(), 0)
        if rehearsed:  # kept out of every group's history, listed on their own
            item = QListWidgetItem(self.tr("Rehearsals (%1)").replace("%1", str(rehearsed)))
            item.setData(Qt.ItemDataRole.UserRole, REHEARSALS)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.groups.addItem(item)
            if current == REHEARSALS:
                self.groups.setCurrentItem(item)
        self.groups.blockSignals(False)
        if self.groups.currentItem() is None and self.groups.count():
            self.groups.setCurrentRow(0)
        else:
            self._group_chosen()

    def select_group(self, group_id: int) -> None:
        for index in range(self.groups.count()):
            if self.groups.item(index).data(Qt.ItemDataRole.UserRole) == group_id:
                self.groups.setCurrentRow(index)
                return

    def select_session(self, session_id: int) -> None:
        for index in range(self.sessions.topLevelItemCount()):
            item = self.sessions.topLevelItem(index)
            if item.data(0, Qt.ItemDataRole.UserRole) == session_id:
                self.sessions.setCurrentItem(item)
                return

    def _group_chosen(self) -> None:
        item = self.groups.currentItem()
        self.group_id = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.group_name.setText(item.text() if item is not None else "")
        self._fill_history()
        self._update_buttons()

    def _fill_history(self) -> None:
        self._plans.clear()  # plans may have been edited in the planner since
        gid = self.group_id
        keep = self.record.session_id
        self.sessions.blockSignals(True)
        self.sessions.clear()
        if gid is None:
            self.sessions.blockSignals(False)
            self.record.show_session(None)
            self.minutes_chart.set_bars([], self.tr("min"), self.tr("No group chosen."))
            self.checkin_chart.set_checkins([], "", ("", ""))
            self.coverage.clear()
            return
        key = gid or None  # UNGROUPED reads the sessions without a group
        history = self.store.read("history", (gid,), lambda: self.store.log.history(key), [])
        for s in reversed(history):  # newest first
            plan = self.plan_title(s.plan_ref) if s.plan_ref else s.title
            item = QTreeWidgetItem(
                [
                    date_text(s.day),
                    plan,
                    s.place,
                    s.facilitator,
                    f"{s.minutes:.0f}",
                    "" if s.attendance is None else str(s.attendance),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, s.id)
            for column in (4, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.sessions.addTopLevelItem(item)
        self.sessions.blockSignals(False)
        if keep is not None and any(s.id == keep for s in history):
            self.select_session(keep)
        elif self.sessions.topLevelItemCount():
            self.sessions.setCurrentItem(self.sessions.topLevelItem(0))
        else:
            self.record.show_session(None)
        self._session_chosen()
        self._fill_charts(gid)
        self._fill_retention()

    def _fill_charts(self, gid: int) -> None:
        library = self.library()
        key = gid or None
        by_ref = self.store.read("minutes", (gid,), lambda: self.store.log.minutes_by_ref(key), {})
        per_module: dict[str, float] = {}
        for ref, minutes in by_ref.items():
            item = library.item(ref)
            if item is not None:
                module = next((m for m in library.modules if m.id == item.module_id), None)
                name = module.title if module is not None else item.module_id
            else:
                name = self.tr("Breaks and own slides")
            per_module[name] = per_module.get(name, 0.0) + minutes
        rows = sorted(per_module.items(), key=lambda r: -r[1])
        self.minutes_chart.set_bars(
            [(name, round(m)) for name, m in rows],
            self.tr("min"),
            self.tr("Nothing shown yet. Presenting records it."),
        )
        checkins = self.store.read("checkins", (gid,), lambda: self.store.log.checkins(key), [])
        columns = []
        for day, tally in checkins:
            scale = "weather" if any(not k.isdigit() for k in tally) else "numbers"
            columns.append((day, level_counts(scale, tally)))
        self.checkin_chart.set_checkins(
            columns,
            self.tr("No check-ins yet. The check-in scale while presenting records them."),
            (self.tr("low"), self.tr("high")),
        )
        self._fill_coverage(gid, by_ref)

    def _fill_coverage(self, gid: int, by_ref: dict[str, float]) -> None:
        from ...core.coverage import coverage

        group = self.store.read("group", (gid,), lambda: self.store.log.group(gid), None)
        plans = [p for p in (self.find_plan(r) for r in (group.plan_refs if group else [])) if p]
        self.coverage.clear()
        if not plans:
            hint = QTreeWidgetItem([self.tr("Choose the course plans to see what is to come.")])
            self.coverage.addTopLevelItem(hint)
            return
        rows = coverage(plans, by_ref)
        done = [r for r in rows if r.covered]
        to_come = [r for r in rows if not r.covered]
        covered_text = self.tr("Covered (%1)").replace("%1", str(len(done)))
        to_come_text = self.tr("Still to come (%1)").replace("%1", str(len(to_come)))
        for title, part, open_ in ((to_come_text, to_come, True), (covered_text, done, False)):
            top = QTreeWidgetItem([title])
            self.coverage.addTopLevelItem(top)
            under: dict[str, QTreeWidgetItem] = {}
            for r in part:
                plan_item = under.get(r.plan)
                if plan_item is None:
                    plan_item = under[r.plan] = QTreeWidgetItem([r.plan])
                    top.addChild(plan_item)
                    plan_item.setExpanded(True)
                child = QTreeWidgetItem([self.title_of(r.ref)])
                child.setToolTip(0, r.ref)
                plan_item.addChild(child)
            top.setExpanded(open_)

    def _session_chosen(self) -> None:
        item = self.sessions.currentItem()
        sid = int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None
        if sid != self.record.session_id:
            self.record.show_session(sid)
        if item is not None:
            self.record_title.setText(f"{self.group_name.text()} · {item.text(0)}")
        else:
            self.record_title.setText("")
        self._update_buttons()

    def _record_changed(self) -> None:
        keep = self.record.session_id
        self._fill_history()
        if keep is not None:
            self.select_session(keep)

    def _update_buttons(self) -> None:
        has_group = self.group_id is not None
        has_session = self.record.session_id is not None
        for button in (self.history_csv, self.history_pdf):
            button.setEnabled(has_group)
        self.new_session_button.setEnabled(has_group and self.group_id != REHEARSALS)
        # Course plans and deleting only for a real group (not "without a group", not the
        # rehearsals).
        real_group = self.group_id is not None and self.group_id > 0
        self.plans_button.setEnabled(real_group)
        self.delete_group_button.setEnabled(real_group)
        for button in (self.record_csv, self.record_pdf, self.delete_session_button):
            button.setEnabled(has_session)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- actions -------------------------------------------------------------------------------
    def add_group(self) -> None:
        name = self.new_group.text().strip()
        if not name:
            return
        ok, gid = self.store.act("group", (), lambda: self.store.log.add_group(name))
        if ok and gid is not None:
            self.new_group.clear()
            self.group_id = gid
            self.refresh()
            self.select_group(gid)

    def new_session(self) -> None:
        """A session recorded by hand (held without presenting, or on paper)."""
        gid = self.group_id
        if gid is None or gid == REHEARSALS:
            return
        group = self.store.read("group", (gid,), lambda: self.store.log.group(gid), None)
        plan_ref = group.plan_refs[0] if group and group.plan_refs else ""
        ok, sid = self.store.act(
            "session",
            (gid,),
            lambda: self.store.log.start_session(
                group_id=gid or None,
                plan_ref=plan_ref,
                title=self.plan_title(plan_ref) if plan_ref else "",
            ),
        )
        if ok and sid is not None:
            self.record.session_id = None
            self._fill_history()
            self.select_session(sid)
            self.open_session()

    def open_session(self) -> None:
        if self.record.session_id is not None:
            self.tabs.setCurrentWidget(self.record_page)

    def choose_plans(self) -> None:
        gid = self.group_id
        if gid is None:
            return
        group = self.store.read("group", (gid,), lambda: self.store.log.group(gid), None)
        dialog = PlansDialog(self.plan_choices(), group.plan_refs if group else [], self)

        def save() -> None:
            refs = dialog.chosen()
            ok, _ = self.store.act(
                "group", (gid,), lambda: self.store.log.update_group(gid, plan_refs=refs)
            )
            if ok:
                self._fill_history()

        dialog.accepted.connect(save)
        self.plans_dialog = dialog
        dialog.open()

    def ask_delete_session(self) -> None:
        sid = self.record.session_id
        if sid is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteSession")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete session"))
        box.setText(self.tr("Delete this session and everything recorded in it?"))
        box.setInformativeText(self.tr("Notes, attendance and the evaluation go too."))
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.clicked.connect(lambda: self.delete_session(sid))
        self.confirm_box = box
        box.open()

    def delete_session(self, sid: int) -> None:
        self.record.notes.dirty = False  # the note goes with the session
        self.record.comment.dirty = False
        ok, left = self.store.act(
            "delete session", (sid,), lambda: self.store.log.delete_session(sid)
        )
        if ok:
            self._tell_left(left)
            self.record.show_session(None)
            self._fill_history()
            self.tabs.setCurrentWidget(self.history)

    def _tell_left(self, left: int | None) -> None:
        if left:
            log.warning("%d backup file(s) could not be cleaned", left)
            self.show_error(
                self.tr(
                    "%1 backup files could not be cleaned; delete them by hand in the backups "
                    "folder."
                ).replace("%1", str(left))
            )

    def ask_delete_group(self) -> None:
        gid = self.group_id
        if not gid:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDeleteGroup")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete group"))
        box.setText(
            self.tr("Delete “{name}” with all its sessions?").format(name=self.group_name.text())
        )
        box.setInformativeText(
            self.tr(
                "Its participants, sessions, notes, attendance and evaluations are removed from "
                "the records and from every backup, and cannot be brought back. Export first if "
                "you need a copy."
            )
        )
        yes = box.addButton(self.tr("Delete group"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        yes.clicked.connect(lambda: self.delete_group(gid))
        self.confirm_box = box
        box.open()

    def delete_group(self, gid: int) -> bool:
        self.record.notes.dirty = False  # the notes go with the group
        self.record.comment.dirty = False
        ok, left = self.store.act("delete group", (gid,), lambda: self.store.log.delete_group(gid))
        if ok:
            self._tell_left(left)
            self.group_id = None
            self.record.show_session(None)
            self.refresh()
            self.message.emit(self.tr("The group was deleted."))
        return ok

    def open_person_data(self) -> None:
        from .people import PersonDataDialog

        self.record.flush()
        self.person_dialog = PersonDataDialog(self.store, self.choose_file, self)
        self.person_dialog.open()

    def flush(self) -> bool:
        return self.record.flush()
