"""Python's garbage collector runs on the GUI thread only, between events.

Qt objects must be destroyed on the thread they belong to. With Python's automatic collector, a
reference cycle that holds a widget, a timer or a document is freed by whichever thread happens
to allocate when a threshold is crossed: the library loading on its worker thread, say. Qt then
deletes a GUI object off the GUI thread, which can crash the app or hang it for good (a lock held
by one thread, the interpreter lock by the other). So the app turns automatic collection off and
collects from a timer on the GUI thread instead (every 100 ms), one generation at a time, when
CPython itself would have (its thresholds, its counts). pyqtgraph's ``GarbageCollector``
settled on the same.

It also keeps the collector out of the start-up: starting imports PySide6 and our modules and
builds the first window, many objects and hardly any cycles, which the collector would otherwise
walk ~80 times (20-30 ms) before the first slide. The first timed collection comes after the
window or the slide is on screen: one full collection, after which what is left (modules, Qt's
wrappers, the library: ~77,000 objects that live as long as the app) is frozen (``gc.freeze``),
so later full collections walk only what came since. Walking everything took ~30 ms, long enough
to hold up a slide change that came at that moment.

The command line turns automatic collection off before it imports the app, and
``collect_on_gui_thread(app)`` (called where the app is made) starts the timer.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# How often the GUI thread looks whether a collection is due: often enough that a young
# collection has little to walk (at 500 ms, one after the library loaded took 30-40 ms).
INTERVAL_MS = 100


class GuiCollector(QObject):
    """Collects on the GUI thread what CPython would have collected on any thread."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self.started = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed; return it (-1: none)."""
        gc.disable()  # whatever enabled it meanwhile, collections stay on this thread
        if not self.started:  # the app is up: collect once, keep what lives on out of the way
            self.started = True
            gc.collect()
            gc.freeze()
            return 2
        limits = gc.get_threshold()
        counts = gc.get_count()
        due = -1
        for generation in range(3):
            if limits[generation] and counts[generation] > limits[generation]:
                due = generation
        if due >= 0:
            gc.collect(due)
        return due


_installed: dict[int, GuiCollector] = {}  # by id() of its application


def collect_on_gui_thread(app: QObject) -> GuiCollector:
    """Install the GUI-thread collector on ``app`` (once; later calls return the same one).

    Kept here rather than found among the app's children: listing them wraps the app's style
    object, and building that class's Python side costs a start-up a few milliseconds."""
    existing = _installed.get(id(app))
    if existing is not None and existing.parent() is app:
        return existing
    collector = _installed[id(app)] = GuiCollector(app)
    return collector
