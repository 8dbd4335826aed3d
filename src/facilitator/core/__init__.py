"""The Qt-free core: content model, loader, validation, search, plans, settings and paths.

Nothing in this package may import PySide6; ``tests/core/test_no_qt.py`` proves it.
"""
