"""Starting Facilitator while its window is open brings that window forward instead of opening
a second one on the same data (two windows would each save the open plan over the other's)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(tmp_path / "home")
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    return env


def _log(tmp_path: Path) -> str:
    path = tmp_path / "home" / "logs" / "facilitator.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _wait_for(condition, seconds: float = 60.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_a_second_start_brings_the_open_window_forward_and_stops(tmp_path):
    env = _env(tmp_path)
    first = subprocess.Popen(
        [sys.executable, "-m", "facilitator"], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert _wait_for(lambda: "main window shown with the library" in _log(tmp_path))
        second = subprocess.run(
            [sys.executable, "-m", "facilitator"], env=env, cwd=ROOT,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert second.returncode == 0
        assert "already open" in second.stderr
        assert _wait_for(lambda: "asked the window to come forward" in _log(tmp_path), 10)
        assert _log(tmp_path).count("main window shown with the library") == 1
    finally:
        first.send_signal(signal.SIGTERM)  # ends cleanly and lets go of the lock
        first.wait(timeout=30)
    assert first.returncode == 0, first.stderr.read()

    # The window is closed: the next start opens one.
    again = subprocess.Popen(
        [sys.executable, "-m", "facilitator"], env=env, cwd=ROOT,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        assert _wait_for(lambda: _log(tmp_path).count("main window shown with the library") == 2)
    finally:
        again.send_signal(signal.SIGTERM)
        again.wait(timeout=30)
