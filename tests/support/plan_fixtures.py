"""Fixtures for plan tests (the planner screen, the plan book, plan PDFs): a small library with a
deck, an exercise and a handout, a database, and a main window showing the planner."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.loader import Root, load_library


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


DECK = (
    "---\nid: m.deck\ntitle: Følelser og tanker\nkind: deck\nduration: 20\nversion: {version}\n"
    "---\n<!-- layout: title -->\n# Velkommen\n\nNote:\nSig hej.\n\n---\n\n"
    "## Andet slide\n\n- punkt\n\nNote:\nFortæl om åbenhed.\n\n---\n\n"
    "## Tredje slide\n\n- mere\n\nNote:\nSpørg ud i rummet.\n"
)
EXERCISE = (
    "---\nid: m.ex\ntitle: Gæt tanken\nkind: exercise\nduration: 15\ngroup_form: pairs\n---\n"
    "## Formål\nAt øve nysgerrighed.\n\n## Materialer\n- Kort med situationer\n\n## Trin\n"
    "1. Find en makker. (2 min)\n2. Gæt, hvad personen tænker. (8 min)\n\n"
    "## Noter til underviseren\nHold tempoet.\n\n## Refleksionsspørgsmål\n- Hvad lærte du?\n"
    "\n## Variationer\n- Små grupper: to og to.\n"
)
HANDOUT = (
    "---\nid: m.handout\ntitle: Om nysgerrighed\nkind: handout\nduration: 5\n---\n"
    "# Om nysgerrighed\n\nVi taler om følelser i hverdagen.\n"
)
PLAN = (
    "format: 1\nid: m.dag\ntitle: Dag med modulet\nstart: '09:00'\ntarget_end: '10:00'\n"
    "sections:\n  - title: Start\n    entries:\n      - item: m.deck\n        minutes: 20\n"
    "      - item: m.ex\n        minutes: 15\n      - break: Pause\n        minutes: 10\n"
    "        flexible: false\n  - title: Slut\n    entries:\n"
    "      - free: Runde\n        minutes: 10\n        slide: |\n          # Hvad tager du med?\n"
    "      - item: m.handout\n        minutes: 5\n"
)


@pytest.fixture
def planner_library_dir(tmp_path: Path):
    """Write the library; call it again with version=2 to 'update' the deck."""
    root = tmp_path / "planlib"

    def make(version: int = 1) -> Path:
        write(root / "m" / "module.md", "---\nid: m\ntitle: Modul\norder: 1\n---\nOm.\n")
        write(root / "m" / "deck.md", DECK.format(version=version))
        write(root / "m" / "ex.md", EXERCISE)
        write(root / "m" / "handout.md", HANDOUT)
        write(root / "plans" / "dag.plan.yaml", PLAN)
        return root

    return make


@pytest.fixture
def planner_library(planner_library_dir):
    root = planner_library_dir()
    return load_library([Root(root, bundled=True)])


@pytest.fixture
def database(tmp_path: Path):
    from facilitator.core.store.database import open_database

    db = open_database(tmp_path / "data" / "facilitator.db")
    yield db
    db.close()


@pytest.fixture
def planner_window(qtbot, planner_library_dir, home, tmp_path):
    """A main window over the small library with its own database, showing the planner."""
    from facilitator.core.loader import Root
    from facilitator.core.settings import Settings
    from facilitator.core.store.database import open_database
    from facilitator.ui import style
    from facilitator.ui.i18n import Translations
    from facilitator.ui.main_window import MainWindow

    root = planner_library_dir()
    opened = []

    def database():
        db = open_database(tmp_path / "data" / "facilitator.db")
        opened.append(db)
        return db

    style.apply_font(qtbot_app())
    window = MainWindow(
        Settings.load(), Translations(), roots=lambda: [Root(root, bundled=True)], database=database
    )
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.load_library()
    qtbot.waitUntil(lambda: window.controller.is_loaded)
    window.show_page("plans")
    yield window
    window.close()
    for db in opened:
        db.close()


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()
