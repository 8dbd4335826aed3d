"""A trainer's typed text as inert Markdown, for the readable records documents (``core.records``):
HTML escaped and every Markdown mark backslashed, so a note cannot add a heading, a link, a
table cell or HTML to the document; and Markdown tables of such cells."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def text(value: object) -> str:
    """A trainer's text as inert Markdown: HTML escaped, Markdown marks backslashed."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=False))


def paragraphs(value: str) -> str:
    """Several lines of typed text as Markdown paragraphs with their line breaks kept."""
    blocks = [b for b in re.split(r"\n\s*\n", value.strip()) if b.strip()]
    return "\n\n".join("  \n".join(text(line) for line in b.splitlines()) for b in blocks)


def cell(value: object) -> str:
    """One table cell: escaped, on one line."""
    return text(" ".join(str(value).split())) if value not in (None, "") else "–"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(text(h) for h in headers) + " |"]
    lines.append("|" + "|".join(" --- " for _ in headers) + "|")
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
