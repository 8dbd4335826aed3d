"""Installed packs: verify a pack, import it (every check first, then one atomic rename), list,
remove, and offer newer versions found in the ``content_sources`` folders.

Layout in the user's data folder::

    packs/
      accepted-keys.txt           publisher keys the user accepted
      <pack id>/
        active                    the version the library reads (the newest, unless downgraded)
        <version>/                one folder per version, never changed after install
          manifest.json  signature  trust.json  content/...

Older versions stay installed: they are the base of the three-way merge of a trainer's copies.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from .. import paths
from ..messages import QT_TRANSLATE_NOOP, Message, as_message
from ..model import Library, Problem
from . import keys
from .archive import MANIFEST, SIGNATURE, Limits, Opened, open_pack
from .errors import REASONS, PackRefused
from .installed import (
    TRUST_FILE,
    _active,
    _versions,
    installed,
    packs_dir,
    set_active,
)
from .manifest import MAX_MANIFEST_BYTES, Manifest, parse

Trust = Literal["trusted", "unknown-key", "unsigned"]


# Trust ------------------------------------------------------------------------------------------


def trusted_keys(settings: Any) -> set[bytes]:
    """IT's ``trusted_publishers``, and (unless IT locked that setting) the user's own entries
    and the keys they accepted."""
    lines: list[str] = list(settings.site.get("trusted_publishers", []))
    if not settings.is_locked("trusted_publishers"):
        lines += settings.user.get("trusted_publishers", [])
    found = {keys.parse_public_key(line) for line in lines}
    if not settings.is_locked("trusted_publishers"):
        found.update(keys.read_key_lines(keys.accepted_keys_file(packs_dir())))
    return {k for k in found if k is not None}


def may_ask(settings: Any) -> bool:
    """Whether an unverified pack may be imported after the user's yes: not when IT locked
    ``trusted_publishers`` (then only IT's publishers count)."""
    return not settings.is_locked("trusted_publishers")


# Verification -----------------------------------------------------------------------------------


@dataclass
class Verification:
    """What ``pack verify`` reports: the pack, its trust, and the reason when refused."""

    file: Path
    manifest: Manifest | None = None
    trust: Trust | None = None
    key: bytes | None = None
    refused: PackRefused | None = None
    warnings: list[Message] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.refused is not None:
            return "refused"
        return "verified" if self.trust == "trusted" else "unverified"

    @property
    def reason(self) -> str | None:
        if self.refused is not None:
            return self.refused.reason
        return None if self.trust == "trusted" else self.trust and _trust_reason(self.trust)

    def as_dict(self) -> dict[str, Any]:
        m = self.manifest
        return {
            "file": str(self.file),
            "status": self.status,
            "reason": self.reason,
            "message": str(self.message()),
            "problems": self.refused.problems if self.refused else [],
            "warnings": [str(w) for w in self.warnings],
            "pack": None
            if m is None
            else {
                "id": m.id,
                "title": m.title,
                "version": m.version,
                "publisher": m.publisher,
                "created": m.created,
                "format": m.format,
                "items": [{"id": e.id, "version": e.version} for e in m.items],
                "plans": [{"id": e.id, "version": e.version} for e in m.plans],
                "files": len(m.files),
            },
            "signed_by": keys.fingerprint(self.key) if self.key else None,
        }

    def message(self) -> Message:
        if self.refused is not None:
            return self.refused.text
        if self.trust == "trusted":
            return QT_TRANSLATE_NOOP("PackMessages", "signed by a trusted publisher")
        if self.trust == "unknown-key":
            return QT_TRANSLATE_NOOP(
                "PackMessages", "signed by a key that is not trusted here ({key})"
            ).format(key=keys.fingerprint(self.key or b""))
        return QT_TRANSLATE_NOOP(
            "PackMessages", "not signed: nobody vouches for where it comes from"
        )


def _trust_reason(trust: str) -> str:
    return "untrusted-key" if trust == "unknown-key" else "unsigned"


@functools.cache
def _bundled_ids(folder: Path) -> frozenset[str]:
    from ..loader import Root, load_library

    library = load_library([Root(folder, bundled=True)])
    ids = {m.id for m in library.modules} | {i.id for i in library.items()}
    return frozenset(ids | {p.id for p in library.plans})


def bundled_ids() -> frozenset[str]:
    """Every module, item and plan id of the bundled library (a pack may not take one)."""
    return _bundled_ids(paths.bundled_content_dir())


def _check(
    file: Path,
    workdir: Path,
    settings: Any,
    *,
    limits: Limits | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[Opened, Verification]:
    """Every check of a pack; its files end up under ``workdir``. Raises PackRefused."""
    opened = open_pack(file, workdir, limits=limits, progress=progress, cancelled=cancelled)
    manifest = opened.manifest
    if manifest.id in bundled_ids():
        raise PackRefused(
            "id-collision",
            QT_TRANSLATE_NOOP(
                "PackMessages", "manifest.json: the pack id '{id}' is an id of the bundled library"
            ).format(id=manifest.id),
        )
    check = Verification(file, manifest)
    check.warnings = _content_check(workdir, manifest, settings)
    if opened.signature is None:
        check.trust = "unsigned"
    else:
        check.key = opened.signature.key
        check.trust = "trusted" if check.key in trusted_keys(settings) else "unknown-key"
    return opened, check


def _content_check(workdir: Path, manifest: Manifest, settings: Any) -> list[Message]:
    """check-content on the pack's files, against the library the app loads (a pack's plan may
    use items it does not carry). Errors refuse the pack; warnings are returned (the content's
    own ``file:line: message`` problems in English, for the pack's author)."""
    from ..fields import field_problems
    from ..loader import Root, display_path, library_roots, load_library

    content = workdir / "content"
    app = load_library(library_roots(settings.content_folders()))
    # The app's ids do not count as taken here: installed packs rank after the bundled library.
    reference = Library(
        modules=[replace(m, bundled=False) for m in app.modules],
        plans=[replace(p, bundled=False) for p in app.plans],
    )
    library = load_library([Root(content)], reference=reference) if content.is_dir() else Library()
    library.problems.extend(field_problems(library.items(), lambda p: display_path(library, p)))
    problems: list[Problem] = library.problems
    errors = [str(p) for p in problems if p.severity == "error"]
    loaded = {i.id: i for i in library.items()}
    for entry in manifest.items:
        item = loaded.get(entry.id)
        if item is None:
            errors.append(f"manifest.json: lists item '{entry.id}', which the content lacks")
        elif item.path.resolve() != workdir.joinpath(*entry.file.split("/")).resolve():
            errors.append(f"manifest.json: item '{entry.id}' is not in '{entry.file}'")
        elif item.version != entry.version:
            errors.append(
                f"manifest.json: item '{entry.id}' has version {item.version}, not {entry.version}"
            )
    listed = {e.id for e in manifest.items}
    errors += [
        f"{display_path(library, loaded[i].path)}: item '{i}' is not in the manifest"
        for i in sorted(set(loaded) - listed)
    ]
    if errors:
        count = len(errors)
        raise PackRefused(
            "content-problems",
            QT_TRANSLATE_NOOP(
                "PackMessages", "the pack's content fails check-content ({count} problems)"
            ).format(count=count)
            if count > 1
            else QT_TRANSLATE_NOOP(
                "PackMessages", "the pack's content fails check-content (1 problem)"
            ),
            errors,
        )
    shadowed = sorted(
        set(loaded) & {i.id for i in app.items() if i.bundled and _under_bundled(i.path)}
    )
    notes = [as_message(str(p)) for p in problems if p.severity == "warning"]
    if len(shadowed) == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "PackMessages",
                "1 item has the id of a bundled item and stays hidden behind it: {ids}",
            ).format(ids=shadowed[0])
        )
    elif shadowed:
        notes.append(
            QT_TRANSLATE_NOOP(
                "PackMessages",
                "{count} items have the id of a bundled item and stay hidden behind it: {ids}",
            ).format(count=len(shadowed), ids=", ".join(shadowed[:10]))
        )
    return notes


def _under_bundled(path: Path) -> bool:
    try:
        return path.resolve().is_relative_to(paths.bundled_content_dir().resolve())
    except OSError:
        return False


def verify_pack(
    file: Path,
    settings: Any,
    *,
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Verification:
    """Every check an import makes, in a temporary folder that is removed afterwards.
    Raises PackCancelled when ``cancelled()`` says so."""
    with tempfile.TemporaryDirectory(prefix="facilitator-pack-") as tmp:
        try:
            opened = _check(
                file, Path(tmp), settings, limits=limits, progress=progress, cancelled=cancelled
            )
            return opened[1]
        except PackRefused as refused:
            return Verification(file, refused=refused, manifest=_peek(file))


def _peek(file: Path) -> Manifest | None:
    """The manifest alone, when it can be read (for a refusal's report); never raises."""
    try:
        with zipfile.ZipFile(file) as archive:
            info = archive.getinfo(MANIFEST)
            if info.file_size > MAX_MANIFEST_BYTES:
                return None
            return parse(archive.read(info))
    except Exception:  # noqa: BLE001 - anything at all: the refusal already says why
        return None


# Import -----------------------------------------------------------------------------------------


Answer = Literal["no", "once", "trust"]


@dataclass
class ImportResult:
    manifest: Manifest
    trust: Trust
    installed_now: bool  # False when the same version was already there
    previous: int | None  # the active version before
    merges: list[Any] = field(default_factory=list)  # merge.CopyUpdate, one per trainer's copy
    warnings: list[Message] = field(default_factory=list)


def import_pack(
    file: Path,
    settings: Any,
    *,
    confirm: Callable[[Verification], Answer] | None = None,
    allow_downgrade: bool = False,
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportResult:
    """Check everything in a temporary folder inside the data folder, then install with one
    rename. ``confirm`` is asked for an unsigned or unknown-signed pack (no ``confirm``: refused).
    Raises PackRefused or PackCancelled; either way nothing was installed."""
    data = paths.data_dir()
    tmp = Path(tempfile.mkdtemp(prefix=".pack-incoming-", dir=data))
    try:
        opened, check = _check(
            file, tmp, settings, limits=limits, progress=progress, cancelled=cancelled
        )
        manifest = opened.manifest
        accept = False
        if check.trust != "trusted":
            reason = _trust_reason(check.trust or "unsigned")
            if not may_ask(settings):
                raise PackRefused(
                    "unverified-locked",
                    QT_TRANSLATE_NOOP(
                        "PackMessages", "{check}; IT allows only packs of its trusted publishers"
                    ).format(check=check.message()),
                )
            answer = confirm(check) if confirm is not None else "no"
            if answer not in ("once", "trust"):
                raise PackRefused(
                    "not-confirmed",
                    QT_TRANSLATE_NOOP(
                        "PackMessages", "{check} ({reason}), and nobody said yes"
                    ).format(check=check.message(), reason=reason),
                )
            accept = answer == "trust" and check.key is not None
        pack_folder = packs_dir() / manifest.id
        versions = _versions(pack_folder)
        previous = _active(pack_folder, versions)
        target = pack_folder / str(manifest.version)
        if manifest.version in versions:
            if (target / MANIFEST).read_bytes() != opened.manifest_bytes:
                raise PackRefused(
                    "already-installed",
                    QT_TRANSLATE_NOOP(
                        "PackMessages",
                        "'{id}' version {version} is installed with other content; the publisher "
                        "must give the new content a new version",
                    ).format(id=manifest.id, version=manifest.version),
                )
            if previous != manifest.version and not allow_downgrade:
                raise _downgrade(manifest, previous)
            set_active(pack_folder, manifest.version)
            return ImportResult(
                manifest, check.trust or "unsigned", False, previous, warnings=check.warnings
            )
        if previous is not None and manifest.version < previous and not allow_downgrade:
            raise _downgrade(manifest, previous)
        # Every check has passed: from here on, the user's data folder changes.
        if accept and check.key is not None:
            keys.accept_key(packs_dir(), check.key, manifest.publisher)
            check.trust = "trusted"  # the user now trusts this publisher
        trust = {
            "verified": check.trust == "trusted",
            "trust": check.trust,
            "signed_by": keys.fingerprint(check.key) if check.key else None,
            "file": file.name,
        }
        (tmp / MANIFEST).write_bytes(opened.manifest_bytes)
        if opened.signature is not None:
            (tmp / SIGNATURE).write_bytes(opened.signature_bytes)
        (tmp / TRUST_FILE).write_text(json.dumps(trust, indent=2) + "\n", encoding="utf-8")
        pack_folder.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        set_active(pack_folder, manifest.version)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    from .merge import update_copies

    result = ImportResult(
        manifest, check.trust or "unsigned", True, previous, warnings=check.warnings
    )
    if previous is not None and previous < manifest.version:
        result.merges = update_copies(manifest.id, manifest.version)
    return result


def _downgrade(manifest: Manifest, previous: int | None) -> PackRefused:
    return PackRefused(
        "downgrade",
        QT_TRANSLATE_NOOP(
            "PackMessages",
            "'{id}' version {previous} is installed; version {version} is older "
            "(import it with the downgrade option to go back)",
        ).format(id=manifest.id, previous=str(previous), version=manifest.version),
    )


def remove_pack(pack_id: str) -> bool:
    """Remove every installed version of a pack (its items leave the library). False when it
    is not installed. The folder is renamed away first, so a failure leaves no half pack."""
    folder = packs_dir() / pack_id
    if not folder.is_dir() or pack_id.startswith("."):
        return False
    gone = packs_dir() / f".removed-{pack_id}-{os.getpid()}"
    os.replace(folder, gone)
    shutil.rmtree(gone, ignore_errors=True)
    return True


# Offers from content_sources --------------------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    file: Path
    id: str
    title: str
    version: int
    installed_version: int


DECLINED_FILE = "declined-offers.json"  # in the packs folder: {pack id: newest version declined}
DECLINED_MAX_BYTES = 64_000


def declined() -> dict[str, int]:
    """The versions the user said "not this version" to, by pack id. A missing or damaged file
    declines nothing (the offers come back; nothing else depends on it)."""
    from .installed import packs_dir

    try:
        with open(packs_dir() / DECLINED_FILE, "rb") as handle:
            raw = handle.read(DECLINED_MAX_BYTES + 1)
        if len(raw) > DECLINED_MAX_BYTES:  # a few ids and numbers: anything larger is not ours
            return {}
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(key): value
        for key, value in data.items()
        if isinstance(value, int) and not isinstance(value, bool)
    }


def decline(chosen: list[Offer]) -> None:
    """Offer these versions at start no more; a newer version is offered again, and File >
    Packs… still lists every newer version."""
    from ..text_files import write_atomically
    from .installed import packs_dir

    kept = declined()
    for offer in chosen:
        kept[offer.id] = max(offer.version, kept.get(offer.id, 0))
    folder = packs_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / DECLINED_FILE, json.dumps(kept, indent=2, sort_keys=True) + "\n")


def offers(settings: Any, *, at_start: bool = False) -> list[Offer]:
    """Newer versions of installed packs in the machine-wide ``content_sources`` folders, read
    once when asked (at start); nothing is installed, nothing is fetched from a network.
    ``at_start`` leaves out the versions the user declined (:func:`decline`)."""
    have = {p.id: p.version for p in installed()}
    best: dict[str, Offer] = {}
    for folder in settings.site.get("content_sources", []):
        try:
            files = sorted(Path(folder).expanduser().glob("*.facpack"))
        except OSError:
            continue
        for file in files:
            manifest = _peek(file)
            if manifest is None or manifest.id not in have:
                continue
            if manifest.version > have[manifest.id] and (
                manifest.id not in best or manifest.version > best[manifest.id].version
            ):
                best[manifest.id] = Offer(
                    file, manifest.id, manifest.title, manifest.version, have[manifest.id]
                )
    skip = declined() if at_start else {}
    return [best[k] for k in sorted(best) if best[k].version > skip.get(k, 0)]


__all__ = ["REASONS", "PackRefused", "import_pack", "installed", "remove_pack", "verify_pack"]
