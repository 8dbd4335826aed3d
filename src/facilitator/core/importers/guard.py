"""The hostile-input rules every importer follows (docs/content-format.md, "Importing").

A deck file is checked before any library reads it: its size, and for the zip formats (PPTX, ODP)
every entry's name, size and compression ratio, and every XML part through defusedxml (no DTD,
no entities). Pictures are checked by Pillow before they are kept. Whatever fails raises
:class:`~.result.ImportRefused` naming the file; nothing is written.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path, PurePosixPath

from ..messages import QT_TRANSLATE_NOOP, Message, plain
from .markdown_text import escape
from .result import ImportRefused

MAX_FILE_BYTES = 200 * 1024 * 1024  # the deck file itself
MAX_MARKDOWN_BYTES = 2 * 1024 * 1024  # a Markdown deck: the loader's limit for one file
MAX_UNPACKED_BYTES = 512 * 1024 * 1024  # all entries of a PPTX or ODP zip, unpacked
MAX_ENTRY_BYTES = 128 * 1024 * 1024  # one entry, unpacked
MAX_RATIO = 200  # unpacked size over packed size of one entry (XML packs about 10:1)
MAX_ENTRIES = 20_000
MAX_SLIDES = 500
MAX_IMAGE_PIXELS = 40_000_000  # a picture larger than this is refused (decompression bombs)
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg", "GIF": "gif", "BMP": "bmp", "WEBP": "webp"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted Office files, and old .ppt


def read_checked(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path`` after the checks every format shares."""
    try:
        if path.is_symlink():
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP("ImportReport", "links are not followed; import the file itself"),
            )
        if not path.is_file():
            raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "file not found"))
        size = path.stat().st_size
        if size > limit:
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportReport", "the file is too large ({size} MiB; at most {limit} MiB)"
                ).format(size=size // (1024 * 1024), limit=limit // (1024 * 1024)),
            )
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP("ImportReport", "cannot read the file: {error}").format(
                error=error.strerror or str(error)
            ),
        ) from None
    if not data:
        raise ImportRefused(path, QT_TRANSLATE_NOOP("ImportReport", "the file is empty"))
    return data


def digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def open_zip(path: Path, data: bytes, what: str) -> zipfile.ZipFile:
    """The deck's zip after checking every entry; ``what`` names the format in messages."""
    if data.startswith(OLE_MAGIC):
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "the file is password-protected or in an old format; save it as an unprotected "
                "{what} file and import that",
            ).format(what=what),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "not a {what} file (it is damaged or of another kind)"
            ).format(what=what),
        ) from None
    if len(entries) > MAX_ENTRIES:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "the file holds {count} parts (at most {most})"
            ).format(count=len(entries), most=MAX_ENTRIES),
        )
    total = 0
    for entry in entries:
        name = entry.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or ".." in parts or ":" in name or "\x00" in name:
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportReport", "the file holds a part with an unsafe name: {part}"
                ).format(part=repr(name[:80])),
            )
        if entry.flag_bits & 0x1:
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportReport", "the file is password-protected; save it without a password"
                ),
            )
        if entry.file_size > MAX_ENTRY_BYTES or entry.file_size > MAX_RATIO * max(
            entry.compress_size, 1024
        ):
            raise ImportRefused(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportReport",
                    "the part {part} unpacks to {size} KiB, far more than a deck holds "
                    "(a zip bomb?)",
                ).format(part=repr(name[:80]), size=entry.file_size // 1024),
            )
        total += entry.file_size
    if total > MAX_UNPACKED_BYTES:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport", "the file unpacks to {size} MiB (at most {most} MiB)"
            ).format(size=total // (1024 * 1024), most=MAX_UNPACKED_BYTES // (1024 * 1024)),
        )
    for entry in entries:
        if entry.filename.lower().endswith((".xml", ".rels")):
            check_xml(path, entry.filename, read_entry(path, archive, entry.filename))
    return archive


def read_entry(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    """One entry, read with the size checked again (the header could lie)."""
    try:
        with archive.open(name) as stream:
            data = stream.read(MAX_ENTRY_BYTES + 1)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP("ImportReport", "the part {part} cannot be read (damaged)").format(
                part=repr(name[:80])
            ),
        ) from None
    if len(data) > MAX_ENTRY_BYTES:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP("ImportReport", "the part {part} is too large").format(
                part=repr(name[:80])
            ),
        )
    return data


def check_xml(path: Path, name: str, data: bytes) -> None:
    """Refuse XML with a DTD or entities (the "billion laughs") or that does not parse."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "the part {part} declares XML entities or a DTD, which a deck never needs",
            ).format(part=repr(name[:80])),
        ) from None
    except Exception:  # ParseError and friends: the part is damaged
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP("ImportReport", "the part {part} is not valid XML (damaged)").format(
                part=repr(name[:80])
            ),
        ) from None


def check_image(data: bytes) -> tuple[str | None, Message]:
    """(file extension, an empty message) for a picture the slides can show, or (None, the
    reason)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = image.format or ""
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                return None, QT_TRANSLATE_NOOP(
                    "ImportReport", "it is too large ({width}x{height} pixels)"
                ).format(width=width, height=height)
            if kind not in IMAGE_FORMATS:
                return None, QT_TRANSLATE_NOOP(
                    "ImportReport", "its format ({kind}) cannot be shown on a slide"
                ).format(kind=kind or "unknown")
            image.verify()
    except UnidentifiedImageError:
        return None, QT_TRANSLATE_NOOP("ImportReport", "it is not a picture Facilitator can read")
    except Image.DecompressionBombError:
        return None, QT_TRANSLATE_NOOP("ImportReport", "it is too large")
    except Exception:
        return None, QT_TRANSLATE_NOOP("ImportReport", "it is damaged")
    return IMAGE_FORMATS[kind], plain("")


def check_slide_count(path: Path, count: int) -> None:
    if count > MAX_SLIDES:
        raise ImportRefused(
            path,
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "the deck has {count} slides; at most {most} can be imported at once "
                "(split it into smaller decks)",
            ).format(count=count, most=MAX_SLIDES),
        )


def add_picture(
    blob: bytes,
    original: str,
    alt: str,
    *,
    number: int,
    pictures: list[str],
    blocks: list[str],
    images: dict[str, bytes | Path],
    dropped: list[Message],
    kept: list[Message],
) -> None:
    """A slide's picture, checked (``check_image``) and stored beside the item as
    ``images/slideNNN-K.ext`` with its Markdown, or listed as dropped with the reason: the one
    way the PowerPoint and Impress readers keep a picture."""
    ext, reason = check_image(blob)
    if ext is None:
        dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "picture '{name}': {reason}").format(
                name=original, reason=reason
            )
        )
        return
    name = f"slide{number:03d}-{len(pictures) + 1}.{ext}"
    images[name] = blob
    pictures.append(name)
    blocks.append(f"![{escape(alt)}](images/{name})")
    kept.append(QT_TRANSLATE_NOOP("ImportReport", "picture"))
