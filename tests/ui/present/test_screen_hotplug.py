"""Two screens on Qt's offscreen platform; one is unplugged while presenting.

The offscreen platform builds its screens from a JSON file named in ``QT_QPA_PLATFORM``, which
must be set before Qt starts: the check runs in a fresh Python process. The platform cannot
unplug a screen at run time, so the test calls the handler Qt's ``screenRemoved`` signal calls
(``ScreenSource.screen_removed``) while the windows sit on real offscreen screens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

SCREENS = {
    "screens": [
        {
            "name": "Laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
        {
            "name": "Projector",
            "x": 1366,
            "y": 0,
            "width": 1920,
            "height": 1080,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        },
    ]
}

SCRIPT = textwrap.dedent(
    """
    import json
    from pathlib import Path

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from datetime import datetime

    from facilitator.core.model import Item, Slide
    from facilitator.core.show import build_show
    from facilitator.ui.present import open_presentation

    app = QApplication([])
    deck = Item(
        id="m.deck", title="Deck", kind="deck", duration=10, path=Path("/x/deck.md"),
        module_id="m", body="",
        slides=tuple(Slide(markdown=f"## Slide {n}", notes=f"N {n}", index=n) for n in range(6)),
    )
    show = build_show(deck, None, datetime.now(), 3)
    controller = open_presentation(show, theme="dark", choose=False)
    for _ in range(20):
        app.processEvents()

    def where():
        audience = controller.audience
        console = controller.console
        return {
            "screens": [s.name() for s in controller.source.screens()],
            "audience": audience.screen().name() if audience.isVisible() else None,
            "audience_geometry": list(audience.geometry().getRect()),
            "audience_full": audience.isFullScreen(),
            "console": console.screen().name() if console.isVisible() else None,
            "position": controller.presentation.position,
        }

    before = where()
    controller.presentation.swap()  # S: the screens change roles
    for _ in range(10):
        app.processEvents()
    swapped = where()
    controller.presentation.swap()
    for _ in range(10):
        app.processEvents()
    projector = next(s for s in QGuiApplication.screens() if s.name() == "Projector")
    controller.source.screen_removed(projector)  # the projector is unplugged
    for _ in range(20):
        app.processEvents()
    after = where()
    controller.next()
    controller.source.screen_added(projector)  # and plugged in again
    for _ in range(20):
        app.processEvents()
    back = where()
    controller.leave()
    print(json.dumps({"before": before, "swapped": swapped, "after": after, "back": back}))
    """
)


def test_unplugging_the_projector_keeps_the_place_and_moves_the_audience_window(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    before, swapped, after, back = (found[k] for k in ("before", "swapped", "after", "back"))
    assert before["screens"] == ["Laptop", "Projector"]
    # The audience window fills the projector; the console is on the laptop.
    assert before["audience"] == "Projector" and before["console"] == "Laptop"
    assert before["audience_geometry"] == [1366, 0, 1920, 1080] and before["audience_full"]
    assert (swapped["audience"], swapped["console"]) == ("Laptop", "Projector")
    # Unplugged: the place is kept, the audience window is on the remaining screen, and the
    # console is hidden there (it never shows on a screen the audience may see).
    assert after["position"] == 3
    assert after["screens"] == ["Laptop"]
    assert after["audience"] == "Laptop" and after["audience_geometry"] == [0, 0, 1366, 768]
    assert after["console"] is None
    # Plugged in again: back on the projector, the console on the laptop, one slide further.
    assert back["audience"] == "Projector" and back["console"] == "Laptop"
    assert back["position"] == 4
