"""``manifest.json``: what a pack is and holds. Parsed strictly: anything unexpected refuses the
pack before a single content file is written."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..messages import QT_TRANSLATE_NOOP, plain
from ..model import is_id
from .errors import PackRefused

PACK_FORMAT = 1  # the pack format this app reads and writes ("app format version")
MAX_MANIFEST_BYTES = 4 * 1024 * 1024
SHA256_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class FileEntry:
    path: str  # inside the zip, "content/..."
    size: int
    sha256: str


@dataclass(frozen=True)
class ContentEntry:
    """A module, item or plan in the pack: its id, version and file."""

    id: str
    version: int
    file: str


@dataclass(frozen=True)
class Manifest:
    id: str
    title: str
    version: int
    publisher: str
    created: str
    format: int = PACK_FORMAT
    app: str = ""
    files: tuple[FileEntry, ...] = ()
    modules: tuple[ContentEntry, ...] = ()
    items: tuple[ContentEntry, ...] = ()
    plans: tuple[ContentEntry, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_bytes(self) -> bytes:
        """The exact bytes that are signed and stored (sorted keys, UTF-8)."""
        data = {
            "format": self.format,
            "id": self.id,
            "title": self.title,
            "version": self.version,
            "publisher": self.publisher,
            "created": self.created,
            "app": self.app,
            "files": [{"path": f.path, "size": f.size, "sha256": f.sha256} for f in self.files],
            "modules": [_entry(e) for e in self.modules],
            "items": [_entry(e) for e in self.items],
            "plans": [_entry(e) for e in self.plans],
        }
        return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()

    def item(self, ident: str) -> ContentEntry | None:
        return next((e for e in self.items if e.id == ident), None)

    @property
    def file_name(self) -> str:
        return f"{self.id}-{self.version}.facpack"


def _entry(e: ContentEntry) -> dict[str, Any]:
    return {"id": e.id, "version": e.version, "file": e.file}


def _bad(message: str) -> PackRefused:
    """A manifest field that is wrong: the detail is for the pack's publisher and stays English
    (like check-content's problems)."""
    return PackRefused("bad-manifest", plain("manifest.json: {detail}", detail=message))


def _int(data: dict[str, Any], key: str, where: str, low: int = 0) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value < 2**53:
        raise _bad(f"{where}'{key}' must be a whole number from {low}")
    return value


def _str(data: dict[str, Any], key: str, where: str = "", limit: int = 2000) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(f"{where}'{key}' must be text of at most {limit} characters")
    return value


def parse(data_bytes: bytes) -> Manifest:
    """The manifest in ``data_bytes``, or PackRefused naming the field that is wrong. The format
    version is checked first, so a newer app's pack says so rather than 'bad field'."""
    try:
        data = json.loads(data_bytes.decode("utf-8"))
    except UnicodeDecodeError:
        raise _bad("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _bad(f"line {exc.lineno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise _bad("nested too deeply") from None
    if not isinstance(data, dict):
        raise _bad("must be a JSON object")
    fmt = _int(data, "format", "", 1)
    if fmt > PACK_FORMAT:
        raise PackRefused(
            "format-too-new",
            QT_TRANSLATE_NOOP(
                "PackMessages",
                "manifest.json: pack format {format} is newer than this Facilitator reads "
                "({known}); update Facilitator to import it",
            ).format(format=fmt, known=PACK_FORMAT),
        )
    ident = _str(data, "id", limit=200)
    if not is_id(ident):
        raise _bad(f"'id' {ident!r} may hold only lower case a-z, digits, '.', '-' and '_'")
    files = data.get("files")
    if not isinstance(files, list):
        raise _bad("'files' must be a list")
    parsed_files = []
    for number, entry in enumerate(files, 1):
        where = f"files[{number}]: "
        if not isinstance(entry, dict):
            raise _bad(f"{where}must be an object with path, size and sha256")
        digest = _str(entry, "sha256", where, 64)
        if not SHA256_RE.fullmatch(digest):
            raise _bad(f"{where}'sha256' must be 64 lower case hex digits")
        parsed_files.append(
            FileEntry(_str(entry, "path", where, 1000), _int(entry, "size", where), digest)
        )
    return Manifest(
        id=ident,
        title=_str(data, "title", limit=500),
        version=_int(data, "version", "", 1),
        publisher=_str(data, "publisher", limit=500),
        created=_str(data, "created", limit=100),
        format=fmt,
        app=_str(data, "app", limit=200) if "app" in data else "",
        files=tuple(parsed_files),
        modules=_entries(data, "modules"),
        items=_entries(data, "items"),
        plans=_entries(data, "plans"),
    )


def _entries(data: dict[str, Any], key: str) -> tuple[ContentEntry, ...]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _bad(f"'{key}' must be a list")
    found = []
    for number, entry in enumerate(value, 1):
        where = f"{key}[{number}]: "
        if not isinstance(entry, dict):
            raise _bad(f"{where}must be an object with id, version and file")
        ident = _str(entry, "id", where, 200)
        if not is_id(ident):
            raise _bad(f"{where}'id' {ident!r} is not an id")
        found.append(
            ContentEntry(ident, _int(entry, "version", where, 1), _str(entry, "file", where))
        )
    return tuple(found)
