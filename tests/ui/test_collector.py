"""Python's garbage is collected on the GUI thread only, between events (ui/collector.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from facilitator.ui.collector import GuiCollector, collect_on_gui_thread


class Cycle(QObject):
    """A Qt object in a reference cycle: only the cycle collector can free it."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_automatic_collection_is_off_and_the_gui_thread_collects(qapp, qtbot):
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # once per app
    assert not gc.isenabled()

    destroyed_on = []
    cycle = Cycle()
    cycle.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name))
    alive = weakref.ref(cycle)
    del cycle

    kept: list[list[int]] = []

    def churn() -> None:  # a worker allocating (and keeping) far past the young threshold
        kept.extend([] for _ in range(50 * gc.get_threshold()[0]))

    worker = threading.Thread(target=churn, name="worker")
    worker.start()
    worker.join()
    assert alive() is not None  # the worker's allocations freed nothing
    qtbot.waitUntil(lambda: alive() is None, timeout=5000)  # the timer's collection did
    assert destroyed_on == [threading.main_thread().name]
    kept.clear()


def test_the_first_look_collects_everything_and_freezes_what_lives_on(qapp):
    collector = GuiCollector(qapp)  # a second one, only for this test
    try:
        gc.unfreeze()
        assert gc.get_freeze_count() == 0
        assert collector.collect_due() == 2
        assert gc.get_freeze_count() > 0  # start-up's objects are no longer walked
        assert collector.collect_due() != 2  # once only
    finally:
        collector.timer.stop()
        collector.deleteLater()


def test_a_collection_is_due_by_the_thresholds_and_takes_that_generation(qapp):
    collector = qapp.findChild(GuiCollector) or collect_on_gui_thread(qapp)
    collector.started = True
    gc.collect()
    assert collector.collect_due() == -1  # nothing allocated since: nothing to do
    junk = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert collector.collect_due() == 0  # the young generation is collected, as CPython would
    del junk
    gc.enable()  # something turned it back on: the next look turns it off again
    collector.collect_due()
    assert not gc.isenabled()
