"""Qt for Python, set up once before the app's own Qt modules load: ``render.check`` (where the
commands enter the renderer) and the ``ui`` package import this first.

After QtCore is imported, PySide6 looks at every module imported later for the text "PySide6" in
its source (``shibokensupport.feature._mod_uses_pyside``, which serves its opt-in
``from __feature__ import snake_case``): it reads and splits each module's file, about 130
modules for an export and 200 for a presentation, 15-35 ms of every start here. Facilitator never
uses ``__feature__`` (a test checks), and a frozen bundle has no sources, so PySide already answers
"no" for every module in the bundle: this gives an installed app the same answer without reading
the files. Without that private function (another PySide6), nothing is changed.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)


def _no_source_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = lambda _module: False  # type: ignore[attr-defined]


_no_source_scan()
