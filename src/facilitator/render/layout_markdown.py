"""Reading a slide's Markdown for its layout: the leading heading, the first image, a quote
slide's quote, the ``<!-- column -->`` breaks and Marp's ``![bg](file)`` background picture.
Plain text work, no drawing (``render.layouts`` places what these find)."""

from __future__ import annotations

import re

HEADING_LINE = re.compile(r"^ {0,3}(#{1,2})[ \t]+(.+?)[ \t#]*$")
COLUMN = re.compile(r"^[ \t]*<!--\s*column\s*-->[ \t]*$", re.MULTILINE | re.IGNORECASE)
# No part may run over the "[", "(" or "<" that starts the next match (quadratic on "![![![").
MD_IMAGE = re.compile(r"!\[([^\][]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+[\"'][^\"'()]*[\"'])?\s*\)")
HTML_IMAGE = re.compile(r"<img\b[^<>]*?\bsrc\s*=\s*[\"']([^\"'<>]+)[\"'][^<>]*>", re.IGNORECASE)
# Marp's background picture: ``![bg](file)`` covers the slide, ``![bg contain](file)`` (or
# ``fit``) shows all of it. Imported PDF pages are slides of this one picture.
BACKGROUND = re.compile(
    r"!\[\s*bg\b([^\][]*)\]\(\s*<?([^()\s<>]+)>?(?:\s+[\"'][^\"'()]*[\"'])?\s*\)", re.IGNORECASE
)


def split_heading(md: str) -> tuple[str, str]:
    """The leading ``#``/``##`` heading of ``md`` (its text) and the rest."""
    lines = md.split("\n")
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        match = HEADING_LINE.match(line)
        if match:
            return _inline(match.group(2).strip()), "\n".join(lines[i + 1 :])
        break
    return "", md


def _inline(text: str) -> str:
    """Heading text as Markdown that stays one paragraph ("## 1. Intro" is not a list)."""
    text = re.sub(r"^(\d+)([.)])", r"\1\\\2", text)  # "1." / "1)" would start a list
    if re.match(r"[-+*](\s|$)|[>#]", text):  # a bullet, a quote or a heading
        text = "\\" + text
    return text


def heading_level(md: str) -> int:
    for line in md.split("\n"):
        if line.strip():
            match = HEADING_LINE.match(line)
            return len(match.group(1)) if match else 0
    return 0


def find_image(md: str) -> tuple[str, str, int, int] | None:
    """The first image in ``md``: (src, alt, start, end) of its markup."""
    found = [m for m in (MD_IMAGE.search(md), HTML_IMAGE.search(md)) if m]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    if first.re is MD_IMAGE:
        return first.group(2), first.group(1), first.start(), first.end()
    return first.group(1), "", first.start(), first.end()


def quote_parts(md: str) -> tuple[str, str]:
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
