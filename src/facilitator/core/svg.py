"""Safe SVG: the one rule for which SVG pictures content may show, and their theme colours.

An SVG file is XML that may point elsewhere (``xlink:href="file:///…"``, ``url(http://…)``,
``@import``), expand entities (the "billion laughs"), carry scripts, or be built to exhaust the
parser that draws it. Every SVG the app shows or prints goes through :func:`check_svg` first:
the slide renderer, ``check-content`` (via the loader) and anything else that lets a trainer pick
a picture (an editor inserting one) use this function and nothing else. It is Qt-free and cheap:
a size check, a scan for declarations, then a parse with expat (entities and DTDs refused by
its handlers, as defusedxml does) that stops at the first problem.

Refused, each with the line it stands on:

- a file over :data:`MAX_SVG_BYTES`; a compressed ``.svgz``; text that is not UTF-8;
- ``<!DOCTYPE``, ``<!ENTITY`` and ``<?xml-stylesheet``; XML that is not well-formed;
- a root element that is not ``<svg>``;
- ``<script>``, ``<foreignObject>``, ``<iframe>``, ``<embed>``, ``<object>``, ``<audio>``,
  ``<video>`` and event attributes (``onload=…``);
- ``href``/``xlink:href`` that does not start with ``#`` (a link inside the file), except an
  ``<image>`` holding a PNG, JPEG, GIF or WebP as a ``data:`` URL;
- ``url(…)`` other than ``url(#…)``, and ``@import``, in attributes and in ``<style>``;
- more than :data:`MAX_SVG_ELEMENTS` elements, or elements nested deeper than
  :data:`MAX_SVG_DEPTH`.

Theme colours: an SVG whose root has ``data-palette="theme"`` is drawn with the colours of
:data:`PALETTE` (the light theme's own colours and a few diagram tints); :func:`themed_svg`
replaces each by the colour the current theme gives that role, so one file serves the light, the
dark and the high-contrast theme. Other colours, and files without the marker, are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

MAX_SVG_BYTES = 512 * 1024
"""Bytes of one SVG file. A clean diagram is 2-20 KB; a traced photo larger than this belongs
in a PNG or JPEG."""

MAX_SVG_ELEMENTS = 5000
"""Elements in one SVG (a diagram has a few hundred at most)."""

MAX_SVG_DEPTH = 32
"""Levels of elements inside each other (diagrams use three or four)."""

PALETTE: dict[str, str] = {
    # The light theme's colours (render/theme.py), each standing for its role.
    "#fbfaf7": "background",
    "#1f2933": "foreground",
    "#102a43": "heading",
    "#0a6373": "accent",
    "#ffffff": "on_accent",
    "#4a5568": "muted",
    "#eef4f5": "surface",
    "#bcccdc": "rule",
    # Diagram colours, from calm to alarm: soft fills (text in foreground reads on them) ...
    "#dcf2e8": "tint1",  # green
    "#dde9f7": "tint2",  # blue
    "#fbf0c9": "tint3",  # yellow
    "#fde3cc": "tint4",  # orange
    "#f9d9dc": "tint5",  # red
    # ... and strong lines and marks in the same five hues.
    "#1b7f5a": "strong1",
    "#2a6bb0": "strong2",
    "#a87b00": "strong3",
    "#c25e0a": "strong4",
    "#b3363f": "strong5",
}
"""Placeholder colour (as written in the file, lower case) -> the theme role that replaces it."""

PALETTE_MARKER = re.compile(rb"""<svg\b[^>]*\bdata-palette\s*=\s*["']theme["']""", re.IGNORECASE)

_COLOUR = re.compile(
    r"""((?:fill|stroke|stop-color|flood-color|lighting-color|color)\s*[=:]\s*["']?\s*)"""
    r"(#[0-9a-fA-F]{6})\b"
)
_BAD_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)|<\?xml-stylesheet", re.IGNORECASE)
_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.IGNORECASE)
_IMPORT = re.compile(r"@import", re.IGNORECASE)
_DATA_PICTURE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp)[;,]", re.IGNORECASE)
_FORBIDDEN = frozenset(
    {"script", "foreignobject", "iframe", "embed", "object", "audio", "video", "handler"}
)


@dataclass(frozen=True)
class SvgCheck:
    """The outcome of :func:`check_svg`: ``text`` to draw, or the ``line`` and ``reason`` of the
    first problem (``text`` is then None)."""

    text: str | None
    line: int = 0
    reason: str = ""
    themed: bool = False  # the file asks for the theme's colours (``data-palette="theme"``)

    @property
    def message(self) -> str:
        """``reason`` and where, with no ": " in it (problem messages end with ": FILE")."""
        return f"unsafe SVG, line {self.line}, {self.reason}".replace(": ", " ")


def is_svg(name: str, head: bytes) -> bool:
    """Whether a picture file is (or may be) an SVG: by its name, or by its first bytes (XML or
    gzip), so an SVG renamed ``.png`` still goes through :func:`check_svg`."""
    if name.lower().endswith((".svg", ".svgz")):
        return True
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") or head.startswith(b"\x1f\x8b")


def read_svg(path: Path) -> SvgCheck:
    """:func:`check_svg` of the file at ``path`` (read no further than the size limit)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_SVG_BYTES + 1)
    except OSError:
        return SvgCheck(None, 1, "the file could not be read")
    return check_svg(data)


def check_svg(data: bytes) -> SvgCheck:
    """The text of the SVG ``data`` if it is safe to draw, else the first problem and its line.
    See the module's docstring for the rules."""
    if len(data) > MAX_SVG_BYTES:
        return SvgCheck(None, 1, f"larger than {MAX_SVG_BYTES // 1024} KB")
    if data.startswith(b"\x1f\x8b"):
        return SvgCheck(None, 1, "compressed SVG (svgz) is not read; save it as plain SVG")
    found = _BAD_DECLARATION.search(data)
    if found is not None:
        what = found.group(0).decode("ascii", "replace").lstrip("<!? ").split()[0].upper()
        return SvgCheck(None, data.count(b"\n", 0, found.start()) + 1, f"{what} not allowed")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return SvgCheck(None, data.count(b"\n", 0, error.start) + 1, "not UTF-8 text")
    if "\x00" in text:
        return SvgCheck(None, text.count("\n", 0, text.index("\x00")) + 1, "not UTF-8 text")
    problem = _scan(text.encode("utf-8"))
    if problem is not None:
        return problem
    return SvgCheck(text, themed=PALETTE_MARKER.search(data[:4096]) is not None)


class _Refused(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _scan(data: bytes) -> SvgCheck | None:
    """The first problem a parse with expat finds, or None. Handlers refuse a DOCTYPE, an
    entity and an external entity as they are met (a backstop to the line scan), and every
    element is checked as it starts, so a hostile file is dropped at its first bad element."""
    parser = expat.ParserCreate(encoding="utf-8", namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    depth = 0
    count = 0
    style: list[str] | None = None

    def refuse(*_args: object) -> NoReturn:
        raise _Refused("DOCTYPE or ENTITY not allowed")

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth, count, style
        depth += 1
        count += 1
        local = name.rsplit(" ", 1)[-1].lower()
        if count == 1 and local != "svg":
            raise _Refused(f"the root element is <{local}>, not <svg>")
        if count > MAX_SVG_ELEMENTS:
            raise _Refused(f"more than {MAX_SVG_ELEMENTS} elements")
        if depth > MAX_SVG_DEPTH:
            raise _Refused(f"nested more than {MAX_SVG_DEPTH} levels deep")
        if local in _FORBIDDEN:
            raise _Refused(f"<{local}> not allowed")
        found = _attribute_problem(local, attributes)
        if found:
            raise _Refused(found)
        if local == "style":
            style = []

    def end(name: str) -> None:
        nonlocal depth, style
        depth -= 1
        if style is not None:
            found = _css_problem("".join(style))
            style = None
            if found:
                raise _Refused(found)

    def characters(text: str) -> None:
        if style is not None:
            style.append(text)

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    try:
        parser.Parse(data, True)
    except _Refused as refusal:
        return SvgCheck(None, parser.CurrentLineNumber, refusal.reason)
    except expat.ExpatError as error:
        return SvgCheck(None, error.lineno or 1, "not well-formed XML")
    if count == 0:
        return SvgCheck(None, 1, "no <svg> element")
    return None


def _attribute_problem(element: str, attributes: dict[str, str]) -> str:
    if element.startswith(("set", "animate")):
        target = next((v for k, v in attributes.items() if k.lower().endswith("attributename")), "")
        if "href" in target.lower():
            return f"<{element}> of {target[:40]} not allowed"
    for name, value in attributes.items():
        local = re.split(r"[ }:]", name)[-1].lower()
        if local.startswith("on"):
            return f"event attribute {local} not allowed"
        if local == "href":
            target = value.strip()
            if target.startswith("#"):
                continue
            if element == "image" and _DATA_PICTURE.match(target):
                continue
            return f"reference to {target[:60]!r} not allowed (only #id inside the file)"
        if local == "style" or "url(" in value.lower() or "@import" in value.lower():
            found = _css_problem(value)
            if found:
                return found
    return ""


def _css_problem(css: str) -> str:
    if _IMPORT.search(css):
        return "@import not allowed"
    for found in _URL.finditer(css):
        if not found.group(1).startswith("#"):
            return f"url({found.group(1)[:60]}) not allowed (only url(#id) inside the file)"
    return ""


def themed_svg(text: str, colours: dict[str, str]) -> str:
    """``text`` with each :data:`PALETTE` colour in a fill, stroke or stop colour replaced by
    ``colours[role]`` (``#rrggbb``); colours outside the palette stay as they are."""

    def swap(found: re.Match[str]) -> str:
        role = PALETTE.get(found.group(2).lower())
        if role is None or role not in colours:
            return found.group(0)
        return found.group(1) + colours[role]

    return _COLOUR.sub(swap, text)


def foreign_colours(text: str) -> list[tuple[int, str]]:
    """The colours of a themed SVG that are not in :data:`PALETTE` (line, colour): they look the
    same in every theme, which may be unreadable on the dark ones."""
    found = []
    for match in _COLOUR.finditer(text):
        if match.group(2).lower() not in PALETTE:
            found.append((text.count("\n", 0, match.start()) + 1, match.group(2)))
    return found
