"""PowerPoint (.pptx) decks, read with python-pptx after the zip is checked (see guard.py).

Kept: titles, body text with list levels, subtitles, tables, pictures (copied beside the item),
speaker notes, hidden slides, slide order, section names (a comment on a section's first slide).
Simplified, and listed: free-placed text boxes and grouped shapes become paragraphs, a chart
becomes a table of its numbers, SmartArt becomes a list of its text. Dropped, and listed: media,
embedded objects, and charts or SmartArt without text, drawn shapes without text.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from . import guard
from . import markdown_text as md
from .result import ImportedSlide, ImportRefused, ImportResult, SlideReport

_TITLES = {"TITLE", "CENTER_TITLE", "VERTICAL_TITLE"}
_SKIPPED_PLACEHOLDERS = {"DATE", "FOOTER", "HEADER", "SLIDE_NUMBER"}


def read_pptx(path: Path) -> ImportResult:
    data = guard.read_checked(path)
    archive = guard.open_zip(path, data, "PowerPoint (.pptx)")
    if "ppt/presentation.xml" not in archive.namelist():
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "not a PowerPoint (.pptx) file (it has no presentation part)"
            ),
        )
    from pptx import Presentation

    try:
        presentation = Presentation(io.BytesIO(data))
        slides = list(presentation.slides)
    except Exception as error:  # python-pptx raises many kinds for a damaged package
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "the file is damaged and cannot be read ({error})"
            ).format(error=str(error)),
        ) from None
    guard.check_slide_count(path, len(slides))
    if not slides:
        raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "the deck has no slides"))
    result = ImportResult(source=path, kind="pptx", title="", digest=guard.digest(data))
    for number, slide in enumerate(slides, 1):
        try:
            result.slides.append(_slide(slide, number, result, path))
        except ImportRefused:
            raise
        except Exception as error:
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP("ImportReport", "slide {number} cannot be read ({error})").format(
                    number=number, error=str(error)
                ),
            ) from None
    title = ""
    try:
        title = (presentation.core_properties.title or "").strip()
    except Exception:
        title = ""
    result.title = title or result.slides[0].title or path.stem
    sections = _sections(presentation)
    for name, first, _last in sections:
        slide = result.slides[first - 1]
        slide.section = slide.section or name
    if sections:
        named = ", ".join(f"{name} ({first}-{last})" for name, first, last in sections)
        result.remarks.append(
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "sections in the original (kept as one deck, each marked on its first slide): "
                "{sections}",
            ).format(sections=named)
        )
    return result


def _slide(slide: Any, number: int, result: ImportResult, path: Path) -> ImportedSlide:
    report = SlideReport()
    layout_name = (slide.slide_layout.name or "").casefold()
    title = ""
    layout = "content"
    blocks: list[str] = []
    pictures: list[str] = []
    for shape in _ordered(slide.shapes):
        kind = _placeholder(shape)
        if kind in _SKIPPED_PLACEHOLDERS:
            continue
        if kind in _TITLES and not title and shape.has_text_frame:
            title = " ".join(shape.text_frame.text.split())
            if kind == "CENTER_TITLE":
                layout = "title"
            continue
        _shape(shape, kind, blocks, pictures, report, result, path, number)
    if "section" in layout_name:
        layout = "section"
    elif "title slide" in layout_name:
        layout = "title"
    if title:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "title"))
    if len(pictures) == 1 and layout == "content":
        layout = "image"
    elif len(pictures) > 1:
        report.simplified.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "{count} pictures are shown one after the other"
            ).format(count=len(pictures))
        )
    body = [md.heading(title)] if title else []
    body += blocks
    markdown = "\n\n".join(b for b in body if b.strip())
    if not markdown.strip():
        markdown = md.heading(f"Slide {number}", 2)
        report.simplified.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "nothing on the slide could be kept; it shows its number"
            )
        )
    notes = ""
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        notes = md.notes(frame.text) if frame is not None else ""
        if notes:
            report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "speaker notes"))
    hidden = slide._element.get("show") in ("0", "false")
    if hidden:
        report.kept.append(md.HIDDEN_KEPT)
    return ImportedSlide(markdown, notes, layout, hidden, report=report)


def _ordered(shapes: Any) -> list[Any]:
    """Shapes top to bottom, left to right (the order a reader takes them in)."""
    return sorted(shapes, key=lambda s: ((s.top or 0) // 50000, s.left or 0))


def _placeholder(shape: Any) -> str:
    if not getattr(shape, "is_placeholder", False):
        return ""
    try:
        return str(shape.placeholder_format.type.name)
    except Exception:
        return ""


def _shape(
    shape: Any,
    kind: str,
    blocks: list[str],
    pictures: list[str],
    report: SlideReport,
    result: ImportResult,
    path: Path,
    number: int,
) -> None:
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    shape_type = _type(shape)
    if shape_type == MSO_SHAPE_TYPE.GROUP:
        texts = [t for t in (_all_text(s) for s in _ordered(shape.shapes)) if t]
        if texts:
            blocks.extend(md.escape(t) for t in texts)
            report.simplified.append(
                QT_TRANSLATE_NOOP("ImportReport", "grouped shapes became paragraphs of text")
            )
        else:
            report.dropped.append(
                QT_TRANSLATE_NOOP("ImportReport", "a group of drawn shapes (no text)")
            )
        return
    if getattr(shape, "has_table", False):
        rows = [[cell.text for cell in row.cells] for row in shape.table.rows]
        blocks.append(md.table(rows))
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "table"))
        return
    if getattr(shape, "has_chart", False):
        _chart(shape, blocks, report)
        return
    if shape_type == MSO_SHAPE_TYPE.PICTURE or hasattr(shape, "image"):
        _picture(shape, blocks, pictures, report, result, number)
        return
    if shape.__class__.__name__ == "GraphicFrame":
        if _is_smartart(shape):
            _smartart(shape, blocks, report)
        else:
            report.dropped.append(
                QT_TRANSLATE_NOOP("ImportReport", "an embedded object (cannot be shown)")
            )
        return
    if shape_type in (MSO_SHAPE_TYPE.MEDIA,) or kind == "MEDIA_CLIP":
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "a video or sound (cannot be played)")
        )
        return
    if not getattr(shape, "has_text_frame", False) or not shape.text_frame.text.strip():
        if not kind:
            report.dropped.append(QT_TRANSLATE_NOOP("ImportReport", "a drawn shape without text"))
        return
    frame = shape.text_frame
    if kind in ("BODY", "OBJECT", "VERTICAL_BODY", "VERTICAL_OBJECT"):
        lines = [md.bullet(p.text, min(p.level, 3)) for p in frame.paragraphs if p.text.strip()]
        blocks.append("\n".join(lines))
        nested = any(p.level for p in frame.paragraphs)
        report.kept.append(
            QT_TRANSLATE_NOOP("ImportReport", "list")
            if nested
            else QT_TRANSLATE_NOOP("ImportReport", "body text")
        )
        if any(p.level > 3 for p in frame.paragraphs):
            report.simplified.append(
                QT_TRANSLATE_NOOP(
                    "ImportReport", "list levels deeper than four became the fourth level"
                )
            )
        return
    paragraphs = [md.escape(p.text) for p in frame.paragraphs if p.text.strip()]
    blocks.append("\n\n".join(paragraphs))
    if kind == "SUBTITLE":
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "subtitle"))
    elif kind:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "text"))
    else:
        report.simplified.append(
            QT_TRANSLATE_NOOP("ImportReport", "a free-placed text box became a paragraph")
        )


def _type(shape: Any) -> Any:
    try:
        return shape.shape_type
    except Exception:  # python-pptx does not know every kind of shape
        return None


def _all_text(shape: Any) -> str:
    if getattr(shape, "shapes", None) is not None and _type(shape) is not None:
        from pptx.enum.shapes import MSO_SHAPE_TYPE

        if _type(shape) == MSO_SHAPE_TYPE.GROUP:
            return "\n".join(t for t in (_all_text(s) for s in _ordered(shape.shapes)) if t)
    if getattr(shape, "has_text_frame", False):
        return str(shape.text_frame.text).strip()
    return ""


def _chart(shape: Any, blocks: list[str], report: SlideReport) -> None:
    """A chart as a table of its numbers (one row a category, one column a series)."""
    try:
        chart = shape.chart
        title = chart.chart_title.text_frame.text.strip() if chart.has_title else ""
        plot = chart.plots[0] if len(chart.plots) else None
        categories = [str(c) for c in plot.categories] if plot is not None else []
        series = [s for p in chart.plots for s in p.series]
        header = [""] + [str(s.name or "") for s in series]
        columns = [list(s.values) for s in series]
    except Exception:  # python-pptx cannot read every chart part
        title, categories, header, columns = "", [], [], []
    count = max([len(categories), *(len(c) for c in columns)])
    rows = [
        [categories[n] if n < len(categories) else str(n + 1)]
        + [md.number(c[n]) if n < len(c) else "" for c in columns]
        for n in range(count)
    ]
    md.keep_chart(title, header, rows, blocks, report)


_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"  # SmartArt's uri too
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _is_smartart(shape: Any) -> bool:
    data = shape._element.find(f".//{{{_A}}}graphicData")
    return data is not None and data.get("uri") == _DGM


def _smartart(shape: Any, blocks: list[str], report: SlideReport) -> None:
    """SmartArt as a list of its text, indented as its boxes nest."""
    lines = _smartart_lines(shape)
    if not lines:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "SmartArt without text that could be read")
        )
        return
    blocks.append("\n".join(md.bullet(text, min(level, 3)) for level, text in lines))
    report.simplified.append(
        QT_TRANSLATE_NOOP(
            "ImportReport", "SmartArt became a list of its text (the drawing is not kept)"
        )
    )


def _smartart_lines(shape: Any) -> list[tuple[int, str]]:
    """(level, text) of each SmartArt box with text, in the diagram's order. The text is in the
    diagram's data part: points, and "parOf" connections from a parent to its children."""
    from pptx.oxml import parse_xml

    try:
        ids = shape._element.find(f".//{{{_DGM}}}relIds")
        part = shape.part.related_part(ids.get(f"{{{_R}}}dm"))
        root = parse_xml(part.blob)
    except Exception:  # no data part, or one python-pptx cannot find
        return []
    texts: dict[str, str] = {}
    kinds: dict[str, str] = {}
    order: list[str] = []
    for point in root.iter(f"{{{_DGM}}}pt"):
        ident = point.get("modelId", "")
        kinds[ident] = point.get("type", "node")
        paragraphs = [
            "".join(t.text or "" for t in p.iter(f"{{{_A}}}t")) for p in point.iter(f"{{{_A}}}p")
        ]
        texts[ident] = " ".join(" ".join(p.split()) for p in paragraphs if p.strip())
        order.append(ident)
    children: dict[str, list[tuple[int, str]]] = {}
    for link in root.iter(f"{{{_DGM}}}cxn"):
        if link.get("type", "parOf") == "parOf":
            order_text = link.get("srcOrd", "0")
            position = int(order_text) if order_text.isdigit() else 0
            children.setdefault(link.get("srcId", ""), []).append(
                (position, link.get("destId", ""))
            )
    lines: list[tuple[int, str]] = []
    seen: set[str] = set()

    def walk(ident: str, level: int, depth: int = 0) -> None:
        if ident in seen or len(seen) > 10_000 or depth > 64:  # circles, and no deep recursion
            return
        seen.add(ident)
        if kinds.get(ident) == "node" and texts.get(ident):
            lines.append((level, texts[ident]))
            level += 1
        for _, child in sorted(children.get(ident, [])):
            walk(child, level, depth + 1)

    for ident in order:
        if kinds[ident] == "doc":
            walk(ident, 0)
    for ident in order:  # boxes the connections do not reach keep the data part's order
        if ident not in seen and kinds[ident] == "node" and texts[ident]:
            lines.append((0, texts[ident]))
    return lines


def _picture(
    shape: Any,
    blocks: list[str],
    pictures: list[str],
    report: SlideReport,
    result: ImportResult,
    number: int,
) -> None:
    try:
        blob = shape.image.blob
        original = shape.image.filename or "picture"
    except Exception:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "a picture that is linked, not stored in the file")
        )
        return
    guard.add_picture(
        blob,
        original,
        " ".join((getattr(shape, "name", "") or "").split()),
        number=number,
        pictures=pictures,
        blocks=blocks,
        images=result.images,
        dropped=report.dropped,
        kept=report.kept,
    )


def _sections(presentation: Any) -> list[tuple[str, int, int]]:
    """The sections of the deck: each name with its first and last slide number."""
    try:
        root = presentation.part._element
        order = {sid: n for n, sid in enumerate(root.xpath("./p:sldIdLst/p:sldId/@id"), 1)}
        sections = root.xpath(".//*[local-name()='section']")
        found = []
        for section in sections:
            ids = section.xpath(".//*[local-name()='sldId']/@id")
            numbers = sorted(order[i] for i in ids if i in order)
            name = " ".join((section.get("name") or "").split())
            if numbers and name:
                found.append((name, numbers[0], numbers[-1]))
        return found
    except Exception:
        return []
