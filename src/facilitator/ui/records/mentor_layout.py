"""The mentor log's widgets and how they are laid out: people and the retention period on the
left; the chosen person's meetings (day, five marks, a note), sub-goals and progress chart on the
right. ``MentorScreen`` builds them once, in its constructor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ..date_edits import DateEdit
from .charts import ChartView
from .notes import AutosaveText
from .panel import ListPanel
from .record_widgets import rating_grid
from .words import (
    dimension_names,
)


class MentorLayout:
    """Part of ``MentorScreen``: builds its widgets as attributes of the screen."""

    def _build_widgets(self: Any) -> None:
        # People ---------------------------------------------------------------------------
        self.people_panel = ListPanel(
            ("peopleList", "newPerson", "addPerson"), self._person_chosen, self.add_person, self
        )
        self.people_title = self.people_panel.title
        self.people = self.people_panel.list
        self.new_person = self.people_panel.entry
        self.new_person.textChanged.connect(self._check_pseudonym)
        self.add_person_button = self.people_panel.add_button
        self.identity_warning = QLabel(self.people_panel)
        self.identity_warning.setObjectName("identityWarning")
        self.identity_warning.setWordWrap(True)
        self.identity_warning.hide()
        self.retention_box = QGroupBox(self.people_panel)
        retention = QVBoxLayout(self.retention_box)
        self.retention_label = QLabel(self.retention_box)
        self.retention_label.setWordWrap(True)
        self.retention = QSpinBox(self.retention_box)
        self.retention.setObjectName("retentionMonths")
        self.retention.setRange(0, 240)
        self.retention.editingFinished.connect(self._set_retention)
        self.due_label = QLabel(self.retention_box)
        self.due_label.setObjectName("retentionWarning")
        self.due_label.setWordWrap(True)
        self.due_label.hide()
        retention.addWidget(self.retention_label)
        retention.addWidget(self.retention)
        retention.addWidget(self.due_label)
        self.people_panel.add(self.identity_warning)
        self.people_panel.add(self.retention_box)

        # Person -----------------------------------------------------------------------------
        self.person_page = QWidget(self)
        page = QVBoxLayout(self.person_page)
        page.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        self.person_name = QLabel(self.person_page)
        self.person_name.setObjectName("groupName")
        self.export_csv_button = QPushButton(self.person_page)
        self.export_csv_button.clicked.connect(lambda: self.export_person("csv"))
        self.export_pdf_button = QPushButton(self.person_page)
        self.export_pdf_button.clicked.connect(lambda: self.export_person("pdf"))
        self.delete_button = QPushButton(self.person_page)
        self.delete_button.setObjectName("deletePerson")
        self.delete_button.clicked.connect(self.ask_delete)
        header.addWidget(self.person_name, 1)
        header.addWidget(self.export_csv_button)
        header.addWidget(self.export_pdf_button)
        header.addWidget(self.delete_button)
        page.addLayout(header)

        self.chart_box = QGroupBox(self.person_page)
        chart_layout = QVBoxLayout(self.chart_box)
        chart_top = QHBoxLayout()
        self.dimension = QComboBox(self.chart_box)
        self.dimension.setObjectName("chartDimension")
        self.dimension.activated.connect(lambda _i: self._fill_chart())
        chart_top.addStretch(1)
        chart_top.addWidget(self.dimension)
        chart_layout.addLayout(chart_top)
        self.chart = ChartView(self.chart_box, QSize(360, 170))
        self.chart.setObjectName("progressChart")
        chart_layout.addWidget(self.chart, 1)

        # Meetings
        self.meetings_box = QGroupBox(self.person_page)
        meetings = QVBoxLayout(self.meetings_box)
        self.meetings = QTreeWidget(self.meetings_box)
        self.meetings.setObjectName("meetingList")
        self.meetings.setRootIsDecorated(False)
        self.meetings.currentItemChanged.connect(lambda _c, _p: self._meeting_chosen())
        meetings.addWidget(self.meetings, 1)
        meeting_buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.meetings_box)
        self.new_meeting_button.setObjectName("newMeeting")
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.delete_meeting_button = QPushButton(self.meetings_box)
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        meeting_buttons.addWidget(self.new_meeting_button)
        meeting_buttons.addStretch(1)
        meeting_buttons.addWidget(self.delete_meeting_button)
        meetings.addLayout(meeting_buttons)

        # The chosen meeting: its day, five marks and a note
        self.meeting_box = QGroupBox(self.person_page)
        meeting = QVBoxLayout(self.meeting_box)
        form = QGridLayout()
        form.setVerticalSpacing(4)
        self.meeting_day_label = QLabel(self.meeting_box)
        self.meeting_day = DateEdit(self.meeting_box)
        self.meeting_day.setObjectName("meetingDay")
        self.meeting_day.dateChanged.connect(lambda _d: self._save_meeting_day())
        form.addWidget(self.meeting_day_label, 0, 0)
        form.addWidget(self.meeting_day, 0, 1)
        self.mark_rows, self.mark_labels = rating_grid(
            self.meeting_box, form, dimension_names(), 1, "mark", self._mark
        )
        meeting.addLayout(form)
        self.meeting_note = AutosaveText(self.meeting_box)
        self.meeting_note.setObjectName("meetingNote")
        self.meeting_note.setMinimumHeight(48)
        meeting.addWidget(self.meeting_note, 1)

        # Sub-goals
        self.goals_box = QGroupBox(self.person_page)
        goals = QVBoxLayout(self.goals_box)
        self.goals = QTreeWidget(self.goals_box)
        self.goals.setObjectName("subgoalList")
        self.goals.setRootIsDecorated(False)
        self.goals.itemChanged.connect(self._goal_ticked)
        goals.addWidget(self.goals, 1)
        self.goal_text = QLineEdit(self.goals_box)
        self.goal_text.setObjectName("goalText")
        self.goal_text.returnPressed.connect(self.add_goal)
        goals.addWidget(self.goal_text)
        goal_row = QHBoxLayout()
        self.goal_start_label = QLabel(self.goals_box)
        self.goal_start = DateEdit(self.goals_box)
        self.goal_start.setObjectName("goalStart")
        self.goal_target_label = QLabel(self.goals_box)
        self.goal_target = DateEdit(self.goals_box)
        self.goal_target.setObjectName("goalTarget")
        self.add_goal_button = QPushButton(self.goals_box)
        self.add_goal_button.clicked.connect(self.add_goal)
        for widget in (
            self.goal_start_label,
            self.goal_start,
            self.goal_target_label,
            self.goal_target,
        ):
            goal_row.addWidget(widget)
        goal_row.addStretch(1)
        goal_row.addWidget(self.add_goal_button)
        goals.addLayout(goal_row)

        lower = QSplitter(Qt.Orientation.Horizontal, self.person_page)
        lower.addWidget(self.meetings_box)
        lower.addWidget(self.meeting_box)
        lower.addWidget(self.goals_box)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 3)
        lower.setStretchFactor(2, 4)
        lower.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self.person_page)
        split.addWidget(self.chart_box)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        page.addWidget(split, 1)

        self.error = QLabel(self)
        self.error.setObjectName("recordsError")
        self.error.setWordWrap(True)
        self.error.hide()
