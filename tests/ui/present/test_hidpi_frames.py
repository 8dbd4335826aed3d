"""On a HiDPI screen (scale 2) slides are drawn at the device's pixels, not stretched.

The scale must be set before Qt starts (``QT_SCALE_FACTOR=2`` on the offscreen platform, with two
screens from a JSON file), so the check runs in a fresh Python process and prints what it found:
the audience window's frame, the console's current and next slides, the library's thumbnails
and its large slide, each with its device pixel ratio and its size in device pixels.
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
            "name": name,
            "x": x,
            "y": 0,
            "width": width,
            "height": height,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
        for name, x, width, height in (
            ("Laptop", 0, 2732, 1536),
            ("Projector", 2732, 3840, 2160),
        )
    ]
}

SCRIPT = textwrap.dedent(
    """
    import json
    from datetime import datetime
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from facilitator.core.model import Item, Slide
    from facilitator.core.show import build_show
    from facilitator.ui.library.deck import THUMB, DeckPreview
    from facilitator.ui.present import open_presentation
    from facilitator.ui.renderer import slide_painter

    app = QApplication([])
    deck = Item(
        id="m.deck", title="Deck", kind="deck", duration=10, path=Path("/x/deck.md"),
        module_id="m", body="",
        slides=tuple(Slide(markdown=f"## Slide {n}", notes=f"N {n}", index=n) for n in range(6)),
    )

    def seen(pixmap, logical):
        return {
            "ratio": pixmap.devicePixelRatio(),
            "pixels": [pixmap.width(), pixmap.height()],
            "logical": [logical.width(), logical.height()],
        }

    found = {}
    controller = open_presentation(build_show(deck, None, datetime.now(), 0), choose=False)
    for _ in range(30):
        app.processEvents()
    found["audience"] = seen(controller.audience_frame(), controller.frames.size)
    slide = controller.presentation.screen.slide
    for name in ("current", "next_preview"):
        preview = getattr(controller.console, name)
        found[name] = seen(preview.frames.frame(slide), preview.frames.size)
    controller.leave()

    library = DeckPreview()
    library.resize(1200, 700)
    library.set_painter(slide_painter("light"), "light")
    library.set_item(deck)
    library.show()
    for _ in range(10):
        app.processEvents()
    found["thumbnail"] = seen(library._thumbnail(0), THUMB)
    view = library.slide_view
    found["slide_view"] = seen(view.grab(), view.size())
    print(json.dumps(found))
    """
)


def test_slides_on_a_hidpi_screen_have_twice_the_pixels(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    env["QT_SCALE_FACTOR"] = "2"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert set(found) == {"audience", "current", "next_preview", "thumbnail", "slide_view"}
    assert found["audience"]["logical"] == [1920, 1080]  # the 4K projector at scale 2
    for name, pixmap in found.items():
        width, height = pixmap["logical"]
        assert width > 0 and height > 0, name
        assert pixmap["ratio"] == 2.0, name
        assert pixmap["pixels"] == [2 * width, 2 * height], name
