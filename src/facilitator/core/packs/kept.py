"""Merged copies waiting for the user's acceptance.

A merge (clean at import, or as the user chose slide by slide) writes the trainer's copy and keeps
the copy as it was beside it, ``_NAME.pre-merge.md`` (``_NAME.pre-merge-2.md`` and so on after
further merges), which the library does not load. The kept files are the list: nothing else is
stored. Accepting deletes a kept file. Undoing puts it back as the copy, and keeps the merged text
beside it as ``_NAME.merged.md``, so nothing is lost either way. A copy put back names the version
it came from again, so its update waits among ``merge.pending_updates()`` once more.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from .merge import derived_from, keep_beside

KEPT_RE = re.compile(r"^_(?P<stem>.+)\.pre-merge(?:-(?P<number>\d+))?\.md$")


@dataclass(frozen=True)
class MergedCopy:
    """A copy in the user's folder that a merge changed, and the copy as it was before."""

    copy: Path  # the merged copy, in the library
    kept: Path  # the copy as it was, ``_NAME.pre-merge.md``
    item_id: str  # the pack item the copy came from ("" when the kept file does not say)
    from_version: int | None  # the item's version the copy had before the merge
    to_version: int | None  # the item's version the copy has now (None: the copy is gone)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": str(self.copy),
            "kept": str(self.kept),
            "item": self.item_id,
            "from_version": self.from_version,
            "to_version": self.to_version,
        }


def _origin(path: Path) -> tuple[str, int] | None:
    try:
        return derived_from(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None


def merged_copies(folder: Path | None = None) -> list[MergedCopy]:
    """Every kept pre-merge file in the user's folder (or ``folder``), oldest merge of a copy
    first. Folders the library skips (names starting with '.' or '_') are skipped here too."""
    root = folder or paths.user_content_dir()
    found: list[tuple[Path, int, MergedCopy]] = []
    try:
        candidates = sorted(root.rglob("_*.pre-merge*.md"))
    except OSError:
        return []
    for kept in candidates:
        match = KEPT_RE.match(kept.name)
        parents = kept.parent.relative_to(root).parts
        if match is None or not kept.is_file() or any(p.startswith((".", "_")) for p in parents):
            continue
        copy = kept.with_name(f"{match.group('stem')}.md")
        before = _origin(kept)
        now = _origin(copy) if copy.exists() else None
        item = (before or now or ("", 0))[0]
        entry = MergedCopy(copy, kept, item, before[1] if before else None, now[1] if now else None)
        found.append((copy, int(match.group("number") or 1), entry))
    found.sort(key=lambda row: (str(row[0]), row[1]))
    return [row[2] for row in found]


def accept_merge(merged: MergedCopy) -> None:
    """The user keeps the merged copy: the copy as it was is deleted."""
    merged.kept.unlink(missing_ok=True)


def undo_merge(merged: MergedCopy) -> Path | None:
    """Put the copy as it was back in place of the merged copy. The merged text is kept beside
    it first (``_NAME.merged.md``, returned; None when the copy itself was gone), so a failure
    at any step loses nothing."""
    kept_merge = None
    if merged.copy.exists():
        kept_merge = keep_beside(merged.copy, "merged", merged.copy.read_bytes())
    os.replace(merged.kept, merged.copy)
    return kept_merge
