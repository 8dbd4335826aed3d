"""Documentation screenshots of presentation mode (``python -m facilitator.ui.screenshots OUT
--only present``): the audience window and the console at 1920x1080 and 1366x768 in every theme,
an exercise step counting down, and the group maker.

Time is a fixed clock (the console shows the same times in every picture); the bundled library is
used, so the pictures show real material.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from ...core.loader import library_roots, load_library
from ...core.settings import Settings
from .. import icons, style

SIZES = ((1920, 1080), (1366, 768))
THEMES = ("light", "dark", "high-contrast")
DECK = "mentalisering.viden"
EXERCISE = "mentalisering.nysgerrigt-interview"


class _Clock:
    def __init__(self) -> None:
        self.seconds = 100.0

    def __call__(self) -> float:
        return self.seconds

    def wall(self) -> datetime:
        return datetime(2026, 11, 24, 9, 0) + timedelta(seconds=self.seconds - 100.0)


def take(out: Path, settings: Settings, save: Callable[[QWidget, str], None]) -> None:
    from . import open_presentation

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    library = load_library(library_roots(settings.content_folders()))
    deck = library.item(DECK)
    exercise = library.item(EXERCISE)
    assert deck is not None and exercise is not None, "the bundled library is needed"
    module = next(m for m in library.modules if m.id == deck.module_id)
    exercises = [i for i in module.items if i.kind == "exercise"]
    icons.warm_up()

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    for theme in THEMES:
        style.apply(app, theme)
        for width, height in SIZES:
            clock = _Clock()
            controller = open_presentation(
                deck,
                theme=theme,
                settings=settings,
                exercises=exercises,
                start=2,
                clock=clock,
                wall=clock.wall,
                choose=False,
                windowed=True,
            )
            clock.seconds += 12 * 60 + 34  # twelve minutes in: the console's clocks show it
            controller.next()
            place(controller.audience, width, height)
            place(controller.console, width, height)
            controller.ticker.timeout.emit()
            settle()
            suffix = f"{theme}-{width}x{height}"
            save(controller.audience, f"present-audience-{suffix}")
            save(controller.console, f"present-console-{suffix}")
            controller.leave()
            settle()

    # An exercise step counting down, and the group maker, in the light theme at 1366x768.
    style.apply(app, "light")
    clock = _Clock()
    controller = open_presentation(
        exercise,
        theme="light",
        settings=settings,
        clock=clock,
        wall=clock.wall,
        choose=False,
        windowed=True,
    )
    place(controller.audience, 1920, 1080)
    place(controller.console, 1366, 768)
    controller.next()
    controller.next()
    controller.presentation.toggle_timer()
    clock.seconds += 75
    controller.ticker.timeout.emit()
    settle()
    save(controller.audience, "present-exercise-audience")
    save(controller.console, "present-exercise-console")
    controller.leave()
    settle()

    clock = _Clock()
    controller = open_presentation(
        deck,
        theme="light",
        settings=settings,
        exercises=exercises,
        clock=clock,
        wall=clock.wall,
        choose=False,
        windowed=True,
    )
    place(controller.audience, 1920, 1080)
    place(controller.console, 1366, 768)
    room = controller.console.room
    room.rng = random.Random(11)
    controller.console.toggle_room()
    room.names.setPlainText(
        "Amir\nBeate\nCarl\nDitte\nEmma\nFrederik\nGry\nHassan\nIda\nJonas\nKaren\nLukas\n"
        "Maja\nNoah"
    )
    room.how.setCurrentIndex(0)
    room.amount.setValue(4)
    room.make_groups()
    settle()
    save(controller.audience, "present-groups-audience")
    save(controller.console, "present-groups-console")
    controller.leave()
    settle()


def place(window: QWidget, width: int, height: int) -> None:
    window.showNormal()
    window.setGeometry(QRect(0, 0, width, height))
    window.show()
    QApplication.processEvents()
