"""A deck's slides as editable text: split, join, reorder, duplicate, delete, hide.

The deck body is cut at lines of exactly ``---`` outside code fences, as the loader cuts it
(``core.slide_split.split_slides``). Each slide keeps its own text; a slide the trainer does not
touch keeps its text exactly, and :meth:`DeckText.body` joins the slides with one separator style,
a blank line, ``---`` and a blank line.

A slide's text is, in this order: an optional ``<!-- layout: NAME -->`` line, an optional
``<!-- hidden -->`` line, the slide's Markdown, and the speaker notes after a line ``Note:``.
The fields (:class:`SlideFields`) read and write those parts; the title is the slide's first
heading line, and the body is the rest of its Markdown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import Slide
from ..slide_split import notes_start, slide_chunks, slide_head

SEPARATOR = "\n\n---\n\n"
HIDDEN_LINE = "<!-- hidden -->"
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class SlideFields:
    """The parts of one slide that the editor shows as fields."""

    layout: str = "content"
    hidden: bool = False
    title: str = ""
    level: int = 2  # the heading's number of '#': 1 on title slides, else 2
    body: str = ""
    notes: str = ""

    @property
    def markdown(self) -> str:
        """The slide's Markdown without layout, hidden marker and notes."""
        parts = []
        if self.title:
            parts.append(f"{'#' * self.level} {self.title}")
        if self.body.strip():
            parts.append(self.body.strip("\n"))
        return "\n\n".join(parts)


def split_chunks(body: str) -> list[str]:
    """The deck body as one text per slide (leading and trailing blank lines removed)."""
    chunks = slide_chunks(body.replace("\r\n", "\n"))
    texts = ["\n".join(lines).strip("\n") for _, lines in chunks]
    # A leading or trailing separator makes no slide (as in the loader).
    while texts and not texts[0].strip():
        texts.pop(0)
    while texts and not texts[-1].strip():
        texts.pop()
    return texts


def parse_slide(text: str) -> SlideFields:
    """The fields of one slide's text."""
    lines = text.replace("\r\n", "\n").split("\n")
    blank = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    layout, hidden, taken = slide_head(lines[blank:])
    lines = lines[blank + taken :]
    note_at = notes_start(lines)
    content = lines if note_at is None else lines[:note_at]
    notes = "" if note_at is None else "\n".join(lines[note_at + 1 :]).strip()
    title, level, body_lines = "", 1 if layout == "title" else 2, content
    for i, line in enumerate(content):
        if not line.strip():
            continue
        match = HEADING_RE.match(line)
        if match:
            title, level = match.group(2), len(match.group(1))
            body_lines = content[i + 1 :]
        break
    body = "\n".join(body_lines).strip("\n")
    return SlideFields(layout, hidden, title, level, body, notes)


def compose_slide(fields: SlideFields) -> str:
    """One slide's text from its fields (the inverse of :func:`parse_slide`)."""
    parts = []
    if fields.layout and fields.layout != "content":
        parts.append(f"<!-- layout: {fields.layout} -->")
    if fields.hidden:
        parts.append(HIDDEN_LINE)
    head = "\n".join(parts)
    text = "\n".join(p for p in (head, fields.markdown) if p)
    if fields.notes.strip():
        text += "\n\nNote:\n" + fields.notes.strip()
    return text


class DeckText:
    """The slides of one deck as texts, with the sorter's operations.

    Every operation returns the row the sorter should select afterwards.
    """

    def __init__(self, body: str) -> None:
        self.slides: list[str] = split_chunks(body) or [""]

    def body(self) -> str:
        return SEPARATOR.join(s.strip("\n") for s in self.slides)

    def __len__(self) -> int:
        return len(self.slides)

    def fields(self, row: int) -> SlideFields:
        return parse_slide(self.slides[row])

    def set_fields(self, row: int, fields: SlideFields) -> None:
        self.slides[row] = compose_slide(fields)

    def update(self, row: int, **changes: object) -> None:
        """Change some fields of one slide: ``deck.update(2, notes="…")``."""
        self.set_fields(row, replace(self.fields(row), **changes))  # type: ignore[arg-type]

    def add(self, after: int, text: str = "") -> int:
        """A new slide after ``after`` (-1: at the start)."""
        self.slides.insert(after + 1, text or "## \n\nNote:\n")
        return after + 1

    def duplicate(self, row: int) -> int:
        self.slides.insert(row + 1, self.slides[row])
        return row + 1

    def delete(self, row: int) -> int:
        """Remove one slide; the last slide is never removed, only emptied."""
        if len(self.slides) == 1:
            self.slides[0] = ""
            return 0
        del self.slides[row]
        return min(row, len(self.slides) - 1)

    def move(self, row: int, to: int) -> int:
        """Move slide ``row`` so that it becomes slide ``to``."""
        to = max(0, min(to, len(self.slides) - 1))
        self.slides.insert(to, self.slides.pop(row))
        return to

    def set_hidden(self, row: int, hidden: bool) -> int:
        self.update(row, hidden=hidden)
        return row

    def split(self, row: int, at: int) -> int:
        """Cut slide ``row``'s Markdown at character ``at`` of its body: the text after it
        becomes a new slide (without notes) after this one."""
        fields = self.fields(row)
        before, after = fields.body[:at].rstrip(), fields.body[at:].strip("\n")
        self.set_fields(row, replace(fields, body=before))
        self.slides.insert(row + 1, compose_slide(SlideFields(body=after)))
        return row + 1

    def join(self, row: int) -> int:
        """Join slide ``row`` with the next one: the next slide's Markdown and notes follow."""
        if row + 1 >= len(self.slides):
            return row
        first, second = self.fields(row), self.fields(row + 1)
        body = "\n\n".join(p for p in (first.body.strip("\n"), second.markdown) if p)
        notes = "\n\n".join(p for p in (first.notes, second.notes) if p)
        self.set_fields(row, replace(first, body=body, notes=notes))
        del self.slides[row + 1]
        return row

    def row_at_line(self, line: int) -> int:
        """The slide that holds ``line`` (0-based) of :meth:`body`."""
        row = 0
        for candidate in range(len(self.slides)):
            if self.line_of_row(candidate) <= line:
                row = candidate
        return row

    def line_of_row(self, row: int) -> int:
        """The first line (0-based) of slide ``row`` in :meth:`body`."""
        return sum(t.strip("\n").count("\n") + 1 + 3 for t in self.slides[:row])

    def model_slides(self, base_dir: Path | None = None) -> list[Slide]:
        """Every slide (hidden ones too) as the painter draws it."""
        slides = []
        for row, text in enumerate(self.slides):
            fields = parse_slide(text)
            slides.append(
                Slide(
                    markdown=fields.markdown,
                    notes=fields.notes,
                    layout=fields.layout,
                    base_dir=base_dir,
                    line=row + 1,
                    index=row,
                )
            )
        return slides
