"""Write a pack: chosen modules, items and plans, and what they use (a plan's items, an item's
module file and images)."""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ... import __version__
from ..loader import HTML_IMG_RE, IMAGE_RE
from ..messages import QT_TRANSLATE_NOOP, MessageError
from ..model import Item, Library, Module, is_id
from . import keys
from .archive import MANIFEST, SIGNATURE
from .errors import PackCancelled, cannot_read
from .manifest import PACK_FORMAT, ContentEntry, FileEntry, Manifest

NAME_RE = re.compile(r"^(?P<id>[a-z0-9][a-z0-9._-]*?)-(?P<version>\d+)$")


class ExportProblem(MessageError, ValueError):
    """What cannot be exported: ``message`` in English (the command line), ``text`` for the UI.
    A plan's ``file:line`` problem stays English (docs/decisions.md)."""


@dataclass
class Selection:
    """What goes into a pack: module and item files by their path in the pack."""

    files: dict[str, Path] = field(default_factory=dict)  # "content/..." -> source file
    modules: dict[str, str] = field(default_factory=dict)  # module id -> its module.md in pack
    items: dict[str, tuple[int, str]] = field(default_factory=dict)  # id -> (version, pack path)
    plans: dict[str, str] = field(default_factory=dict)  # plan id -> pack path


def name_from_file(out: Path) -> tuple[str, int] | None:
    """The pack id and version a file name ``NAME-VERSION.facpack`` gives, or None."""
    stem = out.name.removesuffix(".facpack")
    match = NAME_RE.match(stem.lower())
    return (match.group("id"), int(match.group("version"))) if match else None


def select(library: Library, targets: Sequence[str]) -> Selection:
    """Every file the targets (module, item or plan ids) need. ExportProblem names what is
    unknown or cannot travel."""
    chosen = Selection()
    modules = {m.id: m for m in library.modules}
    owner = {item.id: m for m in library.modules for item in m.items}
    for target in targets:
        if target in modules:
            for item in modules[target].items:
                _add_item(chosen, modules[target], item)
            _add_module(chosen, modules[target])
        elif target in owner:
            _add_item(chosen, owner[target], library.item(target))  # type: ignore[arg-type]
        elif (plan := library.plan(target)) is not None:
            if plan.path is None:
                raise ExportProblem(
                    QT_TRANSLATE_NOOP(
                        "PackMessages", "'{target}': the plan has no file to export"
                    ).format(target=target)
                )
            for entry in plan.entries:
                if entry.kind == "item":
                    if entry.ref not in owner:
                        raise ExportProblem(
                            f"{plan.path}:{entry.line}: the plan uses '{entry.ref}', which is not "
                            "in the library; it cannot go into the pack"
                        )
                    _add_item(chosen, owner[entry.ref], library.item(entry.ref))  # type: ignore[arg-type]
            arc = f"content/plans/{plan.id}.plan.yaml"
            chosen.files[arc] = plan.path
            chosen.plans[plan.id] = arc
        else:
            raise ExportProblem(
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{target}' is no module, item or plan id of the library"
                ).format(target=target)
            )
    return chosen


def _module_arc(module: Module) -> str:
    return f"content/{module.id}"


def _add_module(chosen: Selection, module: Module) -> None:
    arc = f"{_module_arc(module)}/module.md"
    chosen.files[arc] = module.path / "module.md"
    chosen.modules[module.id] = arc


def _add_item(chosen: Selection, module: Module, item: Item) -> None:
    _add_module(chosen, module)
    base = item.path.parent
    try:
        relative = item.path.relative_to(module.path).as_posix()
    except ValueError:  # an item of a second module.md that joined this module
        relative, base = item.path.name, item.path.parent
    folder = _module_arc(module)
    arc = f"{folder}/{relative}"
    chosen.files[arc] = item.path
    chosen.items[item.id] = (item.version, arc)
    for image in _images(item.body):
        source = (base / image).resolve()
        try:
            inside = source.relative_to(module.path.resolve()).as_posix()
        except ValueError:
            raise ExportProblem(
                QT_TRANSLATE_NOOP(
                    "PackMessages",
                    "{file}: the image '{image}' is outside the module's folder; move it beside "
                    "the Markdown to export it",
                ).format(file=str(item.path), image=image)
            ) from None
        if source.is_file():
            chosen.files[f"{folder}/{inside}"] = source


def _images(body: str) -> list[str]:
    found = []
    for raw in body.split("\n"):
        for match in (*IMAGE_RE.finditer(raw), *HTML_IMG_RE.finditer(raw)):
            target = match.group(1)
            if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE):
                found.append(target)
    return found


# Ids in front matter and plan files, as a pack's copy of the bundled library renames them.
_FRONT_ID_RE = re.compile(
    r"^(?P<key>(?:id|translation_of)\s*:\s*)(?P<q>[\"']?)(?P<id>[a-z0-9][a-z0-9._-]*)(?P=q)"
    r"(?P<rest>\s*(?:#.*)?)$"
)
_PLAN_ID_RE = re.compile(
    r"^(?P<key>(?:id|\s*(?:-\s+)?item)\s*:\s*)(?P<q>[\"']?)(?P<id>[a-z0-9][a-z0-9._-]*)(?P=q)"
    r"(?P<rest>\s*(?:#.*)?)$"
)


def renames(chosen: Selection, pack_id: str, taken_ids: Iterable[str]) -> dict[str, str]:
    """New ids for the chosen modules, items and plans whose ids the bundled library already has:
    ``PACK_ID.OLD_ID``. Without them the bundled library would hide the pack's copy on every
    computer that installs it (the earlier root keeps an id)."""
    ids = set(chosen.modules) | set(chosen.items) | set(chosen.plans)
    taken = set(taken_ids)
    return {old: f"{pack_id}.{old}" for old in sorted(ids) if old in taken}


def _renamed(arc: str, data: bytes, new: dict[str, str]) -> bytes:
    """A Markdown or plan file with the ids in ``new`` replaced: a Markdown file's ``id`` and
    ``translation_of`` in its front matter, a plan's ``id`` and each entry's ``item``."""
    if not new or not arc.endswith((".md", ".plan.yaml")):
        return data
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    pattern = _PLAN_ID_RE if arc.endswith(".plan.yaml") else _FRONT_ID_RE
    lines = text.split("\n")
    end = len(lines)
    if arc.endswith(".md"):  # only the front matter: between the first two '---' lines
        fences = [n for n, line in enumerate(lines) if line.rstrip("\r") == "---"]
        if len(fences) < 2 or lines[0].lstrip("\ufeff").rstrip("\r") != "---":
            return data
        end = fences[1]
    for number in range(end):
        line = lines[number]
        crlf = line.endswith("\r")
        match = pattern.match(line.rstrip("\r"))
        if match and match.group("id") in new:
            q = match.group("q")
            line = f"{match.group('key')}{q}{new[match.group('id')]}{q}{match.group('rest')}"
            lines[number] = line + ("\r" if crlf else "")
    return "\n".join(lines).encode("utf-8")


def export_pack(
    library: Library,
    targets: Sequence[str],
    out: Path,
    *,
    pack_id: str,
    version: int,
    title: str = "",
    publisher: str = "",
    sign_with: Path | None = None,
    taken_ids: set[str] = frozenset(),  # type: ignore[assignment]
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Manifest:
    """Write the pack to ``out`` (whole, then renamed into place) and return its manifest."""
    if not is_id(pack_id):
        raise ExportProblem(
            QT_TRANSLATE_NOOP(
                "PackMessages", "pack id '{id}' may hold only lower case a-z, digits, '.', '-', '_'"
            ).format(id=pack_id)
        )
    if pack_id in taken_ids:
        raise ExportProblem(
            QT_TRANSLATE_NOOP(
                "PackMessages",
                "pack id '{id}' is an id of the bundled library; choose another (e.g. "
                "'yourorganisation.{id}')",
            ).format(id=pack_id)
        )
    if version < 1:
        raise ExportProblem(
            QT_TRANSLATE_NOOP("PackMessages", "the version must be a whole number from 1")
        )
    if not targets:
        raise ExportProblem(
            QT_TRANSLATE_NOOP("PackMessages", "name at least one module, item or plan")
        )
    chosen = select(library, targets)
    new = renames(chosen, pack_id, taken_ids)
    entries = []
    blobs: list[tuple[str, bytes]] = []
    for arc in sorted(chosen.files):
        try:
            data = _renamed(arc, chosen.files[arc].read_bytes(), new)
        except OSError as exc:
            raise ExportProblem(cannot_read(chosen.files[arc], exc)) from None
        entries.append(FileEntry(arc, len(data), hashlib.sha256(data).hexdigest()))
        blobs.append((arc, data))
    created = datetime.now(UTC).replace(microsecond=0)
    manifest = Manifest(
        id=pack_id,
        title=title or pack_id,
        version=version,
        publisher=publisher,
        created=created.isoformat().replace("+00:00", "Z"),
        format=PACK_FORMAT,
        app=f"facilitator {__version__}",
        files=tuple(entries),
        modules=_by_id(ContentEntry(new.get(i, i), 1, f) for i, f in chosen.modules.items()),
        items=_by_id(ContentEntry(new.get(i, i), v, f) for i, (v, f) in chosen.items.items()),
        plans=_by_id(ContentEntry(new.get(i, i), version, f) for i, f in chosen.plans.items()),
    )
    manifest_bytes = manifest.to_bytes()
    signature = keys.sign(manifest_bytes, sign_with) if sign_with is not None else None
    stamp = created.timetuple()[:6]
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    total = sum(len(d) for _, d in blobs) or 1
    done = 0
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            _write(archive, MANIFEST, manifest_bytes, stamp)
            if signature is not None:
                _write(archive, SIGNATURE, signature, stamp)
            for arc, data in blobs:
                if cancelled is not None and cancelled():
                    raise PackCancelled()
                _write(archive, arc, data, stamp)
                done += len(data)
                if progress is not None:
                    progress(done, total)
        os.replace(tmp, out)
    finally:
        if tmp.exists():
            tmp.unlink()
    return manifest


def _by_id(entries: Iterable[ContentEntry]) -> tuple[ContentEntry, ...]:
    return tuple(sorted(entries, key=lambda entry: entry.id))


def _write(archive: zipfile.ZipFile, name: str, data: bytes, stamp: tuple[int, ...]) -> None:
    info = zipfile.ZipInfo(name, date_time=stamp)  # type: ignore[arg-type]
    info.external_attr = 0o100644 << 16  # a plain file, readable
    info.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(info, data)
