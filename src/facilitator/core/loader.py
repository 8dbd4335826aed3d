"""Read the library from folders of Markdown and plan files.

One broken file is reported as a :class:`Problem` naming the file and line, and skipped; everything
else loads. The loader never raises for bad content.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from . import frontmatter
from .limits import local_file, markdown_limit
from .model import (
    GROUP_FORMS,
    ITEM_KINDS,
    LANGUAGES,
    LAYOUTS,
    ExerciseParts,
    Item,
    Library,
    Module,
    Problem,
    Slide,
    Step,
    is_id,
)
from .plans import library_problems, parse_plan_file
from .safe_yaml import short

MAX_FILE_BYTES = 2 * 1024 * 1024
T = TypeVar("T")
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
IGNORED_NAMES = {"readme.md", "license.md", "licence.md"}


@dataclass(frozen=True)
class Root:
    """A folder to load from. Bundled content is read-only and shown as such."""

    path: Path
    bundled: bool = False


def load_library(roots: Sequence[Root | Path], reference: Library | None = None) -> Library:
    """Load every module, item and plan found under the roots: the bundled ones first, then the
    others in the order given.

    An earlier root is never replaced by a later one: a duplicate id is reported and skipped, so
    the bundled library always keeps its ids. A second ``module.md`` with a module id already
    loaded is reported and its items join that module (nothing is dropped). ``reference`` is the
    library the app would load around these roots (``check-content PATH``): plans are checked
    against its items too, and its bundled ids count as taken.
    """
    library = Library()
    seen_items: dict[str, Path] = {}
    seen_modules: dict[str, Path] = {}
    seen_plans: dict[str, Path] = {}
    if reference is not None:
        for module in reference.modules:
            if module.bundled:
                seen_modules[module.id] = module.path / "module.md"
                seen_items.update((item.id, item.path) for item in module.items)
        seen_plans.update((p.id, p.path) for p in reference.plans if p.bundled and p.path)
    modules: dict[str, tuple[Module, list[Item]]] = {}
    ordered = _ordered(roots)
    display_base = _common_base([root.path for root in ordered])
    library.display_base = display_base
    for root in ordered:
        reader = _Reader(library, display_base)
        if not root.path.exists():
            library.problems.append(Problem(reader.show(root.path), 0, "folder not found"))
            continue
        if root.path.is_file():
            if root.path.name.endswith(".plan.yaml"):
                reader.guarded(root.path, _add_plan, reader, root.path, root.bundled, seen_plans)
            else:
                reader.problem(root.path, 0, "give a folder, or a .plan.yaml file")
            continue
        linked = reader.linked_folder
        for module_file in sorted(_walk(root.path, "module.md", linked)):
            module = reader.guarded(module_file, reader.read_module, module_file, root.bundled)
            if module is None:
                continue
            if _taken(seen_modules, module.id, module_file):
                reader.problem(
                    module_file,
                    reader.id_line,
                    f"duplicate module id '{module.id}' (also in "
                    f"{reader.show(seen_modules[module.id])}); this module's items are "
                    "shown in that one",
                )
            else:
                seen_modules[module.id] = module_file
            if module.id not in modules:
                modules[module.id] = (module, [])
            items = modules[module.id][1]
            for item_file in sorted(_module_files(module_file.parent)):
                item = reader.guarded(
                    item_file, reader.read_item, item_file, module.id, root.bundled
                )
                if item is None:
                    continue
                if _taken(seen_items, item.id, item_file):
                    reader.problem(
                        item_file,
                        reader.id_line,
                        f"duplicate id '{item.id}' (also in {reader.show(seen_items[item.id])})",
                    )
                    continue
                seen_items[item.id] = item_file
                items.append(item)
        for plan_file in sorted(_plan_files(root.path)):
            reader.guarded(plan_file, _add_plan, reader, plan_file, root.bundled, seen_plans)
    for module, items in modules.values():
        items.sort(key=lambda i: (i.order, _kind_rank(i.kind), i.title.casefold()))
        library.modules.append(_with_items(module, items))
    library.modules.sort(key=lambda m: (m.order, m.title.casefold()))

    def find(ident: str) -> Item | None:
        found = library.item(ident)
        if found is None and reference is not None:
            found = reference.item(ident)
        return found

    for plan in library.plans:
        for line, message, severity in library_problems(plan, find):
            library.problems.append(
                Problem(_show(plan.path, display_base), line, message, severity)  # type: ignore[arg-type]
            )
    return library


def _ordered(roots: Sequence[Root | Path]) -> list[Root]:
    """The roots as :class:`Root`, the bundled ones first (otherwise in the order given)."""
    folders = [r if isinstance(r, Root) else Root(Path(r)) for r in roots]
    return sorted(folders, key=lambda root: not root.bundled)


def _taken(seen: dict[str, Path], ident: str, path: Path) -> bool:
    """True when another file already holds ``ident`` (the same file read twice is no clash)."""
    other = seen.get(ident)
    return other is not None and other.resolve() != path.resolve()


@dataclass(frozen=True)
class Found:
    """An item found by :func:`find_item`, with its module (the module's items loaded)."""

    item: Item
    module: Module


def find_item(roots: Sequence[Root | Path], ident: str) -> Found | None:
    """The item with id ``ident`` and its module, reading the files of that one module only.

    ``facilitator present ID`` needs one deck, not the whole library: the front matter's ``id:``
    lines are scanned in the order :func:`load_library` reads the files, and the first match's
    module is loaded with the same reader. None when nothing matches, when a plan has that id
    (plans come first for ``present``), or whenever the answer might differ from
    ``load_library`` (the match does not load, or its module's id is taken by an earlier module):
    the caller then loads the whole library, which also words the message for an unknown id.
    """
    if not is_id(ident):
        return None
    folders = _ordered(roots)
    for root in folders:
        plans = _plan_files(root.path) if root.path.is_dir() else [root.path]
        if any(_scanned_id(plan) == ident for plan in plans if plan.is_file()):
            return None
    seen_modules: set[str] = set()
    seen_items: set[str] = set()
    for root in folders:
        if not root.path.is_dir():
            continue
        for module_file in sorted(_walk(root.path, "module.md")):
            module_id = _scanned_id(module_file)
            item_files = sorted(_module_files(module_file.parent))
            if module_id is None or module_id in seen_modules:
                ids = [_scanned_id(f) for f in item_files]
                if ident in ids:
                    return None  # a module load_library might skip or merge: let it decide
                seen_items.update(i for i in ids if i)  # load_library may take these ids
                continue
            seen_modules.add(module_id)
            ids = [_scanned_id(f) for f in item_files]
            if ident not in ids:
                seen_items.update(i for i in ids if i)
                continue
            found = _load_module(root, module_file, item_files, seen_items)
            if found is None or found.id != module_id:
                return None
            item = next((i for i in found.items if i.id == ident), None)
            return None if item is None else Found(item, found)
    return None


def _load_module(
    root: Root, module_file: Path, item_files: list[Path], taken: set[str]
) -> Module | None:
    """One module and its items, as load_library reads them (ids ``taken`` earlier skipped)."""
    reader = _Reader(Library(), None)  # its problems are load_library's to report
    module = reader.guarded(module_file, reader.read_module, module_file, root.bundled)
    if module is None:
        return None
    items: list[Item] = []
    for item_file in item_files:
        item = reader.guarded(item_file, reader.read_item, item_file, module.id, root.bundled)
        if item is not None and item.id not in taken:
            taken.add(item.id)
            items.append(item)
    items.sort(key=lambda i: (i.order, _kind_rank(i.kind), i.title.casefold()))
    return _with_items(module, items)


_ID_LINE = re.compile(r"id\s*:\s*(?P<q>['\"]?)(?P<id>[a-z0-9][a-z0-9._-]*)(?P=q)\s*(?:#.*)?")


def _scanned_id(path: Path) -> str | None:
    """The ``id:`` line of a Markdown file's front matter, or of a plan file's top level, from a
    plain scan of the lines (no YAML parsing); None when there is none."""
    markdown = path.suffix.lower() == ".md"
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            for number, raw in enumerate(file):
                line = raw.lstrip("\ufeff").rstrip()
                if markdown and number == 0:
                    if line != "---":
                        return None  # no front matter
                    continue
                if markdown and line in ("---", "..."):
                    return None  # the end of the front matter
                match = _ID_LINE.fullmatch(line)
                if match:
                    return match.group("id")
    except OSError:
        return None
    return None


scanned_id = _scanned_id  # the importer finds the ids of the user's own folder the same way


def _plan_files(root: Path) -> Iterable[Path]:
    return _walk(root, "*.plan.yaml")


def load_item_file(path: Path, *, bundled: bool = False) -> tuple[Item | None, list[Problem]]:
    """One item file on its own (``facilitator export-pdf FILE``): the item, or None when it
    cannot be read, and every problem met. Problems name the file as ``check-content`` would."""
    library = Library()
    reader = _Reader(library, _common_base([path]))
    if not path.is_file():
        reader.problem(path, 0, "file not found")
        return None, library.problems
    item = reader.guarded(path, reader.read_item, path, "", bundled)
    return item, library.problems


def read_file_text(path: Path) -> tuple[str | None, Problem | None]:
    """A file's text as the loader reads it (no link, at most :data:`MAX_FILE_BYTES`, UTF-8),
    or None and the problem, for commands that read one file outside a library."""
    library = Library()
    text = _Reader(library, _common_base([path])).read_text(path)
    return text, (library.problems[0] if library.problems else None)


def display_path(library: Library, path: Path | None) -> str:
    """How the problems of ``library`` name ``path`` (relative to the working directory or to
    the folders the library was loaded from), for checks that run after loading."""
    return _show(path, library.display_base)


def _add_plan(reader: _Reader, path: Path, bundled: bool, seen: dict[str, Path]) -> None:
    text = reader.read_text(path)
    if text is None:
        return
    plan, problems = parse_plan_file(text, path, bundled=bundled)
    for problem in problems:
        reader.problem(path, problem.line, problem.message, problem.severity)
    if plan is None:
        return
    if _taken(seen, plan.id, path):
        reader.problem(
            path, 1, f"duplicate plan id '{plan.id}' (also in {reader.show(seen[plan.id])})"
        )
        return
    seen[plan.id] = path
    reader.library.plans.append(plan)


def _with_items(module: Module, items: list[Item]) -> Module:
    from dataclasses import replace

    return replace(module, items=tuple(items))


def _kind_rank(kind: str) -> int:
    return ITEM_KINDS.index(kind) if kind in ITEM_KINDS else len(ITEM_KINDS)


def _common_base(paths: Iterable[Path]) -> Path | None:
    resolved = [p.resolve() for p in paths]
    if not resolved:
        return None
    parents = [p if p.is_dir() else p.parent for p in resolved]
    base = parents[0]
    for other in parents[1:]:
        while base != base.parent and not other.is_relative_to(base):
            base = base.parent
    return base.parent if len(parents) == 1 else base


def _show(path: Path | None, base: Path | None) -> str:
    if path is None:
        return "<plan>"
    # The folder is resolved, the name is not: a link is named as itself, never as its target.
    resolved = path.parent.resolve() / path.name if path.name else path.resolve()
    try:
        cwd = Path.cwd().resolve()
        if resolved.is_relative_to(cwd):
            return str(resolved.relative_to(cwd))
    except OSError:
        pass
    if base is not None and resolved.is_relative_to(base):
        return str(resolved.relative_to(base))
    return str(path)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "_")) for part in path.relative_to(root).parts)


def _walk(root: Path, name: str, links: Callable[[Path], None] | None = None) -> Iterable[Path]:
    """Files called ``name`` under ``root`` (not in hidden folders), without following links:
    a linked folder is not entered (``links`` is told of it), so nothing outside ``root`` loads
    and a link loop ends."""

    def matches(file_name: str) -> bool:
        return file_name == name or (name.startswith("*") and file_name.endswith(name[1:]))

    folders = [root]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith((".", "_")):
                continue
            path = folder / entry.name
            if entry.is_symlink():
                if matches(entry.name):
                    yield path  # read_text refuses it, naming the link
                elif links is not None and path.is_dir():
                    links(path)
                continue
            if entry.is_dir(follow_symlinks=False):
                folders.append(path)
            elif matches(entry.name):
                yield path


def _module_files(folder: Path) -> Iterable[Path]:
    """Markdown items of a module: its folder and sub-folders that are not modules of their own.
    Linked folders are not entered (the walk for ``module.md`` reports them); a linked file is
    listed, and refused by ``read_text``."""
    for path in folder.iterdir():
        if path.name.startswith((".", "_")):
            continue
        if path.is_symlink():
            if path.suffix.lower() == ".md" and not path.is_dir():
                yield path
            continue
        if path.is_dir():
            if not (path / "module.md").exists():
                yield from _module_files(path)
        elif path.suffix.lower() == ".md" and path.name.lower() not in IGNORED_NAMES | {
            "module.md"
        }:
            yield path


class _Reader:
    def __init__(self, library: Library, base: Path | None) -> None:
        self.library = library
        self.base = base
        self.id_line = 1

    def show(self, path: Path) -> str:
        return _show(path, self.base)

    def problem(self, path: Path, line: int, message: str, severity: str = "error") -> None:
        self.library.problems.append(Problem(self.show(path), line, message, severity))  # type: ignore[arg-type]

    def warn(self, path: Path, line: int, message: str) -> None:
        self.problem(path, line, message, "warning")

    def guarded(self, path: Path, read: Callable[..., T], *args: Any) -> T | None:
        """``read(*args)``, or None when it fails in a way no check foresaw: the file is then
        reported and skipped, and the rest of the library still loads."""
        try:
            return read(*args)
        except Exception as exc:  # a last resort: one file never stops the library loading
            self.problem(path, 1, f"could not read this file ({type(exc).__name__}: {short(exc)})")
            return None

    def linked_folder(self, path: Path) -> None:
        what = "folder" if path.is_dir() else "file"
        self.problem(path, 0, f"links are not followed; copy the {what} instead")

    def read_text(self, path: Path) -> str | None:
        try:
            if path.is_symlink():
                self.problem(path, 0, "links are not followed; copy the file instead")
                return None
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                self.problem(path, 0, f"file is too large ({size // 1024} KiB; at most 2 MiB)")
                return None
            data = path.read_bytes()
        except OSError as exc:
            self.problem(path, 0, f"cannot read the file: {exc.strerror or exc}")
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            self.problem(
                path,
                line,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at position {exc.start}); "
                "save the file as UTF-8",
            )
            return None

    def _document(self, path: Path) -> frontmatter.Document | None:
        text = self.read_text(path)
        if text is None:
            return None
        try:
            return frontmatter.split(text)
        except frontmatter.FrontMatterError as exc:
            self.problem(path, exc.line, exc.message)
            return None

    def _common(self, path: Path, doc: frontmatter.Document) -> dict[str, Any] | None:
        meta = doc.meta
        line = doc.key_lines.get
        self.id_line = line("id", 1)
        ident = meta.get("id")
        if ident is None or ident == "":
            self.problem(path, 1, "missing 'id' in the front matter")
            return None
        if not isinstance(ident, str) or not is_id(ident):
            self.problem(
                path,
                line("id", 1),
                f"id '{short(ident)}' may hold only lower case a-z, digits, '.', '-' and '_'",
            )
            return None
        title = meta.get("title")
        if not isinstance(title, str) or not title.strip():
            said = "missing 'title'" if title is None else "'title' must be text"
            self.problem(path, line("title", 1), f"{said} in the front matter")
            return None
        language = meta.get("language", "da")
        if language not in LANGUAGES:  # also any value that is not text
            self.problem(
                path,
                line("language", 1),
                f"unknown language '{short(language)}' (use one of: {', '.join(LANGUAGES)})",
            )
            return None
        order = meta.get("order", 0)
        if (
            not isinstance(order, int | float)
            or isinstance(order, bool)
            or not math.isfinite(order)
        ):
            self.warn(path, line("order", 1), "'order' must be a number; ignored")
            order = 0
        return {
            "id": ident,
            "title": title.strip(),
            "language": language,
            "order": float(order),
            "summary": self._text(path, doc, "summary").strip(),
            "translation_of": self._text(path, doc, "translation_of").strip(),
        }

    def _text(self, path: Path, doc: frontmatter.Document, key: str) -> str:
        """An optional text field; a value that is not text is warned about and ignored."""
        value = doc.meta.get(key)
        if value is None or isinstance(value, str):
            return value or ""
        self.warn(path, doc.key_lines.get(key, 1), f"'{key}' must be text; ignored")
        return ""

    def read_module(self, path: Path, bundled: bool) -> Module | None:
        doc = self._document(path)
        if doc is None:
            return None
        common = self._common(path, doc)
        if common is None:
            return None
        return Module(path=path.parent, body=doc.body.strip(), bundled=bundled, **common)

    def read_item(self, path: Path, module_id: str, bundled: bool) -> Item | None:
        doc = self._document(path)
        if doc is None:
            return None
        common = self._common(path, doc)
        if common is None:
            return None
        meta, line = doc.meta, doc.key_lines.get
        kind = meta.get("kind")
        if not isinstance(kind, str) or kind not in ITEM_KINDS:
            where = line("kind", 1)
            if kind is None:
                self.problem(path, where, f"missing 'kind' (one of: {', '.join(ITEM_KINDS)})")
            else:
                self.problem(
                    path,
                    where,
                    f"unknown kind '{short(kind)}' (use one of: {', '.join(ITEM_KINDS)})",
                )
            return None
        duration = meta.get("duration")
        if not isinstance(duration, int) or isinstance(duration, bool) or not 1 <= duration <= 600:
            self.problem(
                path, line("duration", 1), "'duration' must be whole minutes from 1 to 600"
            )
            return None
        version = meta.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            self.warn(path, line("version", 1), "'version' must be a whole number from 1; using 1")
            version = 1
        sensitive = meta.get("sensitive", False)
        if not isinstance(sensitive, bool):
            self.problem(
                path,
                line("sensitive", 1),
                f"'sensitive' must be true or false (without quotes), not '{short(sensitive)}'",
            )
            return None
        part = self._text(path, doc, "part")
        if part and part not in ("knowledge", "practice"):
            self.warn(
                path, line("part", 1), f"unknown part '{short(part)}' (knowledge or practice)"
            )
            part = ""
        item: dict[str, Any] = dict(
            common,
            kind=kind,
            duration=duration,
            path=path,
            module_id=module_id,
            body=doc.body.strip("\n"),
            body_line=doc.body_line,
            audience=self._words(path, doc, "audience"),
            tags=self._words(path, doc, "tags"),
            version=version,
            sensitive=sensitive,
            part=part,
            bundled=bundled,
        )
        if not doc.body.strip():
            self.problem(path, doc.body_line, f"the {kind} has no text")
            return None
        self._check_images(path, doc.body, doc.body_line)
        if kind != "deck":
            self._check_markdown(path, doc.body, doc.body_line, "the text")
        if kind == "deck":
            split = _split_slides(doc.body, doc.body_line, path.parent)
            if not split:
                self.problem(path, doc.body_line, "the deck has no slides")
                return None
            if len(split) > MAX_SLIDES:
                self.problem(
                    path,
                    split[MAX_SLIDES][0].line,
                    f"the deck has more than {MAX_SLIDES} slides; slide {MAX_SLIDES + 1} "
                    "and the rest are left out (split the deck)",
                )
                split = split[:MAX_SLIDES]
            slides = [slide for slide, _ in split]
            for slide, markdown_line in split:
                self._check_markdown(path, slide.markdown, markdown_line, "the slide")
                if not slide.markdown.strip():
                    self.problem(path, slide.line, f"slide {slide.index + 1} is empty")
                if not slide.notes.strip():
                    self.warn(path, slide.line, f"slide {slide.index + 1} has no speaker notes")
                if slide.layout not in LAYOUTS:
                    self.warn(
                        path,
                        slide.line,
                        f"unknown layout '{slide.layout}' (use one of: {', '.join(LAYOUTS)}); "
                        "'content' is used",
                    )
            item["slides"] = tuple(slides)
        elif kind == "exercise":
            item["group_form"] = self._group_form(path, doc)
            item["exercise"] = self._exercise(path, doc, duration)
        return Item(**item)

    def _words(self, path: Path, doc: frontmatter.Document, key: str) -> tuple[str, ...]:
        value = doc.meta.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return tuple(w.strip() for w in value.split(",") if w.strip())
        if isinstance(value, list) and all(
            isinstance(v, str | int) and not isinstance(v, bool) for v in value
        ):
            return tuple(str(v) for v in value)
        self.warn(path, doc.key_lines.get(key, 1), f"'{key}' must be a list of words; ignored")
        return ()

    def _group_form(self, path: Path, doc: frontmatter.Document) -> tuple[str, ...]:
        forms = self._words(path, doc, "group_form")
        where = doc.key_lines.get("group_form", 1)
        if not forms:
            self.warn(path, where, f"missing 'group_form' (one of: {', '.join(GROUP_FORMS)})")
        for form in forms:
            if form not in GROUP_FORMS:
                self.warn(
                    path, where, f"unknown group_form '{form}' (use: {', '.join(GROUP_FORMS)})"
                )
        return forms

    def _exercise(self, path: Path, doc: frontmatter.Document, duration: int) -> ExerciseParts:
        sections: dict[str, list[str]] = {}
        section_lines: dict[str, int] = {}
        current: str | None = None
        for offset, raw in enumerate(doc.body.split("\n")):
            if raw.startswith("## "):
                heading = raw[3:].strip().rstrip(":").strip()
                current = EXERCISE_SECTIONS.get(heading.casefold())
                if current is None:
                    self.warn(
                        path,
                        doc.body_line + offset,
                        f"unknown exercise section '{heading}'",
                    )
                else:
                    sections[current] = []
                    section_lines[current] = doc.body_line + offset
                continue
            if current is not None:
                sections[current].append(raw)
        text = {k: "\n".join(v).strip() for k, v in sections.items()}
        for name in EXERCISE_FIELDS:
            if not text.get(name):
                self.warn(path, doc.body_line, f"exercise has no '{_heading_for(name)}' section")
        steps = parse_steps(text.get("steps", ""))
        steps_line = section_lines.get("steps", doc.body_line)
        if text.get("steps") and not steps:
            self.warn(path, steps_line, "the steps must be a numbered list")
        elif steps:
            missing = [str(n) for n, s in enumerate(steps, 1) if s.minutes is None]
            if missing:
                self.warn(
                    path,
                    steps_line,
                    f"step {', '.join(missing)} has no time; end it with e.g. '(5 min)'",
                )
            total = sum(s.minutes or 0 for s in steps)
            if total > duration:
                self.warn(
                    path,
                    steps_line,
                    f"the steps take {total} min, more than the exercise's {duration} min",
                )
        return ExerciseParts(
            purpose=text.get("purpose", ""),
            materials=text.get("materials", ""),
            steps=tuple(steps),
            notes=text.get("notes", ""),
            reflection=text.get("reflection", ""),
            variations=text.get("variations", ""),
        )

    def _check_images(self, path: Path, body: str, body_line: int) -> None:
        """Every image the text names must be a regular file in the file's own folder (or below
        it); each one that is not is an error at its line (see ``limits.local_file``)."""
        if "![" not in body and "<img" not in body.lower():
            return  # most files have no image: no need to look at every line
        for offset, raw in enumerate(body.split("\n")):
            if "![" not in raw and "<img" not in raw.lower():
                continue
            for match in (*IMAGE_RE.finditer(raw), *HTML_IMG_RE.finditer(raw)):
                image, reason = local_file(match.group(1), path.parent)
                if image is None:
                    self.problem(path, body_line + offset, reason)

    def _check_markdown(self, path: Path, text: str, first_line: int, what: str) -> None:
        """An error at the line where ``text`` goes past a limit of ``limits.markdown_limit``
        (nested too deeply, too long): Markdown never sees such a text (it is shown as plain
        text), so it costs no more than reading it."""
        found = markdown_limit(text)
        if found is not None:
            offset, message = found
            self.problem(path, first_line + offset, f"{message}; {what} is shown as plain text")


def _heading_for(field: str) -> str:
    for heading, name in EXERCISE_SECTIONS.items():
        if name == field:
            return heading.capitalize()
    return field


def parse_steps(text: str) -> list[Step]:
    steps: list[list[str]] = []
    for raw in text.split("\n"):
        match = STEP_RE.match(raw)
        if match and not raw.startswith((" ", "\t")):
            steps.append([match.group(1).strip()])
        elif steps and raw.strip():
            steps[-1].append(raw.strip())
    result = []
    for parts in steps:
        joined = " ".join(parts)
        minutes_match = STEP_MINUTES_RE.search(joined)
        minutes = int(minutes_match.group(1)) if minutes_match else None
        if minutes_match:
            joined = joined[: minutes_match.start()].rstrip()
        result.append(Step(text=joined, minutes=minutes))
    return result


def split_slides(body: str, first_line: int = 1, base_dir: Path | None = None) -> list[Slide]:
    """Split a deck body into slides at lines of exactly '---', outside code fences."""
    return [slide for slide, _ in _split_slides(body, first_line, base_dir)]


def _split_slides(body: str, first_line: int, base_dir: Path | None) -> list[tuple[Slide, int]]:
    """The slides of ``body``, each with the line its ``markdown`` starts on."""
    chunks: list[tuple[int, list[str]]] = [(first_line, [])]
    fence = False
    for offset, raw in enumerate(body.split("\n")):
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            fence = not fence
        if not fence and raw.rstrip() == "---":
            chunks.append((first_line + offset + 1, []))
            continue
        chunks[-1][1].append(raw)
    slides: list[tuple[Slide, int]] = []
    for start, lines in chunks:
        # An empty chunk at the very start or end (a leading or trailing '---') is no slide.
        if not any(line.strip() for line in lines) and start in (first_line, chunks[-1][0]):
            continue
        blank = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
        lines = lines[blank:]  # one slice: popping blank lines one by one was quadratic
        start += blank
        layout, hidden = "content", False
        markdown_line = start
        for _ in range(2):  # a layout line and a hidden line, in either order
            if lines and (match := LAYOUT_RE.match(lines[0])):
                layout = match.group(1).lower()
                lines = lines[1:]
                markdown_line += 1
            elif lines and HIDDEN_RE.match(lines[0]):
                hidden, lines = True, lines[1:]
                markdown_line += 1
        if hidden:
            continue  # hidden in the editor: never presented, printed or previewed
        note_at = next(
            (i for i, line in enumerate(lines) if line.strip().casefold() in NOTE_MARKERS), None
        )
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


def library_roots(extra: Sequence[Path] = ()) -> list[Root]:
    """The folders the app reads: the bundled library, the installed packs (read-only like the
    bundled library, and after it for duplicate ids), the user's own folder, extra folders."""
    from . import paths
    from .packs.installed import pack_content_folders

    roots = [Root(paths.bundled_content_dir(), bundled=True)]
    roots.extend(Root(folder, bundled=True) for folder in pack_content_folders())
    roots.append(Root(paths.user_content_dir()))
    roots.extend(Root(folder) for folder in extra)
    return roots
