"""Before presenting: which group, where and who, so the session log knows. The plan's group
(the planner's Group field) is chosen when it names one, else the group of last time, so Enter is
usually all it takes. "Rehearsal" records the run as a rehearsal (its times teach the planner;
the group's history leaves it out); "Skip: present without recording" records nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..date_edits import DateEdit
from .store import RecordsStore

LAST = ("session.last_group", "session.last_place", "session.last_facilitator")


class SessionStartDialog(QDialog):
    """Asks for the session's details; ``details()`` gives them for ``SessionLog.start_session``."""

    def __init__(
        self,
        store: RecordsStore,
        title: str,
        parent: QWidget | None = None,
        *,
        group: Sequence[str] = (),
        own_plan: bool = False,
        rehearsal: bool = False,
    ) -> None:
        """``group``: the plan's group or audience words; ``own_plan``: the plan is the trainer's
        (its Group field may name a new group); ``rehearsal``: tick Rehearsal at the start."""
        super().__init__(parent)
        self.setObjectName("sessionStartDialog")
        self.store = store
        self.skipped = False
        self.setWindowTitle(self.tr("Record this session"))
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setWordWrap(True)
        text = self.tr("Presenting “{title}”. The session log records what is shown, for:")
        intro.setText(text.format(title=title))
        layout.addWidget(intro)
        form = QFormLayout()
        self.group = QComboBox(self)
        self.group.setObjectName("startGroup")
        self.group.setEditable(True)
        self.group.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.group.lineEdit().setPlaceholderText(self.tr("A group or class, e.g. 8.b"))
        self.day = DateEdit(self)
        self.day.setObjectName("startDay")
        self.day.setDate(QDate.fromString(store.today().isoformat(), "yyyy-MM-dd"))
        self.place = QLineEdit(self)
        self.place.setObjectName("startPlace")
        self.facilitator = QLineEdit(self)
        self.facilitator.setObjectName("startFacilitator")
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        self.rehearsal = QCheckBox(
            self.tr("Rehearsal: record the times for the plan, not in the group's history"), self
        )
        self.rehearsal.setObjectName("startRehearsal")
        self.rehearsal.setChecked(rehearsal)
        form.addRow("", self.rehearsal)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            self.tr("Start presenting"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.skip_button = buttons.addButton(
            self.tr("Skip: present without recording"), QDialogButtonBox.ButtonRole.ActionRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelPresenting")
        self.start_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.skip_button.clicked.connect(self._skip)
        layout.addWidget(buttons)
        self._fill(group, own_plan)

    def _skip(self) -> None:
        self.skipped = True
        self.accept()

    def _fill(self, plan_group: Sequence[str], own_plan: bool) -> None:
        from ...core.store import meta

        store = self.store
        groups = store.read("groups", (), lambda: store.log.groups(), [])
        last = store.read(
            "last session", (), lambda: [meta.get(store.db, key) for key in LAST], ["", "", ""]
        )
        for gid, name in groups:
            self.group.addItem(name, gid)
        index = self.group.findData(int(last[0])) if last[0].isdigit() else -1
        named = [w.strip() for w in plan_group if w.strip()]
        found = [self.group.findText(w, Qt.MatchFlag.MatchFixedString) for w in named]
        if any(i >= 0 for i in found):  # the plan names a group the records know
            self.group.setCurrentIndex(next(i for i in found if i >= 0))
        elif own_plan and named:  # the trainer's plan names a new group: made on Start
            self.group.setCurrentText(", ".join(named))
        elif index >= 0:
            self.group.setCurrentIndex(index)
        else:
            self.group.setCurrentText("")
        self.place.setText(last[1])
        self.facilitator.setText(last[2])
        self.group.setFocus(Qt.FocusReason.OtherFocusReason)

    def details(self, plan_ref: str = "") -> dict[str, Any] | None:
        """The details for the session log (a new group is created), remembered for next time.

        Skipped: None, and nothing is recorded."""
        if self.skipped:
            return None
        from ...core.store import meta

        store = self.store
        name = self.group.currentText().strip()
        index = self.group.findText(name, Qt.MatchFlag.MatchFixedString)
        group_id: int | None = int(self.group.itemData(index)) if index >= 0 else None
        if group_id is None and name:
            ok, made = store.act("group", (), lambda: store.log.add_group(name))
            group_id = made if ok else None
        place, facilitator = self.place.text().strip(), self.facilitator.text().strip()
        values = (str(group_id or ""), place, facilitator)
        store.act(
            "last session",
            (),
            lambda: [
                meta.put(store.db, key, value) for key, value in zip(LAST, values, strict=True)
            ],
        )
        return {
            "group_id": group_id,
            "place": place,
            "facilitator": facilitator,
            "day": self.day.date().toString("yyyy-MM-dd"),
            "plan_ref": plan_ref,
            "rehearsal": self.rehearsal.isChecked(),
        }


def ask_then_present(
    store: RecordsStore,
    title: str,
    plan_ref: str,
    present: Callable[[dict[str, Any] | None], object],
    parent: QWidget | None = None,
    **prefill: Any,
) -> SessionStartDialog:
    """Open the dialog (not blocking); present with the details once it is answered (Cancel
    presents nothing; Skip presents with None: nothing is recorded). ``prefill``: the
    dialog's ``group``, ``own_plan`` and ``rehearsal``."""
    dialog = SessionStartDialog(store, title, parent, **prefill)

    def answered(result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            present(dialog.details(plan_ref))

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
