"""The planner's widgets and how they are laid out: the list of plans on the left, the open plan
(header, tool bar, entries, details) in the middle, the library to add from on the right.
``PlannerScreen`` builds them once, in its constructor, then wires them to the plan controller.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..library.item_list import LibraryTree
from .entries import PlanModel
from .panels import EntryDetails, PlanHeader
from .plan_tree import PlanTree


class PlannerLayout:
    """Part of ``PlannerScreen``: builds its widgets as attributes of the screen."""

    def _build_widgets(self: Any, library_model: Any) -> None:
        # Plans list ------------------------------------------------------------------------
        self.plans_title = QLabel(self)
        self.plans_title.setObjectName("paneTitle")
        self.plans = QListWidget(self)
        self.plans.setObjectName("planList")
        self.plans.setWordWrap(True)  # long course titles wrap instead of running off
        self.plans.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.plans.setSpacing(2)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("newPlan")
        self.template_button = QPushButton(self)
        self.template_button.setObjectName("newFromTemplate")
        plans_pane = QWidget(self)
        plans_pane.setObjectName("plansPane")
        left = QVBoxLayout(plans_pane)
        left.setContentsMargins(12, 12, 6, 12)
        left.setSpacing(8)
        left.addWidget(self.plans_title)
        left.addWidget(self.plans, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.template_button)

        # The open plan ---------------------------------------------------------------------
        self.header = PlanHeader(self)
        self.tools = QToolBar(self)
        self.tools.setObjectName("planTools")
        self.tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.banner = QLabel(self)
        self.banner.setObjectName("planBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retrySave")
        self.retry_button.hide()
        self.model = PlanModel(self)
        self.tree = PlanTree(self)
        self.tree.setModel(self.model)
        self.details = EntryDetails(self)
        self.total = QLabel(self)
        self.total.setObjectName("planTotal")
        self.total.setTextFormat(Qt.TextFormat.RichText)
        editor_page = QWidget(self)
        middle = QVBoxLayout(editor_page)
        middle.setContentsMargins(6, 12, 6, 8)
        middle.setSpacing(8)
        middle.addWidget(self.header)
        # The plan's primary actions sit beside the tool bar, never in its overflow menu.
        self.present_button = QPushButton(self)
        self.present_button.setObjectName("planPresentButton")
        self.present_button.setDefault(True)  # the accent colour
        self.present_button.setAutoDefault(False)
        self.print_button = QPushButton(self)
        self.print_button.setObjectName("planPrintButton")
        self.print_button.setAutoDefault(False)
        self.pack_button = QPushButton(self)  # the session pack: ui/session_pack.py
        self.pack_button.setObjectName("planPackButton")
        self.pack_button.setAutoDefault(False)
        tools_row = QHBoxLayout()
        tools_row.setSpacing(8)
        tools_row.addWidget(self.tools, 1)
        tools_row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools_row.addWidget(self.pack_button, 0, Qt.AlignmentFlag.AlignVCenter)
        tools_row.addWidget(self.present_button, 0, Qt.AlignmentFlag.AlignVCenter)
        middle.addLayout(tools_row)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.retry_button)
        middle.addLayout(banner_row)
        middle.addWidget(self.tree, 1)
        middle.addWidget(self.total)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("planRule")
        middle.addWidget(line)
        middle.addWidget(self.details)
        self.empty = QLabel(self)
        self.empty.setObjectName("plannerEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(editor_page)

        # Library to add from ---------------------------------------------------------------
        self.library_title = QLabel(self)
        self.library_title.setObjectName("paneTitle")
        self.library_hint = QLabel(self)
        self.library_hint.setObjectName("paneHint")
        self.library_hint.setWordWrap(True)
        self.picker = LibraryTree(self)
        self.picker.setObjectName("plannerLibrary")
        if library_model is not None:
            self.picker.setModel(library_model)
            library_model.modelReset.connect(self.picker.expandAll)
            self.picker.expandAll()
        self.add_button = QToolButton(self)
        self.add_button.setObjectName("addToPlan")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        library_pane = QWidget(self)
        library_pane.setObjectName("libraryPane")
        right = QVBoxLayout(library_pane)
        right.setContentsMargins(6, 12, 12, 12)
        right.setSpacing(8)
        right.addWidget(self.library_title)
        right.addWidget(self.library_hint)
        right.addWidget(self.picker, 1)
        right.addWidget(self.add_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plannerSplitter")
        self.splitter.addWidget(plans_pane)
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(library_pane)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([250, 900, 360])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
