"""Hostile SmartArt and charts: a diagram whose links run in a circle, or whose boxes are their
own parents, and a chart with far more rows than a slide shows, import in bounded time and size,
and the report says what was left out."""

from __future__ import annotations

import sys
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Inches

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from sample_decks import add_smartart  # noqa: E402

from facilitator.core.importers import read_deck  # noqa: E402


def test_smartart_links_in_a_circle_list_each_box_once(home, tmp_path):
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    # 1 -> 2 -> 3 -> 1, and 4 its own parent, unreachable from the document point.
    add_smartart(slide, [("1", "0", "One"), ("2", "1", "Two"), ("3", "2", "Three")])
    add_smartart(deck.slides.add_slide(deck.slide_layouts[6]), [("4", "4", "Alone")])
    part = slide.part.related_part(
        slide.shapes._spTree[-1]
        .xpath(".//*[local-name()='relIds']")[0]
        .get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm")
    )
    part._blob = part.blob.replace(
        b"</dgm:cxnLst>", b'<dgm:cxn modelId="x" srcId="3" destId="1"/></dgm:cxnLst>'
    )
    deck.save(str(tmp_path / "circle.pptx"))
    first, second = read_deck(tmp_path / "circle.pptx").slides
    assert first.markdown.count("One") == 1 and first.markdown.count("Three") == 1
    assert "- Alone" in second.markdown


def test_a_chart_with_thousands_of_rows_keeps_thirty_and_says_so(home, tmp_path):
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    data = CategoryChartData()
    data.categories = [f"Day {n}" for n in range(1, 2001)]
    data.add_series("Steps", range(2000))
    slide.shapes.add_chart(XL_CHART_TYPE.LINE, Inches(1), Inches(1), Inches(6), Inches(4), data)
    deck.save(str(tmp_path / "long.pptx"))
    (imported,) = read_deck(tmp_path / "long.pptx").slides
    assert "| Day 30 |" in imported.markdown and "| Day 31 |" not in imported.markdown
    assert imported.report.as_dict()["dropped"] == ["the chart's rows after the first 30"]
