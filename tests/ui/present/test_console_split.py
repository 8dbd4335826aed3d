"""The presenter console gives the notes the larger share, and keeps the split (issue 14.9)."""

from __future__ import annotations

from dataclasses import replace

from facilitator.core.events import MemoryEvents
from facilitator.core.show import build_show


def _open(qtbot, clock, deck):
    from facilitator.ui.present import open_presentation

    show = replace(build_show(deck, None, clock.wall()), rehearsal=True)
    controller = open_presentation(
        show, clock=clock, wall=clock.wall, choose=False, theme="light", events=MemoryEvents()
    )
    qtbot.waitUntil(controller.console.isVisible)
    qtbot.waitUntil(lambda: controller.console_ready)
    return controller


def test_the_notes_get_the_larger_share_and_the_split_is_kept(home, qtbot, clock, deck):
    controller = _open(qtbot, clock, deck)
    console = controller.console
    console.resize(1366, 768)
    qtbot.waitUntil(lambda: console.left.sizes()[1] > 0)
    slide, notes = console.left.sizes()
    assert notes > slide  # more lines of notes than preview: the slide is on the wall anyway
    console.left.setSizes([500, 200])  # the trainer drags the splitter
    moved = console.left.sizes()
    controller.leave()

    again = _open(qtbot, clock, deck)
    try:
        again.console.resize(console.size())
        qtbot.waitUntil(lambda: again.console.left.sizes()[1] > 0)
        slide, notes = again.console.left.sizes()
        assert slide > notes and abs(slide - moved[0]) <= 20
    finally:
        again.leave()
