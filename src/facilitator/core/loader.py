"""Read the library from folders of Markdown and plan files.

One broken file is reported as a :class:`Problem` naming the file and line, and skipped; everything
else loads. The loader never raises for bad content. The work is shared with
``core.library_files`` (which files, read how), ``core.item_reader`` (one file into the model)
and ``core.slide_split`` (slides and steps); their public names are importable from here too, as
before the split.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .item_reader import ItemReader, add_plan, kind_rank, read_file_text, with_items
from .library_files import (
    IGNORED_NAMES,
    MAX_FILE_BYTES,
    Root,
    common_base,
    display_path,
    id_taken,
    module_files,
    ordered_roots,
    plan_files,
    scanned_id,
    shown_path,
    walk_files,
)
from .model import (
    Item,
    Library,
    Module,
    Problem,
    is_id,
)
from .plans import library_problems
from .slide_split import (
    EXERCISE_FIELDS,
    EXERCISE_SECTIONS,
    HIDDEN_RE,
    HTML_IMG_RE,
    IMAGE_RE,
    LAYOUT_RE,
    MAX_SLIDES,
    NOTE_MARKERS,
    parse_steps,
    split_slides,
)

__all__ = [
    "EXERCISE_FIELDS",
    "EXERCISE_SECTIONS",
    "HIDDEN_RE",
    "HTML_IMG_RE",
    "IGNORED_NAMES",
    "IMAGE_RE",
    "LAYOUT_RE",
    "MAX_FILE_BYTES",
    "MAX_SLIDES",
    "NOTE_MARKERS",
    "Found",
    "Root",
    "display_path",
    "find_item",
    "library_roots",
    "load_item_file",
    "load_library",
    "parse_steps",
    "read_file_text",
    "scanned_id",
    "split_slides",
]


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
        for known in reference.modules:
            if known.bundled:
                seen_modules[known.id] = known.path / "module.md"
                seen_items.update((item.id, item.path) for item in known.items)
        seen_plans.update((p.id, p.path) for p in reference.plans if p.bundled and p.path)
    modules: dict[str, tuple[Module, list[Item]]] = {}
    ordered = ordered_roots(roots)
    display_base = common_base([root.path for root in ordered])
    library.display_base = display_base
    for root in ordered:
        reader = ItemReader(library, display_base)
        if not root.path.exists():
            library.problems.append(Problem(reader.show(root.path), 0, "folder not found"))
            continue
        if root.path.is_file():
            if root.path.name.endswith(".plan.yaml"):
                reader.guarded(root.path, add_plan, reader, root.path, root.bundled, seen_plans)
            else:
                reader.problem(root.path, 0, "give a folder, or a .plan.yaml file")
            continue
        linked = reader.linked_folder
        for module_file in sorted(walk_files(root.path, "module.md", linked)):
            module = reader.guarded(module_file, reader.read_module, module_file, root.bundled)
            if module is None:
                continue
            if id_taken(seen_modules, module.id, module_file):
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
            for item_file in sorted(module_files(module_file.parent)):
                item = reader.guarded(
                    item_file, reader.read_item, item_file, module.id, root.bundled
                )
                if item is None:
                    continue
                if id_taken(seen_items, item.id, item_file):
                    reader.problem(
                        item_file,
                        reader.id_line,
                        f"duplicate id '{item.id}' (also in {reader.show(seen_items[item.id])})",
                    )
                    continue
                seen_items[item.id] = item_file
                items.append(item)
        for plan_file in sorted(plan_files(root.path)):
            reader.guarded(plan_file, add_plan, reader, plan_file, root.bundled, seen_plans)
    for module, items in modules.values():
        items.sort(key=lambda i: (i.order, kind_rank(i.kind), i.title.casefold()))
        library.modules.append(with_items(module, items))
    library.modules.sort(key=lambda m: (m.order, m.title.casefold()))

    def find(ident: str) -> Item | None:
        found = library.item(ident)
        if found is None and reference is not None:
            found = reference.item(ident)
        return found

    for plan in library.plans:
        for line, message, severity in library_problems(plan, find):
            library.problems.append(
                Problem(shown_path(plan.path, display_base), line, message, severity)  # type: ignore[arg-type]
            )
    return library


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
    folders = ordered_roots(roots)
    for root in folders:
        plans = plan_files(root.path) if root.path.is_dir() else [root.path]
        if any(scanned_id(plan) == ident for plan in plans if plan.is_file()):
            return None
    seen_modules: set[str] = set()
    seen_items: set[str] = set()
    for root in folders:
        if not root.path.is_dir():
            continue
        for module_file in sorted(walk_files(root.path, "module.md")):
            module_id = scanned_id(module_file)
            item_files = sorted(module_files(module_file.parent))
            if module_id is None or module_id in seen_modules:
                ids = [scanned_id(f) for f in item_files]
                if ident in ids:
                    return None  # a module load_library might skip or merge: let it decide
                seen_items.update(i for i in ids if i)  # load_library may take these ids
                continue
            seen_modules.add(module_id)
            ids = [scanned_id(f) for f in item_files]
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
    reader = ItemReader(Library(), None)  # its problems are load_library's to report
    module = reader.guarded(module_file, reader.read_module, module_file, root.bundled)
    if module is None:
        return None
    items: list[Item] = []
    for item_file in item_files:
        item = reader.guarded(item_file, reader.read_item, item_file, module.id, root.bundled)
        if item is not None and item.id not in taken:
            taken.add(item.id)
            items.append(item)
    items.sort(key=lambda i: (i.order, kind_rank(i.kind), i.title.casefold()))
    return with_items(module, items)


def load_item_file(path: Path, *, bundled: bool = False) -> tuple[Item | None, list[Problem]]:
    """One item file on its own (``facilitator export-pdf FILE``): the item, or None when it
    cannot be read, and every problem met. Problems name the file as ``check-content`` would."""
    library = Library()
    reader = ItemReader(library, common_base([path]))
    if not path.is_file():
        reader.problem(path, 0, "file not found")
        return None, library.problems
    item = reader.guarded(path, reader.read_item, path, "", bundled)
    return item, library.problems


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
