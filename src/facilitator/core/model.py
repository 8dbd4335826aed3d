"""The content model: plain, immutable values shared by every layer.

Nothing here knows about files or Qt. The loader (``core.loader``) builds these objects from the
Markdown library; the renderer, the UI and the planner only read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

ITEM_KINDS: tuple[str, ...] = ("deck", "exercise", "handout", "guide")
LANGUAGES: tuple[str, ...] = ("da", "nb", "en")
ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*")


def is_id(text: str) -> bool:
    """True for an id of an item, module or plan: lower case a-z, digits, '.', '-' and '_',
    starting with a letter or digit. The whole text must match (no trailing newline)."""
    return ID_RE.fullmatch(text) is not None


LAYOUTS: tuple[str, ...] = (
    "title",
    "section",
    "content",
    "two-columns",
    "image",
    "quote",
    "exercise",
)
GROUP_FORMS: tuple[str, ...] = (
    "alone",
    "pairs",
    "groups",
    "whole-class",
    "movement",
    "writing",
)


@dataclass(frozen=True)
class Problem:
    """Something wrong in the library, with where it is. ``severity`` is error or warning."""

    file: str
    line: int
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Slide:
    """One slide of a deck (or a screen made from an exercise).

    ``markdown`` is the slide body without the layout directive and without the notes.
    ``base_dir`` is where relative image paths are resolved. ``line`` is the 1-based line in the
    source file where the slide starts, so warnings can point at it.
    """

    markdown: str
    notes: str = ""
    layout: str = "content"
    base_dir: Path | None = None
    line: int = 1
    index: int = 0

    @property
    def title(self) -> str:
        for raw in self.markdown.splitlines():
            stripped = raw.strip()
            if stripped.startswith("#"):
                return stripped.lstrip("#").strip()
        for raw in self.markdown.splitlines():
            if raw.strip():
                return raw.strip()[:80]
        return ""


@dataclass(frozen=True)
class Step:
    """One step of an exercise. ``text`` is the whole step as the trainer reads it; a part
    written as a quote (``> ...``) is for the trainer only, and ``shown`` is the rest: what the
    participants see on the projector (None: all of ``text``)."""

    text: str
    minutes: int | None = None
    shown: str | None = None

    @property
    def for_participants(self) -> str:
        return self.text if self.shown is None else self.shown

    @property
    def aside(self) -> str:
        """The trainer's part of the step ("" when it has none)."""
        if self.shown is None:
            return ""
        return self.text.removeprefix(self.shown).strip() if self.shown else self.text


@dataclass(frozen=True)
class ExerciseParts:
    purpose: str = ""
    materials: str = ""
    steps: tuple[Step, ...] = ()
    notes: str = ""
    reflection: str = ""
    variations: str = ""


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    kind: str
    duration: int
    path: Path
    module_id: str
    body: str
    language: str = "da"
    audience: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    version: int = 1
    sensitive: bool = False
    part: str = ""
    summary: str = ""
    order: float = 0.0
    translation_of: str = ""
    group_form: tuple[str, ...] = ()
    body_line: int = 1
    slides: tuple[Slide, ...] = ()
    exercise: ExerciseParts | None = None
    bundled: bool = True

    @property
    def notes_count(self) -> int:
        return sum(1 for s in self.slides if s.notes.strip())

    def search_text(self) -> str:
        """All words a search should find for this item, besides title and tags."""
        parts = [self.summary, self.body]
        parts.extend(s.notes for s in self.slides)
        return "\n".join(parts)


@dataclass(frozen=True)
class Module:
    id: str
    title: str
    path: Path
    language: str = "da"
    order: float = 0.0
    summary: str = ""
    body: str = ""
    translation_of: str = ""
    bundled: bool = True
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class PlanEntry:
    kind: Literal["item", "break", "free"]
    minutes: int
    ref: str = ""  # item id for kind == "item"
    label: str = ""  # break label or free entry title
    note: str = ""
    slide: str = ""  # own slide markdown for free entries
    slides: tuple[int, ...] = ()
    hidden: tuple[int, ...] = ()
    flexible: bool = True
    line: int = field(default=0, compare=False)  # where it stands in its file


@dataclass(frozen=True)
class PlanSection:
    title: str
    entries: tuple[PlanEntry, ...] = ()


@dataclass(frozen=True)
class Plan:
    id: str
    title: str
    path: Path | None = None
    language: str = "da"
    audience: tuple[str, ...] = ()
    start: str = ""
    target_end: str = ""
    notes: str = ""
    sections: tuple[PlanSection, ...] = ()
    day: str = ""  # the date it is held, 'YYYY-MM-DD' (optional)
    format: int = 1
    bundled: bool = True

    @property
    def entries(self) -> tuple[PlanEntry, ...]:
        return tuple(e for s in self.sections for e in s.entries)

    @property
    def minutes(self) -> int:
        return sum(e.minutes for e in self.entries)


@dataclass
class Library:
    """Everything the loader found, plus every problem it met on the way."""

    modules: list[Module] = field(default_factory=list)
    plans: list[Plan] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # The folder that problems name files relative to (when not under the working directory).
    display_base: Path | None = field(default=None, compare=False, repr=False)

    def items(self) -> list[Item]:
        return [item for module in self.modules for item in module.items]

    def item(self, item_id: str) -> Item | None:
        return self._index().get(item_id)

    def plan(self, plan_id: str) -> Plan | None:
        for plan in self.plans:
            if plan.id == plan_id:
                return plan
        return None

    def _index(self) -> dict[str, Item]:
        cache = self.__dict__.get("_item_index")
        if cache is None or len(cache) != sum(len(m.items) for m in self.modules):
            cache = {item.id: item for item in self.items()}
            self.__dict__["_item_index"] = cache
        return cache

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]
