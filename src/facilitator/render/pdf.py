"""PDF export of slides: slide pages, notes pages and handouts, with vector text.

Everything is drawn by the same :class:`~facilitator.render.slides.SlideRenderer` that shows
slides on screen, onto a ``QPdfWriter``: text stays text (searchable, sharp at any zoom) and the
bundled fonts are embedded (as subsets) by Qt.

- Slides (``per_page=1``): A4 landscape, one slide a page, the page in the slide's background.
- Notes (``notes=True``): A4 portrait, the slide on top and its speaker notes below; long notes
  continue on a next page under the same slide.
- Handouts (``per_page`` 2, 3, 4 or 6): A4 portrait with that many slides a page and lines to
  write on beside (3 a page) or below (2, 4 and 6 a page) each slide.

:class:`PdfDocument`, :func:`write_atomically` and :func:`print_document` are the writer that the
other printed documents use too: contact sheets (``render.contact_sheet``), text pages of an
exercise, handout or guide (``render.text_pdf``) and a plan's documents (``render.plan_pdf``).

Page coordinates here are PostScript points (1/72 inch); A4 is 595 x 842 points.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextOption,
)

from facilitator.core.model import Slide
from facilitator.render.fonts import ensure_fonts_loaded
from facilitator.render.markup import markdown_to_html
from facilitator.render.slides import (
    CANVAS_HEIGHT,
    CANVAS_WIDTH,
    SlideRenderer,
)
from facilitator.render.textbox import SafeDocument, no_ligatures
from facilitator.render.theme import Theme

__all__ = [
    "HANDOUT_LAYOUTS",
    "PdfDocument",
    "export_slides_pdf",
    "print_document",
    "write_atomically",
]

Progress = Callable[[int, int], None]

RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text and lines stay vectors
PAGE_MARGIN = 42.0  # points, about 15 mm
FAINT = QColor("#6b7785")  # page furniture; notes and text pages are printed in INK
FRAME = QColor("#aab4bf")


@dataclass(frozen=True)
class HandoutLayout:
    rows: int
    columns: int
    lines: str  # "beside" or "below" the slide


HANDOUT_LAYOUTS: dict[int, HandoutLayout] = {
    2: HandoutLayout(rows=2, columns=1, lines="below"),
    3: HandoutLayout(rows=3, columns=1, lines="beside"),
    4: HandoutLayout(rows=2, columns=2, lines="below"),
    6: HandoutLayout(rows=3, columns=2, lines="below"),
}


def export_slides_pdf(
    slides: Sequence[Slide],
    out: Path,
    theme: Theme,
    *,
    notes: bool = False,
    per_page: int = 1,
    progress: Progress | None = None,
    title: str = "",
) -> None:
    """Write ``slides`` to the PDF file ``out``.

    ``notes=True`` makes notes pages; ``per_page`` of 2, 3, 4 or 6 makes handouts. ``progress``
    is called with (slides done, slides in all) after each slide. The file appears only when it
    is complete: a failed export leaves no half-written PDF behind. Raises ``ValueError`` for an
    empty deck or an unknown ``per_page``, ``OSError`` when the file cannot be written.
    """
    if not slides:
        raise ValueError("there are no slides to export")
    if per_page != 1 and per_page not in HANDOUT_LAYOUTS:
        raise ValueError(f"per_page must be 1, 2, 3, 4 or 6, not {per_page}")
    if notes and per_page != 1:
        raise ValueError("notes pages show one slide a page; use per_page=1 with notes=True")
    write_atomically(
        Path(out),
        lambda path: _write(slides, path, theme, notes, per_page, progress, title),
    )


def write_atomically(out: Path, write: Callable[[Path], None]) -> None:
    """Run ``write`` on a hidden file beside ``out`` and move it into place when complete."""
    ensure_fonts_loaded()
    partial = out.with_name(f".{out.name}.part")
    with open(partial, "wb"):
        pass  # fails early, with the system's own message, if the folder is not writable
    try:
        write(partial)
        os.replace(partial, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def _begin(path: Path, title: str, *, portrait: bool) -> tuple[QPdfWriter, QPainter, QRectF]:
    """A PDF writer on A4 and a painter on it that works in points; and the page in points."""
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setCreator("Facilitator")
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape,
            QMarginsF(0, 0, 0, 0),
        )
    )
    page = writer.pageLayout().fullRect(QPageLayout.Unit.Point)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF file {path}")
    painter.scale(RESOLUTION / 72, RESOLUTION / 72)  # from here on: points
    return writer, painter, page


def _write(
    slides: Sequence[Slide],
    path: Path,
    theme: Theme,
    notes: bool,
    per_page: int,
    progress: Progress | None,
    title: str,
) -> None:
    portrait = notes or per_page > 1
    writer, painter, page = _begin(
        path, title or (slides[0].title if slides else ""), portrait=portrait
    )
    try:
        renderer = SlideRenderer(theme)
        pager = _Pager(writer, painter)
        if notes:
            _notes_pages(slides, renderer, pager, page, progress, title)
        elif per_page > 1:
            _handout_pages(
                slides, renderer, pager, page, HANDOUT_LAYOUTS[per_page], progress, title
            )
        else:
            for done, slide in enumerate(slides, start=1):
                pager.next_page()
                renderer.paint(painter, slide, QRectF(0, 0, page.width(), page.height()))
                if progress:
                    progress(done, len(slides))
    finally:
        painter.end()


class PdfDocument:
    """An A4 PDF being written, for any document made of pages (``render.plan_pdf`` uses it).

    The painter works in points; ``page`` is the page rectangle in points. ``next_page()`` begins
    a page (the first one needs no new page), ``pages`` counts them, ``footer`` writes a page's
    footer, ``handout_pages`` draws slides several to a page after the pages so far. Use it in a
    ``with`` block: the painter ends, and the file is complete, on leaving it. Write to a final
    path through :func:`write_atomically`.
    """

    def __init__(self, path: Path, title: str, *, portrait: bool) -> None:
        self.writer, self.painter, self.page = _begin(path, title, portrait=portrait)
        self._pager = _Pager(self.writer, self.painter)

    def __enter__(self) -> PdfDocument:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.painter.end()

    @property
    def pages(self) -> int:
        return self._pager.pages

    def next_page(self) -> None:
        self._pager.next_page()

    def footer(self, text: str, left: str = "") -> None:
        """The page's footer: ``text`` on the right (a page number), ``left`` on the left."""
        _footer(self.painter, self.page, text, left)

    def handout_pages(
        self,
        slides: Sequence[Slide],
        renderer: SlideRenderer,
        layout: HandoutLayout,
        progress: Progress | None,
        title: str,
        numbers: Callable[[int], str] | None = None,
    ) -> None:
        """``slides`` as handout pages (``layout``: how many a page), after the pages so far."""
        _handout_pages(slides, renderer, self._pager, self.page, layout, progress, title, numbers)


class _Pager:
    """Starts a new page before every page but the first."""

    def __init__(self, writer: QPdfWriter, painter: QPainter) -> None:
        self.writer = writer
        self.painter = painter
        self.pages = 0

    def next_page(self) -> None:
        if self.pages:
            self.writer.newPage()
        self.pages += 1


def slide_frame(painter: QPainter, renderer: SlideRenderer, slide: Slide, rect: QRectF) -> None:
    renderer.paint(painter, slide, rect)
    painter.save()
    painter.setPen(QPen(FRAME, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def fit_16_9(width: float, height: float) -> QSizeF:
    return QSizeF(CANVAS_WIDTH, CANVAS_HEIGHT).scaled(
        QSizeF(width, height), Qt.AspectRatioMode.KeepAspectRatio
    )


def _footer(painter: QPainter, page: QRectF, text: str, left: str = "") -> None:
    painter.save()
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(8)  # points: the painter works in points here
    painter.setFont(font)
    painter.setPen(FAINT)
    band = QRectF(
        PAGE_MARGIN, page.height() - PAGE_MARGIN * 0.75, page.width() - 2 * PAGE_MARGIN, 12
    )
    painter.drawText(band, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)
    if left:
        painter.drawText(
            band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left
        )
    painter.restore()


def _writing_lines(painter: QPainter, area: QRectF) -> None:
    from facilitator.render.textpages import LINE_SPACING, WRITING_LINE, WRITING_PEN

    painter.save()
    painter.setPen(QPen(WRITING_LINE, WRITING_PEN))
    y = area.top() + LINE_SPACING
    while y <= area.bottom() + 0.1:
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        y += LINE_SPACING
    painter.restore()


# Notes pages --------------------------------------------------------------------------------


def print_document(points: int) -> SafeDocument:
    """An empty document for printed text (notes, text pages) in Lato of ``points``: no margin,
    the font's design metrics, 18-point list indents, and a word too long for a line broken."""
    doc = SafeDocument()  # loads nothing itself
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(points)  # the page's unit is the point
    doc.setDefaultFont(font)
    doc.setIndentWidth(18)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    return doc


def _notes_document(markdown: str, width: float) -> QTextDocument:
    doc = print_document(12)
    doc.setDefaultStyleSheet(
        "p { margin-top: 0px; margin-bottom: 7px; line-height: 135%; }"
        "li { margin-bottom: 3px; line-height: 130%; }"
        "ul, ol { margin-top: 0px; margin-bottom: 7px; }"
        "h1, h2, h3, h4 { font-size: 13px; font-weight: 700; margin-top: 4px; margin-bottom: 5px; }"
        "blockquote { margin-left: 14px; font-style: italic; }"
        "th, td { padding: 2px 6px; border-bottom: 0.5px solid #aab4bf; }"
        "table { border-collapse: collapse; margin-bottom: 7px; }"
    )
    # Speaker notes never show images in print: refuse every one.
    doc.setHtml(markdown_to_html(markdown, image=lambda attrs: None))
    doc.setTextWidth(width)
    return doc


def _notes_pages(
    slides: Sequence[Slide],
    renderer: SlideRenderer,
    pager: _Pager,
    page: QRectF,
    progress: Progress | None,
    title: str,
) -> None:
    from facilitator.render.textpages import draw_page, paginate, rules_by_page  # notes only

    painter = pager.painter
    width = page.width() - 2 * PAGE_MARGIN
    slide_size = fit_16_9(width, page.height() * 0.42)
    slide_rect = QRectF(QPointF((page.width() - slide_size.width()) / 2, PAGE_MARGIN), slide_size)
    notes_top = slide_rect.bottom() + 30
    notes_height = page.height() - PAGE_MARGIN - 16 - notes_top
    for done, slide in enumerate(slides, start=1):
        doc = _notes_document(slide.notes, width) if slide.notes.strip() else None
        pages = paginate(doc, QSizeF(width, notes_height)) if doc is not None else 1
        rules = rules_by_page(doc) if doc is not None else {}
        for index in range(pages):
            pager.next_page()
            slide_frame(painter, renderer, slide, slide_rect)
            painter.save()
            painter.setPen(QPen(FRAME, 0.6))
            painter.drawLine(
                QPointF(PAGE_MARGIN, notes_top - 15),
                QPointF(page.width() - PAGE_MARGIN, notes_top - 15),
            )
            painter.restore()
            if doc is not None:
                draw_page(painter, doc, QPointF(PAGE_MARGIN, notes_top), index, rules)
            # The slide's place in this document (a plan's slides come from several decks).
            more = f"  ({index + 1}/{pages})" if pages > 1 else ""
            _footer(painter, page, f"{done} / {len(slides)}{more}", title)
        if progress:
            progress(done, len(slides))


# Handouts -----------------------------------------------------------------------------------


def _handout_pages(
    slides: Sequence[Slide],
    renderer: SlideRenderer,
    pager: _Pager,
    page: QRectF,
    layout: HandoutLayout,
    progress: Progress | None,
    title: str,
    numbers: Callable[[int], str] | None = None,
) -> None:
    """Draw ``slides`` as handout pages after the pages ``pager`` has made so far. Footers show
    ``numbers(page number)``, or "N / M" of these pages alone."""
    painter = pager.painter
    per_page = layout.rows * layout.columns
    top = PAGE_MARGIN
    bottom = page.height() - PAGE_MARGIN
    gap = 22.0
    cell_width = (page.width() - 2 * PAGE_MARGIN - gap * (layout.columns - 1)) / layout.columns
    cell_height = (bottom - top - gap * (layout.rows - 1)) / layout.rows
    total_pages = (len(slides) + per_page - 1) // per_page
    for done, slide in enumerate(slides, start=1):
        position = (done - 1) % per_page
        if position == 0:
            pager.next_page()
            number = numbers(pager.pages) if numbers else f"{pager.pages} / {total_pages}"
            _footer(painter, page, number, title)
        row, column = divmod(position, layout.columns)
        cell = QRectF(
            PAGE_MARGIN + column * (cell_width + gap),
            top + row * (cell_height + gap),
            cell_width,
            cell_height,
        )
        if layout.lines == "beside":
            size = fit_16_9(cell.width() * 0.52, cell.height())
            slide_rect = QRectF(cell.topLeft(), size)
            lines = QRectF(
                slide_rect.right() + 18,
                cell.top(),
                cell.right() - slide_rect.right() - 18,
                cell.height(),
            )
        else:
            size = fit_16_9(cell.width(), cell.height() * 0.62)
            slide_rect = QRectF(cell.topLeft(), size)
            lines = QRectF(
                cell.left(),
                slide_rect.bottom() + 4,
                cell.width(),
                cell.bottom() - slide_rect.bottom() - 4,
            )
        slide_frame(painter, renderer, slide, slide_rect)
        _writing_lines(painter, lines)
        if progress:
            progress(done, len(slides))
