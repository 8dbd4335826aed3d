"""Work off the GUI thread: its result (or its error) comes back on the GUI thread."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject

from facilitator.ui.background import in_background


def test_the_result_comes_back_on_the_gui_thread(qtbot):
    parent = QObject()
    ran_on: list[str] = []
    got: list[tuple[int, str]] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    in_background(
        work, lambda r: got.append((r, threading.current_thread().name)), parent, what="w"
    )
    qtbot.waitUntil(lambda: bool(got))
    assert ran_on == ["w"]
    assert got == [(42, threading.main_thread().name)]


def test_an_error_goes_to_failed_or_to_the_log(qtbot, caplog):
    parent = QObject()
    errors: list[BaseException] = []

    def work() -> None:
        raise OSError("disk gone")

    in_background(work, lambda _r: errors.append(None), parent, what="w", failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], OSError)
    with caplog.at_level(logging.ERROR):
        in_background(work, lambda _r: errors.append(None), parent, what="load the library")
        qtbot.waitUntil(lambda: "load the library failed" in caplog.text)
    assert "disk gone" in caplog.text and len(errors) == 1
