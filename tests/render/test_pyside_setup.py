"""Qt for Python's per-module source scan is skipped (``facilitator.pyside_setup``), which is
only right while no module of the app opts in to PySide's ``__feature__`` switches."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "facilitator"


def test_no_module_uses_pyside_feature_switches():
    users = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if re.search(r"^\s*(from|import)\s+__feature__", path.read_text("utf-8"), re.MULTILINE)
    ]
    assert users == [], "pyside_setup's scan skip assumes no module uses __feature__"


def test_modules_imported_after_qt_are_not_read_for_their_source(tmp_path):
    """A module imported after the renderer is not opened by PySide's scan (it used to read
    every module's file: 15-35 ms of each start)."""
    (tmp_path / "late_module.py").write_text("VALUE = 'PySide6'\n", encoding="utf-8")
    code = (
        "import sys, linecache\n"
        f"sys.path.insert(0, {str(tmp_path)!r})\n"
        "import facilitator.render.check\n"
        "import late_module\n"
        "print(any(name.endswith('late_module.py') for name in linecache.cache))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
