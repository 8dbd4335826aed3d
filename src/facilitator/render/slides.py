"""The slide painter: one ``Slide`` onto any ``QPainter``, on a fixed 1920x1080 canvas.

Markdown becomes safe HTML (``markup``), a ``QTextDocument`` with the theme's style sheet lays it
out in canvas pixels, and the painter draws it scaled to the target rectangle. The audience window,
the presenter's previews, thumbnails and PDF pages all go through :meth:`SlideRenderer.paint`, so
they show the same line breaks and the same shrink.

Layout is done once per slide and cached; painting a cached layout costs little, and
:meth:`SlideRenderer.image` caches finished pictures for thumbnails and pre-rendering.

Text that does not fit shrinks as a whole (fonts, spacing and inline images alike) until it fits,
like a presentation program's auto-fit; below :data:`MIN_SCALE` the rest is clipped, never drawn
outside the slide. QtGui only: this module must not import QtWidgets.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from facilitator.core.model import LAYOUTS, Slide
from facilitator.render.fonts import ensure_fonts_loaded
from facilitator.render.markup import (
    _convert,
    is_local_reference,
    markdown_to_html,
    sanitise_html,
)
from facilitator.render.theme import Theme

__all__ = [
    "CANVAS_HEIGHT",
    "CANVAS_WIDTH",
    "MIN_READABLE_SCALE",
    "MIN_SCALE",
    "SlideRenderer",
    "markdown_to_html",
]

log = logging.getLogger(__name__)

CANVAS_WIDTH = 1920
CANVAS_HEIGHT = 1080
CANVAS = QRectF(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT)
MIN_READABLE_SCALE = 0.7  # text shrunk further than this is hard to read from the back row
MIN_SCALE = 0.4  # shrink no further: clip the rest and report it

MARGIN_X = 128
MARGIN_TOP = 96
MARGIN_BOTTOM = 96
ACCENT_BAR = QSizeF(112, 10)

_HEADING_LINE = re.compile(r"^ {0,3}(#{1,2})[ \t]+(.+?)[ \t#]*$")
_COLUMN = re.compile(r"^[ \t]*<!--\s*column\s*-->[ \t]*$", re.MULTILINE | re.IGNORECASE)
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)[\"'][^>]*>", re.IGNORECASE)
_IMAGE_MAX_SIDE = 2400  # decode large photos no bigger than this: enough for a 1080p canvas


# ------------------------------------------------------------------------------------------
# Images
# ------------------------------------------------------------------------------------------


class _ImageCache:
    """Decoded local images by (path, modification time), bounded by bytes."""

    def __init__(self, budget: int = 96 * 1024 * 1024) -> None:
        self.budget = budget
        self._items: OrderedDict[tuple[str, int], QImage] = OrderedDict()
        self._bytes = 0

    def get(self, path: Path) -> QImage | None:
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            return None
        key = (str(path), mtime)
        image = self._items.get(key)
        if image is not None:
            self._items.move_to_end(key)
            return image
        image = _read_image(path)
        if image is None:
            return None
        self._items[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.budget and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        return image

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0


def _read_image(path: Path) -> QImage | None:
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    size = reader.size()
    vector = bytes(reader.format().data()).lower() in (b"svg", b"svgz")
    if size.isValid() and (vector or max(size.width(), size.height()) > _IMAGE_MAX_SIDE):
        side = 1600 if vector else _IMAGE_MAX_SIDE
        reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


_images = _ImageCache()


def _draw_placeholder(painter: QPainter, rect: QRectF, label: str, theme: Theme) -> None:
    """A visible box where an image should be: dashed outline, a picture sign, the file name."""
    painter.save()
    muted = QColor(theme.muted)
    fill = QColor(theme.muted)
    fill.setAlphaF(0.08)
    painter.setBrush(fill)
    pen = QPen(muted, max(2.0, min(rect.width(), rect.height()) / 120))
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    inner = rect.adjusted(pen.widthF(), pen.widthF(), -pen.widthF(), -pen.widthF())
    painter.drawRoundedRect(inner, 16, 16)
    # A small landscape picture, crossed out.
    side = min(inner.width(), inner.height()) * 0.28
    icon = QRectF(0, 0, side * 1.3, side)
    icon.moveCenter(inner.center() - QPointF(0, side * 0.3))
    solid = QPen(muted, max(2.0, side / 22))
    painter.setPen(solid)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(icon, side / 10, side / 10)
    hills = QPainterPath()
    hills.moveTo(icon.left() + side * 0.1, icon.bottom() - side * 0.15)
    hills.lineTo(icon.left() + side * 0.45, icon.top() + side * 0.45)
    hills.lineTo(icon.left() + side * 0.7, icon.bottom() - side * 0.35)
    hills.lineTo(icon.left() + side * 0.9, icon.top() + side * 0.6)
    hills.lineTo(icon.right() - side * 0.1, icon.bottom() - side * 0.15)
    painter.drawPath(hills)
    painter.drawLine(icon.topLeft(), icon.bottomRight())
    # The name of what is missing.
    font = QFont("Lato")
    font.setPixelSize(max(12, min(34, int(inner.width() / 18))))
    painter.setFont(font)
    text_rect = QRectF(inner.left() + 16, icon.bottom() + side * 0.15, inner.width() - 32, 0)
    text_rect.setBottom(inner.bottom() - 8)
    painter.drawText(
        text_rect,
        int(
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
        ),
        label,
    )
    painter.restore()


# ------------------------------------------------------------------------------------------
# Documents
# ------------------------------------------------------------------------------------------


class _SafeDocument(QTextDocument):
    """A text document that never loads anything itself.

    Local images are decoded by the renderer and registered with ``addResource`` before the HTML
    is set; every other resource the HTML asks for (remote images, style sheets, backgrounds) is
    refused here, so nothing is fetched from the network or read from an unexpected path.
    """

    refused: list[str] = []  # every refused URL, for tests and diagnostics (bounded)

    def loadResource(self, type_: int, url: QUrl) -> None:  # noqa: N802 (Qt override)
        refused = _SafeDocument.refused
        refused.append(url.toString())
        del refused[:-50]
        return None


@dataclass
class _Style:
    family: str
    size: int
    color: str
    bold: bool = False
    italic: bool = False
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
    css: str = ""


@dataclass
class _TextBox:
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
        self.doc.setTextWidth(self.region.width() / scale)
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


def _fit(boxes: list[_TextBox], min_scale: float = MIN_SCALE) -> float:
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


# ------------------------------------------------------------------------------------------
# Layout results
# ------------------------------------------------------------------------------------------

Paint = Callable[[QPainter], None]


@dataclass
class _Layout:
    background: QColor
    ops: list[Paint] = field(default_factory=list)
    fit: float = 1.0
    clipped: bool = False  # some text did not fit even at MIN_SCALE
    problems: list[str] = field(default_factory=list)


def _split_heading(md: str) -> tuple[str, str]:
    """The leading ``#``/``##`` heading of ``md`` (its text) and the rest."""
    lines = md.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = _HEADING_LINE.match(line)
        if match:
            return match.group(2).strip(), "\n".join(lines[i + 1 :])
        break
    return "", md


def _heading_level(md: str) -> int:
    for line in md.split("\n"):
        if line.strip():
            match = _HEADING_LINE.match(line)
            return len(match.group(1)) if match else 0
    return 0


def _find_image(md: str) -> tuple[str, str, int, int] | None:
    """The first image in ``md``: (src, alt, start, end) of its markup."""
    found = [m for m in (_MD_IMAGE.search(md), _HTML_IMAGE.search(md)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if first.re is _MD_IMAGE:
        return first.group(2), first.group(1), first.start(), first.end()
    return first.group(1), "", first.start(), first.end()


def _quote_parts(md: str) -> tuple[str, str]:
    """The block quote of a quote slide, and everything else (the attribution)."""
    quote: list[str] = []
    rest: list[str] = []
    for line in md.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(">"):
            quote.append(stripped[1:].removeprefix(" "))
        else:
            rest.append(line)
    if not any(q.strip() for q in quote):
        return md, ""
    return "\n".join(quote), "\n".join(rest)


# ------------------------------------------------------------------------------------------
# The renderer
# ------------------------------------------------------------------------------------------


class SlideRenderer:
    """Draws slides in one theme. Not thread-safe: use it from the GUI thread.

    ``slide_numbers`` adds the slide's number (``slide.index + 1``) in the bottom right corner.
    """

    layout_cache_size = 256
    image_cache_bytes = 160 * 1024 * 1024

    def __init__(self, theme: Theme, *, slide_numbers: bool = False) -> None:
        ensure_fonts_loaded()
        self.theme = theme
        self.slide_numbers = slide_numbers
        self._layouts: OrderedDict[Slide, _Layout] = OrderedDict()
        self._pictures: OrderedDict[tuple[Slide, int, int], QImage] = OrderedDict()
        self._picture_bytes = 0
        self._c = {
            name: QColor(getattr(theme, name))
            for name in (
                "background",
                "foreground",
                "heading",
                "accent",
                "on_accent",
                "muted",
                "surface",
                "rule",
                "section_background",
                "section_foreground",
                "section_accent",
            )
        }
        self._body_css = self._make_body_css()

    # Public API -----------------------------------------------------------------------------

    def paint(self, painter: QPainter, slide: Slide, target: QRectF) -> None:
        """Draw ``slide`` into ``target`` (any size; the 16:9 canvas is centred and scaled)."""
        if target.width() <= 0 or target.height() <= 0:
            return
        layout = self._layout(slide)
        scale = min(target.width() / CANVAS_WIDTH, target.height() / CANVAS_HEIGHT)
        painter.save()
        left = target.center().x() - CANVAS_WIDTH * scale / 2
        top = target.center().y() - CANVAS_HEIGHT * scale / 2
        if left - target.left() > 0.01 or top - target.top() > 0.01:
            painter.fillRect(target, self._c["background"])  # letterbox in the theme's colour
        painter.translate(left, top)
        painter.scale(scale, scale)
        painter.setClipRect(CANVAS, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(CANVAS, layout.background)
        for op in layout.ops:
            op(painter)
        painter.restore()

    def image(self, slide: Slide, size: QSize) -> QImage:
        """``slide`` as a picture of ``size`` pixels; cached, so call it freely for thumbnails."""
        if size.width() <= 0 or size.height() <= 0:
            return QImage()
        key = (slide, size.width(), size.height())
        cached = self._pictures.get(key)
        if cached is not None:
            self._pictures.move_to_end(key)
            return cached
        picture = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        if size.width() * CANVAS_HEIGHT != size.height() * CANVAS_WIDTH:
            picture.fill(self._c["background"])  # not 16:9: make sure no pixel stays unset
        painter = QPainter(picture)
        self.paint(painter, slide, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        self._pictures[key] = picture
        self._picture_bytes += picture.sizeInBytes()
        while self._picture_bytes > self.image_cache_bytes and len(self._pictures) > 1:
            _, old = self._pictures.popitem(last=False)
            self._picture_bytes -= old.sizeInBytes()
        return picture

    def fit(self, slide: Slide) -> float:
        """The factor the slide's text was shrunk by to fit (1.0 = not shrunk)."""
        return self._layout(slide).fit

    def problems(self, slide: Slide) -> list[str]:
        """What is wrong with how the slide shows: shrunk text, missing images, removed HTML."""
        return list(self._layout(slide).problems)

    def clear_cache(self) -> None:
        """Forget layouts and pictures (call it when files on disk, e.g. images, changed)."""
        self._layouts.clear()
        self._pictures.clear()
        self._picture_bytes = 0
        _images.clear()

    # Layout cache ---------------------------------------------------------------------------

    def _layout(self, slide: Slide) -> _Layout:
        layout = self._layouts.get(slide)
        if layout is not None:
            self._layouts.move_to_end(slide)
            return layout
        layout = self._build(slide)
        self._layouts[slide] = layout
        while len(self._layouts) > self.layout_cache_size:
            self._layouts.popitem(last=False)
        return layout

    def _build(self, slide: Slide) -> _Layout:
        layout = _Layout(background=self._c["background"])
        name = slide.layout or "content"
        if name not in LAYOUTS:
            layout.problems.append(f"unknown layout '{name}'; shown as content")
            name = "content"
        builder = {
            "title": self._build_title,
            "section": self._build_section,
            "content": self._build_content,
            "two-columns": self._build_columns,
            "image": self._build_image,
            "quote": self._build_quote,
            "exercise": self._build_exercise,
        }[name]
        builder(slide, layout)
        if self.slide_numbers:
            self._add_number(slide, layout)
        if layout.fit < 1.0:
            percent = round(layout.fit * 100)
            if layout.clipped:
                layout.problems.insert(
                    0, f"text does not fit even at {percent}%; the rest is cut off"
                )
            elif layout.fit < MIN_READABLE_SCALE:
                minimum = round(MIN_READABLE_SCALE * 100)
                layout.problems.insert(
                    0,
                    f"text shrunk to {percent}% to fit; below the readable minimum of {minimum}%",
                )
        return layout

    # Documents ------------------------------------------------------------------------------

    def _make_body_css(self) -> str:
        t = self.theme
        body = t.body_size
        sub = t.subheading_size
        gap = round(body * 0.5)
        return f"""
            p {{ margin-top: 0px; margin-bottom: {gap}px; line-height: {t.line_height}%; }}
            h1, h2 {{ font-family: '{t.heading_family}'; font-size: {sub}px; font-weight: 700;
                      color: {t.heading}; margin-top: {round(gap * 0.5)}px;
                      margin-bottom: {round(gap * 0.75)}px; line-height: 110%; }}
            h3 {{ font-family: '{t.heading_family}'; font-size: {round(body * 1.12)}px;
                  font-weight: 700; color: {t.heading}; margin-top: {round(gap * 0.5)}px;
                  margin-bottom: {round(gap * 0.5)}px; }}
            h4, h5, h6 {{ font-size: {body}px; font-weight: 700; color: {t.heading};
                          margin-top: 0px; margin-bottom: {round(gap * 0.5)}px; }}
            ul, ol {{ margin-top: 0px; margin-bottom: {gap}px; }}
            li {{ margin-bottom: {round(body * 0.28)}px; line-height: 118%; }}
            li p {{ margin-bottom: {round(body * 0.2)}px; }}
            ul ul, ol ul, ul ol, ol ol {{ margin-top: {round(body * 0.28)}px; margin-bottom: 0px;
                                          font-size: {round(body * 0.88)}px; }}
            blockquote {{ margin-left: 40px; margin-right: 0px; margin-top: 0px;
                          margin-bottom: {gap}px; font-style: italic; color: {t.muted}; }}
            blockquote p {{ margin-bottom: {round(gap * 0.5)}px; }}
            table {{ border-collapse: collapse; margin-top: 0px; margin-bottom: {gap}px; }}
            th {{ background-color: {t.surface}; color: {t.heading}; font-weight: 700;
                  text-align: left;
                  padding: {round(body * 0.25)}px {round(body * 0.45)}px;
                  border-bottom: 4px solid {t.accent}; font-size: {round(body * 0.85)}px; }}
            td {{ padding: {round(body * 0.22)}px {round(body * 0.45)}px;
                  border-bottom: 2px solid {t.rule}; font-size: {round(body * 0.85)}px; }}
            a {{ color: {t.accent}; text-decoration: none; font-weight: 700; }}
            strong, b {{ font-weight: 700; }}
            code {{ font-family: monospace; }}
            hr {{ color: {t.rule}; }}
        """

    def _document(
        self,
        md: str,
        style: _Style,
        slide: Slide,
        problems: list[str],
        width: float,
        max_image_height: float,
    ) -> QTextDocument:
        doc = _SafeDocument()
        doc.setDocumentMargin(0)
        doc.setUseDesignMetrics(True)
        doc.setIndentWidth(round(style.size * 1.15))
        font = QFont(style.family)
        font.setPixelSize(style.size)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        if style.bold:
            font.setWeight(QFont.Weight.Bold)
        font.setItalic(style.italic)
        doc.setDefaultFont(font)
        option = QTextOption(style.align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDefaultStyleSheet(self._body_css + style.css)

        counter = [0]

        def image(attrs: dict[str, str]) -> dict[str, str] | str | None:
            src = attrs.get("src", "").strip()
            picture, label = self._resolve_image(src, slide, problems)
            if picture is None:
                picture = self._placeholder_image(label, width, max_image_height)
            counter[0] += 1
            url = f"slide-image:{counter[0]}"
            shown = QSizeF(picture.size()).scaled(
                QSizeF(min(width, _attr_px(attrs.get("width")) or width), max_image_height),
                Qt.AspectRatioMode.KeepAspectRatio,
            )
            if picture.width() < shown.width() and picture.height() < shown.height():
                # A small picture is shown at its own size (at most twice it), not blown up.
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

        cleaned = sanitise_html(_convert(md), image)
        for tag in dict.fromkeys(cleaned.removed):
            if tag != "img":
                problems.append(f"unsafe HTML removed: <{tag}>")
        doc.setHtml(cleaned.html)
        self._colour_list_markers(doc)
        return doc

    def _colour_list_markers(self, doc: QTextDocument) -> None:
        """Bullets and numbers in the accent colour; the item text keeps the text colour."""
        marker = QTextCharFormat()
        marker.setForeground(self._c["accent"])
        block = doc.begin()
        while block.isValid():
            if block.textList() is not None:
                QTextCursor(block).mergeBlockCharFormat(marker)
            block = block.next()

    def _resolve_image(
        self, src: str, slide: Slide, problems: list[str]
    ) -> tuple[QImage | None, str]:
        if not src:
            problems.append("image without a file name")
            return None, "?"
        if not is_local_reference(src):
            if re.match(r"^(https?|ftp):", src, re.IGNORECASE):
                problems.append(f"remote image not loaded (only local files are shown): {src}")
            else:
                problems.append(f"image refused (use a path relative to the deck): {src[:80]}")
            return None, src[:80]
        relative = QUrl.fromPercentEncoding(src.split("#")[0].split("?")[0].encode())
        path = (slide.base_dir or Path.cwd()) / relative
        if not path.is_file():
            problems.append(f"image not found: {src}")
            return None, src
        picture = _images.get(path)
        if picture is None:
            problems.append(f"image could not be read: {src}")
            return None, src
        return picture, src

    def _placeholder_image(self, label: str, width: float, max_height: float) -> QImage:
        size = QSizeF(16, 9).scaled(
            QSizeF(min(width, 960), min(max_height, 540)), Qt.AspectRatioMode.KeepAspectRatio
        )
        picture = QImage(
            round(size.width() * 1.5),
            round(size.height() * 1.5),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        picture.fill(Qt.GlobalColor.transparent)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(1.5, 1.5)
        _draw_placeholder(painter, QRectF(QPointF(0, 0), size), label, self.theme)
        painter.end()
        return picture

    def _box(
        self,
        md: str,
        region: QRectF,
        style: _Style,
        slide: Slide,
        layout: _Layout,
        valign: str = "top",
        max_image_height: float | None = None,
    ) -> _TextBox:
        doc = self._document(
            md,
            style,
            slide,
            layout.problems,
            region.width(),
            max_image_height if max_image_height is not None else region.height() * 0.75,
        )
        return _TextBox(
            doc=doc,
            region=QRectF(region),
            color=QColor(style.color),
            link=self._c["accent"],
            accent=self._c["accent"],
            valign=valign,
        )

    def _settle(
        self, layout: _Layout, boxes: list[_TextBox], min_scale: float = MIN_SCALE
    ) -> float:
        scale = _fit(boxes, min_scale)
        layout.fit = min(layout.fit, scale)
        layout.clipped = layout.clipped or any(box.clipped for box in boxes)
        return scale

    # Styles ---------------------------------------------------------------------------------

    def _heading_style(self, size: int | None = None, **kw: object) -> _Style:
        t = self.theme
        style = _Style(t.heading_family, size or t.heading_size, t.heading, bold=True)
        style.css = "p { margin-bottom: 0px; line-height: 108%; }"
        for key, value in kw.items():
            setattr(style, key, value)
        return style

    def _body_style(self, **kw: object) -> _Style:
        t = self.theme
        style = _Style(t.body_family, t.body_size, t.foreground)
        for key, value in kw.items():
            setattr(style, key, value)
        return style

    # Decorations ----------------------------------------------------------------------------

    def _rect_op(self, rect: QRectF, colour: QColor, radius: float = 0.0) -> Paint:
        def paint(painter: QPainter) -> None:
            if radius:
                painter.save()
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(rect, radius, radius)
                painter.restore()
            else:
                painter.fillRect(rect, colour)

        return paint

    def _heading_block(
        self, text: str, slide: Slide, layout: _Layout, left: float, top: float, width: float
    ) -> float:
        """Accent bar and heading at ``top``; return where the body may start."""
        layout.ops.append(
            self._rect_op(QRectF(QPointF(left, top), ACCENT_BAR), self._c["accent"], 5)
        )
        top += ACCENT_BAR.height() + 30
        line = self.theme.heading_size * 1.1
        box = self._box(
            text, QRectF(left, top, width, line * 2 + 4), self._heading_style(), slide, layout
        )
        self._settle(layout, [box], min_scale=0.6)
        layout.ops.append(box.paint)
        return top + box.height + 44

    def _add_number(self, slide: Slide, layout: _Layout) -> None:
        colour = self._c["section_foreground"] if slide.layout == "section" else self._c["muted"]
        text = str(slide.index + 1)
        size = self.theme.small_size

        def paint(painter: QPainter) -> None:
            font = QFont(self.theme.body_family)
            font.setPixelSize(size)
            painter.setFont(font)
            painter.setPen(colour)
            rect = QRectF(
                CANVAS_WIDTH - MARGIN_X - 200, CANVAS_HEIGHT - 40 - size * 1.3, 200, size * 1.3
            )
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )

        layout.ops.append(paint)

    # Layouts --------------------------------------------------------------------------------

    def _build_content(self, slide: Slide, layout: _Layout, md: str | None = None) -> None:
        title, body = _split_heading(slide.markdown if md is None else md)
        width = CANVAS_WIDTH - 2 * MARGIN_X
        top = MARGIN_TOP
        if title:
            top = self._heading_block(title, slide, layout, MARGIN_X, top, width)
        if body.strip():
            region = QRectF(MARGIN_X, top, width, CANVAS_HEIGHT - MARGIN_BOTTOM - top)
            box = self._box(body, region, self._body_style(), slide, layout)
            self._settle(layout, [box])
            layout.ops.append(box.paint)

    def _build_title(self, slide: Slide, layout: _Layout) -> None:
        t = self.theme
        title, subtitle = _split_heading(slide.markdown)
        if not title:
            title, subtitle = subtitle, ""
        width = CANVAS_WIDTH - 2 * 200
        centre = Qt.AlignmentFlag.AlignHCenter
        heading = self._box(
            title,
            QRectF(200, 0, width, t.title_size * 1.1 * 3),
            self._heading_style(t.title_size, align=centre),
            slide,
            layout,
        )
        self._settle(layout, [heading], min_scale=0.5)
        boxes = [heading]
        gap = 56 + ACCENT_BAR.height() + 56
        if subtitle.strip():
            sub_style = self._body_style(
                size=round(t.body_size * 1.12), color=t.muted, align=centre
            )
            available = CANVAS_HEIGHT - 2 * MARGIN_TOP - heading.height - gap
            sub = self._box(subtitle, QRectF(200, 0, width, available), sub_style, slide, layout)
            self._settle(layout, [sub])
            boxes.append(sub)
        total = sum(b.height for b in boxes) + (gap if len(boxes) > 1 else 0)
        y = (CANVAS_HEIGHT - total) / 2 - 20  # a touch above the middle looks centred
        heading.region.moveTop(y)
        heading.region.setHeight(heading.height)
        layout.ops.append(heading.paint)
        bar_y = y + heading.height + 56
        if len(boxes) > 1:
            bar = QRectF(QPointF((CANVAS_WIDTH - ACCENT_BAR.width()) / 2, bar_y), ACCENT_BAR)
            layout.ops.append(self._rect_op(bar, self._c["accent"], 5))
            boxes[1].region.moveTop(bar_y + ACCENT_BAR.height() + 56)
            boxes[1].region.setHeight(boxes[1].height)
            layout.ops.append(boxes[1].paint)
        # A quiet accent band along the bottom edge.
        layout.ops.append(
            self._rect_op(QRectF(0, CANVAS_HEIGHT - 16, CANVAS_WIDTH, 16), self._c["accent"])
        )

    def _build_section(self, slide: Slide, layout: _Layout) -> None:
        t = self.theme
        layout.background = self._c["section_background"]
        title, subtitle = _split_heading(slide.markdown)
        if not title:
            title, subtitle = subtitle, ""
        left = 240
        width = CANVAS_WIDTH - left - MARGIN_X
        heading = self._box(
            title,
            QRectF(left, 0, width, t.title_size * 1.1 * 3),
            self._heading_style(t.title_size, color=t.section_foreground),
            slide,
            layout,
        )
        self._settle(layout, [heading], min_scale=0.5)
        boxes = [heading]
        gap = 40
        if subtitle.strip():
            style = self._body_style(size=round(t.body_size * 1.1), color=t.section_foreground)
            style.css = f"blockquote, li, h1, h2, h3 {{ color: {t.section_foreground}; }}"
            available = CANVAS_HEIGHT - 2 * MARGIN_TOP - heading.height - gap
            sub = self._box(subtitle, QRectF(left, 0, width, available), style, slide, layout)
            sub.accent = sub.link = self._c["section_accent"]
            self._settle(layout, [sub])
            boxes.append(sub)
        total = sum(b.height for b in boxes) + (gap if len(boxes) > 1 else 0)
        y = (CANVAS_HEIGHT - total) / 2
        # A bold accent bar to the left of the text marks the new section.
        bar = QRectF(left - 88, y + 10, 16, total - 20)
        layout.ops.append(self._rect_op(bar, self._c["section_accent"], 8))
        for box in boxes:
            box.region.moveTop(y)
            box.region.setHeight(box.height)
            layout.ops.append(box.paint)
            y += box.height + gap

    def _build_columns(self, slide: Slide, layout: _Layout) -> None:
        parts = _COLUMN.split(slide.markdown)
        if len(parts) < 2:
            layout.problems.append(
                "two-columns layout without <!-- column -->; shown as one column"
            )
            self._build_content(slide, layout)
            return
        if len(parts) > 3:
            layout.problems.append("more than three columns; the rest are joined to the last")
            parts = [*parts[:2], "\n\n".join(parts[2:])]
        # A leading heading is the slide's title unless every column starts with a heading of
        # the same level (then they are the columns' own headings).
        title = ""
        level = _heading_level(parts[0])
        if level and not all(_heading_level(p) == level for p in parts[1:]):
            title, parts[0] = _split_heading(parts[0])
        width = CANVAS_WIDTH - 2 * MARGIN_X
        top = MARGIN_TOP
        if title:
            top = self._heading_block(title, slide, layout, MARGIN_X, top, width)
        gutter = 96
        column_width = (width - gutter * (len(parts) - 1)) / len(parts)
        boxes = []
        for i, part in enumerate(parts):
            left = MARGIN_X + i * (column_width + gutter)
            region = QRectF(left, top, column_width, CANVAS_HEIGHT - MARGIN_BOTTOM - top)
            boxes.append(self._box(part, region, self._body_style(), slide, layout))
        self._settle(layout, boxes)
        for i, box in enumerate(boxes):
            if i:
                x = box.region.left() - gutter / 2 - 1
                rule = QRectF(x, top + 8, 2, max(b.height for b in boxes) - 16)
                layout.ops.append(self._rect_op(rule, self._c["rule"]))
            layout.ops.append(box.paint)

    def _build_image(self, slide: Slide, layout: _Layout) -> None:
        found = _find_image(slide.markdown)
        if found is None:
            layout.problems.append("image layout without an image; shown as content")
            self._build_content(slide, layout)
            return
        src, _alt, start, end = found
        text = slide.markdown[:start] + slide.markdown[end:]
        title_before, _ = _split_heading(slide.markdown[:start])
        before = slide.markdown[:start]
        if title_before:
            before = _split_heading(before)[1]
        image_left = not before.strip()
        half = CANVAS_WIDTH / 2
        image_region = (
            QRectF(
                MARGIN_X,
                MARGIN_TOP,
                half - MARGIN_X - 40,
                CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            )
            if image_left
            else QRectF(
                half + 40,
                MARGIN_TOP,
                half - MARGIN_X - 40,
                CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
            )
        )
        text_left = half + 40 if image_left else MARGIN_X
        text_width = half - MARGIN_X - 40
        picture, label = self._resolve_image(src, slide, layout.problems)

        def paint_image(painter: QPainter) -> None:
            if picture is None:
                shown = QSizeF(4, 3).scaled(image_region.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRectF(QPointF(0, 0), shown)
                rect.moveCenter(image_region.center())
                _draw_placeholder(painter, rect, label, self.theme)
                return
            shown = QSizeF(picture.size()).scaled(
                image_region.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            rect = QRectF(QPointF(0, 0), shown)
            rect.moveCenter(image_region.center())
            painter.save()
            path = QPainterPath()
            path.addRoundedRect(rect, 20, 20)
            painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
            painter.drawImage(rect, picture)
            painter.restore()

        layout.ops.append(paint_image)
        title, body = _split_heading(text)
        boxes: list[_TextBox] = []
        heading_box = None
        if title:
            heading_box = self._box(
                title,
                QRectF(text_left, 0, text_width, self.theme.heading_size * 1.1 * 3),
                self._heading_style(),
                slide,
                layout,
            )
            self._settle(layout, [heading_box], min_scale=0.6)
        heading_height = (
            heading_box.height + ACCENT_BAR.height() + 30 + 44 if heading_box is not None else 0
        )
        if body.strip():
            available = CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - heading_height
            box = self._box(
                body, QRectF(text_left, 0, text_width, available), self._body_style(), slide, layout
            )
            self._settle(layout, [box])
            boxes.append(box)
        total = heading_height + sum(b.height for b in boxes)
        y = max(MARGIN_TOP, (CANVAS_HEIGHT - total) / 2)
        if heading_box is not None:
            bar = QRectF(QPointF(text_left, y), ACCENT_BAR)
            layout.ops.append(self._rect_op(bar, self._c["accent"], 5))
            heading_box.region.moveTop(y + ACCENT_BAR.height() + 30)
            heading_box.region.setHeight(heading_box.height)
            layout.ops.append(heading_box.paint)
            y += heading_height
        for box in boxes:
            box.region.moveTop(y)
            box.region.setHeight(box.height)
            layout.ops.append(box.paint)

    def _build_quote(self, slide: Slide, layout: _Layout) -> None:
        t = self.theme
        quote, attribution = _quote_parts(slide.markdown)
        left = MARGIN_X + 160
        width = CANVAS_WIDTH - left - MARGIN_X - 80
        style = self._body_style(size=t.quote_size, color=t.heading, italic=True)
        style.css = f"blockquote {{ color: {t.heading}; }} p {{ line-height: 120%; }}"
        available = CANVAS_HEIGHT - 2 * MARGIN_TOP - 140
        box = self._box(quote, QRectF(left, 0, width, available), style, slide, layout)
        self._settle(layout, [box])
        boxes = [box]
        gap = 36
        if attribution.strip():
            attribution = attribution.strip()
            if attribution[0] not in "—–-":
                attribution = "— " + attribution
            elif attribution.startswith(("-- ", "- ")):
                attribution = "— " + attribution.split(" ", 1)[1]
            attr_style = self._body_style(size=round(t.body_size * 0.9), color=t.muted)
            attr = self._box(attribution, QRectF(left, 0, width, 240), attr_style, slide, layout)
            self._settle(layout, [attr])
            boxes.append(attr)
        total = sum(b.height for b in boxes) + gap * (len(boxes) - 1)
        y = (CANVAS_HEIGHT - total) / 2
        mark_size = 320
        accent = self._c["accent"]
        mark_top = y - mark_size * 0.32

        def paint_mark(painter: QPainter) -> None:
            font = QFont(t.heading_family)
            font.setPixelSize(mark_size)
            font.setWeight(QFont.Weight.Bold)
            painter.setFont(font)
            painter.setPen(accent)
            painter.drawText(
                QRectF(MARGIN_X - 10, mark_top, 200, mark_size),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                "\u201c",
            )

        layout.ops.append(paint_mark)
        for b in boxes:
            b.region.moveTop(y)
            b.region.setHeight(b.height)
            layout.ops.append(b.paint)
            y += b.height + gap

    def _build_exercise(self, slide: Slide, layout: _Layout) -> None:
        card = QRectF(
            MARGIN_X - 24,
            MARGIN_TOP - 24,
            CANVAS_WIDTH - 2 * MARGIN_X + 48,
            CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM + 48,
        )
        surface = self._c["surface"]
        if self.theme.surface == self.theme.background:
            # High contrast: an outlined card instead of a tinted one.
            def paint_card(painter: QPainter) -> None:
                painter.save()
                painter.setPen(QPen(self._c["rule"], 4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(card.adjusted(2, 2, -2, -2), 28, 28)
                painter.restore()

            layout.ops.append(paint_card)
        else:
            layout.ops.append(self._rect_op(card, surface, 28))
        accent = self._c["accent"]

        def paint_edge(painter: QPainter) -> None:
            painter.save()
            path = QPainterPath()
            path.addRoundedRect(card, 28, 28)
            painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
            painter.fillRect(QRectF(card.left(), card.top(), 18, card.height()), accent)
            painter.restore()

        layout.ops.append(paint_edge)
        inner_left = card.left() + 18 + 72
        inner_width = card.right() - 72 - inner_left
        title, body = _split_heading(slide.markdown)
        top = card.top() + 64
        if title:
            badge = QRectF(inner_left, top + 4, 72, 72)
            layout.ops.append(self._badge_op(badge))
            box = self._box(
                title,
                QRectF(
                    inner_left + 104, top, inner_width - 104, self.theme.heading_size * 1.1 * 2 + 4
                ),
                self._heading_style(),
                slide,
                layout,
            )
            self._settle(layout, [box], min_scale=0.6)
            layout.ops.append(box.paint)
            top += max(box.height, 80) + 44
        if body.strip():
            region = QRectF(inner_left, top, inner_width, card.bottom() - 56 - top)
            body_box = self._box(body, region, self._body_style(), slide, layout)
            self._settle(layout, [body_box])
            layout.ops.append(body_box.paint)

    def _badge_op(self, rect: QRectF) -> Paint:
        """A round accent badge with a pencil-and-lines sign: "now you do something"."""
        accent, on_accent = self._c["accent"], self._c["on_accent"]

        def paint(painter: QPainter) -> None:
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawEllipse(rect)
            pen = QPen(on_accent, rect.width() * 0.075)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            c = rect.center()
            r = rect.width() / 2
            # Three lines of "text" ...
            for i, length in enumerate((0.62, 0.62, 0.36)):
                y = c.y() - r * 0.32 + i * r * 0.32
                painter.drawLine(
                    QPointF(c.x() - r * 0.45, y), QPointF(c.x() - r * 0.45 + r * length, y)
                )
            # ... and a tick at the end.
            painter.drawLine(
                QPointF(c.x() + r * 0.08, c.y() + r * 0.34),
                QPointF(c.x() + r * 0.22, c.y() + r * 0.48),
            )
            painter.drawLine(
                QPointF(c.x() + r * 0.22, c.y() + r * 0.48),
                QPointF(c.x() + r * 0.5, c.y() + r * 0.12),
            )
            painter.restore()

        return paint


def _attr_px(value: str | None) -> float:
    if not value:
        return 0.0
    match = re.match(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$", value)
    return float(match.group(1)) if match else 0.0
