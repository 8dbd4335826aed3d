"""Choosing the audience screen (issue 14.13): a wrong ``--screen`` lists the screens and exits
2, the chooser preselects the external screen, and the log names the screen chosen.

Two screens on Qt's offscreen platform need its configuration file before Qt starts, so each
check runs in a fresh Python process (as in ``test_screen_hotplug.py``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap


def _screen(name: str, x: int, width: int, height: int) -> dict:
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


SCREENS = {"screens": [_screen("Laptop", 0, 1366, 768), _screen("Projector", 1366, 1920, 1080)]}

CHOOSER = textwrap.dedent(
    """
    import json, logging
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from facilitator.core.model import Item, Slide
    from facilitator.core.show import build_show
    from facilitator.ui.present import open_presentation

    app = QApplication([])
    lines = []

    class Keep(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    logging.getLogger("facilitator").addHandler(Keep())
    logging.getLogger("facilitator").setLevel(logging.INFO)
    deck = Item(
        id="m.deck", title="Deck", kind="deck", duration=10, path=Path("/x/deck.md"),
        module_id="m", body="",
        slides=tuple(Slide(markdown=f"## Slide {n}", index=n) for n in range(3)),
    )
    controller = open_presentation(build_show(deck, None, datetime.now()), choose=True)
    chooser = controller.chooser
    chosen = chooser.buttons[chooser.preselected]
    found = {
        "preselected": chosen.text(),
        "default": chosen.isDefault(),
        "others_default": [b.isDefault() for b in chooser.buttons if b is not chosen],
    }
    chosen.click()
    for _ in range(20):
        app.processEvents()
    found["audience"] = controller.audience.screen().name()
    found["log"] = lines
    controller.leave()
    print(json.dumps(found))
    """
)


def _env(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["FACILITATOR_HOME"] = str(tmp_path / "home")  # no remembered audience screen
    return env


def test_a_wrong_screen_name_lists_the_screens_and_exits_2(tmp_path):
    deck = tmp_path / "deck.md"
    deck.write_text(
        "---\nid: t.deck\ntitle: Deck\nkind: deck\nduration: 5\n---\n## One\n\n---\n\n## Two\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "facilitator", "present", str(deck), "--screen", "beamer"],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "--screen beamer: there is no such screen" in done.stderr
    assert "1  ·  Laptop  ·  1366×768" in done.stderr
    assert "2  ·  Projector  ·  1920×1080" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_chooser_preselects_the_projector_and_the_log_names_the_choice(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CHOOSER],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Projector" in found["preselected"] and found["default"]
    assert not any(found["others_default"])
    assert found["audience"] == "Projector"
    assert any("chose screen Projector" in line for line in found["log"])
    assert any("the slides go to screen Projector" in line for line in found["log"])
