"""Splitting Markdown into slides, and an exercise's steps: the text rules of the content
format (``docs/content-format.md``) that the loader, the plan book and the importers share.

A slide ends at ``---`` on its own line; ``Note:`` starts its speaker notes; ``<!-- layout: x -->``
chooses its layout; ``<!-- hidden -->`` (before or after the layout line) leaves the slide out of
the deck (the editor's "hide"); image references are found for the loader's checks. Nesting and
length are bounded before anything is parsed (``core.limits``).
"""

from __future__ import annotations

import re
from pathlib import Path

from .model import (
    Slide,
    Step,
)

MAX_SLIDES = 300  # a deck's slides: every one is laid out in every theme by check-content


NOTE_MARKERS = ("note:", "notes:")


LAYOUT_RE = re.compile(r"^\s*<!--\s*layout:\s*([\w-]+)\s*-->\s*$", re.IGNORECASE)


HIDDEN_RE = re.compile(r"^\s*<!--\s*hidden\s*-->\s*$", re.IGNORECASE)  # a slide left out


# No part of these may run over a "[", "(" or "<" that starts the next match: a long line of
# "![![![" or "<img<img" would otherwise be scanned once for every start (quadratic).
IMAGE_RE = re.compile(r"!\[[^\][]*\]\(\s*<?([^()\s<>]+)>?(?:\s+\"[^\"()]*\")?\s*\)")


HTML_IMG_RE = re.compile(r"<img\b[^<>]*?\bsrc\s*=\s*[\"']([^\"'<>]+)[\"']", re.IGNORECASE)


STEP_RE = re.compile(r"^\s*\d+[.)]\s+(.*)$")


STEP_MINUTES_RE = re.compile(r"\s*\((\d+)\s*min(?:\.|utter|utes?)?\)\s*$", re.IGNORECASE)


# Exercise section headings, recognised in Danish, Norwegian and English.
EXERCISE_SECTIONS: dict[str, str] = {
    "formål": "purpose",
    "purpose": "purpose",
    "materialer": "materials",
    "materiell": "materials",
    "materials": "materials",
    "trin": "steps",
    "trinn": "steps",
    "steps": "steps",
    "noter til underviseren": "notes",
    "notater til kursholder": "notes",
    "facilitator notes": "notes",
    "refleksionsspørgsmål": "reflection",
    "refleksjonsspørsmål": "reflection",
    "reflection questions": "reflection",
    "variationer": "variations",
    "variasjoner": "variations",
    "variations": "variations",
}


EXERCISE_FIELDS = ("purpose", "materials", "steps", "notes", "reflection", "variations")


def heading_for(field: str) -> str:
    for heading, name in EXERCISE_SECTIONS.items():
        if name == field:
            return heading.capitalize()
    return field


def parse_steps(text: str) -> list[Step]:
    """The numbered steps. A part of a step written as a quote (the step's line, or a line of
    it, starting with ``>``) is for the trainer only: it is left out of ``Step.shown``, what
    the projector shows. The time in brackets ends a line of the step (the last one that has
    one counts), quoted or not."""
    steps: list[list[str]] = []
    for raw in text.split("\n"):
        match = STEP_RE.match(raw)
        if match and not raw.startswith((" ", "\t")):
            steps.append([match.group(1).strip()])
        elif steps and raw.strip():
            steps[-1].append(raw.strip())
    result = []
    for parts in steps:
        minutes = None
        for at in range(len(parts) - 1, -1, -1):  # the last line's time, or its trainer part's
            minutes_match = STEP_MINUTES_RE.search(parts[at])
            if minutes_match:
                minutes = int(minutes_match.group(1))
                parts[at] = parts[at][: minutes_match.start()].rstrip()
                break
        shown = [p for p in parts if not p.startswith(">")]
        kept = [p.removeprefix(">").strip() if p.startswith(">") else p for p in parts]
        trainer_only = len(shown) < len(parts)
        ordered = shown + [p for p, raw in zip(kept, parts, strict=True) if raw.startswith(">")]
        joined = " ".join(p for p in ordered if p)
        result.append(
            Step(text=joined, minutes=minutes, shown=" ".join(shown) if trainer_only else None)
        )
    return result


def slide_chunks(body: str) -> list[tuple[int, list[str]]]:
    """``body``'s lines cut at lines of exactly ``---`` outside code fences (the separators
    dropped), each chunk with the 0-based index of the line it starts on. Empty chunks are kept:
    the loader, the editor and pack merges each decide which of them make no slide."""
    chunks: list[tuple[int, list[str]]] = [(0, [])]
    fence = False
    for offset, raw in enumerate(body.split("\n")):
        if raw.strip().startswith(("```", "~~~")):
            fence = not fence
        if not fence and raw.rstrip() == "---":
            chunks.append((offset + 1, []))
            continue
        chunks[-1][1].append(raw)
    return chunks


def slide_head(lines: list[str]) -> tuple[str, bool, int]:
    """The layout line and the hidden line that may open a slide's ``lines`` (its first line
    not blank), in either order: (layout, hidden, how many lines they take)."""
    layout, hidden, taken = "content", False, 0
    for _ in range(2):
        if taken < len(lines) and (match := LAYOUT_RE.match(lines[taken])):
            layout = match.group(1).lower()
            taken += 1
        elif taken < len(lines) and HIDDEN_RE.match(lines[taken]):
            hidden = True
            taken += 1
    return layout, hidden, taken


def notes_start(lines: list[str]) -> int | None:
    """Where a slide's ``Note:`` line is; None when it has no speaker notes."""
    found = (i for i, line in enumerate(lines) if line.strip().casefold() in NOTE_MARKERS)
    return next(found, None)


def split_slides(body: str, first_line: int = 1, base_dir: Path | None = None) -> list[Slide]:
    """Split a deck body into slides at lines of exactly '---', outside code fences."""
    return [slide for slide, _ in split_slides_with_lines(body, first_line, base_dir)]


def split_slides_with_lines(
    body: str, first_line: int, base_dir: Path | None
) -> list[tuple[Slide, int]]:
    """The slides of ``body``, each with the line its ``markdown`` starts on."""
    chunks = [(first_line + offset, lines) for offset, lines in slide_chunks(body)]
    slides: list[tuple[Slide, int]] = []
    for start, lines in chunks:
        # An empty chunk at the very start or end (a leading or trailing '---') is no slide.
        if not any(line.strip() for line in lines) and start in (first_line, chunks[-1][0]):
            continue
        blank = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
        lines = lines[blank:]  # one slice: popping blank lines one by one was quadratic
        start += blank
        layout, hidden, taken = slide_head(lines)
        if hidden:
            continue  # hidden in the editor: never presented, printed or previewed
        lines = lines[taken:]
        markdown_line = start + taken
        note_at = notes_start(lines)
        if note_at is None:
            markdown, notes = "\n".join(lines), ""
        else:
            markdown = "\n".join(lines[:note_at])
            notes = "\n".join(lines[note_at + 1 :])
        markdown_line += len(markdown) - len(markdown.lstrip("\n"))
        slide = Slide(
            markdown=markdown.strip("\n"),
            notes=notes.strip(),
            layout=layout,
            base_dir=base_dir,
            line=start,
            index=len(slides),
        )
        slides.append((slide, markdown_line))
    return slides
