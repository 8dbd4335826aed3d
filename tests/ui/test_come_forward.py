"""The open window keeps hearing a second start's request to come forward, also after the
file it watches was deleted (a clean-up tool, a sync client) and made again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.core import instance
from facilitator.ui.app import come_forward_when_asked


class Window(QWidget):
    raised = 0

    def raise_(self) -> None:
        self.raised += 1


def test_the_window_comes_forward_after_its_raise_file_was_deleted(qtbot, tmp_path):
    lock = instance.acquire(tmp_path)
    assert lock is not None
    window = Window()
    qtbot.addWidget(window)
    watcher = come_forward_when_asked(window, lock)
    assert watcher is not None
    try:
        with qtbot.waitSignal(watcher.fileChanged, timeout=10000):
            lock.raise_file.unlink()
        assert window.raised == 0  # a deleted file is no request
        assert str(lock.raise_file) in watcher.files()  # made again and watched

        assert instance.ask_to_come_forward(tmp_path)  # the next start
        qtbot.waitUntil(lambda: window.raised == 1, timeout=10000)
    finally:
        lock.release()
