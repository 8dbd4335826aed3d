"""PDF export of slides: slide pages, notes pages and handouts, with vector text.

Everything is drawn by the same :class:`~facilitator.render.slides.SlideRenderer` that shows
slides on screen, onto a ``QPdfWriter``: text stays text (searchable, sharp at any zoom) and the
bundled fonts are embedded (as subsets) by Qt.

- Slides (``per_page=1``): A4 landscape, one slide a page, the page in the slide's background.
- Notes (``notes=True``): A4 portrait, the slide on top and its speaker notes below; long notes
  continue on a next page under the same slide.
- Handouts (``per_page`` 2, 3, 4 or 6): A4 portrait with that many slides a page and lines to
  write on beside (3 a page) or below (2, 4 and 6 a page) each slide.
- Contact sheets (:func:`export_contact_sheet_pdf`): A4 landscape, several decks with six slides
  a page under each deck's title, every slide captioned with its number and line, for review.
- Text pages (:func:`export_text_pdf`): an exercise, handout or guide as printed A4 pages, cut
  into pages by :mod:`~facilitator.render.textpages` (writing lines, headings kept with what
  follows them).

Page coordinates here are PostScript points (1/72 inch); A4 is 595 x 842 points.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
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
from facilitator.render.images import placeholder_image, resolve_image
from facilitator.render.markup import markdown_to_html
from facilitator.render.slides import (
    CANVAS_HEIGHT,
    CANVAS_WIDTH,
    MIN_READABLE_SCALE,
    SlideRenderer,
)
from facilitator.render.textbox import SafeDocument, no_ligatures
from facilitator.render.textpages import (
    INK,
    LINE_SPACING,
    WRITING_LINE,
    WRITING_PEN,
    draw_page,
    mark_writing_lines,
    paginate,
    rules_by_page,
    shape_writing_lines,
)
from facilitator.render.theme import THEMES, Theme

__all__ = [
    "HANDOUT_LAYOUTS",
    "SheetDeck",
    "export_contact_sheet_pdf",
    "export_slides_pdf",
    "export_text_pdf",
]

Progress = Callable[[int, int], None]

RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text and lines stay vectors
PAGE_MARGIN = 42.0  # points, about 15 mm
FAINT = QColor("#6b7785")  # page furniture; notes and text pages are printed in INK
FRAME = QColor("#aab4bf")
WARNING = QColor("#b3261e")  # contact sheet captions of slides shrunk below the readable size


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


def _slide_frame(painter: QPainter, renderer: SlideRenderer, slide: Slide, rect: QRectF) -> None:
    renderer.paint(painter, slide, rect)
    painter.save()
    painter.setPen(QPen(FRAME, 0.6))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.restore()


def _fit_16_9(width: float, height: float) -> QSizeF:
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
    painter.save()
    painter.setPen(QPen(WRITING_LINE, WRITING_PEN))
    y = area.top() + LINE_SPACING
    while y <= area.bottom() + 0.1:
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        y += LINE_SPACING
    painter.restore()


# Notes pages --------------------------------------------------------------------------------


def _notes_document(markdown: str, width: float) -> QTextDocument:
    doc = SafeDocument()  # loads nothing from anywhere
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(12)  # points
    doc.setDefaultFont(font)
    doc.setIndentWidth(18)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
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
    painter = pager.painter
    width = page.width() - 2 * PAGE_MARGIN
    slide_size = _fit_16_9(width, page.height() * 0.42)
    slide_rect = QRectF(QPointF((page.width() - slide_size.width()) / 2, PAGE_MARGIN), slide_size)
    notes_top = slide_rect.bottom() + 30
    notes_height = page.height() - PAGE_MARGIN - 16 - notes_top
    for done, slide in enumerate(slides, start=1):
        doc = _notes_document(slide.notes, width) if slide.notes.strip() else None
        pages = paginate(doc, QSizeF(width, notes_height)) if doc is not None else 1
        rules = rules_by_page(doc) if doc is not None else {}
        for index in range(pages):
            pager.next_page()
            _slide_frame(painter, renderer, slide, slide_rect)
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
            size = _fit_16_9(cell.width() * 0.52, cell.height())
            slide_rect = QRectF(cell.topLeft(), size)
            lines = QRectF(
                slide_rect.right() + 18,
                cell.top(),
                cell.right() - slide_rect.right() - 18,
                cell.height(),
            )
        else:
            size = _fit_16_9(cell.width(), cell.height() * 0.62)
            slide_rect = QRectF(cell.topLeft(), size)
            lines = QRectF(
                cell.left(),
                slide_rect.bottom() + 4,
                cell.width(),
                cell.bottom() - slide_rect.bottom() - 4,
            )
        _slide_frame(painter, renderer, slide, slide_rect)
        _writing_lines(painter, lines)
        if progress:
            progress(done, len(slides))


# Contact sheets -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SheetDeck:
    """A deck on a contact sheet: its title, where it comes from (a file name), its slides."""

    title: str
    source: str
    slides: Sequence[Slide]


SHEET_COLUMNS = 3
SHEET_ROWS = 2


def export_contact_sheet_pdf(
    decks: Sequence[SheetDeck],
    out: Path,
    theme: Theme,
    *,
    progress: Progress | None = None,
    title: str = "",
) -> None:
    """Write every deck's slides, six a page, to the PDF file ``out`` for review.

    A4 landscape; each deck starts on a new page under its title and source; each slide is
    captioned with its number and the line it starts on, and marked when its text had to shrink
    below the readable size. ``progress`` gets (slides done, slides in all). Raises
    ``ValueError`` when there is no slide at all, ``OSError`` when the file cannot be written.
    """
    decks = [deck for deck in decks if deck.slides]
    if not decks:
        raise ValueError("there are no slides to export")
    write_atomically(Path(out), lambda path: _write_sheet(decks, path, theme, progress, title))


def _write_sheet(
    decks: Sequence[SheetDeck],
    path: Path,
    theme: Theme,
    progress: Progress | None,
    title: str,
) -> None:
    per_page = SHEET_COLUMNS * SHEET_ROWS
    total_pages = sum((len(d.slides) + per_page - 1) // per_page for d in decks)
    total_slides = sum(len(d.slides) for d in decks)
    writer, painter, page = _begin(path, title, portrait=False)
    try:
        renderer = SlideRenderer(theme)
        pager = _Pager(writer, painter)
        caption = 16.0
        gap = 18.0
        width = (page.width() - 2 * PAGE_MARGIN - gap * (SHEET_COLUMNS - 1)) / SHEET_COLUMNS
        header = PAGE_MARGIN + 34  # below the deck's title
        room = page.height() - PAGE_MARGIN - 14 - header  # above the footer
        size = _fit_16_9(width, (room - gap * (SHEET_ROWS - 1)) / SHEET_ROWS - caption)
        pitch = QSizeF(size.width() + gap, size.height() + caption + gap)
        top = header + (room - (pitch.height() * SHEET_ROWS - gap)) / 2  # the grid, centred
        done = 0
        for deck in decks:
            for position, slide in enumerate(deck.slides):
                spot = position % per_page
                if spot == 0:
                    pager.next_page()
                    more = position > 0
                    _sheet_header(painter, page, deck, more)
                    _footer(painter, page, f"{pager.pages} / {total_pages}", title)
                row, column = divmod(spot, SHEET_COLUMNS)
                corner = QPointF(PAGE_MARGIN + column * pitch.width(), top + row * pitch.height())
                rect = QRectF(corner, size)
                _slide_frame(painter, renderer, slide, rect)
                _sheet_caption(
                    painter,
                    renderer,
                    slide,
                    QRectF(rect.bottomLeft(), QSizeF(size.width(), caption)),
                )
                done += 1
                if progress:
                    progress(done, total_slides)
    finally:
        painter.end()


def _sheet_header(painter: QPainter, page: QRectF, deck: SheetDeck, continued: bool) -> None:
    """The deck's title on the left (shortened with … when it would run into the source) and
    where it comes from on the right."""
    painter.save()
    band = QRectF(PAGE_MARGIN, PAGE_MARGIN - 8, page.width() - 2 * PAGE_MARGIN, 22)
    middle = int(Qt.AlignmentFlag.AlignVCenter)
    small = no_ligatures(QFont("Lato"))
    small.setPixelSize(9)  # points
    count = len(deck.slides)
    source = f"{deck.source}  ·  {count} slide{'s' if count != 1 else ''}"
    source_width = min(QFontMetricsF(small).horizontalAdvance(source), band.width() * 0.5)
    painter.setFont(small)
    painter.setPen(FAINT)
    source = QFontMetricsF(small).elidedText(source, Qt.TextElideMode.ElideLeft, source_width)
    painter.drawText(band, middle | int(Qt.AlignmentFlag.AlignRight), source)
    big = no_ligatures(QFont("Lato"))
    big.setPixelSize(15)
    big.setWeight(QFont.Weight.Bold)
    suffix = " (…)" if continued else ""
    room = band.width() - source_width - 24 - QFontMetricsF(big).horizontalAdvance(suffix)
    heading = QFontMetricsF(big).elidedText(deck.title, Qt.TextElideMode.ElideRight, room)
    painter.setFont(big)
    painter.setPen(INK)
    painter.drawText(band, middle | int(Qt.AlignmentFlag.AlignLeft), heading + suffix)
    painter.setPen(QPen(FRAME, 0.6))
    painter.drawLine(
        QPointF(PAGE_MARGIN, band.bottom() + 6),
        QPointF(page.width() - PAGE_MARGIN, band.bottom() + 6),
    )
    painter.restore()


def _sheet_caption(painter: QPainter, renderer: SlideRenderer, slide: Slide, band: QRectF) -> None:
    painter.save()
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(8)  # points
    painter.setFont(font)
    painter.setPen(FAINT)
    flags = int(Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(
        band, flags | int(Qt.AlignmentFlag.AlignLeft), f"{slide.index + 1}  ·  line {slide.line}"
    )
    fit = renderer.fit(slide)
    if fit < 1.0:
        painter.setPen(WARNING if fit < MIN_READABLE_SCALE else FAINT)
        painter.drawText(
            band, flags | int(Qt.AlignmentFlag.AlignRight), f"text at {round(fit * 100)}%"
        )
    painter.restore()


# Text pages ---------------------------------------------------------------------------------


def export_text_pdf(
    markdown: str,
    out: Path,
    *,
    title: str,
    base_dir: Path | None = None,
) -> None:
    """Write a text item (exercise, handout, guide) to ``out`` as A4 portrait pages.

    The title heads the first page; the Markdown flows over as many pages as it needs, with page
    numbers. Local images beside the item are drawn (a placeholder when missing); nothing is ever
    fetched. Raises ``OSError`` when the file cannot be written.
    """
    write_atomically(Path(out), lambda path: _write_text(markdown, path, title, base_dir))


def _write_text(markdown: str, path: Path, title: str, base_dir: Path | None) -> None:
    writer, painter, page = _begin(path, title, portrait=True)
    try:
        width = page.width() - 2 * PAGE_MARGIN
        height = page.height() - 2 * PAGE_MARGIN - 16
        doc = item_pages(markdown, title, QSizeF(width, height), base_dir)
        pager = _Pager(writer, painter)
        pages = doc.pageCount()
        rules = rules_by_page(doc)
        for index in range(pages):
            pager.next_page()
            draw_page(painter, doc, QPointF(PAGE_MARGIN, PAGE_MARGIN), index, rules)
            _footer(painter, page, f"{index + 1} / {pages}", title)
    finally:
        painter.end()


LAST_PAGE_SCRAP = 0.2  # a last page filled less than this is worth saving by tighter spacing


def item_pages(markdown: str, title: str, area: QSizeF, base_dir: Path | None) -> QTextDocument:
    """An exercise, handout or guide laid out and paginated on pages of ``area``.

    When the text would spill a few lines onto a last page, slightly tighter line spacing is
    tried, and used when it saves that page (a two-page handout stays two pages).
    """
    doc = item_document(markdown, title, area.width(), base_dir)
    pages = paginate(doc, area)
    if pages > 1 and _last_page_fill(doc) < LAST_PAGE_SCRAP:
        tight = item_document(markdown, title, area.width(), base_dir, tight=True)
        if paginate(tight, area) < pages:
            return tight
    return doc


def _last_page_fill(doc: QTextDocument) -> float:
    """How much of the last page of the paginated ``doc`` its text fills, from 0 to 1."""
    height = doc.pageSize().height()
    bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    return (bottom - (doc.pageCount() - 1) * height) / height


def item_document(
    markdown: str, title: str, width: float, base_dir: Path | None, *, tight: bool = False
) -> QTextDocument:
    """The text of an exercise, handout or guide laid out ``width`` points wide for print, under
    its title (unless the text begins with a title of its own), with writing lines for its lines
    of underscores; ``tight`` spaces lines and paragraphs a little closer. Paginate it with
    :func:`~facilitator.render.textpages.paginate` (or use :func:`item_pages`)."""
    first = next((line.strip() for line in markdown.splitlines() if line.strip()), "")
    titled = first.startswith("# ")  # the text brings its own title
    heading = f"# {_escape_heading(title)}\n\n" if title and not titled else ""
    text = mark_writing_lines(heading + _asides_on_their_own_line(markdown))
    return _text_document(text, width, base_dir, tight)


_LIST_ITEM = re.compile(r"^[ \t]*(?:\d+[.)]|[-*+])[ \t]")
_ASIDE = re.compile(r"^([ \t]+)>[ \t]?(.*)$")


def _asides_on_their_own_line(markdown: str) -> str:
    """An exercise step's trainer part (an indented ``>`` line under the step) printed on a line
    of its own, in italics: Markdown would otherwise run it on after the step's time."""
    out: list[str] = []
    in_item = False
    for line in markdown.split("\n"):
        aside = _ASIDE.match(line)
        if aside is not None and in_item and out:
            out[-1] = out[-1].rstrip() + "  "  # a hard line break
            words = aside.group(2).strip().replace("*", "\\*")
            out.append(f"{aside.group(1)}*{words}*" if words else aside.group(1))
            continue
        in_item = bool(_LIST_ITEM.match(line)) or (in_item and line.startswith((" ", "\t")))
        out.append(line)
    return "\n".join(out)


def _escape_heading(title: str) -> str:
    return title.replace("\\", "\\\\").replace("#", "\\#").replace("*", "\\*").replace("_", "\\_")


def _text_document(
    markdown: str, width: float, base_dir: Path | None, tight: bool = False
) -> QTextDocument:
    doc = SafeDocument()  # loads nothing itself; local images are registered below
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    font = no_ligatures(QFont("Lato"))
    font.setPixelSize(11)  # points
    doc.setDefaultFont(font)
    doc.setIndentWidth(18)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    line, gap = (130, 6) if tight else (140, 8)  # line height (%) and space after a paragraph
    doc.setDefaultStyleSheet(
        f"p {{ margin-top: 0px; margin-bottom: {gap}px; line-height: {line}%; }}"
        f"li {{ margin-bottom: {gap - 5}px; line-height: {line - 5}%; }}"
        f"ul, ol {{ margin-top: 0px; margin-bottom: {gap}px; }}"
        "h1 { font-size: 20px; font-weight: 700; margin-top: 0px; margin-bottom: 12px; }"
        f"h2 {{ font-size: 14px; font-weight: 700; margin-top: {gap + 4}px; margin-bottom: 6px; }}"
        "h3, h4 { font-size: 12px; font-weight: 700; margin-top: 8px; margin-bottom: 4px; }"
        "blockquote { margin-left: 14px; font-style: italic; }"
        "th, td { padding: 3px 6px; border-bottom: 0.5px solid #aab4bf; }"
        f"table {{ border-collapse: collapse; margin-bottom: {gap}px; }}"
    )
    count = 0
    light = THEMES["light"]  # text pages are printed dark on white

    def register(attrs: dict[str, str]) -> dict[str, str]:
        nonlocal count
        problems: list[str] = []
        picture, label = resolve_image(attrs.get("src", "").strip(), base_dir, problems, light)
        if picture is None:
            picture = placeholder_image(label, width, width * 0.5, light)
        count += 1
        url = f"print-image:{count}"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
        shown = QSizeF(picture.size()).scaled(
            QSizeF(width, width * 0.6), Qt.AspectRatioMode.KeepAspectRatio
        )
        if picture.width() / 2 < shown.width():  # print small pictures at about 150 dpi
            shown = QSizeF(picture.size()) / 2
        return {
            "src": url,
            "width": str(round(shown.width())),
            "height": str(round(shown.height())),
        }

    doc.setHtml(markdown_to_html(markdown, image=register))
    shape_writing_lines(doc)
    doc.setTextWidth(width)
    return doc
