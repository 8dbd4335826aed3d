"""The contact sheet: every deck of the library, six slides a page under each deck's title, for
review (``facilitator export-pdf --all-decks``). A4 landscape; each slide is captioned with its
number and the line it starts on, and marked when its text had to shrink below the readable
size. Written with ``render.pdf``'s writer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from facilitator.core.model import Slide
from facilitator.render.pdf import (
    FAINT,
    FRAME,
    PAGE_MARGIN,
    PdfDocument,
    Progress,
    fit_16_9,
    slide_frame,
    write_atomically,
)
from facilitator.render.slides import MIN_READABLE_SCALE, SlideRenderer
from facilitator.render.textbox import no_ligatures
from facilitator.render.textpages import INK
from facilitator.render.theme import Theme

WARNING = QColor("#b3261e")  # captions of slides shrunk below the readable size


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
    with PdfDocument(path, title, portrait=False) as document:
        painter, page = document.painter, document.page
        renderer = SlideRenderer(theme)
        caption = 16.0
        gap = 18.0
        width = (page.width() - 2 * PAGE_MARGIN - gap * (SHEET_COLUMNS - 1)) / SHEET_COLUMNS
        header = PAGE_MARGIN + 34  # below the deck's title
        room = page.height() - PAGE_MARGIN - 14 - header  # above the footer
        size = fit_16_9(width, (room - gap * (SHEET_ROWS - 1)) / SHEET_ROWS - caption)
        pitch = QSizeF(size.width() + gap, size.height() + caption + gap)
        top = header + (room - (pitch.height() * SHEET_ROWS - gap)) / 2  # the grid, centred
        done = 0
        for deck in decks:
            for position, slide in enumerate(deck.slides):
                spot = position % per_page
                if spot == 0:
                    document.next_page()
                    more = position > 0
                    _sheet_header(painter, page, deck, more)
                    document.footer(f"{document.pages} / {total_pages}", title)
                row, column = divmod(spot, SHEET_COLUMNS)
                corner = QPointF(PAGE_MARGIN + column * pitch.width(), top + row * pitch.height())
                rect = QRectF(corner, size)
                slide_frame(painter, renderer, slide, rect)
                _sheet_caption(
                    painter,
                    renderer,
                    slide,
                    QRectF(rect.bottomLeft(), QSizeF(size.width(), caption)),
                )
                done += 1
                if progress:
                    progress(done, total_slides)


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
