"""The canvas every slide layout is drawn on (1920x1080 pixels, its margins) and the building
blocks the layouts share (:class:`LayoutBase`): the body text's style sheet, text boxes fitted
to a region, heading and body styles, the accent bar and heading, the background picture and
the slide number. ``render.layouts``' :class:`~facilitator.render.layouts.LayoutBuilder` places
them for each layout."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from facilitator.core.model import Slide
from facilitator.render.textbox import (
    MIN_SCALE,
    Paint,
    TextBox,
    TextStyle,
    fit_boxes,
    make_document,
)
from facilitator.render.theme import BASE_ROLES, Theme

CANVAS_WIDTH = 1920
CANVAS_HEIGHT = 1080
CANVAS = QRectF(0, 0, CANVAS_WIDTH, CANVAS_HEIGHT)

MARGIN_X = 128
MARGIN_TOP = 96
MARGIN_BOTTOM = 96
ACCENT_BAR = QSizeF(112, 10)

_COLOUR_ROLES = (
    *BASE_ROLES,
    "section_background",
    "section_foreground",
    "section_accent",
)


@dataclass
class SlideLayout:
    background: QColor
    ops: list[Paint] = field(default_factory=list)
    fit: float = 1.0
    clipped: bool = False  # some text did not fit even at MIN_SCALE
    problems: list[str] = field(default_factory=list)


class LayoutBase:
    """What every layout of one theme is built from; :class:`LayoutBuilder` adds the layouts."""

    def __init__(self, theme: Theme, *, slide_numbers: bool = False) -> None:
        self.theme = theme
        self.slide_numbers = slide_numbers
        self._c = {name: QColor(getattr(theme, name)) for name in _COLOUR_ROLES}
        self._body_css = self._make_body_css()

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

    def _box(
        self,
        md: str,
        region: QRectF,
        style: TextStyle,
        slide: Slide,
        layout: SlideLayout,
        valign: str = "top",
        max_image_height: float | None = None,
    ) -> TextBox:
        doc = make_document(
            md,
            style,
            self._body_css,
            self.theme,
            slide.base_dir,
            layout.problems,
            region.width(),
            max_image_height if max_image_height is not None else region.height() * 0.75,
        )
        return TextBox(
            doc=doc,
            region=QRectF(region),
            color=QColor(style.color),
            link=self._c["accent"],
            accent=self._c["accent"],
            valign=valign,
        )

    def _settle(
        self, layout: SlideLayout, boxes: list[TextBox], min_scale: float = MIN_SCALE
    ) -> float:
        scale = fit_boxes(boxes, min_scale)
        layout.fit = min(layout.fit, scale)
        layout.clipped = layout.clipped or any(box.clipped for box in boxes)
        return scale

    # Styles ---------------------------------------------------------------------------------

    def _heading_style(self, size: int | None = None, **kw: object) -> TextStyle:
        t = self.theme
        style = TextStyle(t.heading_family, size or t.heading_size, t.heading, bold=True)
        style.css = "p { margin-bottom: 0px; line-height: 108%; }"
        for key, value in kw.items():
            setattr(style, key, value)
        return style

    def _body_style(self, **kw: object) -> TextStyle:
        t = self.theme
        style = TextStyle(t.body_family, t.body_size, t.foreground)
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
        self, text: str, slide: Slide, layout: SlideLayout, left: float, top: float, width: float
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

    def _add_background(self, found: re.Match[str], slide: Slide, layout: SlideLayout) -> None:
        """The slide's background picture, under everything else: covering the canvas, or
        whole and centred with ``contain``/``fit``."""
        words = found.group(1).casefold().split()
        contain = "contain" in words or "fit" in words
        from facilitator.render.images import draw_placeholder, resolve_image  # with a picture

        picture, label = resolve_image(found.group(2), slide.base_dir, layout.problems, self.theme)

        def paint(painter: QPainter) -> None:
            if picture is None:
                draw_placeholder(painter, CANVAS.adjusted(96, 96, -96, -96), label, self.theme)
                return
            mode = (
                Qt.AspectRatioMode.KeepAspectRatio
                if contain
                else Qt.AspectRatioMode.KeepAspectRatioByExpanding
            )
            shown = QSizeF(picture.size()).scaled(CANVAS.size(), mode)
            rect = QRectF(QPointF(0, 0), shown)
            rect.moveCenter(CANVAS.center())
            painter.drawImage(rect, picture)

        layout.ops.append(paint)

    def _add_number(self, slide: Slide, layout: SlideLayout) -> None:
        colour = self._c["section_foreground"] if slide.layout == "section" else self._c["muted"]
        text = str(slide.index + 1)
        size = self.theme.small_size

        def paint(painter: QPainter) -> None:
            font = QFont(self.theme.body_family)
            font.setPixelSize(size)
            painter.setFont(font)
            painter.setPen(colour)
            rect = QRectF(
                CANVAS_WIDTH - MARGIN_X - 200, CANVAS_HEIGHT - 30 - size * 1.3, 200, size * 1.3
            )
            painter.drawText(
                rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )

        layout.ops.append(paint)
