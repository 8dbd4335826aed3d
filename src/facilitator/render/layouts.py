"""Slide layouts: where heading, text, images and accents go on the 1920x1080 canvas.

:class:`LayoutBuilder` turns one ``Slide`` into a :class:`SlideLayout`: a background colour and a
list of paint operations in canvas pixels, plus the shrink factor and the problems found. Building
does all the text layout; painting a built layout only draws. The renderer caches layouts.

Layouts (``slide.layout``): title, section, content, two-columns, image, quote and exercise, as
described in docs/content-format.md.

The canvas and the shared building blocks (text boxes, styles, the accent bar and heading, the
background picture, the slide number) are in ``render.layout_base``; reading the Markdown (the
heading, the first image, the quote, the columns) in ``render.layout_markdown``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPen

from facilitator.core.model import LAYOUTS, Slide
from facilitator.render.layout_base import (
    ACCENT_BAR,
    CANVAS_HEIGHT,
    CANVAS_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    LayoutBase,
    SlideLayout,
)
from facilitator.render.layout_markdown import (
    BACKGROUND,
    COLUMN,
    find_image,
    heading_level,
    quote_parts,
    split_heading,
)
from facilitator.render.textbox import MIN_READABLE_SCALE, Paint, TextBox


class LayoutBuilder(LayoutBase):
    """Builds the layouts of one theme."""

    def build(self, slide: Slide) -> SlideLayout:
        layout = SlideLayout(background=self._c["background"])
        background = BACKGROUND.search(slide.markdown)
        if background is not None:
            self._add_background(background, slide, layout)
            slide = replace(slide, markdown=BACKGROUND.sub("", slide.markdown).strip("\n"))
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

    # Layouts --------------------------------------------------------------------------------

    def _build_content(self, slide: Slide, layout: SlideLayout, md: str | None = None) -> None:
        title, body = split_heading(slide.markdown if md is None else md)
        width = CANVAS_WIDTH - 2 * MARGIN_X
        top: float = MARGIN_TOP
        if title:
            top = self._heading_block(title, slide, layout, MARGIN_X, top, width)
        if body.strip():
            region = QRectF(MARGIN_X, top, width, CANVAS_HEIGHT - MARGIN_BOTTOM - top)
            box = self._box(body, region, self._body_style(), slide, layout)
            self._settle(layout, [box])
            layout.ops.append(box.paint)

    def _build_title(self, slide: Slide, layout: SlideLayout) -> None:
        t = self.theme
        title, subtitle = split_heading(slide.markdown)
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

    def _build_section(self, slide: Slide, layout: SlideLayout) -> None:
        t = self.theme
        layout.background = self._c["section_background"]
        title, subtitle = split_heading(slide.markdown)
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
            style = self._body_style(
                size=round(t.body_size * 1.1),
                color=t.section_foreground,
                marker=self._c["section_accent"],
            )
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

    def _build_columns(self, slide: Slide, layout: SlideLayout) -> None:
        parts = COLUMN.split(slide.markdown)
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
        level = heading_level(parts[0])
        if level and not all(heading_level(p) == level for p in parts[1:]):
            title, parts[0] = split_heading(parts[0])
        width = CANVAS_WIDTH - 2 * MARGIN_X
        top: float = MARGIN_TOP
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

    def _build_image(self, slide: Slide, layout: SlideLayout) -> None:
        found = find_image(slide.markdown)
        if found is None:
            layout.problems.append("image layout without an image; shown as content")
            self._build_content(slide, layout)
            return
        src, _alt, start, end = found
        text = slide.markdown[:start] + slide.markdown[end:]
        title_before, _ = split_heading(slide.markdown[:start])
        before = slide.markdown[:start]
        if title_before:
            before = split_heading(before)[1]
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
        from facilitator.render.images import draw_placeholder, resolve_image  # with a picture

        picture, label = resolve_image(src, slide.base_dir, layout.problems, self.theme)

        def paint_image(painter: QPainter) -> None:
            if picture is None:
                shown = QSizeF(4, 3).scaled(image_region.size(), Qt.AspectRatioMode.KeepAspectRatio)
                rect = QRectF(QPointF(0, 0), shown)
                rect.moveCenter(image_region.center())
                draw_placeholder(painter, rect, label, self.theme)
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
        title, body = split_heading(text)
        boxes: list[TextBox] = []
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

    def _build_quote(self, slide: Slide, layout: SlideLayout) -> None:
        t = self.theme
        label, rest = split_heading(slide.markdown)
        quote, attribution = quote_parts(rest)
        left = MARGIN_X + 160
        width = CANVAS_WIDTH - left - MARGIN_X - 80
        boxes: list[TextBox] = []
        if label:
            # A heading on a quote slide is a small label above the quote.
            style = self._heading_style(round(t.body_size * 0.8), color=t.muted)
            region = QRectF(MARGIN_X, 0, width + left - MARGIN_X, 160)
            boxes.append(self._box(label, region, style, slide, layout))
            self._settle(layout, boxes[-1:])
        style = self._body_style(size=t.quote_size, color=t.heading, italic=True)
        style.css = f"blockquote {{ color: {t.heading}; }} p {{ line-height: 120%; }}"
        available = CANVAS_HEIGHT - 2 * MARGIN_TOP - 140 - sum(b.height for b in boxes)
        quote_box = self._box(quote, QRectF(left, 0, width, available), style, slide, layout)
        self._settle(layout, [quote_box])
        boxes.append(quote_box)
        attribution = attribution.strip()
        if attribution:
            if attribution.startswith(("-- ", "- ")):
                attribution = "— " + attribution.split(" ", 1)[1]
            elif attribution[0] not in "—–":
                attribution = "— " + attribution
            attr_style = self._body_style(size=round(t.body_size * 0.9), color=t.muted)
            attr = self._box(attribution, QRectF(left, 0, width, 240), attr_style, slide, layout)
            self._settle(layout, [attr])
            boxes.append(attr)
        # Under a label, leave room for the quotation mark that stands beside the quote.
        gaps = [110 if label and i == 0 else 36 for i in range(len(boxes) - 1)]
        y = (CANVAS_HEIGHT - sum(b.height for b in boxes) - sum(gaps)) / 2
        for box, gap in zip(boxes, [*gaps, 0], strict=True):
            box.region.moveTop(y)
            box.region.setHeight(box.height)
            layout.ops.append(box.paint)
            y += box.height + gap
        layout.ops.append(self._quote_mark_op(QPointF(MARGIN_X - 10, quote_box.region.top())))

    def _quote_mark_op(self, at: QPointF) -> Paint:
        """A large opening quotation mark in the accent colour, its top level with ``at``."""
        size = 320
        family = self.theme.heading_family
        accent = self._c["accent"]

        def paint(painter: QPainter) -> None:
            font = QFont(family)
            font.setPixelSize(size)
            font.setWeight(QFont.Weight.Bold)
            painter.setFont(font)
            painter.setPen(accent)
            painter.drawText(
                QRectF(at.x(), at.y() - size * 0.32, 200, size),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                "\u201c",
            )

        return paint

    def _build_exercise(self, slide: Slide, layout: SlideLayout) -> None:
        card = QRectF(
            MARGIN_X - 24,
            MARGIN_TOP - 24,
            CANVAS_WIDTH - 2 * MARGIN_X + 48,
            CANVAS_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM + 32,
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
        title, body = split_heading(slide.markdown)
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
