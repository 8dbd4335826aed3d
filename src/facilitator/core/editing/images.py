"""Pictures put on a slide: copied into the item's folder, made small and anonymous.

A picture is never referenced where it lies: it is copied into ``images/`` beside the item, so
the item folder can be shared as it is. PNG and JPEG are opened with Pillow (at most 40 million
pixels, as imports), turned upright by their orientation tag, scaled down to at most twice the
slide (3840x2160) and saved again without their metadata (EXIF with camera, time and GPS
position, text chunks). An SVG is checked instead of changed, by ``core.svg.check_svg``, the one
rule the loader and the renderer apply too (no DTD or entities, no reference outside itself, no
scripts, bounded size), so a picture the editor takes is never refused by ``check-content``.
Every picture needs alt text: it is spoken for screen reader users and shown in the notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..importers.guard import MAX_IMAGE_PIXELS
from ..importers.writer import slug
from ..messages import QT_TRANSLATE_NOOP, MessageError
from ..svg import MAX_SVG_BYTES
from ..svg import check_svg as check_safe_svg

MAX_SIDE = (3840, 2160)  # twice the 1920x1080 slide
MAX_SOURCE_BYTES = 50 * 1024 * 1024
FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".svg": "SVG"}
_SVG_TAG = re.compile(r"<svg\b[^>]*>", re.IGNORECASE)


class ImageRefused(MessageError):
    """A picture that is not inserted: ``message`` in English, ``text`` for the UI."""


@dataclass(frozen=True)
class Inserted:
    reference: str  # relative to the item's folder, e.g. "images/foto.jpg"
    markdown: str  # ![alt](reference)
    width: int
    height: int


def insert(source: Path, item_dir: Path, alt: str) -> Inserted:
    """Copy ``source`` into ``item_dir/images`` as described above; raises ImageRefused with a
    message naming the file."""
    alt = " ".join(alt.split()).replace("[", "(").replace("]", ")")
    if not alt:
        raise ImageRefused(
            QT_TRANSLATE_NOOP(
                "EditorMessages", "{file}: describe the picture in a few words (alt text)"
            ).format(file=source.name)
        )
    kind = FORMATS.get(source.suffix.lower())
    if kind is None:
        raise ImageRefused(
            QT_TRANSLATE_NOOP(
                "EditorMessages", "{file}: only PNG, JPEG and SVG pictures can be used"
            ).format(file=source.name)
        )
    try:
        if source.is_symlink() or not source.is_file():
            raise ImageRefused(
                QT_TRANSLATE_NOOP("EditorMessages", "{file}: file not found").format(
                    file=source.name
                )
            )
        size = source.stat().st_size
        limit = MAX_SVG_BYTES if kind == "SVG" else MAX_SOURCE_BYTES
        if size > limit:
            raise ImageRefused(
                QT_TRANSLATE_NOOP("EditorMessages", "{file}: too large ({size} KiB)").format(
                    file=source.name, size=size // 1024
                )
            )
        data = source.read_bytes()
    except OSError as exc:
        raise ImageRefused(
            QT_TRANSLATE_NOOP("EditorMessages", "{file}: cannot be read ({error})").format(
                file=source.name, error=str(exc.strerror or exc)
            )
        ) from None
    folder = item_dir / "images"
    folder.mkdir(parents=True, exist_ok=True)
    stem = slug(source.stem) or "picture"
    extension = ".jpg" if kind == "JPEG" else source.suffix.lower()
    target = folder / f"{stem}{extension}"
    n = 2
    while target.exists():
        target = folder / f"{stem}-{n}{extension}"
        n += 1
    if kind == "SVG":
        width, height = check_svg(data, source.name)
        target.write_bytes(data)
    else:
        width, height = _save_raster(data, kind, target, source.name)
    reference = f"images/{target.name}"
    return Inserted(reference, f"![{alt}]({reference})", width, height)


def _save_raster(data: bytes, kind: str, target: Path, name: str) -> tuple[int, int]:
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            if opened.format != kind:
                raise ImageRefused(
                    QT_TRANSLATE_NOOP(
                        "EditorMessages", "{file}: the file is not a {kind} picture"
                    ).format(file=name, kind=kind)
                )
            if opened.width * opened.height > MAX_IMAGE_PIXELS:
                raise ImageRefused(
                    QT_TRANSLATE_NOOP(
                        "EditorMessages", "{file}: too large ({width}x{height} pixels)"
                    ).format(file=name, width=opened.width, height=opened.height)
                )
            image = ImageOps.exif_transpose(opened)  # upright, without the orientation tag
            image.load()
    except ImageRefused:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError):
        raise ImageRefused(
            QT_TRANSLATE_NOOP(
                "EditorMessages", "{file}: not a picture that can be read (damaged?)"
            ).format(file=name)
        ) from None
    image.thumbnail(MAX_SIDE, Image.Resampling.LANCZOS)
    # A new picture of the pixels only: no EXIF, GPS, XMP or text chunks go with it.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    if kind == "JPEG":
        if clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        clean.save(target, "JPEG", quality=90, optimize=True)
    else:
        clean.save(target, "PNG", optimize=True)
    return clean.width, clean.height


def check_svg(data: bytes, name: str) -> tuple[int, int]:
    """Refuse an SVG that ``core.svg.check_svg`` refuses (message ``name:line: reason``); its size
    from the root's ``width`` and ``height`` (0 where it gives none)."""
    checked = check_safe_svg(data)
    if checked.text is None:
        raise ImageRefused(
            QT_TRANSLATE_NOOP(
                "EditorMessages", "{file}:{line}: {reason}; the SVG is refused"
            ).format(file=name, line=checked.line, reason=checked.reason)
        )
    tag = _SVG_TAG.search(checked.text)
    root = tag.group(0) if tag else ""
    return _number(_attribute(root, "width")), _number(_attribute(root, "height"))


def _attribute(tag: str, name: str) -> str | None:
    match = re.search(rf"""(?<![\w:-]){name}\s*=\s*["']([^"']*)["']""", tag)
    return match.group(1) if match else None


def _number(value: str | None) -> int:
    match = re.match(r"\s*(\d+)", value or "")
    return int(match.group(1)) if match else 0
