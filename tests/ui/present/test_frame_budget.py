"""The audience's pre-rendered frames stay within a memory budget, whatever the screen's size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter

from facilitator.core.model import Slide
from facilitator.ui.present.frames import BUDGET_BYTES, MIN_FRAMES, FrameCache


class CountingPainter:
    def __init__(self) -> None:
        self.painted: list[int] = []

    def paint(self, painter: QPainter, slide: Slide, rect: QRectF) -> None:
        self.painted.append(slide.index)

    def image(self, slide, size):  # pragma: no cover - not used by the frame cache
        raise AssertionError


SLIDES = [Slide(markdown=f"## {n}", index=n) for n in range(10)]


def frames(size: QSize) -> tuple[FrameCache, CountingPainter]:
    painter = CountingPainter()
    cache = FrameCache(painter)
    cache.resize(size)
    return cache, painter


def test_full_hd_keeps_three_frames_and_the_most_wanted(qapp):
    cache, painter = frames(QSize(1920, 1080))
    current, pause, following, behind, later = SLIDES[3], SLIDES[9], SLIDES[4], SLIDES[2], SLIDES[5]
    cache.warm([current, pause, following, behind, later])
    assert painter.painted == [3, 9, 4]  # the two extras would only push these out
    assert len(cache) == 3 and BUDGET_BYTES >= 3 * 1920 * 1080 * 4
    cache.frame(SLIDES[0])  # a jump: drawn at once, the oldest frame goes
    assert len(cache) == 3
    painter.painted.clear()
    cache.warm([SLIDES[0], pause, SLIDES[1]])
    assert painter.painted == [1]  # the pause screen was kept


def test_a_4k_projector_still_gets_the_current_and_the_next_frame(qapp):
    cache, painter = frames(QSize(3840, 2160))
    cache.warm(SLIDES[:5])
    assert len(cache) == MIN_FRAMES and painter.painted == [0, 1]


def test_a_small_window_keeps_more_frames_in_the_same_budget(qapp):
    cache, painter = frames(QSize(960, 540))
    cache.warm(SLIDES[:5])
    assert len(cache) == 5 and painter.painted == [0, 1, 2, 3, 4]
