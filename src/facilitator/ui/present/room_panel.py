"""Room helpers on the console: random groups, a talking round and a check-in scale, and above
them the two safety buttons, where to get help (F11) and the grounding exercise (G).

The rules live in ``core.room``; this panel takes the trainer's input, shows the result large on
the audience screen (``controller.show_room``), and logs counts only, never names.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.room import (
    WEATHER_SYMBOLS,
    CheckIn,
    RoomError,
    TalkingRound,
    groups_event,
    make_groups,
    parse_names,
)
from ...core.timers import clock_text
from .overlays import RoomView

if TYPE_CHECKING:
    from .host import Host


class _TypingKeys(QObject):
    """Keeps the keys a field needs (arrows, digits, letters) from changing the slide."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # The pause screen and the help slide stay one key away while typing.
            if event.key() not in (
                Qt.Key.Key_Escape,
                Qt.Key.Key_F12,
                Qt.Key.Key_Pause,
                Qt.Key.Key_F11,
            ):
                event.accept()
                return True
        return super().eventFilter(watched, event)


class RoomPanel(QWidget):
    def __init__(self, controller: Host, rng: random.Random | None = None) -> None:
        super().__init__()
        self.setObjectName("roomPanel")
        self.controller = controller
        self.rng = rng or random.Random()
        self.talk: TalkingRound | None = None
        self.checkin = CheckIn("numbers")
        self.groups: list[list[str]] = []
        self._typing = _TypingKeys(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("roomTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._groups_page(), "")
        self.tabs.addTab(self._round_page(), "")
        self.tabs.addTab(self._checkin_page(), "")
        # Safety, one click away: where to get help, and the grounding exercise.
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("roomHelp")
        self.help_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_button.clicked.connect(lambda _=False: controller.toggle_help())
        self.grounding_button = QPushButton(self)
        self.grounding_button.setObjectName("roomGrounding")
        self.grounding_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grounding_button.clicked.connect(lambda _=False: controller.toggle_grounding())
        safety = QHBoxLayout()
        safety.setSpacing(6)
        safety.addWidget(self.help_button, 1)
        safety.addWidget(self.grounding_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(safety)
        layout.addWidget(self.tabs, 1)
        self.retranslateUi()

    def _field(self, widget: QWidget) -> QWidget:
        widget.installEventFilter(self._typing)
        return widget

    # Groups ------------------------------------------------------------------------------------
    def _groups_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.names = self._field(QPlainTextEdit(page))
        assert isinstance(self.names, QPlainTextEdit)
        self.names.setObjectName("groupNames")
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(64)
        self.people = self._field(QSpinBox(page))
        assert isinstance(self.people, QSpinBox)
        self.people.setRange(1, 500)
        self.people.setValue(20)
        self.how = QComboBox(page)
        self.how.setObjectName("groupHow")
        self.amount = self._field(QSpinBox(page))
        assert isinstance(self.amount, QSpinBox)
        self.amount.setRange(1, 100)
        self.amount.setValue(4)
        self.make = QPushButton(page)
        self.make.setObjectName("makeGroups")
        self.make.clicked.connect(self.make_groups)
        self.group_message = QLabel(page)
        self.group_message.setObjectName("roomMessage")
        self.group_message.setWordWrap(True)
        self.names_label = QLabel(page)
        self.people_label = QLabel(page)
        self.how_label = QLabel(page)
        form.addRow(self.names_label, self.names)
        form.addRow(self.people_label, self.people)
        row = QHBoxLayout()
        row.addWidget(self.how, 1)
        row.addWidget(self.amount)
        form.addRow(self.how_label, row)
        form.addRow(self.make)
        form.addRow(self.group_message)
        return page

    def make_groups(self) -> list[list[str]]:
        names = parse_names(self.names.toPlainText())
        people: int | list[str] = names if names else self.people.value()
        by_size = self.how.currentIndex() == 1
        try:
            made = make_groups(
                people,
                groups=None if by_size else self.amount.value(),
                size=self.amount.value() if by_size else None,
                rng=self.rng,
            )
        except RoomError as error:
            self.group_message.setText(self._room_message(error))
            return []
        self.groups = made
        count = len(names) if names else self.people.value()
        groups_event(
            self.controller.presentation.events, count, made, "size" if by_size else "groups"
        )
        sizes = ", ".join(str(len(g)) for g in made)
        self.group_message.setText(
            self.tr("%1 groups (%2). Shown on the screen; Esc hides them.")
            .replace("%1", str(len(made)))
            .replace("%2", sizes)
        )
        words = self.controller.words
        self.controller.show_room(
            RoomView("groups", title=words.groups_title, groups=made, group_label=words.group)
        )
        return made

    def _room_message(self, error: RoomError) -> str:
        messages = {
            "nobody": self.tr("Type some names, or set the number of people."),
            "groups": self.tr("There are more groups than people."),
            "size": self.tr("A group needs at least one person."),
            "too-many": self.tr("At most 500 people."),
            "people": self.tr("Between 1 and 500 people."),
            "seconds": self.tr("Between 5 seconds and an hour each."),
            "how": self.tr("Choose either a number of groups or a group size."),
        }
        return messages.get(error.code) or self.tr("These numbers cannot be used.")

    # Talking round -----------------------------------------------------------------------------
    def _round_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.round_people = self._field(QSpinBox(page))
        assert isinstance(self.round_people, QSpinBox)
        self.round_people.setRange(1, 500)
        self.round_people.setValue(12)
        self.round_seconds = self._field(QSpinBox(page))
        assert isinstance(self.round_seconds, QSpinBox)
        self.round_seconds.setRange(5, 3600)
        self.round_seconds.setSingleStep(15)
        self.round_seconds.setValue(60)
        self.round_start = QPushButton(page)
        self.round_start.setObjectName("roundStart")
        self.round_start.clicked.connect(self.start_round)
        self.round_next = QPushButton(page)
        self.round_next.setObjectName("roundNext")
        self.round_next.clicked.connect(self.next_speaker)
        self.round_pause = QPushButton(page)
        self.round_pause.clicked.connect(self._toggle_round)
        self.round_state = QLabel(page)
        self.round_state.setObjectName("roundState")
        self.round_people_label = QLabel(page)
        self.round_seconds_label = QLabel(page)
        form.addRow(self.round_people_label, self.round_people)
        form.addRow(self.round_seconds_label, self.round_seconds)
        buttons = QHBoxLayout()
        buttons.addWidget(self.round_start)
        buttons.addWidget(self.round_pause)
        buttons.addWidget(self.round_next)
        form.addRow(buttons)
        form.addRow(self.round_state)
        return page

    def start_round(self) -> None:
        try:
            self.talk = TalkingRound(
                people=self.round_people.value(),
                seconds=self.round_seconds.value(),
                clock=self.controller.presentation.clock,
            )
        except RoomError as error:
            self.round_state.setText(self._room_message(error))
            return
        self.talk.start()
        self._show_round()

    def next_speaker(self) -> None:
        if self.talk is None:
            self.start_round()
            return
        self.talk.next()
        if self.talk.done:
            self.controller.presentation.events.event("talking-round", **self.talk.as_event())
            self.controller.show_room(None)
            self.round_state.setText(self.tr("The round is done."))
            self.talk = None
            return
        self._show_round()

    def _toggle_round(self) -> None:
        if self.talk is not None:
            self.talk.toggle()
            self.tick()

    def _show_round(self) -> None:
        words = self.controller.words
        self.controller.show_room(
            RoomView("round", title=words.round_title, talk=self.talk, speaker_label=words.speaker)
        )
        self.tick()

    # Check-in ----------------------------------------------------------------------------------
    def _checkin_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.scale = QComboBox(page)
        self.scale.setObjectName("checkinScale")
        self.scale.currentIndexChanged.connect(self._scale_changed)
        layout.addWidget(self.scale)
        self.tally_grid = QGridLayout()
        layout.addLayout(self.tally_grid)
        self.checkin_show = QPushButton(page)
        self.checkin_show.clicked.connect(self.show_checkin)
        self.checkin_save = QPushButton(page)
        self.checkin_save.setObjectName("checkinSave")
        self.checkin_save.clicked.connect(self.save_checkin)
        row = QHBoxLayout()
        row.addWidget(self.checkin_show)
        row.addWidget(self.checkin_save)
        layout.addLayout(row)
        self.checkin_state = QLabel(page)
        self.checkin_state.setWordWrap(True)
        layout.addWidget(self.checkin_state)
        layout.addStretch(1)
        self.tally_labels: dict[str, QLabel] = {}
        self._build_tally()
        return page

    def _build_tally(self) -> None:
        while self.tally_grid.count():
            taken = self.tally_grid.takeAt(0)
            if taken is not None and taken.widget() is not None:
                taken.widget().deleteLater()
        self.tally_labels = {}
        for column, value in enumerate(self.checkin.values):
            symbol = value if self.checkin.kind == "numbers" else WEATHER_SYMBOLS[value]
            plus = QToolButton()
            plus.setText(f"{symbol} +")
            plus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            plus.clicked.connect(lambda _=False, v=value: self._count(v, 1))
            minus = QToolButton()
            minus.setText("−")
            minus.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            minus.clicked.connect(lambda _=False, v=value: self._count(v, -1))
            count = QLabel("0")
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tally_grid.addWidget(plus, 0, column)
            self.tally_grid.addWidget(count, 1, column)
            self.tally_grid.addWidget(minus, 2, column)
            self.tally_labels[value] = count

    def _scale_changed(self, index: int) -> None:
        self.checkin = CheckIn("weather" if index == 1 else "numbers")
        self._build_tally()

    def _count(self, value: str, amount: int) -> None:
        self.tally_labels[value].setText(str(self.checkin.add(value, amount)))
        self.checkin_state.setText(self.tr("%1 answers").replace("%1", str(self.checkin.total)))

    def show_checkin(self) -> None:
        words = self.controller.words
        self.controller.show_room(
            RoomView(
                "checkin",
                title=words.checkin_title,
                checkin=self.checkin,
                checkin_labels=words.checkin_labels,
            )
        )

    def save_checkin(self) -> None:
        """Log the tally (counts only) and start a fresh one."""
        if not self.checkin.total:
            self.checkin_state.setText(self.tr("Count some answers first."))
            return
        self.checkin.record(self.controller.presentation.events)
        total = self.checkin.total
        self.checkin.clear()
        for label in self.tally_labels.values():
            label.setText("0")
        self.checkin_state.setText(
            self.tr("Saved: %1 answers, no names.").replace("%1", str(total))
        )

    # Refreshing --------------------------------------------------------------------------------
    def tick(self) -> None:
        if self.talk is None:
            return
        speaker = self.tr("Speaker %1 of %2").replace("%1", str(self.talk.speaker))
        speaker = speaker.replace("%2", str(self.talk.people))
        left = clock_text(max(0.0, self.talk.remaining()))
        over = self.tr("time") if self.talk.over else left
        paused_word = self.tr("paused")
        paused = "" if self.talk.running else f" · {paused_word}"
        self.round_state.setText(f"{speaker} · {over}{paused}")

    def focus_first(self) -> None:
        self.tabs.currentWidget().setFocus()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:  # noqa: N802
        self.help_button.setText(self.tr("Where to get help (F11)"))
        self.help_button.setToolTip(self.tr("Show it on the audience screen; again to return"))
        self.grounding_button.setText(self.tr("Grounding exercise (G)"))
        self.grounding_button.setToolTip(self.tr("Begin it at once; again to return"))
        self.tabs.setTabText(0, self.tr("Groups"))
        self.tabs.setTabText(1, self.tr("Talking round"))
        self.tabs.setTabText(2, self.tr("Check-in"))
        self.names_label.setText(self.tr("Names"))
        self.names.setPlaceholderText(self.tr("First names or pseudonyms, one a line (optional)"))
        self.people_label.setText(self.tr("People"))
        self.how_label.setText(self.tr("Split"))
        current = self.how.currentIndex()
        self.how.clear()
        self.how.addItems([self.tr("into this many groups"), self.tr("in groups of")])
        self.how.setCurrentIndex(max(0, current))
        self.make.setText(self.tr("Make groups"))
        self.round_people_label.setText(self.tr("People"))
        self.round_seconds_label.setText(self.tr("Seconds each"))
        self.round_start.setText(self.tr("Start"))
        self.round_pause.setText(self.tr("Pause"))
        self.round_next.setText(self.tr("Next speaker"))
        scale = self.scale.currentIndex()
        self.scale.blockSignals(True)
        self.scale.clear()
        self.scale.addItems([self.tr("Scale 1 to 5"), self.tr("Weather")])
        self.scale.setCurrentIndex(max(0, scale))
        self.scale.blockSignals(False)
        self.checkin_show.setText(self.tr("Show the scale"))
        self.checkin_save.setText(self.tr("Save the tally"))
