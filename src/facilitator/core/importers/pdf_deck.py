"""PDF decks, rendered with pypdfium2: one slide per page, each a full-slide picture.

A page becomes ``![bg contain](images/page-001.jpg)`` drawn at projector resolution (at most
1920x1080), and its words go into a comment on the slide, so the library's search finds them.
Notes come from a pdfpc notes file beside the PDF (``deck.pdfpc``, JSON), and from Beamer's notes
on a second screen: a page twice as wide as a slide is cut in two, the left half is the slide and
the words of the right half are its notes.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

from ..messages import QT_TRANSLATE_NOOP
from . import guard
from . import markdown_text as md
from .result import ImportedSlide, ImportRefused, ImportResult, SlideReport

TARGET = (1920, 1080)  # the canvas a slide is drawn on: no need for more pixels
BEAMER_SPLIT_RATIO = 2.2  # wider than this (16:9 is 1.78, two 4:3 halves 2.67): notes beside
MAX_PDFPC_BYTES = 2 * 1024 * 1024


def read_pdf(path: Path) -> ImportResult:
    data = guard.read_checked(path)
    if b"%PDF" not in data[:1024]:
        raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "not a PDF file"))
    import pypdfium2 as pdfium  # type: ignore[import-untyped]  # pypdfium2 ships no types

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).casefold():
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportReport", "the PDF is password-protected; save a copy without a password"
                ),
            ) from None
        raise ImportRefused(
            path, QT_TRANSLATE_NOOP("ImportReport", "the PDF is damaged and cannot be read")
        ) from None
    try:
        count = len(document)
        guard.check_slide_count(path, count)
        if count == 0:
            raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "the PDF has no pages"))
        result = ImportResult(source=path, kind="pdf", title="", digest=guard.digest(data))
        pdfpc = _pdfpc_notes(path, result)
        for index in range(count):
            result.slides.append(_page(document, index, result, pdfpc.get(index, "")))
        title = ""
        try:
            title = str(document.get_metadata_dict().get("Title", "")).strip()
        except Exception:
            title = ""
        result.title = title or path.stem
        return result
    finally:
        document.close()


def _page(document: Any, index: int, result: ImportResult, pdfpc_note: str) -> ImportedSlide:
    report = SlideReport()
    try:
        page = document[index]
    except Exception:
        raise ImportRefused(
            result.source,
            QT_TRANSLATE_NOOP("ImportReport", "page {number} is damaged").format(number=index + 1),
        ) from None
    try:
        width, height = page.get_size()
        if width <= 0 or height <= 0:
            raise ImportRefused(
                result.source,
                QT_TRANSLATE_NOOP("ImportReport", "page {number} has no size").format(
                    number=index + 1
                ),
            )
        beamer = width / height > BEAMER_SPLIT_RATIO
        slide_width = width / 2 if beamer else width
        scale = min(TARGET[0] / slide_width, TARGET[1] / height)
        crop = (0, 0, width / 2, 0) if beamer else (0, 0, 0, 0)  # left, bottom, right, top
        try:
            bitmap = page.render(scale=scale, crop=crop)
            picture = bitmap.to_pil()
        except Exception:
            raise ImportRefused(
                result.source,
                QT_TRANSLATE_NOOP("ImportReport", "page {number} cannot be drawn").format(
                    number=index + 1
                ),
            ) from None
        out = io.BytesIO()
        # JPEG at quality 90 without chroma subsampling keeps text crisp at 1080p and encodes
        # several times faster than PNG (the 50-page import's budget; docs/decisions.md).
        picture.convert("RGB").save(out, "JPEG", quality=90, subsampling=0)
        name = f"page-{index + 1:03d}.jpg"
        result.images[name] = out.getvalue()
        text_page = page.get_textpage()
        try:
            if beamer:
                words = text_page.get_text_bounded(right=width / 2)
                beamer_notes = text_page.get_text_bounded(left=width / 2)
            else:
                words = text_page.get_text_range()
                beamer_notes = ""
        finally:
            text_page.close()
    finally:
        page.close()
    report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "the page, as a picture"))
    if words.strip():
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "its words, for searching"))
    if beamer:
        report.kept.append(
            QT_TRANSLATE_NOOP("ImportReport", "Beamer notes (the right half of the page)")
        )
    notes = "\n\n".join(
        n for n in (md.notes(pdfpc_note), md.notes(beamer_notes) if beamer else "") if n
    )
    if pdfpc_note.strip():
        report.kept.append(QT_TRANSLATE_NOOP("ImportReport", "speaker notes from the pdfpc file"))
    report.simplified.append(
        QT_TRANSLATE_NOOP("ImportReport", "the page is a picture: its text cannot be edited")
    )
    markdown = f"![bg contain](images/{name})"
    hidden = md.hidden_text(words)
    if hidden:
        markdown += "\n\n" + hidden
    return ImportedSlide(markdown, notes, "content", text=words, report=report)


def _pdfpc_notes(path: Path, result: ImportResult) -> dict[int, str]:
    """Notes by page index (0-based) from ``NAME.pdfpc`` beside the PDF; {} when none."""
    notes_file = path.with_suffix(".pdfpc")
    if not notes_file.is_file():
        return {}
    shown = notes_file.name
    try:
        if notes_file.stat().st_size > MAX_PDFPC_BYTES:
            result.remarks.append(
                QT_TRANSLATE_NOOP(
                    "ImportReport", "{file}: too large (at most 2 MiB); its notes are not used"
                ).format(file=shown)
            )
            return {}
        data = json.loads(notes_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        result.remarks.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "{file}: not a pdfpc notes file in JSON; its notes are not used"
            ).format(file=shown)
        )
        return {}
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, list):
        result.remarks.append(
            QT_TRANSLATE_NOOP(
                "ImportReport", "{file}: has no 'pages' list; its notes are not used"
            ).format(file=shown)
        )
        return {}
    notes: dict[int, str] = {}
    for entry in pages:
        if not isinstance(entry, dict):
            continue
        index, note = entry.get("idx"), entry.get("note")
        if isinstance(index, bool) or not isinstance(index, int):
            continue
        if isinstance(note, str) and note.strip():
            notes[index] = (notes[index] + "\n\n" + note) if index in notes else note
    result.remarks.append(
        QT_TRANSLATE_NOOP("ImportReport", "notes read from {file}").format(file=shown)
    )
    return notes
