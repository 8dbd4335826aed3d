"""Unexpected errors: the traceback goes to the log, the user sees a calm dialog.

:class:`ErrorReporter` replaces ``sys.excepthook`` (Qt calls it for an exception in any slot or
event handler) and ``threading.excepthook``. The app keeps running. A burst of errors shows one
dialog, not a stack of them.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger("facilitator.errors")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class ErrorReporter(QObject):
    """Logs every uncaught exception and shows ``error_dialog.CalmErrorDialog`` once per burst."""

    _from_thread = Signal()

    def __init__(self, log_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.errors = 0  # how many were reported, for tests and the log
        self.last_error = ""  # "Type: message" of the last one
        # Instead of the dialog (``--smoke-test``): called with ``last_error``; nobody is there
        # to close a dialog, so the check would wait for its time-out and never say why.
        self.fail_fast: Callable[[str], None] | None = None
        self._scheduled = False
        self._showing = False
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._from_thread.connect(self._schedule)

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous_thread_hook

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_hook(exc_type, exc, tb)
            return
        self._log((exc_type, exc, tb))
        self._schedule()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        self._log((args.exc_type, args.exc_value, args.exc_traceback))
        self._from_thread.emit()  # queued to the GUI thread

    def _log(self, info: ExcInfo) -> None:
        self.errors += 1
        self.last_error = f"{info[0].__name__}: {info[1]}"
        log.error("Unexpected error (the app keeps running)", exc_info=info)
        for handler in logging.getLogger().handlers:
            handler.flush()

    def _schedule(self) -> None:
        if self.fail_fast is not None:
            self.fail_fast(self.last_error)
            return
        # Show the dialog after the failing slot has returned, and only one at a time.
        if self._scheduled or self._showing:
            return
        self._scheduled = True
        QTimer.singleShot(0, self._show)

    def _show(self) -> None:
        self._scheduled = False
        self._showing = True
        try:
            app = QApplication.instance()
            parent = QApplication.activeWindow() if isinstance(app, QApplication) else None
            from .error_dialog import CalmErrorDialog  # only when there is an error to show

            dialog = CalmErrorDialog(self.log_path, parent)
            dialog.exec()
            dialog.deleteLater()
        except Exception:  # never loop: an error while reporting an error is only logged
            log.exception("could not show the error dialog")
        finally:
            self._showing = False
