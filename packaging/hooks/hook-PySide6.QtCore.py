# Overrides PyInstaller's hook for PySide6.QtCore: the same collection, minus unused plugins and
# languages (see qt_trim.py).
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from qt_trim import collect  # noqa: E402

hiddenimports, binaries, datas = collect(__file__)
