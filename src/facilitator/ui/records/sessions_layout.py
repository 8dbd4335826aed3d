"""The Sessions screen's widgets and how they are laid out: the groups on the left; on the right, in
two tabs, the group's history (sessions, charts, coverage, retention) and the chosen session's
record. ``SessionsScreen`` builds them once, in its constructor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .charts import ChartView
from .panel import ListPanel
from .session_record import SessionRecordView


class SessionsLayout:
    """Part of ``SessionsScreen``: builds its widgets as attributes of the screen."""

    def _build_widgets(self: Any) -> None:
        # Groups ----------------------------------------------------------------------------
        self.groups_panel = ListPanel(
            ("groupList", "newGroup", "addGroup"), self._group_chosen, self.add_group, self
        )
        self.groups_title = self.groups_panel.title
        self.groups = self.groups_panel.list
        self.new_group = self.groups_panel.entry
        self.add_group_button = self.groups_panel.add_button

        # History ---------------------------------------------------------------------------
        self.history = QWidget(self)
        history_layout = QVBoxLayout(self.history)
        header = QHBoxLayout()
        self.group_name = QLabel(self.history)
        self.group_name.setObjectName("groupName")
        self.new_session_button = QPushButton(self.history)
        self.new_session_button.setObjectName("newSession")
        self.new_session_button.clicked.connect(self.new_session)
        self.plans_button = QPushButton(self.history)
        self.plans_button.clicked.connect(self.choose_plans)
        self.history_csv = QPushButton(self.history)
        self.history_csv.clicked.connect(lambda: self.export_history("csv"))
        self.history_pdf = QPushButton(self.history)
        self.history_pdf.clicked.connect(lambda: self.export_history("pdf"))
        self.delete_group_button = QPushButton(self.history)
        self.delete_group_button.setObjectName("deleteGroup")
        self.delete_group_button.clicked.connect(self.ask_delete_group)
        self.person_data_button = QPushButton(self.history)
        self.person_data_button.setObjectName("personData")
        self.person_data_button.clicked.connect(self.open_person_data)
        header.addWidget(self.group_name, 1)
        for button in (
            self.new_session_button,
            self.plans_button,
            self.history_csv,
            self.history_pdf,
            self.person_data_button,
            self.delete_group_button,
        ):
            header.addWidget(button)
        history_layout.addLayout(header)
        keep_row = QHBoxLayout()
        self.retention_label = QLabel(self.history)
        self.retention = QSpinBox(self.history)
        self.retention.setObjectName("sessionRetention")
        self.retention.setRange(0, 120)
        self.retention.editingFinished.connect(self._set_retention)
        self.retention_label.setBuddy(self.retention)
        self.due_label = QLabel(self.history)
        self.due_label.setObjectName("sessionsDue")
        self.due_label.setWordWrap(True)
        self.due_label.hide()
        keep_row.addWidget(self.retention_label)
        keep_row.addWidget(self.retention)
        keep_row.addWidget(self.due_label, 1)
        history_layout.addLayout(keep_row)
        self.sessions = QTreeWidget(self.history)
        self.sessions.setObjectName("sessionList")
        self.sessions.setRootIsDecorated(False)
        self.sessions.setAlternatingRowColors(True)
        self.sessions.itemActivated.connect(lambda _item, _col: self.open_session())
        self.sessions.currentItemChanged.connect(lambda _c, _p: self._session_chosen())
        self.minutes_box = QGroupBox(self.history)
        self.minutes_chart = ChartView(self.minutes_box, QSize(260, 150))
        self.minutes_chart.setObjectName("minutesChart")
        QVBoxLayout(self.minutes_box).addWidget(self.minutes_chart)
        self.checkin_box = QGroupBox(self.history)
        self.checkin_chart = ChartView(self.checkin_box, QSize(220, 150))
        self.checkin_chart.setObjectName("checkinChart")
        QVBoxLayout(self.checkin_box).addWidget(self.checkin_chart)
        self.coverage_box = QGroupBox(self.history)
        self.coverage = QTreeWidget(self.coverage_box)
        self.coverage.setObjectName("coverage")
        self.coverage.setHeaderHidden(True)
        QVBoxLayout(self.coverage_box).addWidget(self.coverage)
        lower = QSplitter(Qt.Orientation.Horizontal, self.history)
        lower.addWidget(self.minutes_box)
        lower.addWidget(self.checkin_box)
        lower.addWidget(self.coverage_box)
        lower.setStretchFactor(0, 5)
        lower.setStretchFactor(1, 4)
        lower.setStretchFactor(2, 4)
        lower.setChildrenCollapsible(False)
        history_split = QSplitter(Qt.Orientation.Vertical, self.history)
        history_split.addWidget(self.sessions)
        history_split.addWidget(lower)
        history_split.setStretchFactor(0, 2)
        history_split.setStretchFactor(1, 3)
        history_split.setChildrenCollapsible(False)
        history_layout.addWidget(history_split, 1)

        # Session record -------------------------------------------------------------------
        self.record_page = QWidget(self)
        record_layout = QVBoxLayout(self.record_page)
        record_header = QHBoxLayout()
        self.record_title = QLabel(self.record_page)
        self.record_title.setObjectName("groupName")
        self.record_csv = QPushButton(self.record_page)
        self.record_csv.clicked.connect(lambda: self.export_record("csv"))
        self.record_pdf = QPushButton(self.record_page)
        self.record_pdf.clicked.connect(lambda: self.export_record("pdf"))
        self.delete_session_button = QPushButton(self.record_page)
        self.delete_session_button.clicked.connect(self.ask_delete_session)
        record_header.addWidget(self.record_title, 1)
        record_header.addWidget(self.record_csv)
        record_header.addWidget(self.record_pdf)
        record_header.addWidget(self.delete_session_button)
        record_layout.addLayout(record_header)
        self.record = SessionRecordView(
            self.store, self.title_of, self.plan_choices, self.record_page
        )
        self.record.changed.connect(self._record_changed)
        record_layout.addWidget(self.record, 1)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sessionTabs")
        self.tabs.addTab(self.history, "")
        self.tabs.addTab(self.record_page, "")
        self.tabs.currentChanged.connect(lambda _i: self.record.flush())
        self.error = QLabel(self)
        self.error.setObjectName("recordsError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.store.failed.connect(self.show_error)
        self.store.saved.connect(lambda _what: self.error.hide())
        self.store.reloaded.connect(self.refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.groups_panel)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([240, 1100])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
