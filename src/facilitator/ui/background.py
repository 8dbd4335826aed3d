"""Qt-free work off the GUI thread, its result handed back on the GUI thread.

While presenting, a key press must never wait for slow work such as importing the database
layer or loading the whole library. :func:`in_background` runs ``work()`` on a daemon thread
(it never holds up quitting) and calls ``done(result)`` from the event loop when it is over.
``work`` must not touch widgets, pixmaps or any other GUI object.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

T = TypeVar("T")
POLL_MS = 50  # how often the GUI thread looks whether the work is over


def in_background(
    work: Callable[[], T],
    done: Callable[[T], None],
    parent: QObject,
    *,
    what: str,
    failed: Callable[[BaseException], None] | None = None,
) -> None:
    """Run ``work`` on a thread; then ``done(result)``, or ``failed(error)`` (default: log it),
    on the GUI thread. Nothing is called once ``parent`` is gone. ``what`` names the work in
    the log."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed to the GUI thread, never raised in this one
            outcome["error"] = error

    thread = threading.Thread(target=run, name=what, daemon=True)
    poll = QTimer(parent)
    poll.setInterval(POLL_MS)

    def check() -> None:
        if thread.is_alive():
            return
        poll.stop()
        poll.deleteLater()
        if "error" in outcome:
            error = outcome["error"]
            if failed is not None:
                failed(error)
            else:
                log.error("%s failed", what, exc_info=(type(error), error, error.__traceback__))
            return
        done(outcome["result"])

    poll.timeout.connect(check)
    thread.start()
    poll.start()
