"""Qt-free work off the GUI thread, its progress and its result handed back on the GUI thread.

While presenting, a key press must never wait for slow work such as importing the database
layer or loading the whole library. :func:`start_job` runs ``work(job)`` on a daemon thread (it
never holds up quitting); the work may call ``job.report(done, total)`` and look at
``job.cancelled``. Progress, the result and an error come back as queued signals, so the GUI
thread is woken only when there is something to hand over (no polling timer), and
``progress(done, total)``, ``done(result)`` or ``failed(error)`` run on the GUI thread. Nothing
is called once ``parent`` is gone. ``work`` must not touch widgets, pixmaps or any other GUI
object. :func:`in_background` is the short form for work that needs neither.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from shiboken6 import isValid

log = logging.getLogger(__name__)

T = TypeVar("T")


class Job(QObject):
    """One piece of background work: ask it to stop with :meth:`cancel`; the work sees
    ``cancelled`` and reports with :meth:`report` (from its own thread)."""

    _progressed = Signal(int, int)
    _finished = Signal(object)
    _failed = Signal(object)

    def __init__(self, what: str, parent: QObject) -> None:
        super().__init__(parent)
        self.what = what
        self._stop = threading.Event()
        self.running = True

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    def report(self, done: int, total: int) -> None:
        """Progress, from the work's thread: handed to the GUI thread as a queued signal."""
        self._emit(self._progressed, done, total)

    def _emit(self, signal: Any, *values: object) -> None:
        try:
            signal.emit(*values)
        except RuntimeError:  # the parent (and this job with it) is gone: nobody is waiting
            log.debug("%s: the result is not wanted any more", self.what)


def start_job(
    work: Callable[[Job], T],
    done: Callable[[T], None],
    parent: QObject,
    *,
    what: str,
    failed: Callable[[BaseException], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Job:
    """Run ``work(job)`` on a thread; ``progress(done, total)`` as it reports, then
    ``done(result)``, or ``failed(error)`` (default: log it), on the GUI thread. ``what`` names
    the work in the log and names its thread."""
    job = Job(what, parent)
    queued = Qt.ConnectionType.QueuedConnection
    if progress is not None:
        job._progressed.connect(lambda n, total: isValid(job) and progress(n, total), queued)

    def finished(result: T) -> None:
        if not isValid(job):  # its parent went away meanwhile
            return
        job.running = False
        job.deleteLater()
        done(result)

    def went_wrong(error: BaseException) -> None:
        if not isValid(job):
            return
        job.running = False
        job.deleteLater()
        if failed is not None:
            failed(error)
        else:
            log.error("%s failed", what, exc_info=(type(error), error, error.__traceback__))

    job._finished.connect(finished, queued)
    job._failed.connect(went_wrong, queued)

    def run() -> None:
        try:
            result = work(job)
        except BaseException as error:  # handed to the GUI thread, never raised in this one
            job._emit(job._failed, error)
        else:
            job._emit(job._finished, result)

    threading.Thread(target=run, name=what, daemon=True).start()
    return job


def in_background(
    work: Callable[[], T],
    done: Callable[[T], None],
    parent: QObject,
    *,
    what: str,
    failed: Callable[[BaseException], None] | None = None,
) -> Job:
    """Run ``work()`` on a thread; then ``done(result)``, or ``failed(error)`` (default: log
    it), on the GUI thread. Nothing is called once ``parent`` is gone."""
    return start_job(lambda _job: work(), done, parent, what=what, failed=failed)
