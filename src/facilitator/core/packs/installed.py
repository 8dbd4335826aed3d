"""Installed packs as the library sees them: which packs and versions are in the user's data
folder, and which content folders the library reads. Light on purpose: the library's roots are
built at every start, so nothing here imports zipfile or the signature library (PyNaCl)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from .. import paths
from ..text_files import write_atomically
from .errors import PackRefused
from .manifest import parse

MANIFEST = "manifest.json"
TRUST_FILE = "trust.json"
ACTIVE_FILE = "active"


def packs_dir() -> Path:
    return paths.data_dir() / "packs"


@dataclass(frozen=True)
class Installed:
    id: str
    version: int  # the active one
    versions: tuple[int, ...]
    title: str
    publisher: str
    verified: bool
    signed_by: str  # fingerprint, or "" when unsigned
    folder: Path  # the active version's folder

    @property
    def content(self) -> Path:
        return self.folder / "content"


def _versions(pack_folder: Path) -> list[int]:
    found = []
    with contextlib.suppress(OSError):
        for child in pack_folder.iterdir():
            if child.name.isdigit() and (child / MANIFEST).is_file():
                found.append(int(child.name))
    return sorted(found)


def _active(pack_folder: Path, versions: list[int]) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        chosen = int((pack_folder / ACTIVE_FILE).read_text(encoding="ascii").strip())
        if chosen in versions:
            return chosen
    return versions[-1] if versions else None


def installed(folder: Path | None = None) -> list[Installed]:
    """The installed packs (each at its active version), in id order. Never raises: a damaged
    install folder is left out."""
    base = folder or packs_dir()
    result = []
    try:
        children = sorted(base.iterdir())
    except OSError:
        return []
    for child in children:
        if child.name.startswith(".") or not child.is_dir():
            continue
        versions = _versions(child)
        active = _active(child, versions)
        if active is None:
            continue
        found = _read_installed(child, active, versions)
        if found is not None:
            result.append(found)
    return result


def _read_installed(child: Path, version: int, versions: list[int]) -> Installed | None:
    folder = child / str(version)
    try:
        manifest = parse((folder / MANIFEST).read_bytes())
        trust = json.loads((folder / TRUST_FILE).read_text(encoding="utf-8"))
    except (OSError, PackRefused, ValueError):
        return None
    if not isinstance(trust, dict):
        return None
    return Installed(
        id=manifest.id,
        version=version,
        versions=tuple(versions),
        title=manifest.title,
        publisher=manifest.publisher,
        verified=trust.get("verified") is True,
        signed_by=str(trust.get("signed_by") or ""),
        folder=folder,
    )


def pack_content_folders(folder: Path | None = None) -> list[Path]:
    """The content folders of the installed packs' active versions (library roots)."""
    return [pack.content for pack in installed(folder) if pack.content.is_dir()]


def unverified_folders(folder: Path | None = None) -> list[Path]:
    """The content folders of installed packs nobody vouched for (the library marks their
    items "unverified")."""
    return [pack.content for pack in installed(folder) if not pack.verified]


def is_under(path: Path, folders: list[Path]) -> bool:
    """Whether ``path`` lies in one of ``folders`` (the library's roots are not resolved, and
    neither are these: both come from the same data folder)."""
    return any(path.is_relative_to(folder) for folder in folders)


def set_active(pack_folder: Path, version: int) -> None:
    write_atomically(pack_folder / ACTIVE_FILE, f"{version}\n")
