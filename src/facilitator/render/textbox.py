"""Text documents for slides: the safe document, its style, placing it, and shrinking to fit.

A :class:`TextBox` is a laid-out ``QTextDocument`` in a region of the 1920x1080 canvas. Shrinking
lays the document out at ``width / scale`` and paints it scaled by ``scale``: fonts, spacing and
inline images shrink together, and line breaks are those of the final size at every target size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from facilitator.core.limits import markdown_limit
from facilitator.render.markup import _convert, sanitise_html
from facilitator.render.theme import Theme

MIN_READABLE_SCALE = 0.7  # text shrunk further than this is hard to read from the back row
MIN_SCALE = 0.4  # shrink no further: clip the rest and report it


class SafeDocument(QTextDocument):
    """A text document that never loads anything itself.

    Local images are decoded by the renderer and registered with ``addResource`` before the HTML
    is set; every other resource the HTML asks for (remote images, style sheets, backgrounds) is
    refused here, so nothing is fetched from the network or read from an unexpected path.
    """

    refused: list[str] = []  # every refused URL, for tests and diagnostics (bounded)

    def loadResource(self, type_: int, url: QUrl | str) -> None:  # noqa: N802 (Qt override)
        refused = SafeDocument.refused
        refused.append(url.toString() if isinstance(url, QUrl) else url)
        del refused[:-50]
        return None


@dataclass
class TextStyle:
    family: str
    size: int
    color: str
    bold: bool = False
    italic: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    css: str = ""
    marker: QColor | None = None  # list bullets and numbers; None: the theme's accent


@dataclass
class TextBox:
    """A laid-out document placed in a region of the canvas."""

    doc: QTextDocument
    region: QRectF
    color: QColor
    link: QColor
    accent: QColor
    valign: str = "top"  # top | center | bottom
    scale: float = 1.0
    clipped: bool = False
    quote_bars: list[QRectF] = field(default_factory=list)

    def natural(self, scale: float) -> QSizeF:
        """Lay out at ``scale`` and return the size on the canvas."""
        width = self.region.width() / scale
        if self.doc.textWidth() != width:  # setting the same width again lays it all out again
            self.doc.setTextWidth(width)
        size = self.doc.size()
        return QSizeF(size.width() * scale, size.height() * scale)

    def fits(self, scale: float) -> bool:
        size = self.natural(scale)
        return size.height() <= self.region.height() + 0.5 and (
            size.width() <= self.region.width() + 0.5
        )

    @property
    def height(self) -> float:
        return min(self.doc.size().height() * self.scale, self.region.height())

    def settle(self, scale: float, clipped: bool) -> None:
        """Fix the final layout and remember where block quotes are, for their accent bars."""
        self.scale = scale
        self.clipped = clipped
        self.natural(scale)
        self.quote_bars = []
        layout = self.doc.documentLayout()
        block = self.doc.begin()
        while block.isValid():
            if block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel):
                rect = layout.blockBoundingRect(block)
                margin = block.blockFormat().leftMargin()
                self.quote_bars.append(
                    QRectF(
                        margin - 28,
                        rect.top(),
                        6,
                        rect.height() - block.blockFormat().bottomMargin(),
                    )
                )
            block = block.next()

    def top(self) -> float:
        if self.valign == "center":
            return self.region.top() + (self.region.height() - self.height) / 2
        if self.valign == "bottom":
            return self.region.bottom() - self.height
        return self.region.top()

    def paint(self, painter: QPainter) -> None:
        painter.save()
        painter.translate(self.region.left(), self.top())
        painter.scale(self.scale, self.scale)
        width = self.region.width() / self.scale
        height = self.region.height() / self.scale
        if self.clipped:
            painter.setClipRect(QRectF(0, 0, width, height), Qt.ClipOperation.IntersectClip)
        for bar in self.quote_bars:
            painter.fillRect(bar, self.accent)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = context.palette
        palette.setColor(QPalette.ColorRole.Text, self.color)
        palette.setColor(QPalette.ColorRole.Link, self.link)
        context.palette = palette
        if self.clipped:
            context.clip = QRectF(0, 0, width, height)
        self.doc.documentLayout().draw(painter, context)
        painter.restore()


def fit_boxes(boxes: list[TextBox], min_scale: float = MIN_SCALE) -> float:
    """Shrink all ``boxes`` by one common factor until each fits its region; return the factor."""
    if all(box.fits(1.0) for box in boxes):
        scale, clipped = 1.0, False
    elif not all(box.fits(min_scale) for box in boxes):
        scale, clipped = min_scale, True
    else:
        low, high = min_scale, 1.0
        while high - low > 0.005:
            middle = (low + high) / 2
            if all(box.fits(middle) for box in boxes):
                low = middle
            else:
                high = middle
        scale, clipped = int(low * 100) / 100, False
    for box in boxes:
        box.settle(scale, clipped)
    return scale


def make_document(
    md: str,
    style: TextStyle,
    stylesheet: str,
    theme: Theme,
    base_dir: Path | None,
    problems: list[str],
    width: float,
    max_image_height: float,
) -> QTextDocument:
    """A safe document for ``md`` in ``style``, with its local images registered and sized.

    Inline images get at most ``width`` x ``max_image_height`` canvas pixels; a small picture is
    shown at its own size (at most doubled), not blown up. Problems found on the way (missing or
    refused images, removed HTML) are added to ``problems``.
    """
    doc = SafeDocument()
    doc.setDocumentMargin(0)
    doc.setUseDesignMetrics(True)
    doc.setIndentWidth(round(style.size * 1.15))
    font = QFont(style.family)
    font.setPixelSize(style.size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    no_ligatures(font)
    if style.bold:
        font.setWeight(QFont.Weight.Bold)
    font.setItalic(style.italic)
    doc.setDefaultFont(font)
    option = QTextOption(style.align)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(stylesheet + style.css)

    count = 0

    def register(attrs: dict[str, str]) -> dict[str, str]:
        nonlocal count
        from facilitator.render.images import placeholder_image, resolve_image  # with a picture

        picture, label = resolve_image(attrs.get("src", "").strip(), base_dir, problems, theme)
        if picture is None:
            picture = placeholder_image(label, width, max_image_height, theme)
        count += 1
        url = f"slide-image:{count}"
        limit = QSizeF(min(width, _pixels(attrs.get("width")) or width), max_image_height)
        shown = QSizeF(picture.size()).scaled(limit, Qt.AspectRatioMode.KeepAspectRatio)
        if picture.width() < shown.width() and picture.height() < shown.height():
            shown = QSizeF(picture.size()).scaled(
                min(shown.width(), picture.width() * 2.0),
                min(shown.height(), picture.height() * 2.0),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), picture)
        return {
            "src": url,
            "width": str(round(shown.width())),
            "height": str(round(shown.height())),
            "alt": attrs.get("alt", ""),
        }

    if (found := markdown_limit(md)) is not None:
        problems.append(f"{found[1]}; shown as plain text")
    cleaned = sanitise_html(_convert(md), register)
    for tag in dict.fromkeys(cleaned.removed):
        if tag != "img":
            problems.append(f"unsafe HTML removed: <{tag}>")
    doc.setHtml(cleaned.html)
    _colour_list_markers(doc, QColor(theme.accent) if style.marker is None else style.marker)
    return doc


def _colour_list_markers(doc: QTextDocument, colour: QColor) -> None:
    """Bullets and numbers in the accent colour; the item text keeps the text colour."""
    marker = QTextCharFormat()
    marker.setForeground(colour)
    block = doc.begin()
    while block.isValid():
        if block.textList() is not None:
            QTextCursor(block).mergeBlockCharFormat(marker)
        block = block.next()


def no_ligatures(font: QFont) -> QFont:
    """Switch off Lato's ligatures (its "ti" among them): a PDF made with them extracts "til" as
    "l" in copy-and-paste and search, and Danish has "ti" everywhere."""
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _pixels(value: str | None) -> float:
    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$", value or "")
    return float(match.group(1)) if match else 0.0


Paint = Callable[[QPainter], None]
