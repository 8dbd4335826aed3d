"""The session record's widgets and how they are laid out: the details (group, day, plan, place,
facilitator, rehearsal) with what was shown and the room events on the left, the notes and the
evaluation in the middle, the attendance on the right. ``SessionRecordView`` builds them once, in
its constructor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ..date_edits import DateEdit
from .notes import AutosaveText
from .record_widgets import rating_grid
from .words import QUESTIONS


class SessionRecordLayout:
    """Part of ``SessionRecordView``: builds its widgets as attributes of the view."""

    def _build_widgets(self: Any) -> None:
        # Details ---------------------------------------------------------------------------
        self.details = QGroupBox(self)
        form = QFormLayout(self.details)
        self.day = DateEdit(self.details)
        self.day.setObjectName("sessionDay")
        self.plan = QComboBox(self.details)
        self.plan.setObjectName("sessionPlan")
        self.place = QLineEdit(self.details)
        self.place.setObjectName("sessionPlace")
        self.facilitator = QLineEdit(self.details)
        self.facilitator.setObjectName("sessionFacilitator")
        self.group = QComboBox(self.details)
        self.group.setObjectName("sessionGroup")
        self.group.activated.connect(lambda _i: self._save_detail("group_id"))
        self.group_label = QLabel(self)
        self.day_label, self.plan_label = QLabel(self), QLabel(self)
        self.place_label, self.facilitator_label = QLabel(self), QLabel(self)
        form.addRow(self.group_label, self.group)
        form.addRow(self.day_label, self.day)
        form.addRow(self.plan_label, self.plan)
        form.addRow(self.place_label, self.place)
        form.addRow(self.facilitator_label, self.facilitator)
        self.rehearsal = QCheckBox(self.details)
        self.rehearsal.setObjectName("sessionRehearsal")
        self.rehearsal.toggled.connect(lambda _on: self._save_detail("rehearsal"))
        form.addRow("", self.rehearsal)
        self.day.dateChanged.connect(lambda _d: self._save_detail("day"))
        self.plan.activated.connect(lambda _i: self._save_detail("plan_ref"))
        self.place.editingFinished.connect(lambda: self._save_detail("place"))
        self.facilitator.editingFinished.connect(lambda: self._save_detail("facilitator"))

        # What was shown and room events -----------------------------------------------------
        self.shown_box = QGroupBox(self)
        self.shown_tree = QTreeWidget(self.shown_box)
        self.shown_tree.setObjectName("shownTree")
        self.shown_tree.setRootIsDecorated(False)
        QVBoxLayout(self.shown_box).addWidget(self.shown_tree)
        self.events_box = QGroupBox(self)
        self.events_tree = QTreeWidget(self.events_box)
        self.events_tree.setObjectName("eventsTree")
        self.events_tree.setRootIsDecorated(False)
        QVBoxLayout(self.events_box).addWidget(self.events_tree)

        # Attendance ---------------------------------------------------------------------------
        self.attendance_box = QGroupBox(self)
        att = QVBoxLayout(self.attendance_box)
        count_row = QHBoxLayout()
        self.count_label = QLabel(self.attendance_box)
        self.count = QSpinBox(self.attendance_box)
        self.count.setObjectName("attendanceCount")
        self.count.setRange(0, 500)
        self.count.setSpecialValueText("–")
        self.count.editingFinished.connect(self._save_count)
        self.count_rule = QLabel(self.attendance_box)
        self.count_rule.setObjectName("attendanceRule")
        self.count_rule.setWordWrap(True)
        count_row.addWidget(self.count_label)
        count_row.addWidget(self.count)
        count_row.addStretch(1)
        att.addLayout(count_row)
        att.addWidget(self.count_rule)
        self.people = QListWidget(self.attendance_box)
        self.people.setObjectName("participants")
        self.people.itemChanged.connect(self._ticked)
        att.addWidget(self.people, 1)
        add_row = QVBoxLayout()
        self.new_person = QLineEdit(self.attendance_box)
        self.new_person.setObjectName("newParticipant")
        self.new_person.returnPressed.connect(self.add_participant)
        self.new_person.textChanged.connect(self._check_pseudonym)
        self.add_person_button = QPushButton(self.attendance_box)
        self.add_person_button.clicked.connect(self.add_participant)
        self.ticked = QLabel(self.attendance_box)
        self.ticked.setObjectName("tickedCount")
        att.addWidget(self.ticked)
        add_row.addWidget(self.new_person)
        add_row.addWidget(self.add_person_button)
        att.addLayout(add_row)
        self.pseudonym_warning = QLabel(self.attendance_box)
        self.pseudonym_warning.setObjectName("identityWarning")
        self.pseudonym_warning.setWordWrap(True)
        self.pseudonym_warning.hide()
        att.addWidget(self.pseudonym_warning)

        # Evaluation ---------------------------------------------------------------------------
        self.evaluation_box = QGroupBox(self)
        grid = QGridLayout(self.evaluation_box)
        self.rating_rows, self.rating_labels = rating_grid(
            self.evaluation_box, grid, QUESTIONS, 0, "rating", self._rate
        )
        self.comment = AutosaveText(self.evaluation_box)
        self.comment.setObjectName("evaluationComment")
        self.comment.setMaximumHeight(70)
        grid.addWidget(self.comment, len(QUESTIONS), 0, 1, 2)

        # Notes --------------------------------------------------------------------------------
        self.notes_box = QGroupBox(self)
        notes_layout = QVBoxLayout(self.notes_box)
        self.notes = AutosaveText(self.notes_box)
        self.notes.setObjectName("sessionNotes")
        self.notes_state = QLabel(self.notes_box)
        self.notes_state.setObjectName("notesState")
        self.notes.state_changed.connect(self._notes_state)
        notes_layout.addWidget(self.notes, 1)
        notes_layout.addWidget(self.notes_state)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.details)
        left_layout.addWidget(self.shown_box, 3)
        left_layout.addWidget(self.events_box, 2)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.notes_box, 3)
        middle_layout.addWidget(self.evaluation_box, 2)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.attendance_box)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
