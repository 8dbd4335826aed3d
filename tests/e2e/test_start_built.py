"""The real start shows the main window built: its first paint already has the toolbar's icons
and the search field's, in its final layout (no text-only toolbar that turns into icons)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Runs the app's own start (ui.app.run) and notes what the window looks like at its first paint.
PROBE = """
import sys
from PySide6.QtCore import QEvent, QObject
from facilitator.ui import main_window

seen = {}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            window = watched
            seen["page buttons with icons"] = sum(
                not b.icon().isNull() for b in window.page_buttons
            )
            seen["page buttons"] = len(window.page_buttons)
            seen["search icon"] = window.browser.search_bar.field.actions() != []
        return False


probe = FirstPaint()
Built = main_window.MainWindow


class Watched(Built):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.installEventFilter(probe)


main_window.MainWindow = Watched
from facilitator.ui.app import run

status = run(smoke_test=True)
print("SEEN", seen)
sys.exit(status)
"""


@pytest.mark.slow
def test_the_first_paint_of_the_main_window_has_every_icon(tmp_path):
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACILITATOR_HOME"] = str(tmp_path / "home")
    env["FACILITATOR_SITE_CONFIG"] = str(tmp_path / "site.toml")
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    line = next(text for text in result.stdout.splitlines() if text.startswith("SEEN"))
    seen = eval(line.removeprefix("SEEN "))  # a dict of plain values, printed above
    assert seen["page buttons"] == 4
    assert seen["page buttons with icons"] == 4
    assert seen["search icon"]
