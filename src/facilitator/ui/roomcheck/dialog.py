"""The room check dialog (Ctrl+K): every line green, amber or red, with what to do.

It receives the services it uses (the settings, the records file, the screen adapter), never the
main window. The lines come from ``probe.gather`` (the same as ``facilitator room-check``); the
clicker test, the identify cards and the test slide on the projector are here.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from ...core import roomcheck
from ...core.roomcheck import Check
from ...core.settings import Settings
from ...render.theme import get_theme
from ..present.screens import IdentifyWindow, ScreenSource
from . import words
from .keytest import KeyTest
from .probe import gather, screen_infos
from .slide import LegibilityWindow, legibility_pixmap

COLOURS = {"green": "#2e7d32", "amber": "#b26a00", "red": "#c62828"}
IDENTIFY_MS = 5000  # the identify cards stay this long (or until closed)
PREVIEW = (384, 216)
SIZE = QSize(1000, 660)  # fits a 1366x768 screen with the window's frame and task bar


class CheckRow(QFrame):
    """One line: a coloured dot and word, the title, and the sentence saying what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomCheckRow")
        self.check: Check | None = None
        self.dot = QLabel(self)
        self.dot.setFixedSize(14, 14)
        self.title = QLabel(self)
        self.title.setObjectName("roomCheckTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel(self)
        self.status.setObjectName("roomCheckStatus")
        self.text = QLabel(self)
        self.text.setObjectName("roomCheckText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 6)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.dot, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.title, 0, 1)
        grid.addWidget(self.status, 0, 2, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.text, 1, 1, 1, 2)
        grid.setColumnStretch(1, 1)

    def show_check(self, check: Check) -> None:
        self.check = check
        colour = COLOURS[check.status]
        self.dot.setStyleSheet(f"background: {colour}; border-radius: 7px;")
        self.title.setText(words.title(check.id))
        self.status.setText(words.status_word(check.status))
        self.status.setStyleSheet(f"color: {colour}; font-weight: 700;")
        self.text.setText(words.sentence(check))
        self.setAccessibleName(f"{self.title.text()}: {self.status.text()}")
        self.setAccessibleDescription(self.text.text())


class RoomCheckDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        records_file: Path,
        source: ScreenSource | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomCheck")
        self.settings = settings
        self.records_file = records_file
        self.source = source or ScreenSource(self)
        self.checks: list[Check] = []
        self.identify_windows: list[IdentifyWindow] = []
        self.test_slide: LegibilityWindow | None = None
        self._identify_timer = QTimer(self)
        self._identify_timer.setSingleShot(True)
        self._identify_timer.setInterval(IDENTIFY_MS)
        self._identify_timer.timeout.connect(self.hide_identify)

        self.heading = QLabel(self)
        self.heading.setObjectName("roomCheckHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("roomCheckSummary")
        self.summary.setWordWrap(True)
        self.rows: dict[str, CheckRow] = {}
        lines_pane = QWidget(self)
        lines_pane.setMinimumWidth(460)  # wrapped lines need room: at 1366x768 all fit
        lines = QVBoxLayout(lines_pane)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(8)
        for check_id in ("screens", "legibility", "keys", "fonts", "contacts", "records", "disk"):
            row = CheckRow(self)
            self.rows[check_id] = row
            lines.addWidget(row)
        lines.addStretch(1)

        self.preview = QLabel(self)
        self.preview.setObjectName("roomCheckPreview")
        self.preview.setFixedSize(*PREVIEW)
        self.identify_button = QPushButton(self)
        self.identify_button.setObjectName("roomIdentify")
        self.slide_button = QPushButton(self)
        self.slide_button.setObjectName("roomTestSlide")
        self.keys = KeyTest(self)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        buttons = QHBoxLayout()
        buttons.addWidget(self.identify_button)
        buttons.addWidget(self.slide_button)
        side.addLayout(buttons)
        side.addWidget(self.keys)
        side.addStretch(1)

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(lines_pane, 1)
        body.addLayout(side)

        self.again_button = QPushButton(self)
        self.again_button.setObjectName("roomCheckAgain")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("roomCopyReport")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("roomCheckClose")
        bottom = QHBoxLayout()
        bottom.addWidget(self.again_button)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        for button in (
            self.identify_button,
            self.slide_button,
            self.again_button,
            self.copy_button,
            self.close_button,
        ):
            button.setAutoDefault(False)

        self.identify_button.clicked.connect(self.identify)
        self.slide_button.clicked.connect(self.toggle_test_slide)
        self.again_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_report)
        self.close_button.clicked.connect(self.accept)
        self.keys.changed.connect(self._keys_changed)
        self.source.added.connect(lambda _screen: QTimer.singleShot(0, self.refresh))
        self.source.removed.connect(lambda _screen: QTimer.singleShot(0, self.refresh))
        self.finished.connect(self._cleanup)
        self.retranslateUi()
        self.refresh()
        self.resize(SIZE)

    # The lines ---------------------------------------------------------------------------------
    def keys_check(self) -> Check:
        return roomcheck.keys_check(self.keys.recognised)

    def refresh(self) -> None:
        self.checks = gather(
            self.settings, self.records_file, self.source.screens(), self.keys_check()
        )
        for check in self.checks:
            self.rows[check.id].show_check(check)
        self._show_summary()
        theme = get_theme(self.settings.get("theme"))
        ratio = self.devicePixelRatioF()
        self.preview.setPixmap(legibility_pixmap(theme, *PREVIEW, ratio))

    def _keys_changed(self) -> None:
        keys = self.keys_check()
        self.checks = [keys if c.id == "keys" else c for c in self.checks]
        self.rows["keys"].show_check(keys)
        self._show_summary()

    def _show_summary(self) -> None:
        status = roomcheck.worst(self.checks)
        self.summary.setText(
            {
                "green": self.tr("Everything is ready for the class."),
                "amber": self.tr("Ready, with something to check (in amber)."),
                "red": self.tr("Fix the lines in red before the class."),
            }[status]
        )

    def report(self) -> dict[str, object]:
        return roomcheck.report(self.checks, __version__)

    def copy_report(self) -> None:
        """The JSON for IT, on the clipboard."""
        text = json.dumps(self.report(), ensure_ascii=False, indent=2)
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, self._copy_words)

    # Screens -----------------------------------------------------------------------------------
    def projector(self) -> QScreen | None:
        """The screen the slides go to (the only one when there is one)."""
        screens = self.source.screens()
        if not screens:
            return None
        index = roomcheck.projector_index(
            screen_infos(screens), self.settings.get("audience_screen")
        )
        return screens[index if index is not None else 0]

    def identify(self) -> None:
        """Each screen shows its number and name for a few seconds."""
        self.hide_identify()
        accent = get_theme(self.settings.get("theme")).accent
        for index, screen in enumerate(self.source.screens()):
            window = IdentifyWindow(screen, index, accent)
            window.show()
            self.identify_windows.append(window)
        self._identify_timer.start()

    def hide_identify(self) -> None:
        self._identify_timer.stop()
        for window in self.identify_windows:
            window.close()
            window.deleteLater()
        self.identify_windows = []

    def toggle_test_slide(self) -> None:
        if self.test_slide is not None:
            self.test_slide.close()
            return
        screen = self.projector()
        if screen is None:
            return
        self.test_slide = LegibilityWindow(screen, get_theme(self.settings.get("theme")))
        self.test_slide.destroyed.connect(lambda *_: self._test_slide_closed())
        self.test_slide.show()
        self._slide_words()

    def _test_slide_closed(self) -> None:
        self.test_slide = None
        self._slide_words()

    def _cleanup(self, _result: int = 0) -> None:
        self.hide_identify()
        if self.test_slide is not None:
            self.test_slide.close()

    # Words -------------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
            for row in self.rows.values():
                if row.check is not None:
                    row.show_check(row.check)
            if self.checks:
                self._show_summary()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.setWindowTitle(self.tr("Room check"))
        self.heading.setText(self.tr("Room check before the class"))
        self.identify_button.setText(self.tr("Identify screens"))
        self.identify_button.setToolTip(self.tr("Each screen shows its number and name"))
        self.again_button.setText(self.tr("Check again"))
        self.close_button.setText(self.tr("Close"))
        self.preview.setAccessibleName(self.tr("The test slide"))
        self._copy_words()
        self._slide_words()

    def _copy_words(self) -> None:
        self.copy_button.setText(self.tr("Copy the report for IT"))
        self.copy_button.setToolTip(self.tr("The room check as JSON, on the clipboard"))

    def _slide_words(self) -> None:
        self.slide_button.setText(
            self.tr("Hide the test slide")
            if self.test_slide is not None
            else self.tr("Test slide on the projector")
        )
