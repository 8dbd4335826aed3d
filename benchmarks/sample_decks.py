"""Decks made by the programs' own libraries, for the import benchmarks and tests (issue 12).

- :func:`make_pptx`: python-pptx; a title slide, then title-and-content slides with two list
  levels, a table on slide 5 and a picture on slide 7, notes on every slide, hidden slides.
- :func:`make_odp`: odfpy; titles, nested lists, a picture, a table, notes, a hidden page.
- :func:`make_pdf`: the app's own PDF export, with a pdfpc notes file beside it.
- :func:`make_marp`: a Marp deck with notes comments, a lead slide and local pictures.
- :func:`add_smartart`: a SmartArt diagram's text on a python-pptx slide.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

PRESENTATION_NS = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"


def png(colour: tuple[int, int, int] = (200, 60, 40), size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def make_pptx(path: Path, slides: int = 10, hidden: Iterable[int] = (4,)) -> Path:
    """``hidden`` holds 1-based slide numbers."""
    from pptx import Presentation
    from pptx.util import Inches

    hidden = set(hidden)
    deck = Presentation()
    deck.core_properties.title = "Sample deck"
    for number in range(1, slides + 1):
        if number == 1:
            slide = deck.slides.add_slide(deck.slide_layouts[0])
            slide.shapes.title.text = "Sample deck"
            slide.placeholders[1].text = "Made with python-pptx"
        else:
            slide = deck.slides.add_slide(deck.slide_layouts[1])
            slide.shapes.title.text = f"Point {number}"
            frame = slide.placeholders[1].text_frame
            frame.text = f"First point of slide {number}"
            sub = frame.add_paragraph()
            sub.text = "A second-level point"
            sub.level = 1
            frame.add_paragraph().text = "Another first-level point"
        if number == 5:
            table = slide.shapes.add_table(2, 2, Inches(1), Inches(5), Inches(4), Inches(1)).table
            for (row, col), text in {(0, 0): "When", (0, 1): "What", (1, 0): "9:00"}.items():
                table.cell(row, col).text = text
            table.cell(1, 1).text = "Welcome"
        if number == 7:
            slide.shapes.add_picture(io.BytesIO(png()), Inches(6), Inches(2))
        slide.notes_slide.notes_text_frame.text = f"Speaker note {number}: ask the group."
        if number in hidden:
            slide._element.set("show", "0")
    deck.save(str(path))
    return path


def make_odp(path: Path, slides: int = 6, hidden: Iterable[int] = (3,)) -> Path:
    """``hidden`` holds 1-based page numbers."""
    from odf.draw import Frame, Image, Page, TextBox
    from odf.opendocument import OpenDocumentPresentation
    from odf.presentation import Notes
    from odf.style import DrawingPageProperties, MasterPage, PageLayout, PageLayoutProperties, Style
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import List, ListItem, P

    hidden = set(hidden)
    doc = OpenDocumentPresentation()
    layout = PageLayout(name="Slide")
    layout.addElement(PageLayoutProperties(pagewidth="28cm", pageheight="15.75cm"))
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Master", pagelayoutname=layout)
    doc.masterstyles.addElement(master)
    hide = Style(name="hidden-page", family="drawing-page")
    hide.addElement(DrawingPageProperties(visibility="hidden"))
    doc.automaticstyles.addElement(hide)
    picture = doc.addPicture("Pictures/sample.png", "image/png", png((30, 90, 200)))

    def frame(role: str = "", **size: str) -> Frame:
        made = Frame(**size)
        if role:
            made.attributes[(PRESENTATION_NS, "class")] = role
        return made

    for number in range(1, slides + 1):
        style = {"stylename": hide} if number in hidden else {}
        page = Page(masterpagename=master, **style)
        doc.presentation.addElement(page)
        title = frame("title", width="24cm", height="3cm", x="2cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=f"Impress slide {number}"))
        title.addElement(box)
        page.addElement(title)
        body = frame("outline", width="24cm", height="9cm", x="2cm", y="4cm")
        box, outer, entry, inner, sub = TextBox(), List(), ListItem(), List(), ListItem()
        entry.addElement(P(text="Outer point"))
        sub.addElement(P(text="Inner point"))
        inner.addElement(sub)
        entry.addElement(inner)
        outer.addElement(entry)
        box.addElement(outer)
        body.addElement(box)
        page.addElement(body)
        if number == 2:
            holder = frame(width="8cm", height="6cm", x="18cm", y="6cm")
            holder.addElement(Image(href=picture))
            page.addElement(holder)
        if number == 4:
            holder = frame(width="10cm", height="3cm", x="2cm", y="11cm")
            table = Table()
            table.addElement(TableColumn(numbercolumnsrepeated=2))
            for cells in (("Name", "Value"), ("a", "1")):
                row = TableRow()
                for text in cells:
                    cell = TableCell()
                    cell.addElement(P(text=text))
                    row.addElement(cell)
                table.addElement(row)
            holder.addElement(table)
            page.addElement(holder)
        notes = Notes()
        holder = frame("notes", width="20cm", height="10cm", x="1cm", y="1cm")
        box = TextBox()
        box.addElement(P(text=f"Impress note {number}"))
        holder.addElement(box)
        notes.addElement(holder)
        page.addElement(notes)
    doc.save(str(path))
    return path


def make_pdf(path: Path, slides: int = 5, pdfpc: bool = True) -> Path:
    """A PDF written by the app's own export (needs Qt's GUI module), and ``NAME.pdfpc``."""
    from facilitator.core.loader import split_slides
    from facilitator.render.check import ensure_gui_application
    from facilitator.render.pdf import export_slides_pdf
    from facilitator.render.theme import get_theme

    ensure_gui_application()
    body = "\n\n---\n\n".join(
        f"# Page {n}\n\n- findable word{n}x\n- another point" for n in range(1, slides + 1)
    )
    export_slides_pdf(split_slides(body), path, get_theme("light"), title="Sample PDF")
    if pdfpc:
        pages = [
            {"idx": n - 1, "label": str(n), "overlay": 0, "note": f"pdfpc note {n}"}
            for n in range(1, slides + 1)
        ]
        notes = {"pdfpcFormat": 2, "pages": pages}
        path.with_suffix(".pdfpc").write_text(json.dumps(notes), encoding="utf-8")
    return path


def make_marp(folder: Path) -> Path:
    """A five-slide Marp deck in ``folder`` with its pictures in ``folder/img``."""
    (folder / "img").mkdir(parents=True, exist_ok=True)
    (folder / "img" / "green.png").write_bytes(png((20, 160, 60)))
    (folder / "img" / "sky.png").write_bytes(png((90, 160, 230), (160, 90)))
    deck = folder / "talk.md"
    deck.write_text(
        "---\nmarp: true\ntheme: gaia\npaginate: true\ntitle: A Marp talk\n---\n\n"
        "<!-- _class: lead -->\n# A Marp talk\n\nWith notes\n\n<!-- Welcome everyone. -->\n\n"
        "---\n\n## A picture\n\n![w:300](img/green.png)\n\n"
        "<!--\nA note on two lines\nwith --- no split.\n-->\n\n"
        "---\n\n![bg](img/sky.png)\n\n## On a background\n\n<!-- The sky note. -->\n\n"
        "---\n\n![bg left](img/green.png)\n\n## Beside a picture\n\n- one\n- two\n\n"
        "<!-- Side note. -->\n\n"
        "---\n\n## The end\n\nThanks\n\n<!-- Close the day. -->\n",
        encoding="utf-8",
    )
    return deck


DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DIAGRAM_DATA = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData"


def smartart_data(boxes: list[tuple[str, str, str]]) -> bytes:
    """A SmartArt data part: (id, parent id, text) boxes under the document point '0' (python-pptx
    cannot make SmartArt; PowerPoint keeps the boxes' text here)."""
    points = ['<dgm:pt modelId="0" type="doc"><dgm:prSet/><dgm:spPr/></dgm:pt>']
    links = []
    for order, (ident, parent, text) in enumerate(boxes):
        points.append(
            f'<dgm:pt modelId="{ident}"><dgm:prSet/><dgm:spPr/><dgm:t><a:bodyPr/>'
            f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p></dgm:t></dgm:pt>"
        )
        links.append(
            f'<dgm:cxn modelId="c{ident}" srcId="{parent}" destId="{ident}" srcOrd="{order}"/>'
        )
    return (
        f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}"><dgm:ptLst>{"".join(points)}'
        f"</dgm:ptLst><dgm:cxnLst>{''.join(links)}</dgm:cxnLst></dgm:dataModel>"
    ).encode()


def add_smartart(slide: Any, boxes: list[tuple[str, str, str]]) -> None:
    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI
    from pptx.oxml import parse_xml

    part = Part(
        PackURI(f"/ppt/diagrams/data{id(slide)}.xml"),
        "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
        slide.part.package,
        smartart_data(boxes),
    )
    rid = slide.part.relate_to(part, DIAGRAM_DATA)
    frame = parse_xml(
        f'<p:graphicFrame xmlns:p="{P}" xmlns:a="{A}" xmlns:r="{R}" xmlns:dgm="{DGM}">'
        '<p:nvGraphicFramePr><p:cNvPr id="90" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><p:xfrm><a:off x="914400" y="1828800"/>'
        '<a:ext cx="6096000" cy="3048000"/></p:xfrm><a:graphic>'
        f'<a:graphicData uri="{DGM}"><dgm:relIds r:dm="{rid}" r:lo="" r:qs="" r:cs=""/>'
        "</a:graphicData></a:graphic></p:graphicFrame>"
    )
    slide.shapes._spTree.append(frame)
