"""Ctrl+C in the terminal and SIGTERM (a logout, a shutdown, ``kill``) end the app the way
closing it does: through the event loop, so the session record is closed and what was shown is
kept.

Python runs a signal handler only when it runs Python code, and Qt's event loop waits in C++.
``set_wakeup_fd`` writes each signal's number to a socket that a ``QSocketNotifier`` watches: the
loop wakes up, calls a Python slot, and Python then runs the handler. No timer wakes the app.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

SIGNALS = tuple(
    s for s in (getattr(signal, "SIGINT", None), getattr(signal, "SIGTERM", None)) if s is not None
)


def end_on_signals(app: QCoreApplication, end: Callable[[], object]) -> Callable[[], None]:
    """From now on SIGINT and SIGTERM call ``end`` from the event loop (a second one quits at
    once). Returns a function that puts the previous handlers back."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: leave the handlers as they are
        reader.close()
        writer.close()
        return lambda: None
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    asked: list[int] = []

    def drain() -> None:
        # Running this slot is what lets Python run the handler; the bytes are not needed.
        with contextlib.suppress(OSError):
            reader.recv(512)

    def handler(number: int, _frame: object) -> None:
        asked.append(number)
        if len(asked) == 1:
            log.info("signal %s: ending as if closed", signal.Signals(number).name)
            QTimer.singleShot(0, end)
        else:
            QTimer.singleShot(0, app.quit)

    notifier.activated.connect(drain)
    previous = {number: signal.signal(number, handler) for number in SIGNALS}

    def restore() -> None:
        for number, old in previous.items():
            signal.signal(number, old)
        signal.set_wakeup_fd(previous_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return restore
