"""Fixtures for the slide renderer tests: a deck folder with real images, pixel helpers."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # tests/conftest.py sets it too

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402


@pytest.fixture(scope="session")
def _pictures(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pictures")
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#d01010"))
    assert image.save(str(folder / "rod.png"))
    huge = QImage(4000, 3000, QImage.Format.Format_RGB32)
    huge.fill(QColor("#10a010"))
    painter = QPainter(huge)
    painter.fillRect(QRect(0, 0, 4000, 100), QColor("#1010d0"))
    painter.end()
    assert huge.save(str(folder / "stor.jpg"))
    return folder


@pytest.fixture
def deck_dir(tmp_path: Path, _pictures: Path) -> Path:
    """A deck folder with ``billeder/rod.png`` (solid red, 800x600) and ``billeder/stor.jpg``
    (4000x3000, green) beside the Markdown."""
    folder = tmp_path / "modul"
    (folder / "billeder").mkdir(parents=True)
    for picture in _pictures.iterdir():
        shutil.copy(picture, folder / "billeder" / picture.name)
    return folder
