"""Local images for slides: decoding with a memory bound, resolving references, placeholders.

Only regular files in the deck's own folder (or below it) are read, and no link is followed on the
way (``core.limits.local_file``). A reference that is a URL (http, https, ftp, data, file), an
absolute path or a path out of the folder is refused and reported; remote images are never
fetched. A missing or unreadable file is reported and drawn as a placeholder box, so the trainer
sees it at once. A slide with no folder (a plan kept in the app's database) shows no local file.

SVG pictures (by name, or by content whatever the name) are read only through
``core.svg.check_svg``: one that breaks a rule there is refused with the reason and its line, and
drawn as a placeholder. A checked SVG with ``data-palette="theme"`` gets the current theme's
colours, and is then drawn by Qt's SVG image reader from memory (never from the file, so what is
drawn is what was checked).
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QImageReader, QPainter, QPainterPath, QPen

from facilitator.core.limits import local_file
from facilitator.core.svg import is_svg, read_svg, themed_svg
from facilitator.render.theme import THEMES, Theme

IMAGE_MAX_SIDE = 2400  # decode large photos no bigger than this: enough for a 1080p canvas
SVG_SIDE = 1800  # an SVG is drawn this large on its longer side (sharp on a 1080p slide)


class ImageCache:
    """Decoded local images by (path, modification time), bounded by bytes."""

    def __init__(self, budget: int = 96 * 1024 * 1024) -> None:
        self.budget = budget
        self._items: OrderedDict[tuple[str, int, str], QImage] = OrderedDict()
        self._bytes = 0

    def get(self, path: Path, theme: Theme | None = None) -> tuple[QImage | None, str]:
        """The picture at ``path`` (an SVG in ``theme``'s colours), or None and the reason."""
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            return None, "could not be read"
        theme = theme or THEMES["light"]
        key = (str(path), mtime, theme.name)
        image = self._items.get(key)
        if image is not None:
            self._items.move_to_end(key)
            return image, ""
        image, reason = read_picture(path, theme)
        if image is None:
            return None, reason
        self._items[key] = image
        self._bytes += image.sizeInBytes()
        while self._bytes > self.budget and len(self._items) > 1:
            _, old = self._items.popitem(last=False)
            self._bytes -= old.sizeInBytes()
        return image, ""

    def clear(self) -> None:
        self._items.clear()
        self._bytes = 0


def read_picture(path: Path, theme: Theme) -> tuple[QImage | None, str]:
    """The picture at ``path`` decoded, or None and why: a photo with a memory bound, an SVG
    only when ``core.svg.check_svg`` passes it (in ``theme``'s colours)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return None, "could not be read"
    if is_svg(path.name, head):
        checked = read_svg(path)
        if checked.text is None:
            return None, checked.message
        text = themed_svg(checked.text, theme.diagram_colours()) if checked.themed else checked.text
        image = svg_image(text.encode("utf-8"))
        return (image, "") if image is not None else (None, "could not be read")
    image = read_image(path)
    return (image, "") if image is not None else (None, "could not be read")


def svg_image(data: bytes, side: int = SVG_SIDE) -> QImage | None:
    """Checked SVG text drawn into a picture ``side`` pixels on its longer side."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, b"svg")
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        size = QSize(side, side)
    reader.setScaledSize(size.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


def read_image(path: Path) -> QImage | None:
    """A photo (PNG, JPEG, GIF, WebP ...) decoded no larger than :data:`IMAGE_MAX_SIDE`; never
    an SVG (those go through :func:`read_picture`)."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    if not reader.canRead():
        return None
    if bytes(reader.format().data()).lower() in (b"svg", b"svgz"):
        return None  # only checked SVG text is drawn
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > IMAGE_MAX_SIDE:
        reader.setScaledSize(
            size.scaled(IMAGE_MAX_SIDE, IMAGE_MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
        )
    image = reader.read()
    if image.isNull():
        return None
    return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


IMAGES = ImageCache()


def draw_placeholder(painter: QPainter, rect: QRectF, label: str, theme: Theme) -> None:
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


def resolve_image(
    src: str, base_dir: Path | None, problems: list[str], theme: Theme | None = None
) -> tuple[QImage | None, str]:
    """The decoded image ``src`` refers to in ``base_dir`` (an SVG in ``theme``'s colours, the
    light theme by default), or None with the reason added to ``problems``; and the label a
    placeholder shows in its place."""
    path, reason = local_file(src, base_dir)
    if path is None:
        problems.append(reason)
        return None, src[:80] or "?"
    picture, why = IMAGES.get(path, theme)
    if picture is None:
        if why.startswith("unsafe SVG"):
            problems.append(f"image refused ({why}): {src}")
        else:
            problems.append(f"image could not be read: {src}")
        return None, src
    return picture, src


def placeholder_image(label: str, width: float, max_height: float, theme: Theme) -> QImage:
    """A placeholder as a picture, for inside a text document (drawn at 1.5x for sharpness)."""
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
    draw_placeholder(painter, QRectF(QPointF(0, 0), size), label, theme)
    painter.end()
    return picture
