"""The agenda on the presenter console, and the dialog that re-times the rest of a plan.

The numbers come from ``core.agenda.PlanRun`` (which uses ``core.planning`` and the
presentation's injected clocks); this module only shows them. Ahead and behind are coloured
(theme-aware) and always written too ("+12 min", "behind"), so colour is never the only sign.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.agenda import Agenda, Retiming
from ...core.planning import clock
from .. import style

if TYPE_CHECKING:
    from .host import Host

# Text colours for behind and ahead on the console's background, per theme (readable on each).
BEHIND = {"light": "#a8361b", "dark": "#ffab91", "high-contrast": "#ff9e80"}
AHEAD = {"light": "#1e6b34", "dark": "#7bd88f", "high-contrast": "#7cfc00"}


def minutes_text(minutes: int) -> str:
    """'12 min', '1 h 5 min' or '2 h' for a number of minutes (its size, without a sign), in the
    app's language and as the PDFs write it (``labels.minutes``)."""
    from ..labels import minutes as duration

    return duration(minutes)


def drift_text(minutes: int) -> str:
    """'+12 min' (behind), '−5 min' (ahead) or 'on time'."""
    if minutes > 0:
        return "+" + minutes_text(minutes)
    if minutes < 0:
        return "−" + minutes_text(minutes)
    return QCoreApplication.translate("Agenda", "on time")


def drift_colour(minutes: int, theme: str) -> str:
    look = style.look(theme)
    if minutes > 0:
        return BEHIND.get(theme, BEHIND["light"])
    if minutes < 0:
        return AHEAD.get(theme, AHEAD["light"])
    return look.muted


class AgendaPanel(QWidget):
    """The plan's entries with their planned clock times, where we are, the planned and the
    projected end, and how far ahead or behind each section is."""

    def __init__(self, controller: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.controller = controller
        self._shown: tuple[object, ...] | None = None
        self.agenda: Agenda | None = None

        self.summary = QFrame(self)
        self.summary.setObjectName("agendaSummary")
        self.planned = QLabel(self.summary)
        self.planned.setObjectName("agendaPlanned")
        self.projected = QLabel(self.summary)
        self.projected.setObjectName("agendaProjected")
        self.state = QLabel(self.summary)
        self.state.setObjectName("agendaState")
        self.retime = QToolButton(self.summary)
        self.retime.setObjectName("agendaRetime")
        self.retime.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retime.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.retime.clicked.connect(lambda _=False: controller.console.ask_retime())
        ends = QVBoxLayout()
        ends.setSpacing(2)
        ends.addWidget(self.planned)
        ends.addWidget(self.projected)
        top = QHBoxLayout(self.summary)
        top.setContentsMargins(10, 8, 10, 8)
        top.setSpacing(10)
        top.addLayout(ends, 1)
        top.addWidget(self.state)
        top.addWidget(self.retime)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("agendaList")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(True)
        self.tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemClicked.connect(self._clicked)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        # Rehearsing outside the plan's day or hours: say why the clocks start at "now".
        self.clock_note = QLabel(self)
        self.clock_note.setObjectName("agendaClockNote")
        self.clock_note.setWordWrap(True)
        self.clock_note.hide()
        layout.addWidget(self.summary)
        layout.addWidget(self.clock_note)
        layout.addWidget(self.tree, 1)
        self.retranslateUi()

    # Showing -------------------------------------------------------------------------------------
    def refresh(self, *, force: bool = False) -> None:
        run = self.controller.run
        if run is None:
            return
        agenda = run.agenda()
        self.agenda = agenda
        key = (
            agenda.current,
            agenda.planned_end,
            agenda.projected_end,
            agenda.target_end,
            tuple((s.drift, s.state) for s in agenda.sections),
            tuple((e.state, e.minutes, e.title) for e in agenda.entries),
        )
        if key == self._shown and not force:
            return
        self._shown = key
        self._show_summary(agenda)
        self._show_rows(agenda)

    def _show_summary(self, agenda: Agenda) -> None:
        theme = self.controller.theme_name
        run = self.controller.run
        if run is not None and not run.live:
            started = self.controller.presentation.started_wall.strftime("%H:%M")
            self.clock_note.setText(
                self.tr(
                    "Not the plan's own day and time: the plan's clock starts when this "
                    "presentation started (%1), so ahead and behind show your pace."
                ).replace("%1", started)
            )
            self.clock_note.show()
        else:
            self.clock_note.hide()
        self.planned.setText(self.tr("Planned end %1").replace("%1", clock(agenda.planned_end)))
        late = agenda.late
        projected = self.tr("Projected end %1").replace("%1", clock(agenda.projected_end))
        self.projected.setText(projected)
        if agenda.target_end is not None and agenda.target_end != agenda.planned_end:
            target = self.tr("target %1").replace("%1", clock(agenda.target_end))
            self.planned.setText(f"{self.planned.text()} · {target}")
        if late > 0:
            state = self.tr("%1 behind").replace("%1", minutes_text(late))
        elif late < 0:
            state = self.tr("%1 ahead").replace("%1", minutes_text(late))
        else:
            state = self.tr("On time")
        self.state.setText(state)
        colour = drift_colour(late, theme)
        look = style.look(theme)
        self.state.setStyleSheet(
            f"color: {colour}; border: 2px solid {colour}; border-radius: 6px;"
            f" padding: 3px 8px; font-weight: 700; background: {look.base};"
        )
        self.state.setAccessibleDescription("behind" if late > 0 else "ahead" if late < 0 else "on")

    def _show_rows(self, agenda: Agenda) -> None:
        theme = self.controller.theme_name
        look = style.look(theme)
        tree = self.tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        current_item: QTreeWidgetItem | None = None
        sections = {s.index: s for s in agenda.sections}
        shown_section = -1
        for entry in agenda.entries:
            if entry.section != shown_section:
                shown_section = entry.section
                section = sections[entry.section]
                title = section.title or self.tr("Section %1").replace("%1", str(entry.section + 1))
                row = QTreeWidgetItem(
                    [f"{clock(section.start)}", title, "", drift_text(section.drift)]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, ("section", section.index))
                for column in range(4):
                    row.setFont(column, bold)
                    row.setBackground(column, QBrush(QColor(look.alt)))
                row.setForeground(3, QBrush(QColor(drift_colour(section.drift, theme))))
                row.setToolTip(3, self._drift_tip(section.drift, section.state))
                row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                tree.addTopLevelItem(row)
            here = entry.state == "current"
            marker = "▶ " if here else "✓ " if entry.state == "done" else "   "
            minutes = self.tr("%1 min").replace("%1", str(entry.minutes))
            if not entry.flexible:
                minutes = self.tr("%1 min, fixed").replace("%1", str(entry.minutes))
            row = QTreeWidgetItem([clock(entry.start), marker + entry.title, minutes, ""])
            row.setData(0, Qt.ItemDataRole.UserRole, ("entry", entry.position))
            row.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(1, entry.title)
            if here:
                spent = round(entry.spent)
                so_far = self.tr("%1 of %2 min").replace("%1", str(spent))
                row.setText(3, so_far.replace("%2", str(entry.minutes)))
                row.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for column in range(4):
                    row.setFont(column, bold)
                    row.setBackground(column, QBrush(QColor(look.selection)))
                    row.setForeground(column, QBrush(QColor(look.selection_text)))
                current_item = row
            elif entry.state in ("done", "skipped"):
                for column in range(4):
                    row.setForeground(column, QBrush(QColor(look.muted)))
            tree.addTopLevelItem(row)
        if current_item is not None:
            tree.scrollToItem(current_item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def _drift_tip(self, drift: int, state: str) -> str:
        if state == "coming":
            return self.tr("Not begun yet")
        if drift > 0:
            return self.tr("%1 min behind plan so far").replace("%1", str(drift))
        if drift < 0:
            return self.tr("%1 min ahead of plan so far").replace("%1", str(-drift))
        return self.tr("On plan so far")

    def current_row(self) -> int:
        """The row of the entry on screen (for tests and the screenshot)."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            data = item.data(0, Qt.ItemDataRole.UserRole)
            if data and data[0] == "entry" and self.agenda and data[1] == self.agenda.current:
                return row
        return -1

    def _clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """A click on an entry goes to its first screen."""
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data or data[0] != "entry":
            return
        p = self.controller.presentation
        for index, screen in enumerate(p.screens):
            if screen.entry == data[1]:
                p.goto(index)
                break
        self.window().setFocus(Qt.FocusReason.OtherFocusReason)

    # Words -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Entry"), self.tr("Planned"), "±"])
        self.retime.setText(self.tr("Re-time the rest…"))
        self.retime.setToolTip(
            self.tr("Shorten the flexible entries after this one so the plan ends on time (Ctrl+R)")
        )
        self.refresh(force=True)


class RetimeDialog(QDialog):
    """Shows the new minutes for the rest of the plan; the trainer confirms or cancels."""

    def __init__(self, proposal: Retiming, theme: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("retimeDialog")
        self.proposal = proposal
        self.setWindowTitle(self.tr("Re-time the rest"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        target = clock(proposal.target_end)
        start = clock(proposal.now)
        intro = QLabel(
            self.tr(
                "To end at %1, the flexible entries from %2 on get new minutes, in proportion to "
                "what was planned. Fixed entries keep theirs."
            )
            .replace("%1", target)
            .replace("%2", start),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget(self)
        self.table.setObjectName("retimeChanges")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(3)
        self.table.setHeaderLabels([self.tr("Entry"), self.tr("Planned"), self.tr("New")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for change in proposal.changes:
            new = (
                self.tr("%1 min").replace("%1", str(change.new))
                if change.flexible
                else self.tr("%1 min, fixed").replace("%1", str(change.new))
            )
            row = QTreeWidgetItem(
                [change.title, self.tr("%1 min").replace("%1", str(change.old)), new]
            )
            for column in (1, 2):
                row.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if change.new != change.old:
                row.setFont(2, bold)
            self.table.addTopLevelItem(row)
        layout.addWidget(self.table, 1)
        if proposal.fits:
            verdict = self.tr("The plan then ends at %1.").replace("%1", clock(proposal.end))
        else:
            verdict = self.tr(
                "Even so the plan ends at %1: the fixed entries leave too little time."
            ).replace("%1", clock(proposal.end))
        self.verdict = QLabel(verdict, self)
        self.verdict.setObjectName("retimeVerdict")
        self.verdict.setWordWrap(True)
        if not proposal.fits:
            look = style.look(theme)
            self.verdict.setStyleSheet(
                f"color: {look.warning}; background: {look.warning_bg}; padding: 6px;"
                " border-radius: 6px; font-weight: 700;"
            )
        layout.addWidget(self.verdict)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(
            self.tr("Re-time"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.apply_button.setDefault(True)
        layout.addWidget(buttons)
        rows = max(3, min(12, len(proposal.changes)))
        self.resize(560, 200 + rows * 30)
