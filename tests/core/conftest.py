from __future__ import annotations

from pathlib import Path

import pytest


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def make_library(tmp_path):
    """Write a small library folder: a module with a deck and an exercise, and a plan."""

    def make(**files: str) -> Path:
        root = tmp_path / "lib"
        write(root / "m" / "module.md", "---\nid: m\ntitle: Modul\norder: 1\n---\nOm modulet.\n")
        write(
            root / "m" / "deck.md",
            "---\nid: m.deck\ntitle: Følelser og tanker\nkind: deck\nduration: 20\n"
            "tags: [hjerne]\naudience: [unge]\n---\n"
            "<!-- layout: title -->\n# Velkommen\n\nNote:\nSig hej.\n\n---\n\n"
            "## Andet slide\n\n- punkt\n\nNote:\nFortæl om åbenhed.\n",
        )
        write(
            root / "m" / "ex.md",
            "---\nid: m.ex\ntitle: Gæt tanken\nkind: exercise\nduration: 15\n"
            "group_form: pairs\n---\n"
            "## Formål\nAt øve nysgerrighed.\n\n## Materialer\n- Kort\n\n## Trin\n"
            "1. Find en makker. (2 min)\n2. Gæt, hvad personen\n   tænker. (8 min)\n\n"
            "## Noter til underviseren\nHold tempoet.\n\n"
            "## Refleksionsspørgsmål\n- Hvad lærte du?\n"
            "\n## Variationer\n- Små grupper: to og to.\n- Store grupper: fire og fire.\n",
        )
        write(
            root / "plans" / "p.plan.yaml",
            "format: 1\nid: p\ntitle: Plan\nstart: '09:00'\ntarget_end: '10:00'\n"
            "sections:\n  - title: Start\n    entries:\n      - item: m.deck\n        minutes: 20\n"
            "      - break: Pause\n        minutes: 10\n      - free: Runde\n        minutes: 5\n",
        )
        for name, text in files.items():
            write(root / name.replace("__", "/"), text)
        return root

    return make
