"""Screens: one small adapter over Qt's screen list, and the chooser shown before going live.

:class:`ScreenSource` is the only place that asks ``QGuiApplication`` for screens and listens to
``screenAdded`` / ``screenRemoved``. The presentation reacts to its ``added`` and ``removed``
signals; a test can call :meth:`ScreenSource.screen_removed` itself (Qt's offscreen platform cannot
unplug a screen at run time), which is the very handler Qt's signal calls.

:class:`ScreenChooser` shows each screen's name large ON that screen and lets the trainer pick
the audience screen on the console's screen; the choice is remembered in the settings.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QScreen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ScreenSource(QObject):
    """The screens the presentation may use, and when one comes or goes."""

    added = Signal(object)  # QScreen
    removed = Signal(object)  # QScreen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gone: list[QScreen] = []
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.screen_added)
            app.screenRemoved.connect(self.screen_removed)

    def screens(self) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if not any(s is g for g in self._gone)]

    def names(self) -> list[str]:
        return [screen_name(s, i) for i, s in enumerate(self.screens())]

    def layout(self) -> str:
        """``one`` screen, ``mirrored`` (every output shows the same picture: the room check's
        rule, ``core.roomcheck.one_picture``) or ``extended`` (a screen for the slides and one
        for the console)."""
        from ...core.roomcheck import one_picture
        from ..roomcheck.probe import screen_infos

        screens = self.screens()
        if len(screens) < 2:
            return "one"
        return "mirrored" if one_picture(screen_infos(screens)) else "extended"

    def primary_index(self) -> int:
        primary = QGuiApplication.primaryScreen()
        for index, screen in enumerate(self.screens()):
            if screen is primary:
                return index
        return 0

    def screen_added(self, screen: QScreen) -> None:
        self._gone = [g for g in self._gone if g is not screen]
        self.added.emit(screen)

    def screen_removed(self, screen: QScreen) -> None:
        """Qt's ``screenRemoved`` lands here (tests call it directly to unplug a screen)."""
        if not any(screen is g for g in self._gone):
            self._gone.append(screen)
        self.removed.emit(screen)


def bring_to_front(widget: QWidget) -> None:
    """Raise and activate a window (the offscreen platform cannot raise, and says so)."""
    if QGuiApplication.platformName() != "offscreen":
        widget.raise_()
    widget.activateWindow()


def screen_name(screen: QScreen, index: int) -> str:
    return screen.name() or f"{index + 1}"


def describe(screen: QScreen, index: int) -> str:
    size = screen.geometry().size()
    return f"{index + 1}  ·  {screen_name(screen, index)}  ·  {size.width()}×{size.height()}"


class IdentifyWindow(QWidget):
    """A frameless card filling one screen with its number and name, while the trainer picks."""

    def __init__(self, screen: QScreen, index: int, accent: str) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("identifyScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.number = str(index + 1)
        self.name = screen_name(screen, index)
        self.accent = QColor(accent)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#10161d"))
        side = min(self.width(), self.height())
        big = QFont(self.font())
        big.setPixelSize(max(12, int(side * 0.42)))
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(self.accent)
        top = QRect(0, 0, self.width(), int(self.height() * 0.72))
        painter.drawText(top, int(Qt.AlignmentFlag.AlignCenter), self.number)
        small = QFont(self.font())
        small.setPixelSize(max(10, int(side * 0.07)))
        painter.setFont(small)
        painter.setPen(QColor("#e8edf2"))
        bottom = QRect(0, int(self.height() * 0.66), self.width(), int(self.height() * 0.2))
        painter.drawText(
            bottom, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self.name
        )
        painter.end()


class ScreenChooser(QDialog):
    """Pick the audience screen. ``chosen`` carries the screen's name; rehearse needs none."""

    chosen = Signal(str)
    rehearse = Signal()

    def __init__(self, source: ScreenSource, accent: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenChooser")
        self.setWindowTitle(self.tr("Choose the audience screen"))
        self.source = source
        self.identify = [
            IdentifyWindow(screen, index, accent) for index, screen in enumerate(source.screens())
        ]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Which screen do the participants see?"), self)
        heading.setObjectName("chooserHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        hint = QLabel(
            self.tr("Each screen shows its number now. Notes and the console stay on the other."),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons: list[QPushButton] = []
        self.preselected = self._external(source)
        for index, screen in enumerate(source.screens()):
            button = QPushButton(describe(screen, index), self)
            button.setObjectName(f"chooseScreen{index + 1}")
            button.setMinimumHeight(44)
            name = screen_name(screen, index)
            button.clicked.connect(lambda _=False, n=name: self._choose(n))
            layout.addWidget(button)
            self.buttons.append(button)
            if index == self.preselected:  # Enter picks the projector, not the laptop
                button.setDefault(True)
                button.setAutoDefault(True)
        row = QHBoxLayout()
        self.rehearse_button = QPushButton(self.tr("Rehearse (console only)"), self)
        self.rehearse_button.clicked.connect(self._rehearse)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        row.addWidget(self.rehearse_button)
        row.addStretch(1)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.finished.connect(self._hide_identify)

    @staticmethod
    def _external(source: ScreenSource) -> int:
        """The screen ``present`` would choose itself: the first one that is not the laptop's."""
        from ...core.placement import place_windows

        names = source.names()
        return place_windows(names, source.primary_index()).audience if names else 0

    def open(self) -> None:  # noqa: D102
        for window in self.identify:
            window.show()
        primary = QGuiApplication.primaryScreen()
        if primary is not None:  # the chooser itself goes on the laptop's own screen
            self.setScreen(primary)
            self.adjustSize()
            area = primary.availableGeometry()
            self.move(area.center() - self.rect().center())
        super().open()
        bring_to_front(self)
        if 0 <= self.preselected < len(self.buttons):
            self.buttons[self.preselected].setFocus(Qt.FocusReason.OtherFocusReason)

    def _choose(self, name: str) -> None:
        self.accept()
        self.chosen.emit(name)

    def _rehearse(self) -> None:
        self.accept()
        self.rehearse.emit()

    def _hide_identify(self, _result: int = 0) -> None:
        for window in self.identify:
            window.close()
            window.deleteLater()
        self.identify = []
