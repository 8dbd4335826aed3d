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
