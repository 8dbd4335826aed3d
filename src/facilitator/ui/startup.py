"""Python's garbage collector waits while the app starts.

Starting imports PySide6 and our modules and builds the first window: many objects, hardly any
reference cycles, and the collector would walk them again and again (about 4 % of the start-up).
``hold_collector`` raises its first threshold until ``release_collector``, which the app calls
once the main window or the first slide is on screen. No Qt here: ``cli`` calls it first.
"""

from __future__ import annotations

import gc

STARTING_THRESHOLD = 100_000  # allocations before a young collection (Python's default: 700)
_saved: list[tuple[int, int, int]] = []


def hold_collector() -> None:
    if not _saved:
        thresholds = gc.get_threshold()
        _saved.append(thresholds)
        gc.set_threshold(max(STARTING_THRESHOLD, thresholds[0]), *thresholds[1:])


def release_collector() -> None:
    if _saved:
        gc.set_threshold(*_saved.pop())
