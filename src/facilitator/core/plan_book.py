"""The trainer's plans: create, copy, import, export and check them against the library.

Qt-free. The planner screen (``ui/planner``) and the ``export-pdf --plan`` command use this; the
rows themselves are written by ``store.plan_store``. Every rule about plans that is not plain
arithmetic (``planning``) or the file format (``plans``) lives here:

- a plan remembers the version of each library item it was planned with, so an item that changed
  in a library update since then is marked (``entry_states``);
- a plan file is imported only when it is whole: a malformed file or one from a newer version is
  refused with its file and line, and the database is not touched; unknown ids are reported
  (file and line) and, when the trainer goes on, kept as entries marked missing;
- which slides an entry shows (``entry_slides``): a deck's chosen slides without the hidden ones,
  or a free entry's own slide.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Literal

from .loader import split_slides
from .model import Item, Library, Plan, PlanEntry, PlanSection, Problem, Slide
from .plans import dump_plan, library_problems, parse_plan_file

EntryState = Literal["ok", "missing", "changed"]


def entry_state(entry: PlanEntry, library: Library, versions: dict[str, int]) -> EntryState:
    """``missing``: the item is not in the library; ``changed``: its version is not the one it
    was planned with; else ``ok`` (breaks and free entries are always ok)."""
    if entry.kind != "item":
        return "ok"
    item = library.item(entry.ref)
    if item is None:
        return "missing"
    planned = versions.get(entry.ref, 0)
    if planned and planned != item.version:
        return "changed"
    return "ok"


def entry_states(plan: Plan, library: Library, versions: dict[str, int]) -> list[EntryState]:
    return [entry_state(e, library, versions) for e in plan.entries]


def known_versions(plan: Plan, library: Library, versions: dict[str, int]) -> dict[str, int]:
    """The versions to store with ``plan``: the ones it was planned with, and the library's
    current version for every item added since. A missing item has none (0)."""
    result: dict[str, int] = {}
    for entry in plan.entries:
        if entry.kind != "item" or entry.ref in result:
            continue
        planned = versions.get(entry.ref, 0)
        item = library.item(entry.ref)
        result[entry.ref] = planned or (item.version if item is not None else 0)
    return result


def slugify(text: str) -> str:
    """A plan id made from a title: lower case a-z, digits and '-'."""
    folded = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    folded = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    return slug[:40].strip("-") or "plan"


# The part of a plan PDF's suggested file name that says what it holds, in the plan's language.
_PDF_NAMES = {
    "da": {"runsheet": "koereplan", "deck": "dias", "notes": "noter", "handout": "uddelingsark",
           "cards": "oevelseskort"},
    "nb": {"runsheet": "kjoereplan", "deck": "lysbilder", "notes": "notater",
           "handout": "deltakerark", "cards": "oevelseskort"},
    "en": {"runsheet": "run-sheet", "deck": "slides", "notes": "notes", "handout": "handouts",
           "cards": "exercise-cards"},
}  # fmt: skip


def pdf_file_name(plan: Plan, kind: str) -> str:
    """The suggested name of a plan's PDF: its current title and the kind, in its language
    ("kursus-blok-1-dag-1-koereplan.pdf"), never the id it was first saved under."""
    names = _PDF_NAMES.get(plan.language, _PDF_NAMES["da"])
    return f"{slugify(plan.title)}-{names.get(kind, kind)}.pdf"


def unique_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def blank_plan(title: str, taken: set[str], *, language: str = "da", section: str = "") -> Plan:
    """A new, empty plan: one section, 09:00 to 12:00, ready for entries."""
    return Plan(
        id=unique_id(slugify(title), taken),
        title=title,
        language=language,
        start="09:00",
        target_end="12:00",
        sections=(PlanSection(title=section),),
        bundled=False,
    )


def copy_of(plan: Plan, title: str, taken: set[str]) -> Plan:
    """A copy with its own id (a template's copy or a duplicate): same entries and times."""
    base = plan.id if plan.bundled else slugify(title)
    return replace(plan, id=unique_id(base, taken), title=title, path=None, bundled=False)


# Import -------------------------------------------------------------------------------------


@dataclass
class ImportCheck:
    """What reading a plan file found. ``plan`` is None when the file cannot be imported."""

    path: Path
    plan: Plan | None = None
    errors: list[Problem] = field(default_factory=list)
    unknown: list[Problem] = field(default_factory=list)  # entries naming unknown items
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.plan is not None and not self.errors


def check_import(path: Path, library: Library) -> ImportCheck:
    """Read ``path`` without touching the database. Any error refuses the whole file: an
    entry that cannot be read is never dropped silently."""
    check = ImportCheck(path)
    name = str(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        check.errors.append(Problem(name, 1, f"not UTF-8 text (byte {exc.start})"))
        return check
    except OSError as exc:
        check.errors.append(Problem(name, 0, f"cannot be read: {exc.strerror or exc}"))
        return check
    plan, problems = parse_plan_file(text, path)
    check.errors = [p for p in problems if p.severity == "error"]
    check.warnings = [p for p in problems if p.severity != "error"]
    if plan is None:
        if not check.errors:
            check.errors.append(Problem(name, 1, "not a plan file"))
        return check
    check.plan = replace(plan, bundled=False)
    for line, message, severity in library_problems(plan, library.item):
        # An unknown item is kept as an entry marked missing, if the trainer goes on.
        if severity == "error":
            message = message.removeprefix("plan refers to ")
        found = check.unknown if severity == "error" else check.warnings
        found.append(Problem(name, line, message, "warning"))
    return check


# Slides of a plan ---------------------------------------------------------------------------


def entry_slides(entry: PlanEntry, item: Item | None, folder: Path | None = None) -> list[Slide]:
    """The slides this entry shows, in order: a deck's chosen slides (all when none are
    chosen) without the hidden ones; a free entry's own slide (its images from ``folder``, the
    plan file's folder: a plan in the app's database has none); nothing otherwise."""
    if entry.kind == "free":
        if not entry.slide.strip():
            return []
        # The entry's note is the speaker note of an own slide that has none.
        return [
            s if s.notes.strip() else replace(s, notes=entry.note)
            for s in split_slides(entry.slide, 1, folder)
        ]
    if entry.kind != "item" or item is None or not item.slides:
        return []
    count = len(item.slides)
    numbers = [n for n in entry.slides if 1 <= n <= count] or list(range(1, count + 1))
    hidden = set(entry.hidden)
    return [item.slides[n - 1] for n in numbers if n not in hidden]


def plan_slides(plan: Plan, library: Library) -> list[Slide]:
    """Every slide the plan shows, in plan order."""
    folder = plan.path.parent if plan.path is not None else None
    slides: list[Slide] = []
    for entry in plan.entries:
        item = library.item(entry.ref) if entry.kind == "item" else None
        slides.extend(entry_slides(entry, item, folder))
    return slides


def plan_items(plan: Plan, library: Library, kind: str) -> list[Item]:
    """The library items of one kind the plan uses, each once, in plan order."""
    seen: set[str] = set()
    found: list[Item] = []
    for entry in plan.entries:
        if entry.kind != "item" or entry.ref in seen:
            continue
        item = library.item(entry.ref)
        if item is not None and item.kind == kind:
            seen.add(entry.ref)
            found.append(item)
    return found


# The book: plans in the database ------------------------------------------------------------


@dataclass(frozen=True)
class PlanSummary:
    id: str
    title: str
    updated: str


class PlanBook:
    """The plans in the database, checked against the library.

    ``database`` is called the first time the database is needed (opening it imports sqlmodel,
    which is slow), and may raise ``store.errors.StoreError`` with a message for the trainer.
    """

    def __init__(self, database: Callable[[], object], library: Library) -> None:
        self._open = database
        self._db: object | None = None
        self.library = library

    @property
    def db(self):  # type: ignore[no-untyped-def]
        if self._db is None:
            self._db = self._open()
        return self._db

    def summaries(self) -> list[PlanSummary]:
        from .store.plan_store import list_plans

        return [PlanSummary(uid, title, updated) for uid, title, updated in list_plans(self.db)]

    def ids(self) -> set[str]:
        return {s.id for s in self.summaries()}

    def load(self, uid: str) -> tuple[Plan, dict[str, int]] | None:
        from .store.plan_store import load_plan

        return load_plan(self.db, uid)

    def save(self, plan: Plan, versions: dict[str, int]) -> dict[str, int]:
        """Save at once; returns the versions stored with it. Raises StoreWriteError."""
        from .store.plan_store import save_plan

        stored = known_versions(plan, self.library, versions)
        save_plan(self.db, replace(plan, bundled=False, path=None), stored)
        return stored

    def delete(self, uid: str) -> None:
        from .store.plan_store import delete_plan

        delete_plan(self.db, uid)

    def create(self, title: str, *, language: str = "da", section: str = "") -> Plan:
        plan = blank_plan(title, self.ids(), language=language, section=section)
        self.save(plan, {})
        return plan

    def from_template(self, template: Plan, title: str | None = None) -> Plan:
        plan = copy_of(template, title or template.title, self.ids())
        self.save(plan, {})
        return plan

    def duplicate(self, uid: str, title: str) -> Plan | None:
        found = self.load(uid)
        if found is None:
            return None
        original, versions = found
        plan = copy_of(original, title, self.ids())
        self.save(plan, versions)
        return plan

    def import_checked(self, check: ImportCheck) -> Plan:
        """Save a checked plan file as a new plan (a new id if the id is taken)."""
        if check.plan is None or check.errors:
            raise ValueError("this plan file cannot be imported")
        plan = replace(check.plan, id=unique_id(check.plan.id, self.ids()), path=None)
        self.save(plan, {})
        return plan

    def mark_seen(self, plan: Plan, versions: dict[str, int], ref: str) -> dict[str, int]:
        """The trainer has looked at a changed item: plan with its current version from now."""
        item = self.library.item(ref)
        updated = dict(versions)
        if item is not None:
            updated[ref] = item.version
        return self.save(plan, updated)


def export_text(plan: Plan) -> str:
    """The plan as a plan file (docs/content-format.md)."""
    return dump_plan(plan)


def stamp() -> str:
    return datetime.now().strftime("%Y-%m-%d")
