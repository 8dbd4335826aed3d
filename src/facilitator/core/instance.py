"""One Facilitator window per user data folder.

Two windows on the same data would each keep the open plan and save it after every edit: the
one saved last would quietly undo what was typed in the other. So the window takes a lock on
``facilitator.lock`` in the data folder for as long as it runs. A second start finds it taken,
asks the first window to come to the front (it writes the time into ``facilitator.raise``, which
the first window watches) and stops. The lock is the operating system's (``flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows): it goes with the process, so a crash or a kill -9 leaves
nothing stale behind. No Qt here; ``ui/app.py`` does the watching.

``facilitator present`` and the other commands do not take the lock: they open no planner.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import time
from pathlib import Path
from typing import IO

LOCK_FILE = "facilitator.lock"
RAISE_FILE = "facilitator.raise"


class InstanceLock:
    """Held while the window runs; :meth:`release` (or the process ending) lets it go."""

    def __init__(self, handle: IO[bytes], folder: Path, *, held: bool = True) -> None:
        self._handle = handle
        self.folder = folder
        self.held = held  # False: the folder gives no lock, and nothing is guarded

    @property
    def raise_file(self) -> Path:
        return self.folder / RAISE_FILE

    def release(self) -> None:
        if self._handle.closed:
            return
        try:
            if self.held:
                with contextlib.suppress(OSError):  # closing the handle lets go of it anyway
                    _unlock(self._handle)
        finally:
            self._handle.close()


def acquire(folder: Path) -> InstanceLock | None:
    """The lock of ``folder``, or None when another window of this user holds it. A folder that
    cannot be written gives a lock that guards nothing (the app must still start; the records
    say for themselves what is wrong with the folder)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / LOCK_FILE, "a+b")  # noqa: SIM115 (held for the app's lifetime)
    except OSError:
        return InstanceLock(open(os.devnull, "a+b"), folder, held=False)  # noqa: SIM115
    try:
        _lock(handle)
    except BlockingIOError:
        handle.close()
        return None
    except OSError:  # a file system without locks (some network drives): guard nothing
        return InstanceLock(handle, folder, held=False)
    with contextlib.suppress(OSError):  # a folder without write permission: nothing to watch
        (folder / RAISE_FILE).touch(exist_ok=True)  # there to be watched
    return InstanceLock(handle, folder)


def ask_to_come_forward(folder: Path) -> bool:
    """Tell the window holding ``folder``'s lock to come to the front; False if that cannot be
    written."""
    try:
        (folder / RAISE_FILE).write_text(f"{time.time():.3f}\n", encoding="utf-8")
    except OSError:
        return False
    return True


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            # Taken (EACCES): the same answer as flock's. Any other error (a file system
            # without locks) must not send the user away with "already open".
            if exc.errno in (errno.EACCES, getattr(errno, "EDEADLOCK", errno.EDEADLK)):
                raise BlockingIOError(str(exc)) from None
            raise

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
