"""Plain text from another program, written as deck Markdown that means the same.

Text from a PowerPoint or Impress slide is not Markdown: a line ``---`` would split the slide, a
line ``Note:`` would start the notes, ``*`` and ``#`` would change how it looks, ``{{`` would look
like a template field. :func:`escape` makes such text literal.
"""

from __future__ import annotations

import re

from ..messages import QT_TRANSLATE_NOOP
from .result import SlideReport

_SPECIAL = re.compile(r"([\\`*_\[\]>{}|])")
_LINE_START = re.compile(r"^([#>+-])(?=\s|$)|^(\d+)([.)])(?=\s|$)")
_RULE = re.compile(r"^[-=*_ ]+$")
_SPACES = re.compile(r"[ \t\u00a0\u000b]+")
HIDDEN_KEPT = QT_TRANSLATE_NOOP(
    "ImportReport", "hidden, as in the original (the editor can show it again)"
)
MAX_CHART_ROWS = 30  # a chart's table on a slide; more would not be readable


def escape(text: str) -> str:
    """One paragraph of plain text as Markdown that shows exactly that text."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        line = _SPECIAL.sub(r"\\\1", line).replace("<", "&lt;")
        line = _LINE_START.sub(_literal_start, line)
        if line.casefold() in ("note:", "notes:"):
            line = line[:-1] + "&#58;"
        elif _RULE.match(line):  # a line of dashes would split the slide or underline a heading
            line = ("&#61;" + line[1:]) if line[0] == "=" else "\\" + line
        lines.append(line)
    return "  \n".join(line for line in lines if line)


def _literal_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return match.group(2) + "\\" + match.group(3)


def heading(text: str, level: int = 1) -> str:
    return "#" * level + " " + escape(" ".join(text.split()))


def bullet(text: str, level: int = 0) -> str:
    """A list item at ``level`` (0 or more; two spaces a level, as the loader reads them)."""
    return "  " * level + "- " + escape(" ".join(text.split()))


def table(rows: list[list[str]]) -> str:
    """A Markdown table; the first row is the header. Cells become one line each."""
    if not rows:
        return ""
    width = max(len(row) for row in rows)

    def cell(text: str) -> str:
        return escape(" ".join(text.split())) or " "

    lines = []
    for n, row in enumerate(rows):
        cells = [cell(c) for c in row] + [" "] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + " --- |" * width)
    return "\n".join(lines)


def notes(text: str) -> str:
    """Speaker notes as Markdown: paragraphs kept, lines kept, nothing that splits a slide."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n").strip())
    return "\n\n".join(p for p in (escape(p) for p in paragraphs) if p)


def hidden_text(text: str) -> str:
    """Searchable words that are not drawn: an HTML comment on one line."""
    words = " ".join(text.split()).replace("--", "– ")
    if not words:
        return ""
    return f"<!-- text: {words[:4000]} -->"


def number(value: object) -> str:
    """A chart's value as a cell: 7.0 as 7, nothing as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def keep_chart(
    title: str, header: list[str], rows: list[list[str]], blocks: list[str], report: SlideReport
) -> None:
    """A chart kept as its title and a table of its numbers (the drawing itself cannot be
    shown), or listed as dropped when it holds neither."""
    if not rows and not title:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "a chart without text or numbers that could be read")
        )
        return
    if title:
        blocks.append(escape(title))
    if rows:
        blocks.append(table([header, *rows[:MAX_CHART_ROWS]]))
    report.simplified.append(
        QT_TRANSLATE_NOOP(
            "ImportReport", "a chart became a table of its numbers (the picture is not drawn)"
        )
    )
    if len(rows) > MAX_CHART_ROWS:
        report.dropped.append(
            QT_TRANSLATE_NOOP("ImportReport", "the chart's rows after the first {count}").format(
                count=MAX_CHART_ROWS
            )
        )
