"""Fixtures for the UI tests: a small library on disk and a main window that shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

MODULE = "---\nid: {id}\ntitle: {title}\norder: {order}\n---\nOm modulet.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def deck(ident: str, title: str, *, duration: int = 20, extra: str = "", slides: int = 3) -> str:
    body = "\n\n---\n\n".join(
        f"## Slide {n} om {title}\n\n- punkt {n}\n\nNote:\nNoter til slide {n}."
        for n in range(1, slides + 1)
    )
    return (
        f"---\nid: {ident}\ntitle: {title}\nkind: deck\nduration: {duration}\n{extra}---\n"
        f"<!-- layout: title -->\n# {title}\n\nNote:\nVelkommen.\n\n---\n\n{body}\n"
    )


def exercise(ident: str, title: str, *, duration: int = 15, extra: str = "") -> str:
    return (
        f"---\nid: {ident}\ntitle: {title}\nkind: exercise\nduration: {duration}\n"
        f"group_form: pairs\n{extra}---\n"
        "## Formål\nAt øve nysgerrighed.\n\n## Materialer\n- Kort med situationer\n\n"
        "## Trin\n1. Find en makker. (2 min)\n2. Gæt, hvad personen tænker. (8 min)\n\n"
        "## Noter til underviseren\nHold tempoet roligt.\n\n"
        "## Refleksionsspørgsmål\n- Hvad overraskede dig?\n\n"
        "## Variationer\n- Små grupper: to og to.\n"
    )


def text_item(ident: str, title: str, kind: str, body: str, *, extra: str = "") -> str:
    return f"---\nid: {ident}\ntitle: {title}\nkind: {kind}\nduration: 10\n{extra}---\n{body}\n"


@pytest.fixture
def files() -> SimpleNamespace:
    """Helpers that write library files, for tests that need one more module."""
    return SimpleNamespace(
        write=write, module=MODULE, deck=deck, exercise=exercise, text_item=text_item
    )


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """Two modules, every kind, three languages, and one broken file.

    "følelser" is in one title and in another item's body text only, so ranking can be checked.
    """
    root = tmp_path / "library"
    write(root / "a" / "module.md", MODULE.format(id="a", title="Alfa-modul", order=1))
    write(
        root / "a" / "deck.md",
        deck(
            "a.deck",
            "Følelser og tanker",
            duration=30,
            extra="audience: [unge]\ntags: [hjerne]\n",
        ),
    )
    write(
        root / "a" / "ex.md",
        exercise("a.ex", "Gæt tanken", extra="audience: [fagpersoner]\n"),
    )
    write(
        root / "a" / "handout.md",
        text_item(
            "a.handout",
            "Om nysgerrighed",
            "handout",
            "# Om nysgerrighed\n\nVi taler om **følelser** i hverdagen.\n\n"
            "![Fjern](https://example.com/pixel.png)\n",
        ),
    )
    write(root / "b" / "module.md", MODULE.format(id="b", title="Beta-modul", order=2))
    write(
        root / "b" / "guide.md",
        text_item("b.guide", "Guide til kursusdagen", "guide", "## Før dagen\n\nLæs op.", extra=""),
    )
    write(
        root / "b" / "nb.md",
        exercise("b.nb", "Samtale i par", duration=40, extra="language: nb\n"),
    )
    write(
        root / "b" / "en.md",
        deck("b.en", "Coping at work", duration=60, extra="language: en\n", slides=2),
    )
    write(root / "b" / "broken.md", "---\nid: b.broken\ntitle: Brudt\nkind: poster\n---\nx\n")
    return root


@pytest.fixture
def settings(home: Path):
    from facilitator.core.settings import Settings

    return Settings.load()


@pytest.fixture
def make_window(qtbot, library_dir: Path, settings) -> Callable[..., object]:
    """Build a main window over ``library_dir`` (or given roots), shown and loaded."""
    from facilitator.core.loader import Root
    from facilitator.ui.i18n import Translations
    from facilitator.ui.main_window import MainWindow

    def make(roots: list[Path] | None = None, settings_=None, translations=None):
        folders = roots if roots is not None else [library_dir]
        chosen = settings_ or settings
        window = MainWindow(
            chosen,
            translations or Translations(),
            # Like the app: the given folders, then the extra folders from settings.
            roots=lambda: [Root(f) for f in folders] + [Root(p) for p in chosen.content_folders()],
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.load_library()
        qtbot.waitUntil(lambda: window.controller.is_loaded)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture(autouse=True)
def _ui_font(qapp):
    """The app font is set before any widget exists, as ``ui.app`` does."""
    from facilitator.ui import style

    style.apply_font(qapp)
    yield


@pytest.fixture
def danish_ui(qapp):
    """The app in Danish with the shipped translation; back to English (and the locale as it
    was) afterwards, for the next test."""
    from PySide6.QtCore import QLocale

    from facilitator.ui.i18n import Translations

    locale = QLocale()
    translations = Translations()
    translations.install("da")
    yield translations
    translations.install("en")
    QLocale.setDefault(locale)
