"""Documentation screenshots of presentation mode (``python -m facilitator.ui.screenshots OUT
--only present``): the audience window and the console at 1920x1080 and 1366x768 in every theme,
an exercise step counting down, the group maker, a dense slide that the painter shrinks to fit,
the one-screen note and the question Esc asks.

Time is a fixed clock (the console shows the same times in every picture); the bundled library is
used, so the pictures show real material.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from ...core.loader import Root, library_roots, load_library
from ...core.model import Item
from ...core.settings import Settings
from ...core.show import build_show
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

    def present(what: Item, clock: _Clock, theme: str = "light", **extra: Any) -> Any:
        """A windowed presentation on the fixed clock; the projector 1920x1080, the console
        1366x768 unless the caller places them."""
        show = replace(build_show(what, None, clock.wall()), windowed=True, **extra)
        controller = open_presentation(
            show, theme=theme, settings=settings, clock=clock, wall=clock.wall, choose=False
        )
        place(controller.audience, 1920, 1080)
        place(controller.console, 1366, 768)
        return controller

    for theme in THEMES:
        style.apply(app, theme)
        for width, height in SIZES:
            clock = _Clock()
            controller = present(deck, clock, theme, exercises=tuple(exercises), start=2)
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
    controller = present(exercise, clock)
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

    # One screen: the note at the foot of the slides (C for the console, extending the
    # display); then Esc's question, with the pause screen on the projector until answered.
    clock = _Clock()
    controller = present(deck, clock)
    place(controller.audience, 1366, 768)
    controller.audience.show_banner(controller.one_screen_hint(), dismissable=True)
    settle()
    save(controller.audience, "present-one-screen-hint")
    controller.audience.hide_banner()
    controller.escape()
    controller.ticker.timeout.emit()
    settle()
    save(controller.console, "present-leave-console")
    controller.leave()
    settle()

    clock = _Clock()
    controller = present(deck, clock, exercises=tuple(exercises))
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

    # A slide with more text than fits: the painter shrinks it (check-content would warn if it had
    # to shrink below the readable size; this one stays readable).
    with tempfile.TemporaryDirectory() as folder:
        dense = Path(folder) / "tæt" / "deck.md"
        dense.parent.mkdir()
        (dense.parent / "module.md").write_text(
            "---\nid: taet\ntitle: Tæt\n---\nEt eksempel.\n", encoding="utf-8"
        )
        bullets = "\n".join(
            f"- {text}"
            for text in (
                "Vi lægger mærke til, hvad der sker i kroppen, når presset stiger",
                "Vi gætter på, hvad den anden tænker og føler – og spørger, før vi dømmer",
                "Vi siger, hvad vi selv mærker, uden at give den anden skylden",
                "Vi tager en pause, når vi mærker, at alarmen går i gang",
                "Vi vender tilbage og reparerer, når samtalen er gået skævt",
                "Vi husker, at vores bud kun er et bud, og at vi kan tage fejl",
                "Vi spørger nysgerrigt: Hvad skete der for dig lige der?",
            )
        )
        dense.write_text(
            "---\nid: taet.deck\ntitle: En tæt slide\nkind: deck\nduration: 5\n---\n"
            f"## Når vi vil forstå hinanden under pres\n\n{bullets}\n\nNote:\nFor tæt.\n",
            encoding="utf-8",
        )
        item = load_library([Root(Path(folder))]).item("taet.deck")
        assert item is not None
        clock = _Clock()
        controller = present(item, clock)
        settle()
        save(controller.audience, "present-shrunk-audience")
        controller.leave()
        settle()


def place(window: QWidget, width: int, height: int) -> None:
    window.showNormal()
    window.setGeometry(QRect(0, 0, width, height))
    window.show()
    QApplication.processEvents()
