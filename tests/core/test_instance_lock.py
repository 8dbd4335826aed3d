"""One window per user's data: the second start finds the lock taken, a crash leaves no stale
lock, and the request to come forward reaches the file the first window watches."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from facilitator.core import instance


def test_a_second_start_finds_the_lock_taken_until_the_first_lets_go(tmp_path):
    first = instance.acquire(tmp_path)
    assert first is not None
    assert instance.acquire(tmp_path) is None
    first.release()
    again = instance.acquire(tmp_path)
    assert again is not None
    again.release()


def test_a_killed_window_leaves_no_stale_lock(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\nfrom pathlib import Path\nfrom facilitator.core import instance\n"
            f"lock = instance.acquire(Path({str(tmp_path)!r}))\n"
            "print('held' if lock else 'taken', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert instance.acquire(tmp_path) is None
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
    lock = instance.acquire(tmp_path)
    assert lock is not None  # the system let go of it with the process
    lock.release()


def test_asking_to_come_forward_changes_the_watched_file(tmp_path):
    lock = instance.acquire(tmp_path)
    assert lock is not None and lock.raise_file.exists()
    before = lock.raise_file.stat().st_mtime_ns
    time.sleep(0.01)
    assert instance.ask_to_come_forward(tmp_path)
    assert lock.raise_file.stat().st_mtime_ns != before or lock.raise_file.read_text().strip()
    lock.release()


def test_a_data_folder_that_cannot_be_made_or_written_still_lets_the_window_start(tmp_path):
    """The records say for themselves what is wrong with the folder; the window must open."""
    (tmp_path / "a-file").write_text("not a folder")
    lock = instance.acquire(tmp_path / "a-file" / "data")  # mkdir fails: NotADirectoryError
    assert lock is not None
    lock.release()

    folder = tmp_path / "data"
    folder.mkdir()
    # The raise file cannot be made (as in a folder without write permission, where the lock
    # file was there already): a link to a folder that does not exist.
    (folder / instance.RAISE_FILE).symlink_to(tmp_path / "missing" / "raise")
    lock = instance.acquire(folder)
    assert lock is not None
    assert instance.acquire(folder) is None  # the lock itself still holds
    lock.release()


def windows_instance(monkeypatch, locking):
    """core/instance.py as loaded on Windows, with ``msvcrt.locking`` played by ``locking``."""
    import importlib.util
    import types

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    spec = importlib.util.spec_from_file_location("instance_on_windows", instance.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_on_windows_only_a_taken_lock_means_another_window(tmp_path, monkeypatch):
    """msvcrt.locking raises OSError for a taken lock (EACCES) and for a file system that has
    no locks: only the first may send the user away with 'already open', and letting go of a
    lock never taken must not fail as the app closes."""
    import errno

    def taken(_fd, mode, _size):
        raise PermissionError(errno.EACCES, "Permission denied")

    assert windows_instance(monkeypatch, taken).acquire(tmp_path) is None

    def no_locks_here(_fd, mode, _size):
        raise OSError(errno.EINVAL, "Invalid argument")

    lock = windows_instance(monkeypatch, no_locks_here).acquire(tmp_path)
    assert lock is not None  # the window starts, unguarded
    lock.release()
