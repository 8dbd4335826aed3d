"""Open a ``.facpack`` without trusting it: every name, entry type, size and hash is checked, and
files are written only into the folder the caller gives (a temporary one), never elsewhere.

The order matters: the central directory (names, types, sizes) is checked before any file is
decompressed, the manifest and the signature before any content file is read, and each content
file is hashed while it is written, with reading stopped at the size the manifest gives.
"""

from __future__ import annotations

import hashlib
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message, plain
from . import manifest as manifest_mod
from .errors import PackCancelled, PackRefused, cannot_read
from .keys import SignatureCheck, check_signature


@dataclass(frozen=True)
class Limits:
    pack_bytes: int = 1024 * 1024 * 1024  # the .facpack file itself
    entries: int = 10_000
    file_bytes: int = 64 * 1024 * 1024  # one file, uncompressed
    total_bytes: int = 512 * 1024 * 1024  # all files, uncompressed
    ratio: int = 100  # uncompressed / compressed, for files over ratio_from bytes
    ratio_from: int = 1024 * 1024


LIMITS = Limits()
MANIFEST = "manifest.json"
SIGNATURE = "signature"
CONTENT = "content/"
# What a pack carries: Markdown, plan and help-line files, and the images slides show.
ALLOWED_SUFFIXES = {".md", ".yaml", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"}
ARCHIVE_SUFFIXES = {".zip", ".facpack", ".jar", ".gz", ".tgz", ".tar", ".7z", ".rar", ".xz", ".bz2"}
ARCHIVE_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")
WINDOWS_DEVICES = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}
DRIVE_RE = re.compile(r"^[A-Za-z]:")
CHUNK = 64 * 1024


@dataclass
class Opened:
    """A pack whose zip, manifest, signature and files all passed; its files are under ``root``."""

    manifest: manifest_mod.Manifest
    manifest_bytes: bytes
    signature: SignatureCheck | None  # None: unsigned
    root: Path
    signature_bytes: bytes = b""


def name_problem(name: str) -> Message | None:
    """Why ``name`` (a zip entry or manifest path) is not a safe relative file name, or None."""
    if "\\" in name:
        return QT_TRANSLATE_NOOP(
            "PackMessages",
            "'{name}' holds a backslash (a Windows path that could leave the folder)",
        ).format(name=name)
    if name.startswith("/"):
        return QT_TRANSLATE_NOOP("PackMessages", "'{name}' is an absolute path").format(name=name)
    if DRIVE_RE.match(name):
        return QT_TRANSLATE_NOOP("PackMessages", "'{name}' names a drive").format(name=name)
    if any(ord(c) < 32 or c == "\x7f" for c in name):
        return QT_TRANSLATE_NOOP("PackMessages", "{name} holds a control character").format(
            name=repr(name)
        )
    if ":" in name:
        return QT_TRANSLATE_NOOP("PackMessages", "'{name}' holds a ':'").format(name=name)
    parts = name.rstrip("/").split("/")
    for part in parts:
        if part in ("", ".", ".."):
            return QT_TRANSLATE_NOOP(
                "PackMessages",
                "'{name}' has an empty, '.' or '..' part (it could leave the folder)",
            ).format(name=name)
        if part.endswith((" ", ".")) or part.split(".")[0].casefold() in WINDOWS_DEVICES:
            return QT_TRANSLATE_NOOP(
                "PackMessages", "'{name}' has a part Windows cannot store ('{part}')"
            ).format(name=name, part=part)
        if len(part.encode("utf-8")) > 200:
            return QT_TRANSLATE_NOOP(
                "PackMessages", "'{name}…' has a part longer than 200 bytes"
            ).format(name=name[:60])
    return None


def collision_key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def open_pack(
    file: Path,
    workdir: Path,
    *,
    limits: Limits | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Opened:
    """Check ``file`` and write its content files under ``workdir`` (which must be empty).
    Raises PackRefused with the first reason found, or PackCancelled."""
    limits = limits or LIMITS
    try:
        size = file.stat().st_size
    except OSError as exc:
        raise PackRefused("not-a-pack", cannot_read(file, exc)) from None
    if size > limits.pack_bytes:
        raise PackRefused(
            "too-large",
            QT_TRANSLATE_NOOP("PackMessages", "{file}: {size} MiB, more than a pack may be").format(
                file=str(file), size=size // 2**20
            ),
        )
    try:
        with zipfile.ZipFile(file) as archive:
            infos = _checked_entries(archive, limits)
            return _read(archive, infos, workdir, limits, progress, cancelled)
    except UnicodeDecodeError:
        raise PackRefused(
            "name-encoding",
            QT_TRANSLATE_NOOP("PackMessages", "{file}: a name in the zip is not UTF-8").format(
                file=str(file)
            ),
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise PackRefused(
            "not-a-pack",
            QT_TRANSLATE_NOOP(
                "PackMessages", "{file}: not a pack, or damaged or truncated ({error})"
            ).format(file=str(file), error=str(exc)),
        ) from None
    except OSError as exc:
        raise PackRefused("not-a-pack", cannot_read(file, exc)) from None


def _checked_entries(archive: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise PackRefused(
            "too-many-entries",
            QT_TRANSLATE_NOOP(
                "PackMessages", "the zip holds {count} entries; a pack may hold {most}"
            ).format(count=len(infos), most=limits.entries),
        )
    seen: dict[str, zipfile.ZipInfo] = {}
    keys: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        if not info.flag_bits & 0x800 and not name.isascii():
            raise PackRefused(
                "name-encoding",
                QT_TRANSLATE_NOOP("PackMessages", "{name}: the name is not marked as UTF-8").format(
                    name=repr(name)
                ),
            )
        problem = name_problem(name)
        if problem:
            raise PackRefused("unsafe-name", problem)
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind == stat.S_IFLNK:
            raise PackRefused(
                "link",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' is a symbolic link; a pack holds files only"
                ).format(name=name),
            )
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise PackRefused(
                "special-file",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' is a device, pipe or socket").format(
                    name=name
                ),
            )
        if info.flag_bits & 0x1:
            raise PackRefused(
                "encrypted",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' is encrypted").format(name=name),
            )
        if name in seen:
            raise PackRefused(
                "duplicate-name",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' is in the zip twice").format(name=name),
            )
        key = collision_key(name.rstrip("/"))
        if key in keys:
            raise PackRefused(
                "name-collision",
                QT_TRANSLATE_NOOP(
                    "PackMessages",
                    "'{name}' and '{other}' differ only in case or Unicode normalisation",
                ).format(name=name, other=keys[key]),
            )
        seen[name] = info
        keys[key] = name
        if info.is_dir():
            continue
        if info.file_size > limits.file_bytes:
            raise PackRefused(
                "too-large",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' is {size} MiB uncompressed; too large"
                ).format(name=name, size=info.file_size // 2**20),
            )
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(
            1, info.compress_size
        ):
            raise PackRefused(
                "zip-bomb",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' grows {ratio} times when unpacked (at most {most})"
                ).format(
                    name=name, ratio=info.file_size // max(1, info.compress_size), most=limits.ratio
                ),
            )
        total += info.file_size
        if total > limits.total_bytes:
            raise PackRefused(
                "too-large",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "the files add up to more than {size} MiB uncompressed"
                ).format(size=limits.total_bytes // 2**20),
            )
    return seen


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise PackRefused("too-large", _larger(info.filename, limit))
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise PackRefused("too-large", _larger(info.filename, limit))
    return data


def _larger(name: str, limit: int) -> Message:
    return QT_TRANSLATE_NOOP("PackMessages", "'{name}' is larger than {size} KiB").format(
        name=name, size=limit // 1024
    )


def _read(
    archive: zipfile.ZipFile,
    infos: dict[str, zipfile.ZipInfo],
    workdir: Path,
    limits: Limits,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> Opened:
    if MANIFEST not in infos or infos[MANIFEST].is_dir():
        raise PackRefused(
            "bad-manifest",
            QT_TRANSLATE_NOOP(
                "PackMessages", "the zip has no manifest.json: not a Facilitator pack"
            ),
        )
    manifest_bytes = _read_small(archive, infos[MANIFEST], manifest_mod.MAX_MANIFEST_BYTES)
    manifest = manifest_mod.parse(manifest_bytes)
    signature = None
    signature_bytes = b""
    if SIGNATURE in infos:
        signature_bytes = _read_small(archive, infos[SIGNATURE], 4096)
        signature = check_signature(manifest_bytes, signature_bytes)
        if signature.key is None:
            raise PackRefused(
                "bad-signature",
                QT_TRANSLATE_NOOP("PackMessages", "signature: {problem}; not imported").format(
                    problem=signature.problem
                ),
            )
    listed: dict[str, manifest_mod.FileEntry] = {}
    listed_keys: set[str] = set()
    for entry in manifest.files:
        problem = name_problem(entry.path)
        if problem:
            raise PackRefused("unsafe-name", plain("manifest.json: {problem}", problem=problem))
        if not entry.path.startswith(CONTENT):
            raise PackRefused(
                "unsafe-name",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "manifest.json: '{name}' is not under content/"
                ).format(name=entry.path),
            )
        key = collision_key(entry.path)
        if entry.path in listed or key in listed_keys:
            raise PackRefused(
                "duplicate-name",
                QT_TRANSLATE_NOOP("PackMessages", "manifest.json lists '{name}' twice").format(
                    name=entry.path
                ),
            )
        listed[entry.path] = entry
        listed_keys.add(key)
        suffix = Path(entry.path).suffix.lower()
        if suffix in ARCHIVE_SUFFIXES:
            raise PackRefused(
                "nested-archive",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' is an archive inside the pack").format(
                    name=entry.path
                ),
            )
        if suffix not in ALLOWED_SUFFIXES:
            raise PackRefused(
                "file-type",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}': a pack carries only {kinds} files"
                ).format(name=entry.path, kinds=", ".join(sorted(ALLOWED_SUFFIXES))),
            )
    for name, info in infos.items():
        if name in (MANIFEST, SIGNATURE):
            continue
        if info.is_dir():
            if not (name.startswith(CONTENT) or name == CONTENT):
                raise PackRefused(
                    "not-in-manifest",
                    QT_TRANSLATE_NOOP(
                        "PackMessages", "'{name}' is a folder outside content/"
                    ).format(name=name),
                )
            continue
        if name not in listed:
            raise PackRefused(
                "not-in-manifest",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' is in the zip but not in the manifest"
                ).format(name=name),
            )
    for path, entry in listed.items():
        stored = infos.get(path)
        if stored is None or stored.is_dir():
            raise PackRefused(
                "missing-file",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' is in the manifest but not in the zip"
                ).format(name=path),
            )
        if stored.file_size != entry.size:
            raise PackRefused(
                "size-mismatch",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}': the manifest says {size} bytes, the zip {stored}"
                ).format(name=path, size=entry.size, stored=stored.file_size),
            )
    total = sum(e.size for e in listed.values()) or 1
    done = 0
    for path, entry in listed.items():
        if cancelled is not None and cancelled():
            raise PackCancelled()
        target = workdir.joinpath(*path.split("/"))
        if not target.resolve().is_relative_to(workdir.resolve()):  # cannot happen after the
            raise PackRefused(
                "unsafe-name",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' would leave the folder").format(
                    name=path
                ),
            )  # name checks
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        written = 0
        first = b""
        with archive.open(infos[path]) as source, target.open("xb") as out:
            while chunk := source.read(min(CHUNK, entry.size - written + 1)):
                if not first:
                    first = chunk[:8]
                written += len(chunk)
                if written > entry.size:
                    raise PackRefused(
                        "size-mismatch",
                        QT_TRANSLATE_NOOP(
                            "PackMessages", "'{name}' is longer than the manifest says"
                        ).format(name=path),
                    )
                digest.update(chunk)
                out.write(chunk)
        if written != entry.size:
            raise PackRefused(
                "size-mismatch",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}' is shorter than the manifest says"
                ).format(name=path),
            )
        if digest.hexdigest() != entry.sha256:
            raise PackRefused(
                "hash-mismatch",
                QT_TRANSLATE_NOOP(
                    "PackMessages", "'{name}': its SHA-256 is not the one in the manifest"
                ).format(name=path),
            )
        if first.startswith(ARCHIVE_MAGIC):
            raise PackRefused(
                "nested-archive",
                QT_TRANSLATE_NOOP("PackMessages", "'{name}' is an archive inside the pack").format(
                    name=path
                ),
            )
        done += entry.size
        if progress is not None:
            progress(done, total)
    return Opened(manifest, manifest_bytes, signature, workdir, signature_bytes)
