"""The loaded library kept between runs, in the per-user cache folder.

Reading and checking the bundled library (~290 items: YAML front matter, slides, pictures) takes
0.3-0.7 s of CPU at every start; reading it back from a cache takes ~30 ms. The cache is only
a copy: it is used when it was made from exactly the same files, and otherwise the library is
read again and the cache written anew.

"The same files" is a fingerprint taken before reading: every entry under every root (its path,
kind, size and modification time in nanoseconds, links not followed), the roots themselves and
their flags, and the loader's own source files (or the app's version in an installed app, where
they cannot change). A file that is added, removed, edited or touched anywhere under a root
changes it, pictures and SVGs included, so every problem the loader reports is the same with and
without the cache. A root inside a module's folder may show pictures from above itself: such
roots are never cached. A cache that cannot be read, is damaged or is of another format is
ignored and written again, silently: it only ever costs the time of a normal load.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
from collections.abc import Sequence
from pathlib import Path

from . import paths
from .library_files import Root, ordered_roots
from .loader import load_library
from .model import Library

log = logging.getLogger(__name__)

FORMAT = 1  # raise when the pickled model changes shape in a way the source stamp cannot see
FILE_NAME = "library.cache"
_CORE = Path(__file__).resolve().parent


def load_library_cached(roots: Sequence[Root | Path], cache_file: Path | None = None) -> Library:
    """:func:`~facilitator.core.loader.load_library` of ``roots``, from the cache when it was made
    from the same files; otherwise read, and the cache written for the next time."""
    stamp = fingerprint(roots)
    if stamp is None:
        return load_library(roots)
    try:
        target = cache_file or paths.cache_dir() / FILE_NAME
    except OSError as error:  # no cache folder to be had: a normal load, every time
        log.info("library cache not used: %s", error)
        return load_library(roots)
    cached = _read(target, stamp)
    if cached is not None:
        return cached
    library = load_library(roots)
    if fingerprint(roots) == stamp:  # nothing changed while it was read
        _write(target, stamp, library)
    return library


def fingerprint(roots: Sequence[Root | Path]) -> str | None:
    """A digest of everything :func:`load_library` reads for ``roots``; None when they cannot be
    cached (a root inside a module's folder)."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"format {FORMAT}\n".encode())
    digest.update(_code_stamp().encode())
    for root in ordered_roots(roots):
        folder = root.path
        if any((parent / "module.md").is_file() for parent in folder.absolute().parents):
            return None
        digest.update(f"root {folder} {root.bundled}\n".encode(errors="surrogateescape"))
        _entries(folder, digest)
    return digest.hexdigest()


def _entries(folder: Path, digest: hashlib.blake2b) -> None:
    """Every entry below ``folder`` (``folder`` itself included), in a stable order."""
    try:
        top = os.lstat(folder)
    except OSError:
        digest.update(b"absent\n")
        return
    digest.update(f". {top.st_mode} {top.st_size} {top.st_mtime_ns}\n".encode())
    if os.path.islink(folder):
        digest.update(f"-> {os.path.realpath(folder)}\n".encode(errors="surrogateescape"))
    pending = [str(folder)]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            digest.update(f"unreadable {current}\n".encode(errors="surrogateescape"))
            continue
        for entry in entries:
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            line = f"{entry.path} {info.st_mode} {info.st_size} {info.st_mtime_ns}\n"
            digest.update(line.encode(errors="surrogateescape"))
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)


def _code_stamp() -> str:
    """The loader's source files as they are now (a development checkout), else the version."""
    from .. import __version__

    stamp = [f"version {__version__}"]
    try:
        with os.scandir(_CORE) as listing:
            for entry in sorted(listing, key=lambda entry: entry.name):
                if entry.name.endswith(".py"):
                    info = entry.stat()
                    stamp.append(f"{entry.name} {info.st_size} {info.st_mtime_ns}")
    except OSError:
        pass
    return "\n".join(stamp) + "\n"


def _read(target: Path, stamp: str) -> Library | None:
    try:
        with target.open("rb") as file:
            if pickle.load(file) != stamp:
                return None
            library = pickle.load(file)
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged cache is only a slower start: read the files again
        log.info("library cache not used (%s: %s)", type(error).__name__, error)
        return None
    return library if isinstance(library, Library) else None


def _write(target: Path, stamp: str, library: Library) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as file:
            pickle.dump(stamp, file, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(library, file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, target)
    except (OSError, pickle.PicklingError, RecursionError, TypeError) as error:
        log.info("library cache not written: %s", error)
        temporary.unlink(missing_ok=True)
