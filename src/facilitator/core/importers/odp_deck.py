"""Impress (.odp) decks, read with odfpy (whose XML parser is defusedxml) after the zip is checked.

The same fields as PowerPoint: titles, outline text with list levels, subtitles, tables,
pictures, speaker notes, hidden slides and slide order. Free text boxes and groups become
paragraphs, a chart a table of its numbers; other objects and drawn shapes without text are
dropped and listed.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from . import guard
from . import markdown_text as md
from .result import ImportedSlide, ImportRefused, ImportResult, SlideReport

DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
XLINK = "http://www.w3.org/1999/xlink"
CHART = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
MAX_SPACES = 64  # <text:s text:c="…"/>: a hostile count must not fill the memory


def read_odp(path: Path) -> ImportResult:
    data = guard.read_checked(path)
    archive = guard.open_zip(path, data, "Impress (.odp)")
    if "content.xml" not in archive.namelist():
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "not an Impress (.odp) file (it has no content part)"
            ),
        )
    mimetype = archive.read("mimetype") if "mimetype" in archive.namelist() else b""
    if mimetype and b"presentation" not in mimetype:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "not a presentation (it is another kind of OpenDocument file)"
            ),
        )
    from odf.opendocument import load  # type: ignore[import-untyped]  # odfpy ships no types

    try:
        document = load(io.BytesIO(data))
    except Exception as error:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "the file is damaged and cannot be read ({error})"
            ).format(error=str(error)),
        ) from None
    pages = [e for e in _children(document.presentation) if e.qname == (DRAW, "page")]
    guard.check_slide_count(path, len(pages))
    if not pages:
        raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "the deck has no slides"))
    hidden_styles = _hidden_styles(document)
    result = ImportResult(source=path, kind="odp", title="", digest=guard.digest(data))
    for number, page in enumerate(pages, 1):
        try:
            result.slides.append(_slide(page, number, result, archive, path, hidden_styles))
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
    for element in _walk(document.meta):
        if element.qname[1] == "title":
            title = " ".join(_text(element).split())
    result.title = title or result.slides[0].title or path.stem
    return result


def _children(element: Any) -> list[Any]:
    return [c for c in element.childNodes if c.nodeType == c.ELEMENT_NODE]


def _walk(element: Any) -> Any:
    for child in _children(element):
        yield child
        yield from _walk(child)


def _attr(element: Any, ns: str, name: str) -> str:
    return str(element.attributes.get((ns, name), "") or "")


def _hidden_styles(document: Any) -> set[str]:
    hidden = set()
    for root in (document.automaticstyles, document.styles):
        for style in _walk(root):
            if style.qname != (STYLE, "style"):
                continue
            for props in _children(style):
                if _attr(props, PRESENTATION, "visibility") == "hidden":
                    hidden.add(_attr(style, STYLE, "name"))
    return hidden


def _text(element: Any) -> str:
    """The text of an element: line breaks, tabs and runs of spaces kept (within reason)."""
    parts: list[str] = []
    for child in element.childNodes:
        if child.nodeType == child.TEXT_NODE:
            parts.append(child.data)
        elif child.nodeType == child.ELEMENT_NODE:
            if child.qname == (TEXT, "line-break"):
                parts.append("\n")
            elif child.qname == (TEXT, "tab"):
                parts.append("\t")
            elif child.qname == (TEXT, "s"):
                count = _attr(child, TEXT, "c")
                parts.append(" " * min(int(count) if count.isdigit() else 1, MAX_SPACES))
            else:
                parts.append(_text(child))
    return "".join(parts)


def _paragraphs(box: Any, level: int = 0) -> list[tuple[int, str, bool]]:
    """(list level, text, in a list) for every paragraph of a text box, in order."""
    found: list[tuple[int, str, bool]] = []
    for child in _children(box):
        if child.qname in ((TEXT, "p"), (TEXT, "h")):
            found.append((level, _text(child), level > 0))
        elif child.qname == (TEXT, "list"):
            for entry in _children(child):
                found.extend((lvl, text, True) for lvl, text, _ in _paragraphs(entry, level + 1))
        elif child.qname in ((TEXT, "list-item"), (TEXT, "list-header"), (TEXT, "section")):
            found.extend(_paragraphs(child, level))
    return found


def _slide(
    page: Any,
    number: int,
    result: ImportResult,
    archive: zipfile.ZipFile,
    path: Path,
    hidden_styles: set[str],
) -> ImportedSlide:
    report = SlideReport()
    title = ""
    layout = "content"
    blocks: list[str] = []
    pictures: list[str] = []
    notes = ""
    for shape in _children(page):
        if shape.qname == (PRESENTATION, "notes"):
            texts = [
                _text_of_box(box)
                for frame in _walk(shape)
                if frame.qname == (DRAW, "frame") and _attr(frame, PRESENTATION, "class") == "notes"
                for box in _children(frame)
                if box.qname == (DRAW, "text-box")
            ]
            notes = md.notes("\n\n".join(t for t in texts if t.strip()))
            continue
        role = _attr(shape, PRESENTATION, "class")
        if shape.qname == (DRAW, "frame") and role == "title" and not title:
            title = " ".join(
                _text_of_box(box) for box in _children(shape) if box.qname == (DRAW, "text-box")
            ).strip()
            title = " ".join(title.split())
            continue
        _shape(shape, role, blocks, pictures, report, result, archive, path, number)
        if role == "subtitle":
            layout = "title"
    if title:
        report.kept.insert(0, QT_TRANSLATE_NOOP("ImportReport", "title"))
    if len(pictures) == 1 and layout == "content":
        layout = "image"
    elif len(pictures) > 1:
        report.simplified.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "{count} pictures are shown one after the other"
            ).format(count=len(pictures))
        )
    body = ([md.heading(title)] if title else []) + blocks
    markdown = "\n\n".join(b for b in body if b.strip())
    if not markdown.strip():
        markdown = md.heading(f"Slide {number}", 2)
        report.simplified.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "nothing on the slide could be kept; it shows its number"
            )
        )
    if notes:
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "speaker notes"))
    hidden = (
        _attr(page, PRESENTATION, "visibility") == "hidden"
        or _attr(page, DRAW, "style-name") in hidden_styles
    )
    if hidden:
        report.kept.append(md.HIDDEN_KEPT)
    return ImportedSlide(markdown, notes, layout, hidden, report=report)


def _text_of_box(box: Any) -> str:
    return "\n".join(text for _, text, _ in _paragraphs(box) if text.strip())


def _shape(
    shape: Any,
    role: str,
    blocks: list[str],
    pictures: list[str],
    report: SlideReport,
    result: ImportResult,
    archive: zipfile.ZipFile,
    path: Path,
    number: int,
) -> None:
    if shape.qname == (DRAW, "g"):
        texts = [t for t in (_all_text(s) for s in _children(shape)) if t]
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
    if shape.qname != (DRAW, "frame"):
        text = _all_text(shape)
        if text:
            blocks.append(md.escape(text))
            report.simplified.append(
                QT_TRANSLATE_NOOP("ImportReport", "a drawn shape's text became a paragraph")
            )
        elif shape.qname[0] == DRAW:
            report.dropped.append(QT_TRANSLATE_NOOP("ImportReport", "a drawn shape without text"))
        return
    for content in _children(shape):
        name = content.qname
        if name == (DRAW, "text-box"):
            paragraphs = [p for p in _paragraphs(content) if p[1].strip()]
            if role == "outline" or any(in_list for _, _, in_list in paragraphs):
                lines = [
                    md.bullet(text, min(max(level - 1, 0), 3)) for level, text, _ in paragraphs
                ]
                blocks.append("\n".join(lines))
                nested = any(lvl > 1 for lvl, _, _ in paragraphs)
                report.kept.append(
                    QT_TRANSLATE_NOOP("ImportReport", "list")
                    if nested
                    else QT_TRANSLATE_NOOP("ImportReport", "body text")
                )
            else:
                blocks.append("\n\n".join(md.escape(t) for _, t, _ in paragraphs))
                if role in ("subtitle", "text"):
                    report.kept.append(
                        QT_TRANSLATE_NOOP("ImportReport", "subtitle")
                        if role == "subtitle"
                        else QT_TRANSLATE_NOOP("ImportReport", "text")
                    )
                elif paragraphs:
                    report.simplified.append(
                        QT_TRANSLATE_NOOP(
                            "ImportReport", "a free-placed text box became a paragraph"
                        )
                    )
            return
        if name == (TABLE, "table"):
            rows = [
                [_text_of_box(cell) for cell in _children(row) if cell.qname[0] == TABLE]
                for row in _walk(content)
                if row.qname == (TABLE, "table-row")
            ]
            blocks.append(md.table(rows))
            report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "table"))
            return
        if name == (DRAW, "image"):
            _picture(content, blocks, pictures, report, result, archive, path, number)
            return
        if name == (DRAW, "object"):
            chart = _chart(content, archive, path)
            if chart is None:
                report.dropped.append(
                    QT_TRANSLATE_NOOP("ImportReport", "an embedded object (cannot be shown)")
                )
            else:
                md.keep_chart(*chart, blocks, report)
            return
        if name == (DRAW, "object-ole"):
            report.dropped.append(
                QT_TRANSLATE_NOOP("ImportReport", "an embedded object (cannot be shown)")
            )
            return
    report.dropped.append(
        QT_TRANSLATE_NOOP("ImportReport", "a frame with nothing that can be shown")
    )


def _chart(
    element: Any, archive: zipfile.ZipFile, path: Path
) -> tuple[str, list[str], list[list[str]]] | None:
    """An embedded chart's title, header and rows (its own table of numbers, which a chart
    document carries), or None when the object is not a chart."""
    from defusedxml.ElementTree import fromstring

    folder = _attr(element, XLINK, "href").removeprefix("./").strip("/")
    name = f"{folder}/content.xml"
    if not folder or name not in archive.namelist():
        return None
    try:  # open_zip has refused DTDs and entities in every part already
        root = fromstring(guard.read_entry(path, archive, name), forbid_dtd=True)
    except Exception:
        return None
    if root.find(f".//{{{CHART}}}chart") is None:
        return None
    title_element = root.find(f".//{{{CHART}}}title")
    title = " ".join("".join(title_element.itertext()).split()) if title_element is not None else ""
    rows = []
    for row in root.iter(f"{{{TABLE}}}table-row"):
        cells = [
            " ".join("".join(cell.itertext()).split())
            for cell in row
            if cell.tag == f"{{{TABLE}}}table-cell"
        ]
        rows.append(cells)
        if len(rows) > md.MAX_CHART_ROWS + 1:  # enough to say that rows were left out
            break
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    return title, header, body


def _all_text(shape: Any) -> str:
    texts = [
        _text_of_box(s) if s.qname == (DRAW, "text-box") else _text(s)
        for s in _children(shape)
        if s.qname in ((DRAW, "text-box"), (TEXT, "p"))
    ]
    texts += [_all_text(s) for s in _children(shape) if s.qname in ((DRAW, "g"), (DRAW, "frame"))]
    return "\n".join(t for t in texts if t.strip()).strip()


def _picture(
    image: Any,
    blocks: list[str],
    pictures: list[str],
    report: SlideReport,
    result: ImportResult,
    archive: zipfile.ZipFile,
    path: Path,
    number: int,
) -> None:
    href = _attr(image, XLINK, "href")
    if not href or href not in archive.namelist():
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "a picture that is linked, not stored in the file")
        )
        return
    guard.add_picture(
        guard.read_entry(path, archive, href),
        Path(href).name,
        "",
        number=number,
        pictures=pictures,
        blocks=blocks,
        images=result.images,
        dropped=report.dropped,
        kept=report.kept,
    )
