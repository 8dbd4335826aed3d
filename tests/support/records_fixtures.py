"""Fixtures for the records screens: a small library with a course plan, and a fresh database."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

TODAY = date(2026, 11, 23)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def library(tmp_path):
    from facilitator.core.loader import Root, load_library

    root = tmp_path / "lib"
    write(root / "m" / "module.md", "---\nid: m\ntitle: Mentalisering\norder: 1\n---\nOm.\n")
    for ident, title, kind in (
        ("m.deck", "Hvad er mentalisering?", "deck"),
        ("m.ex", "Gæt tanken", "exercise"),
        ("m.end", "Afrunding", "deck"),
    ):
        body = "# Slide\n\nNote:\nNoter.\n" if kind == "deck" else "## Formål\nAt øve.\n"
        write(
            root / "m" / f"{ident}.md",
            f"---\nid: {ident}\ntitle: {title}\nkind: {kind}\nduration: 20\n---\n{body}",
        )
    write(
        root / "plans" / "p.plan.yaml",
        "format: 1\nid: kursus.p\ntitle: Kursusdag\nstart: '09:00'\ntarget_end: '10:05'\n"
        "sections:\n  - title: Start\n    entries:\n      - item: m.deck\n        minutes: 20\n"
        "      - item: m.ex\n        minutes: 20\n      - break: Pause\n        minutes: 5\n"
        "      - item: m.end\n        minutes: 20\n",
    )
    return load_library([Root(root)])


@pytest.fixture
def opener(tmp_path, qtbot):
    from facilitator.ui.records.backups import DatabaseOpener

    made = DatabaseOpener(tmp_path / "data" / "facilitator.db", now=lambda: datetime(2026, 11, 23))
    yield made
    made.close()


@pytest.fixture
def store(opener):
    from facilitator.ui.records.store import RecordsStore

    return RecordsStore(opener, now=lambda: datetime(2026, 11, 23, 10, 0), today=lambda: TODAY)
