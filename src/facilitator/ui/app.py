"""Start the app: QApplication, translator, logging, error dialog, then the main window.

The window is built whole before it is shown (the UI font and the icon font are loaded first, so
the first paint has every icon and the final layout); the library is loaded right after, from
the event loop. Nothing here imports the database layer, and the main window's modules are
imported only by ``run``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..core import fields, paths
from ..core.settings import Settings
from . import icons, style
from .collector import collect_on_gui_thread
from .errors import ErrorReporter
from .i18n import Translations
from .logs import log_file, route_qt_messages, setup_logging
from .signals import end_on_signals

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher
    from PySide6.QtWidgets import QWidget

    from ..core.instance import InstanceLock
    from .main_window import MainWindow

log = logging.getLogger("facilitator")

SMOKE_TIMEOUT_S = 30.0
SMOKE_MESSAGE = "main window shown"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        # Fusion from the start: setting it later from Python builds QStyle's Python enums
        # (~15 ms before the first slide or window).
        app = QApplication([*(list(argv) if argv else ["facilitator"]), "-style", "Fusion"])
        style.fusion_from_start(app)
    app.setApplicationName("Facilitator")
    app.setApplicationDisplayName("Facilitator")
    app.setOrganizationName("")
    app.setDesktopFileName("facilitator")
    app.setApplicationVersion(__version__)
    style.apply_font(app)
    collect_on_gui_thread(app)
    icon = paths.resource_path("icons", "facilitator.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class StartWatch:
    """Notices when the window is on screen with the library loaded; logs (and prints) it."""

    def __init__(self, window: MainWindow, started: float, *, smoke_test: bool) -> None:
        self.window = window
        self.started = started
        self.smoke_test = smoke_test
        self.done = False
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        handle = self.window.windowHandle()
        exposed = handle is not None and handle.isExposed()
        elapsed = time.perf_counter() - self.started
        if exposed and self.window.controller.is_loaded:
            self.timer.stop()
            self.done = True
            log.info("main window shown with the library after %.0f ms", elapsed * 1000)
            if self.smoke_test:
                print(SMOKE_MESSAGE, flush=True)
                QTimer.singleShot(0, QApplication.quit)
        elif elapsed > SMOKE_TIMEOUT_S:
            self.timer.stop()
            missing = "the library did not load" if exposed else "the window is not on screen"
            log.error("the main window was not shown within %.0f s: %s", SMOKE_TIMEOUT_S, missing)
            if self.smoke_test:
                _smoke_failed(f"{missing} within {SMOKE_TIMEOUT_S:.0f} s")


def come_forward_when_asked(
    window: QWidget, lock: InstanceLock | None
) -> QFileSystemWatcher | None:
    """Bring ``window`` to the front when a second start asks (``core/instance.py``)."""
    if lock is None:
        return None
    from PySide6.QtCore import QFileSystemWatcher  # the window's start only, not a presentation's

    path = str(lock.raise_file)
    watcher = QFileSystemWatcher([path], window)

    def asked(changed: str) -> None:
        if changed not in watcher.files():  # replaced or deleted: no longer watched
            deleted = not Path(changed).exists()
            if deleted:  # a clean-up tool or a sync client: made again, for the next start
                with suppress(OSError):
                    Path(changed).touch()
            if Path(changed).exists():
                watcher.addPath(changed)
            if deleted:
                return  # no one asked
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        log.info("another start asked the window to come forward")

    watcher.fileChanged.connect(asked)
    return watcher


def _end(window: MainWindow) -> None:
    """Ctrl+C or SIGTERM: end a running presentation (its session record is closed), save what
    is typed (closing the window does) and quit."""
    for running in window.presentations():
        running.leave()
    window.close()
    QApplication.quit()


def _smoke_failed(reason: str) -> None:
    """``--smoke-test`` failed: say why on stderr (the log has the traceback) and stop."""
    print(f"main window NOT shown: {reason}", file=sys.stderr, flush=True)
    QApplication.exit(1)


def run(argv: Sequence[str] | None = None, *, smoke_test: bool = False) -> int:
    """Open the library browser; return the exit code. ``smoke_test`` quits once it is shown."""
    started = time.perf_counter()
    app = create_application(argv)
    handler = setup_logging()
    route_qt_messages()
    log.info("Facilitator %s starting (Python %s)", __version__, sys.version.split()[0])
    reporter = ErrorReporter(log_file(), app)
    reporter.install()
    if smoke_test:  # no one is there to close the error dialog
        reporter.fail_fast = _smoke_failed
    settings = Settings.load()  # logs each problem of the settings files with its line
    translations = Translations()
    translations.install(settings.get("language"))
    fields.use_settings(settings)  # {{ local_contacts }} reads help_contacts

    lock = None
    if not smoke_test:  # a smoke test starts beside a running window: it only looks
        from ..core import instance

        lock = instance.acquire(paths.data_dir())
        if lock is None:
            instance.ask_to_come_forward(paths.data_dir())
            log.info("Facilitator is already open for this user: asked its window to come forward")
            print("Facilitator is already open: its window comes to the front.", file=sys.stderr)
            reporter.uninstall()
            return 0
    icons.warm_up()  # ~20 ms: the toolbar is drawn with its icons from the first paint
    try:
        # Imported here: ``facilitator present`` needs create_application, not the library's
        # screens (about 0.2 s of imports).
        from .main_window import MainWindow

        window = MainWindow(settings, translations)
    except Exception as exc:
        # Nothing to keep running: log the traceback, say so calmly, and stop.
        log.exception("the main window could not be built")
        if smoke_test:
            print(f"main window NOT shown: {type(exc).__name__}: {exc}", file=sys.stderr)
        else:
            from .error_dialog import CalmErrorDialog

            CalmErrorDialog(log_file(), at_start=True).exec()
        reporter.uninstall()
        return 1
    window.show()
    window.start()
    forward = come_forward_when_asked(window, lock)
    watch = StartWatch(window, started, smoke_test=smoke_test)
    restore_signals = end_on_signals(app, lambda: _end(window))
    try:
        code = app.exec()
    finally:
        restore_signals()
        reporter.uninstall()
        if lock is not None:
            lock.release()
        log.info("Facilitator stopped")
        logging.getLogger().removeHandler(handler)
        handler.close()
    del watch, forward
    return code
