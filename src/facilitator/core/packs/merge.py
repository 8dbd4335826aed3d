"""Updates that keep a trainer's edits: a three-way merge of their copy of a pack item.

A copy names its origin in its front matter, ``derived_from: ITEM_ID@VERSION`` (the item's
``version``). When the pack updates, base = that version's file (older versions stay installed),
ours = the copy, theirs = the new version's file. Decks merge slide by slide first (merge3 over the
list of slides), and where both sides changed the same slides, line by line within each slide; other
items merge line by line. A clean merge is written to the copy and listed; the copy as it was is
kept beside it (``_NAME.pre-merge.md``, which the library does not load) until the user accepts.
A conflict writes nothing: it is returned per slide with the base, the copy's and the new text, for
the user to choose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from merge3 import Merge3

from .. import frontmatter, paths
from ..messages import QT_TRANSLATE_NOOP, Message
from ..slide_split import slide_chunks
from ..text_files import write_atomically
from .archive import MANIFEST
from .errors import PackRefused
from .manifest import Manifest, parse

DERIVED_RE = re.compile(r"^(?P<id>[a-z0-9][a-z0-9._-]*)@(?P<version>\d+)$")
DERIVED_LINE_RE = re.compile(r"^derived_from\s*:.*$", re.MULTILINE)
SEPARATOR = "\n\n---\n\n"


@dataclass(frozen=True)
class SlideConflict:
    """Slides both sides changed in different ways. ``slide`` is the 1-based number in the copy;
    ``count`` slides of the copy are covered (one, unless slides were added or removed)."""

    slide: int
    base: str
    ours: str
    theirs: str
    count: int = 1


@dataclass
class MergeOutcome:
    segments: list[str | SlideConflict]
    merged_slides: list[int] = field(default_factory=list)  # copy's slides that took new text

    @property
    def conflicts(self) -> list[SlideConflict]:
        return [s for s in self.segments if isinstance(s, SlideConflict)]

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def text(self, choices: dict[int, str] | None = None) -> str:
        """The merged body. Each conflict takes ``choices[slide]``: "ours", "theirs" or own text;
        without a choice the copy's text stays."""
        out = []
        for segment in self.segments:
            if isinstance(segment, SlideConflict):
                choice = (choices or {}).get(segment.slide, "ours")
                chosen = {"ours": segment.ours, "theirs": segment.theirs}.get(choice, choice)
                if chosen.strip():
                    out.append(chosen.strip("\n"))
            else:
                out.append(segment)
        return SEPARATOR.join(out) + "\n"


def split_slides(body: str, deck: bool) -> list[str]:
    """A body as the units of the merge: its slides (separated by lines of exactly ``---``
    outside code fences), or the whole body for items that are not decks."""
    if not deck:
        return [body.strip("\n")]
    slides = ["\n".join(lines).strip("\n") for _, lines in slide_chunks(body)]
    return [s for s in slides if s.strip()]


def merge_bodies(base: str, ours: str, theirs: str, deck: bool = True) -> MergeOutcome:
    b, o, t = (split_slides(x, deck) for x in (base, ours, theirs))
    outcome = MergeOutcome([])
    segments = outcome.segments
    for group in Merge3(b, o, t).merge_groups():
        kind = group[0]
        if kind in ("unchanged", "a", "same"):
            segments.extend(group[1])
        elif kind == "b":
            for slide in group[1]:
                segments.append(slide)
                outcome.merged_slides.append(len(segments))
        else:
            assert len(group) == 4  # a conflict: the base's, ours and theirs
            _, bb, oo, tt = group
            if len(bb) == len(oo) == len(tt):
                for x, y, z in zip(bb, oo, tt, strict=True):
                    merged = _merge_lines(x, y, z)
                    if merged is None:
                        segments.append(SlideConflict(len(segments) + 1, x, y, z))
                    else:
                        segments.append(merged)
                        if merged != y:
                            outcome.merged_slides.append(len(segments))
            else:
                segments.append(
                    SlideConflict(
                        len(segments) + 1,
                        SEPARATOR.join(bb),
                        SEPARATOR.join(oo),
                        SEPARATOR.join(tt),
                        count=len(oo),
                    )
                )
    _renumber(outcome)
    return outcome


def _renumber(outcome: MergeOutcome) -> None:
    """Slide numbers as the copy shows them: a region conflict spans ``count`` slides."""
    number = 1
    for index, segment in enumerate(outcome.segments):
        if isinstance(segment, SlideConflict):
            outcome.segments[index] = SlideConflict(
                number, segment.base, segment.ours, segment.theirs, segment.count
            )
            number += max(segment.count, 1)
        else:
            number += 1


def _merge_lines(base: str, ours: str, theirs: str) -> str | None:
    """A line-wise three-way merge of one slide, or None when both changed the same lines."""
    b, o, t = (s.splitlines(keepends=True) for s in (base + "\n", ours + "\n", theirs + "\n"))
    out: list[str] = []
    for group in Merge3(b, o, t).merge_groups():
        if group[0] == "conflict":
            return None
        out.extend(group[1])
    return "".join(out).strip("\n")


# Copies in the user's folder --------------------------------------------------------------------


@dataclass
class CopyUpdate:
    """One trainer's copy met by a pack update."""

    path: Path
    item_id: str
    from_version: int
    to_version: int
    outcome: MergeOutcome | None = None
    backup: Path | None = None  # the copy as it was, kept until accepted
    problem: Message | None = None  # why it could not be merged (no base, unreadable file)
    front: str = ""  # the copy's front matter block, derived_from already updated

    @property
    def status(self) -> str:
        if self.problem is not None:
            return "skipped"
        return "merged" if self.outcome and self.outcome.clean else "conflict"

    def as_dict(self) -> dict[str, object]:
        conflicts = self.outcome.conflicts if self.outcome else []
        return {
            "file": str(self.path),
            "item": self.item_id,
            "status": self.status,
            "problem": str(self.problem or ""),
            "merged_slides": self.outcome.merged_slides if self.outcome else [],
            "backup": str(self.backup) if self.backup else None,
            "conflicts": [
                {"slide": c.slide, "base": c.base, "ours": c.ours, "theirs": c.theirs}
                for c in conflicts
            ],
        }


def derived_from(text: str) -> tuple[str, int] | None:
    try:
        meta = frontmatter.split(text).meta
    except frontmatter.FrontMatterError:
        return None
    value = meta.get("derived_from")
    match = DERIVED_RE.match(value) if isinstance(value, str) else None
    return (match.group("id"), int(match.group("version"))) if match else None


def _copies(folder: Path) -> Iterator[tuple[Path, str]]:
    for path in sorted(folder.rglob("*.md")):
        if any(p.startswith((".", "_")) for p in path.relative_to(folder).parts):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if "derived_from" in text:
            yield path, text


def _manifest(folder: Path) -> Manifest | None:
    try:
        return parse((folder / MANIFEST).read_bytes())
    except (OSError, PackRefused):
        return None


def _body(path: Path) -> tuple[str, str]:
    """The front matter block (with its '---' lines) and the body of an item file."""
    text = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n")
    doc = frontmatter.split(text)
    lines = text.split("\n")
    front = "\n".join(lines[: doc.body_line - 1])
    return front, doc.body


def update_copies(pack_id: str, version: int, folder: Path | None = None) -> list[CopyUpdate]:
    """Merge every copy in the user's folder whose origin is an item of this pack that changed
    between the copy's version and ``version``. Clean merges are written (the old copy kept);
    conflicts are returned, the copy unchanged."""
    from .installed import packs_dir

    updates = _updates(packs_dir() / pack_id, version, folder)
    for update in updates:
        if update.outcome is not None and update.outcome.clean:
            write_resolution(update)
    return updates


def pending_updates(folder: Path | None = None) -> list[CopyUpdate]:
    """Copies still waiting for the user: their pack's active version changed the item they
    came from, and the merge had conflicts (or could not be written). Recomputed from the
    installed versions and the copy, which stays as it was until the user chooses; nothing is
    written here."""
    from .installed import installed

    waiting = []
    for pack in installed():
        for update in _updates(pack.folder.parent, pack.version, folder):
            if update.outcome is not None and update.from_version != update.to_version:
                waiting.append(update)
    return waiting


def _updates(pack_folder: Path, version: int, folder: Path | None) -> list[CopyUpdate]:
    """The merge of every copy of an item of the pack at ``version`` that changed since the
    copy's version (nothing written)."""
    new = _manifest(pack_folder / str(version))
    if new is None:
        return []
    older = sorted(
        (int(c.name) for c in pack_folder.iterdir() if c.name.isdigit() and int(c.name) < version),
        reverse=True,
    )
    updates = []
    for path, text in _copies(folder or paths.user_content_dir()):
        origin = derived_from(text)
        theirs_entry = new.item(origin[0]) if origin is not None else None
        if origin is None or theirs_entry is None:
            continue
        ident, from_version = origin
        update = CopyUpdate(path, ident, from_version, theirs_entry.version)
        base_file = _base_file(pack_folder, older, ident, from_version)
        if base_file is None:
            update.problem = QT_TRANSLATE_NOOP(
                "PackMessages",
                "the version {version} of '{id}' that this copy came from is not installed; "
                "the copy is left as it is",
            ).format(version=from_version, id=ident)
            updates.append(update)
            continue
        theirs_file = pack_folder / str(version) / Path(*theirs_entry.file.split("/"))
        try:
            _, base = _body(base_file)
            _, theirs = _body(theirs_file)
            front, ours = _body(path)
        except (OSError, UnicodeDecodeError, frontmatter.FrontMatterError) as exc:
            update.problem = QT_TRANSLATE_NOOP("PackMessages", "cannot be read: {error}").format(
                error=str(exc)
            )
            updates.append(update)
            continue
        if base.strip() == theirs.strip():
            continue  # the pack did not change this item
        deck = _kind(front) == "deck"
        update.outcome = merge_bodies(base, ours, theirs, deck)
        update.front = DERIVED_LINE_RE.sub(
            f"derived_from: {ident}@{theirs_entry.version}", front, count=1
        )
        updates.append(update)
    return updates


def _kind(front: str) -> str:
    match = re.search(r"^kind\s*:\s*['\"]?(\w+)", front, re.MULTILINE)
    return match.group(1) if match else ""


def _base_file(pack_folder: Path, older: list[int], ident: str, version: int) -> Path | None:
    """The item as it was at ``version``: the newest older install that holds it so."""
    for number in older:
        manifest = _manifest(pack_folder / str(number))
        entry = manifest.item(ident) if manifest else None
        if entry is not None and entry.version == version:
            return pack_folder / str(number) / Path(*entry.file.split("/"))
    return None


def write_resolution(update: CopyUpdate, choices: dict[int, str] | None = None) -> Path:
    """Write the merged copy (conflicts as ``choices`` say), keeping the copy as it was beside
    it; returns the kept file. The new text is written whole and then renamed into place."""
    assert update.outcome is not None
    path = update.path
    original = path.read_bytes()
    backup = keep_beside(path, "pre-merge", original)
    write_atomically(path, update.front + "\n\n" + update.outcome.text(choices))
    update.backup = backup
    return backup


def keep_beside(path: Path, tag: str, data: bytes) -> Path:
    """Write ``data`` to a new file beside ``path`` that the library does not load:
    ``_NAME.TAG.md``, or ``_NAME.TAG-2.md`` and so on when that is taken; never over a file."""
    number = 1
    while True:
        suffix = "" if number == 1 else f"-{number}"
        kept = path.with_name(f"_{path.stem}.{tag}{suffix}.md")
        try:
            with kept.open("xb") as out:
                out.write(data)
        except FileExistsError:
            number += 1
            continue
        return kept


def accept(update: CopyUpdate) -> None:
    """The user accepts the merged copy: the copy as it was is no longer kept."""
    if update.backup is not None and update.backup.exists():
        update.backup.unlink()
        update.backup = None
