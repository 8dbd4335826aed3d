"""The core is a library you could ship without Qt."""

import subprocess
import sys


def test_core_imports_without_qt():
    code = (
        "import sys, pkgutil, importlib, facilitator.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__):\n"
        "    importlib.import_module('facilitator.core.' + m.name)\n"
        "qt = ('PySide6', 'shiboken6', 'qtpy')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in qt)\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_check_content_without_render_never_loads_qt(tmp_path):
    code = (
        "import sys\nfrom facilitator.cli import main\n"
        f"main(['check-content', '--no-render', {str(tmp_path)!r}])\n"
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip().endswith("NOQT"), out.stderr
