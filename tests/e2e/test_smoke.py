"""The real entry point starts, shows its main window with the library, and quits cleanly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(tmp_path / "home")
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    return env


@pytest.mark.slow
def test_smoke_test_shows_the_main_window_and_exits_0(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "--smoke-test"],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "main window shown" in result.stdout.splitlines()
    log = (tmp_path / "home" / "logs" / "facilitator.log").read_text(encoding="utf-8")
    assert re.search(r"main window shown with the library after \d+ ms", log)
    assert "Traceback" not in log


@pytest.mark.slow
def test_start_up_never_loads_the_database_layer(tmp_path):
    code = (
        "import sys\n"
        "from facilitator.ui.app import run\n"
        "status = run(smoke_test=True)\n"
        "print('sqlmodel loaded:', 'sqlmodel' in sys.modules)\n"
        "sys.exit(status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(tmp_path),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "sqlmodel loaded: False" in result.stdout
