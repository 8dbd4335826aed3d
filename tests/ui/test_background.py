"""Work off the GUI thread: its result (or its error) comes back on the GUI thread."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject

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


def test_progress_comes_back_in_order_and_cancel_stops_the_work(qtbot):
    from facilitator.ui.background import start_job

    parent = QObject()
    seen: list[tuple[int, int, str]] = []
    got: list[int] = []
    go_on = threading.Event()

    def work(job) -> int:
        done = 0
        for n in range(1, 1000):
            if job.cancelled:
                break
            job.report(n, 999)
            done = n
            if n == 3:
                go_on.wait(10)  # the test cancels while the work waits here
        return done

    job = start_job(
        work,
        got.append,
        parent,
        what="count",
        progress=lambda n, total: seen.append((n, total, threading.current_thread().name)),
    )
    qtbot.waitUntil(lambda: len(seen) == 3)
    job.cancel()
    go_on.set()
    qtbot.waitUntil(lambda: bool(got))
    assert got == [3]  # stopped at its next look at ``cancelled``
    assert [n for n, _t, _name in seen] == [1, 2, 3]
    assert {name for _n, _t, name in seen} == {threading.main_thread().name}


def test_nothing_is_called_once_the_parent_is_gone(qtbot):
    parent = QObject()
    got: list[int] = []
    release = threading.Event()

    def work() -> int:
        release.wait(10)
        return 1

    in_background(work, got.append, parent, what="late")
    (thread,) = [t for t in threading.enumerate() if t.name == "late"]
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    thread.join(10)  # the result was handed over (or dropped) before the thread ended
    QCoreApplication.processEvents()  # any call it queued is delivered now
    assert got == []


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
