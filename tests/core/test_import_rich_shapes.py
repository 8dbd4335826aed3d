"""Charts, SmartArt and grouped shapes of a PowerPoint deck keep their text (issue 12): a chart
becomes a table of its numbers, SmartArt a list of its boxes, nested as they nest; the report says
what was simplified. Section names are kept as comments on each section's first slide."""

from __future__ import annotations

import sys
from pathlib import Path

from pptx import Presentation
from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE
from pptx.oxml import parse_xml
from pptx.util import Inches

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from sample_decks import P, add_smartart  # noqa: E402

from facilitator.core.importers import import_deck, read_deck  # noqa: E402
from facilitator.core.loader import load_item_file  # noqa: E402


def make_deck(path: Path) -> Path:
    deck = Presentation()
    chart_slide = deck.slides.add_slide(deck.slide_layouts[5])
    chart_slide.shapes.title.text = "Sleep and mood"
    data = CategoryChartData()
    data.categories = ["Monday", "Tuesday", "Wednesday"]
    data.add_series("Hours of sleep", (7.0, 5.5, 8.0))
    data.add_series("Mood", (6, 4, 7))
    graphic = chart_slide.shapes.add_chart(
        XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(2), Inches(6), Inches(4), data
    )
    graphic.chart.has_title = True
    graphic.chart.chart_title.text_frame.text = "A week of sleep"
    art_slide = deck.slides.add_slide(deck.slide_layouts[5])
    art_slide.shapes.title.text = "Three parts of the brain"
    add_smartart(
        art_slide,
        [
            ("1", "0", "Thinking brain"),
            ("2", "1", "Plans and words"),
            ("3", "0", "Feeling brain"),
            ("4", "0", "Survival brain"),
        ],
    )
    group_slide = deck.slides.add_slide(deck.slide_layouts[5])
    group_slide.shapes.title.text = "Grouped"
    group = group_slide.shapes.add_group_shape()
    box = group.shapes.add_textbox(Inches(1), Inches(2), Inches(3), Inches(1))
    box.text_frame.text = "Text inside a group"
    deck.save(str(path))
    return path


def test_a_chart_becomes_a_table_of_its_numbers_under_its_title(home, tmp_path):
    result = read_deck(make_deck(tmp_path / "Rich.pptx"))
    chart = result.slides[0]
    assert "A week of sleep" in chart.markdown
    assert "| Monday | 7 | 6 |" in chart.markdown
    assert "| Tuesday | 5.5 | 4 |" in chart.markdown
    assert "Hours of sleep | Mood" in chart.markdown
    assert any("chart became a table" in str(entry) for entry in chart.report.simplified)
    assert chart.report.dropped == []


def test_smartart_becomes_a_list_of_its_boxes_nested_as_they_nest(home, tmp_path):
    result = read_deck(make_deck(tmp_path / "Rich.pptx"))
    art = result.slides[1]
    assert "- Thinking brain\n  - Plans and words\n- Feeling brain\n- Survival brain" in (
        art.markdown
    )
    assert any("SmartArt became a list" in str(entry) for entry in art.report.simplified)
    assert art.report.dropped == []


def test_grouped_shapes_keep_their_text_and_the_deck_passes_the_loader(home, tmp_path):
    source = make_deck(tmp_path / "Rich.pptx")
    assert "Text inside a group" in read_deck(source).slides[2].markdown
    outcome = import_deck(source, tmp_path / "own")
    item, problems = load_item_file(outcome.written.file)
    assert item is not None and [p for p in problems if p.severity == "error"] == []
    assert len(item.slides) == 3


def add_sections(deck, sections: list[tuple[str, list[int]]]) -> None:
    """PowerPoint 2010's section list: each name with the 1-based slides it holds."""
    p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
    ids = [s.get("id") for s in deck.part._element.xpath("./p:sldIdLst/p:sldId")]
    body = "".join(
        f'<p14:section name="{name}" id="{{0000000{n}-0000-0000-0000-000000000000}}">'
        "<p14:sldIdLst>"
        + "".join(f'<p14:sldId id="{ids[number - 1]}"/>' for number in numbers)
        + "</p14:sldIdLst></p14:section>"
        for n, (name, numbers) in enumerate(sections)
    )
    ext = parse_xml(
        f'<p:extLst xmlns:p="{P}"><p:ext uri="{{521415D9-36F7-43E2-AB2F-B90AF26B5E84}}">'
        f'<p14:sectionLst xmlns:p14="{p14}">{body}</p14:sectionLst></p:ext></p:extLst>'
    )
    deck.part._element.append(ext)


def test_section_names_mark_each_sections_first_slide_and_the_deck_stays_one(home, tmp_path):
    deck = Presentation()
    for title in ("Welcome", "Agenda", "Exercise", "Wrap-up"):
        deck.slides.add_slide(deck.slide_layouts[5]).shapes.title.text = title
    add_sections(deck, [("Opening", [1, 2]), ("Practice --> here", [3, 4])])
    deck.save(str(tmp_path / "Sections.pptx"))
    outcome = import_deck(tmp_path / "Sections.pptx", tmp_path / "own")
    text = outcome.written.file.read_text(encoding="utf-8")
    assert "<!-- section: Opening -->" in text
    assert "<!-- section: Practice – &gt; here -->" in text
    item, _ = load_item_file(outcome.written.file)
    assert len(item.slides) == 4  # one deck: the sections are marked, not split
    assert [s.section for s in outcome.result.slides] == ["Opening", "", "Practice --> here", ""]
    (remark,) = outcome.result.remarks
    assert "Opening (1-2)" in str(remark)


def make_odp_with_chart(path: Path) -> Path:
    from odf.chart import Chart, PlotArea, Title
    from odf.draw import Frame, Object, Page, TextBox
    from odf.opendocument import OpenDocumentChart, OpenDocumentPresentation
    from odf.style import MasterPage, PageLayout, PageLayoutProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P as Paragraph

    doc = OpenDocumentPresentation()
    layout = PageLayout(name="Slide")
    layout.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm"))
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Master", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    chart_doc = OpenDocumentChart()
    chart = Chart(attributes={"class": "chart:bar"})
    title = Title()
    title.addElement(Paragraph(text="Calm days"))
    chart.addElement(title)
    chart.addElement(PlotArea())
    table = Table(name="local-table")
    for cells in (["", "Days"], ["Spring", "12"], ["Autumn", "9"]):
        row = TableRow()
        for value in cells:
            cell = TableCell()
            cell.addElement(Paragraph(text=value))
            row.addElement(cell)
        table.addElement(row)
    chart.addElement(table)
    chart_doc.chart.addElement(chart)
    page = Page(name="p1", masterpagename=master)
    heading = Frame(width="20cm", height="2cm", x="1cm", y="1cm", attributes={"class": "title"})
    box = TextBox()
    box.addElement(Paragraph(text="Over the year"))
    heading.addElement(box)
    page.addElement(heading)
    frame = Frame(width="20cm", height="10cm", x="1cm", y="4cm")
    frame.addElement(Object(href=doc.addObject(chart_doc)))
    page.addElement(frame)
    doc.presentation.addElement(page)
    doc.save(str(path))
    return path


def test_an_impress_chart_becomes_a_table_of_its_numbers(home, tmp_path):
    (slide,) = read_deck(make_odp_with_chart(tmp_path / "Chart.odp")).slides
    assert "Calm days" in slide.markdown
    assert "| Spring | 12 |" in slide.markdown and "| Autumn | 9 |" in slide.markdown
    assert any("chart became a table" in str(entry) for entry in slide.report.simplified)
    assert slide.report.dropped == []
