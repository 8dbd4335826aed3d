"""Which files make the library: the roots (bundled content first, then the user's folders), the
walk through a root (regular files inside it, no links followed, hidden and README files left
out), reading a file within the size limit, a quick look at a file's id, and how a path is shown
in a problem message.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .model import (
    Library,
)

MAX_FILE_BYTES = 2 * 1024 * 1024


IGNORED_NAMES = {"readme.md", "license.md", "licence.md"}


@dataclass(frozen=True)
class Root:
    """A folder to load from. Bundled content is read-only and shown as such."""

    path: Path
    bundled: bool = False


def ordered_roots(roots: Sequence[Root | Path]) -> list[Root]:
    """The roots as :class:`Root`, the bundled ones first (otherwise in the order given)."""
    folders = [r if isinstance(r, Root) else Root(Path(r)) for r in roots]
    return sorted(folders, key=lambda root: not root.bundled)


_ID_LINE = re.compile(r"id\s*:\s*(?P<q>['\"]?)(?P<id>[a-z0-9][a-z0-9._-]*)(?P=q)\s*(?:#.*)?")


def scanned_id(path: Path) -> str | None:
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


def plan_files(root: Path) -> Iterable[Path]:
    return walk_files(root, "*.plan.yaml")


def display_path(library: Library, path: Path | None) -> str:
    """How the problems of ``library`` name ``path`` (relative to the working directory or to
    the folders the library was loaded from), for checks that run after loading."""
    return shown_path(path, library.display_base)


def common_base(paths: Iterable[Path]) -> Path | None:
    resolved = [p.resolve() for p in paths]
    if not resolved:
        return None
    parents = [p if p.is_dir() else p.parent for p in resolved]
    base = parents[0]
    for other in parents[1:]:
        while base != base.parent and not other.is_relative_to(base):
            base = base.parent
    return base.parent if len(parents) == 1 else base


def shown_path(path: Path | None, base: Path | None) -> str:
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


def walk_files(
    root: Path, name: str, links: Callable[[Path], None] | None = None
) -> Iterable[Path]:
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


def module_files(folder: Path) -> Iterable[Path]:
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
                yield from module_files(path)
        elif path.suffix.lower() == ".md" and path.name.lower() not in IGNORED_NAMES | {
            "module.md"
        }:
            yield path


def id_taken(seen: dict[str, Path], ident: str, path: Path) -> bool:
    """True when another file already holds ``ident`` (the same file read twice is no clash)."""
    other = seen.get(ident)
    return other is not None and other.resolve() != path.resolve()
