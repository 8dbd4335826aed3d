"""``--smoke-test`` that fails says why on stderr and stops, instead of waiting on a dialog."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

BROKEN_LOAD = (
    "import sys\n"
    "from facilitator.ui.library import controller\n"
    "def load(self):\n"
    "    raise RuntimeError('the library exploded')\n"
    "controller.LibraryController.load = load\n"
    "from facilitator.ui.app import run\n"
    "sys.exit(run(smoke_test=True))\n"
)
BROKEN_WINDOW = (
    "import sys\n"
    "from facilitator.ui import main_window\n"
    "def build(self, *args, **kwargs):\n"
    "    raise ImportError('half-written screen')\n"
    "main_window.MainWindow.__init__ = build\n"
    "from facilitator.ui.app import run\n"
    "sys.exit(run(smoke_test=True))\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (BROKEN_LOAD, "RuntimeError: the library exploded"),
        (BROKEN_WINDOW, "ImportError: half-written screen"),
    ],
)
def test_a_failing_start_prints_the_reason_and_exits_1(tmp_path, code, reason):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACILITATOR_HOME=str(tmp_path / "home"))
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=25,  # the check's own time-out is 30 s: the reason must come before it
    )
    assert result.returncode == 1
    assert "main window shown" not in result.stdout
    assert f"main window NOT shown: {reason}" in result.stderr
