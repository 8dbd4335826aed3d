"""Encrypted records (SQLCipher 4): the key, the check that tells a wrong passphrase from damage,
turning encryption on, and the keys that ``files.connect`` opens files with.

The passphrase is never stored. A small key-check file beside the database
(``facilitator-key.json``) holds a random salt and an HMAC made with the key, so a wrong
passphrase is told at once, without reading the records, and a file that the right key does not
open is damaged. The key is PBKDF2-HMAC-SHA512 over the passphrase (256,000 rounds, SQLCipher 4's
own defaults), and every encrypted file starts with the same salt: the records and each backup
open with the passphrase alone in any SQLCipher 4 tool, even if the key-check file is lost.

Turning encryption on writes the key-check file first, then encrypts each plain file (the
records, every backup, every shelved copy) into a temporary file, checks it, and puts it in place
with one rename. A crash at any moment leaves every file whole, plain or encrypted; the next
start asks for the passphrase and finishes the job (``finish``).

Changing the passphrase and turning encryption off go the same way, file by file, each into a
temporary file that is checked before one rename. The key-check file says what is under way:
``changing`` holds the new key's salt and check, and each key wrapped under the other, so either
passphrase opens every file (an encrypted file's first 16 bytes are its salt, which tells which
key it needs); ``turning_off`` marks files that are going plain. Killed at any moment, every file
is whole; the next start asks for a passphrase and ``finish`` completes the job: the passphrase
typed then is the one kept.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import hmac
import importlib.util
import json
import os
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CorruptDatabaseError, StoreError, write_error
from .uri import read_only_uri

KEY_CHECK = "facilitator-key.json"
ROUNDS = 256_000  # PBKDF2-HMAC-SHA512, as SQLCipher 4 derives its keys
_CHECK_TEXT = b"facilitator records key check"
PLAIN_HEADER = b"SQLite format 3\x00"
_SIDE = ("-wal", "-shm", "-journal")
_TMP = ".encrypting"  # a file being written under its new key (or plain)
MIN_LENGTH = 8

# Data folder -> raw key and salt, in this process's memory only.
_KEYS: dict[Path, bytes] = {}
# Data folder -> the other key while a change of passphrase is unfinished (files under it open).
_OTHER: dict[Path, bytes] = {}
_WRAP_TEXT = b"facilitator records key wrap"


class PassphraseNeeded(StoreError):
    """The records are encrypted and no passphrase (or key file) has been given yet."""


class WrongPassphrase(StoreError):
    """The passphrase does not match the key-check file: the records were not touched."""


def available() -> bool:
    """Whether SQLCipher (the ``sqlcipher3`` wheel) is installed."""
    return importlib.util.find_spec("sqlcipher3") is not None


def module() -> Any:
    """The sqlcipher3 DB-API module, with SQLCipher's own log to stderr turned off (a failed
    page check would print there; the app says what happened in its own words)."""
    from sqlcipher3 import dbapi2  # type: ignore[import-untyped]  # sqlcipher3 ships no types

    if not getattr(dbapi2, "_facilitator_quiet", False):
        with contextlib.closing(dbapi2.connect(":memory:")) as quiet:
            quiet.execute("PRAGMA cipher_log_level = NONE")
        dbapi2._facilitator_quiet = True
    return dbapi2


def errors() -> tuple[type[Exception], ...]:
    """Every database error class in use: sqlite3's, and sqlcipher3's once it is loaded."""
    import sys

    found: tuple[type[Exception], ...] = (sqlite3.Error,)
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return found + ((loaded.Error,) if loaded is not None else ())


def file_errors() -> tuple[type[Exception], ...]:
    """:func:`errors` and ``OSError``: what reading a database file may raise."""
    return (OSError, *errors())


def operational_errors() -> tuple[type[Exception], ...]:
    import sys

    found: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return found + ((loaded.OperationalError,) if loaded is not None else ())


@dataclass(frozen=True)
class Changing:
    """An unfinished change of passphrase: the new key's salt and check, the old key wrapped
    under the new one and the new key wrapped under the old one."""

    salt: bytes
    check: bytes
    old_wrapped: bytes
    new_wrapped: bytes


@dataclass(frozen=True)
class KeyCheck:
    salt: bytes
    check: bytes
    changing: Changing | None = None
    turning_off: bool = False


def key_check_path(db_path: Path) -> Path:
    return db_path.with_name(KEY_CHECK)


def derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, ROUNDS, 32)


def _check_value(key: bytes) -> bytes:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).digest()


def _wrap(key: bytes, under: bytes, salt: bytes) -> bytes:
    """``key`` (32 bytes) hidden under another key: XOR with an HMAC of that key (a one-time
    pad, as each key and salt is used once). Unwrapping is the same operation."""
    pad = hmac.new(under, _WRAP_TEXT + salt, hashlib.sha256).digest()
    return bytes(a ^ b for a, b in zip(key, pad, strict=True))


def _hex(data: dict[str, Any], name: str, size: int) -> bytes:
    value = bytes.fromhex(data[name])
    if len(value) != size:
        raise ValueError("length")
    return value


def read_check(db_path: Path) -> KeyCheck | None:
    """The key-check file; None when there is none (the records are not encrypted)."""
    path = key_check_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        salt = _hex(data, "salt", 16)
        check = _hex(data, "check", 32)
        changing = None
        if data.get("changing") is not None:
            new = data["changing"]
            changing = Changing(
                _hex(new, "salt", 16),
                _hex(new, "check", 32),
                _hex(new, "old_key", 32),
                _hex(new, "new_key", 32),
            )
        turning_off = data.get("turning_off", False) is True
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptDatabaseError(
            f"{path}: the key-check file cannot be read ({type(exc).__name__}).",
            db_path,
            "key-check",
        ) from None
    return KeyCheck(salt, check, changing, turning_off)


def _write_check(
    db_path: Path, salt: bytes, check: bytes, *, changing: Changing | None = None, off: bool = False
) -> None:
    """Write the key-check file whole (temporary file, fsync, one rename)."""
    data: dict[str, Any] = {
        "format": 1,
        "kdf": f"PBKDF2-HMAC-SHA512, {ROUNDS} rounds",
        "salt": salt.hex(),
        "check": check.hex(),
        "note": "Facilitator's encrypted records. The passphrase is not stored here.",
    }
    if changing is not None:
        data["changing"] = {
            "salt": changing.salt.hex(),
            "check": changing.check.hex(),
            "old_key": changing.old_wrapped.hex(),
            "new_key": changing.new_wrapped.hex(),
        }
    if off:
        data["turning_off"] = True
    target = key_check_path(db_path)
    tmp = target.with_name(target.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    _sync_folder(db_path.parent)


def is_encrypted(db_path: Path) -> bool:
    """True when the records are encrypted (the key-check file is there). An empty key-check
    file (emptied by a sync tool or a failed copy) holds nothing: it counts as missing, and the
    records are adopted again with their passphrase (``adopt``)."""
    try:
        return key_check_path(db_path).stat().st_size > 0
    except OSError:
        return False


def maybe_encrypted(db_path: Path) -> bool:
    """Whether a file that is not plain SQLite and has no key-check file beside it may be
    encrypted records (copied without ``facilitator-key.json``): SQLCipher is installed and the
    file has at least the 16 bytes of a salt. Only the passphrase tells (``adopt``)."""
    if not available() or is_encrypted(db_path) or is_plain(db_path):
        return False
    return len(_salt_of(db_path)) == 16


def adopt(db_path: Path, passphrase: str) -> bool:
    """Encrypted records found without their key-check file: try ``passphrase`` on the file's
    own salt (its first 16 bytes). Only when the key opens the file read-only, passes SQLite's
    quick check and has a schema version is the key-check file written again and the key held
    for this session (as ``unlock`` does). A wrong passphrase, or a file that is damaged or not
    encrypted records at all, returns False with nothing written or held."""
    _require_cipher(db_path)
    if is_encrypted(db_path):
        raise StoreError("The records have their key-check file.", db_path, "encrypted")
    salt = _salt_of(db_path)
    if len(salt) != 16 or salt == PLAIN_HEADER:
        return False
    key = derive(passphrase, salt)
    if not _opens(db_path, key + salt):
        return False
    _write_check(db_path, salt, _check_value(key))
    _KEYS[_folder(db_path)] = key + salt
    _OTHER.pop(_folder(db_path), None)
    return True


def _opens(path: Path, key: bytes) -> bool:
    """Whether ``key`` opens the encrypted file ``path`` as a whole Facilitator database: read
    only (nothing written, no journal replayed), quick check ok, a schema version set."""
    dbapi = module()
    try:
        connection = dbapi.connect(read_only_uri(path), uri=True, timeout=2.0)
        try:
            connection.execute(key_pragma(key))
            whole = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except file_errors():
        return False
    return whole and version > 0


def _folder(db_path: Path) -> Path:
    return db_path.parent.resolve()


def key_for(path: Path) -> bytes | None:
    """The key and salt that open ``path``: the records, a backup or a shelved copy (while a
    change of passphrase is unfinished, the key whose salt the file starts with)."""
    if not _KEYS:
        return None
    folder = path.parent.resolve()
    for candidate in (folder, *folder.parents):
        if candidate in _KEYS:
            other = _OTHER.get(candidate)
            if other is not None and _salt_of(path) == other[32:]:
                return other
            return _KEYS[candidate]
    return None


def _salt_of(path: Path) -> bytes:
    """An encrypted file's first 16 bytes: the salt of the key it was written with."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16)
    except OSError:
        return b""


def is_unlocked(db_path: Path) -> bool:
    return _folder(db_path) in _KEYS


def unlock(db_path: Path, passphrase: str) -> None:
    """Keep the key for this session. Raises WrongPassphrase (nothing read or changed).

    While a change of passphrase is unfinished either passphrase is right: the one typed is
    kept (``finish`` puts every file under it) and the other key is unwrapped."""
    found = read_check(db_path)
    if found is None:
        raise StoreError("The records are not encrypted.", db_path, "plain")
    try:
        keys = _keys_for(found, passphrase)
    except ValueError:
        raise CorruptDatabaseError(
            f"{key_check_path(db_path)}: the key-check file is damaged (the passphrase is right, "
            "but the unfinished change of passphrase it holds does not check). The records were "
            "not changed.",
            db_path,
            "key-check",
        ) from None
    if keys is None:
        raise WrongPassphrase(
            "This passphrase does not open the records. The records were not changed.",
            db_path,
            "wrong-passphrase",
        )
    typed, other = keys
    _KEYS[_folder(db_path)] = typed
    if other is None:
        _OTHER.pop(_folder(db_path), None)
    else:
        _OTHER[_folder(db_path)] = other


def _keys_for(found: KeyCheck, passphrase: str) -> tuple[bytes, bytes | None] | None:
    """(the typed key, the other key of an unfinished change), each with its salt; None when
    the passphrase is wrong. ValueError: it is right, but the other key does not unwrap."""
    key = derive(passphrase, found.salt)
    new = found.changing
    if hmac.compare_digest(_check_value(key), found.check):
        if new is None:
            return key + found.salt, None
        other = _wrap(new.new_wrapped, key, new.salt)
        if not hmac.compare_digest(_check_value(other), new.check):
            raise ValueError("the wrapped key does not check")
        return key + found.salt, other + new.salt
    if new is None:
        return None
    key = derive(passphrase, new.salt)
    if not hmac.compare_digest(_check_value(key), new.check):
        return None
    other = _wrap(new.old_wrapped, key, found.salt)
    if not hmac.compare_digest(_check_value(other), found.check):
        raise ValueError("the wrapped key does not check")
    return key + new.salt, other + found.salt


def unlock_with_file(db_path: Path, key_file: Path) -> None:
    """Unlock with a key file named by IT: its text (without the line end) is the passphrase.
    UTF-8, with or without the byte order mark Notepad and PowerShell 5 write, or UTF-16 with
    its mark (PowerShell 5's ``>``): the text the user sees, not the mark, is the passphrase."""
    try:
        data = key_file.read_bytes()
        utf16 = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        text = data.decode("utf-16" if utf16 else "utf-8-sig").strip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise StoreError(
            f"{key_file}: the key file cannot be read ({type(exc).__name__}). Ask your IT "
            "department.",
            db_path,
            "key-file",
        ) from None
    if not text:
        raise StoreError(
            f"{key_file}: the key file is empty. Ask your IT department.", db_path, "key-file"
        )
    unlock(db_path, text)


def forget(db_path: Path) -> None:
    _KEYS.pop(_folder(db_path), None)
    _OTHER.pop(_folder(db_path), None)


def key_pragma(key: bytes) -> str:
    """SQLCipher's raw key with its salt: no key derivation on each connection."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


def sqlalchemy_password(key: bytes) -> str:
    """What SQLAlchemy's pysqlcipher dialect puts in ``pragma key="…"``."""
    return f"x'{key.hex()}'"


def is_plain(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


# Turning encryption on, changing the passphrase, turning it off ------------------------------

Progress = Callable[[int, int], None]


def _require_cipher(db_path: Path) -> None:
    if not available():
        raise StoreError("SQLCipher is not installed.", db_path, "no-cipher")


def _check_length(passphrase: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValueError(f"a passphrase has at least {MIN_LENGTH} characters")


def turn_on(db_path: Path, passphrase: str, progress: Progress | None = None) -> int:
    """Encrypt the records and every backup with ``passphrase``; return how many backups could
    not be encrypted (damaged ones: the caller names them). The database must be closed."""
    _require_cipher(db_path)
    if is_encrypted(db_path):
        raise StoreError("The records are encrypted already.", db_path, "encrypted")
    _check_length(passphrase)
    salt = secrets.token_bytes(16)
    key = derive(passphrase, salt)
    _write_check(db_path, salt, _check_value(key))
    _KEYS[_folder(db_path)] = key + salt
    converted: list[Path] = []
    try:
        return _finish_job(db_path, progress, converted)
    except _stops() as exc:
        if not converted:  # every file is as it was: plain, as before
            with contextlib.suppress(FileNotFoundError):
                key_check_path(db_path).unlink()
            _sync_folder(db_path.parent)
            forget(db_path)
            raise _not_changed(db_path, "The records were not encrypted", exc) from None
        raise _unfinished(db_path, exc) from None


def _opened(db_path: Path, passphrase: str) -> KeyCheck:
    """The key-check file, once ``passphrase`` is known to match it and nothing is unfinished.
    Raises WrongPassphrase before anything is touched."""
    _require_cipher(db_path)
    found = read_check(db_path)
    if found is None:
        raise StoreError("The records are not encrypted.", db_path, "plain")
    if found.changing is not None or found.turning_off:
        raise StoreError(
            "An earlier change of the encryption is not finished. Start Facilitator again; it "
            "finishes it first.",
            db_path,
            "unfinished",
        )
    if not hmac.compare_digest(_check_value(derive(passphrase, found.salt)), found.check):
        raise WrongPassphrase(
            "This passphrase does not open the records. Nothing was changed.",
            db_path,
            "wrong-passphrase",
        )
    return found


def change_passphrase(db_path: Path, old: str, new: str, progress: Progress | None = None) -> int:
    """Put the records, every backup and every shelved copy under the passphrase ``new``;
    return how many damaged backups could not be (they stay under ``old``). The database must
    be closed. A wrong ``old`` raises WrongPassphrase with nothing touched; a failure on the
    records file itself puts the key-check file back and raises StoreError (nothing changed);
    a failure after it leaves the change for the next start to finish."""
    _check_length(new)
    found = _opened(db_path, old)
    old_key = derive(old, found.salt)
    salt = secrets.token_bytes(16)
    new_key = derive(new, salt)
    changing = Changing(
        salt,
        _check_value(new_key),
        _wrap(old_key, new_key, found.salt),
        _wrap(new_key, old_key, salt),
    )
    _write_check(db_path, found.salt, found.check, changing=changing)
    _KEYS[_folder(db_path)] = new_key + salt
    _OTHER[_folder(db_path)] = old_key + found.salt
    converted: list[Path] = []
    try:
        return _finish_job(db_path, progress, converted)
    except _stops() as exc:
        if not converted:  # every file is as it was
            _write_check(db_path, found.salt, found.check)
            _KEYS[_folder(db_path)] = old_key + found.salt
            _OTHER.pop(_folder(db_path), None)
            raise _not_changed(db_path, "The passphrase was not changed", exc) from None
        raise _unfinished(db_path, exc) from None


def turn_off(db_path: Path, passphrase: str, progress: Progress | None = None) -> int:
    """Decrypt the records, every backup and every shelved copy and delete the key-check file;
    return how many damaged backups could not be decrypted (they stay encrypted). The
    database must be closed. A wrong passphrase raises WrongPassphrase with nothing touched; a
    failure on the records file puts the key-check file back and raises StoreError (nothing
    changed); a failure after it leaves the rest for the next start to finish."""
    found = _opened(db_path, passphrase)
    key = derive(passphrase, found.salt) + found.salt
    _write_check(db_path, found.salt, found.check, off=True)
    _KEYS[_folder(db_path)] = key
    converted: list[Path] = []
    try:
        return _finish_job(db_path, progress, converted)
    except _stops() as exc:
        if not converted:  # every file is as it was
            _write_check(db_path, found.salt, found.check)
            raise _not_changed(db_path, "Encryption was not turned off", exc) from None
        raise _unfinished(db_path, exc) from None


def _finish_job(db_path: Path, progress: Progress | None, converted: list[Path]) -> int:
    """``finish`` for a job the user started: a backup the disk would not take (full, no
    permission) stops the job as unfinished (raised), not counted as damaged."""
    stuck: list[Exception] = []
    left = finish(db_path, progress, converted, stuck)
    if stuck:
        raise stuck[0]
    return left


def _stops() -> tuple[type[Exception], ...]:
    """What may stop a conversion: a file or database error, or a file under neither key."""
    return (*file_errors(), StoreError)


def _not_changed(db_path: Path, what: str, exc: BaseException) -> StoreError:
    if isinstance(exc, operational_errors()) and write_error(exc, db_path).reason == "locked":
        return StoreError(
            f"{what}: another program has the records open (a presentation started from a "
            "terminal?); every file is as it was.",
            db_path,
            "locked",
        )
    reason = exc.reason if isinstance(exc, StoreError) else type(exc).__name__
    return StoreError(f"{what} ({reason}); every file is as it was.", db_path, "not-changed")


def _unfinished(db_path: Path, exc: BaseException) -> StoreError:
    return StoreError(
        f"The change stopped half way ({type(exc).__name__}). Every file is whole; Facilitator "
        "finishes the change at the next start, with either passphrase.",
        db_path,
        "unfinished",
    )


def finish(
    db_path: Path,
    progress: Progress | None = None,
    done: list[Path] | None = None,
    stuck: list[Exception] | None = None,
) -> int:
    """Bring every file in line with the key-check file: encrypt what is plain (after a crash,
    or a plain backup put back), put what is under the other key of an unfinished change under
    the key in use, or decrypt everything while turning off. Returns how many backups could not
    be converted (damaged ones); ``done`` gets each file converted. Needs the key
    (``unlock``).

    A backup that is healthy but cannot be written (a full disk, no permission: SQLite's
    OperationalError) is not damage: it is left as it is, the key-check file keeps the job
    written down (both keys of a change, "turning off"), so the next start tries again, and
    ``stuck`` gets the error. The records file's own failure is raised."""
    key = _KEYS.get(_folder(db_path))
    if key is None:
        raise PassphraseNeeded("The passphrase is needed.", db_path, "passphrase")
    found = read_check(db_path)
    other = _OTHER.get(_folder(db_path))
    if found is not None and found.changing is not None and other is None:
        raise PassphraseNeeded("The passphrase is needed.", db_path, "passphrase")
    for leftover in db_path.parent.rglob(f"*{_TMP}*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    folder = db_path.parent / "backups"
    every = [db_path, *(sorted(folder.rglob("*.db")) if folder.exists() else [])]
    every = [p for p in every if p.is_file() and p.stat().st_size > 0]
    off = found is not None and found.turning_off
    failed = 0
    waiting: list[Exception] = []
    for number, path in enumerate(every):
        if progress is not None:
            progress(number, len(every))
        plain, salt = is_plain(path), _salt_of(path)
        source: bytes | None = None
        if off:
            if plain:
                continue
            source = key if salt == key[32:] else None
        elif not plain and salt == key[32:]:
            continue  # under the key in use already
        elif not plain:
            source = other if other is not None and salt == other[32:] else None
        if not plain and source is None:
            if path == db_path:
                raise CorruptDatabaseError(
                    "The records file opens with neither key.", db_path, "damaged"
                )
            failed += 1  # under neither key: damaged, or not Facilitator's
            continue
        try:
            convert(path, source, None if off else key)
        except errors() as exc:
            if path == db_path:
                raise
            if isinstance(exc, operational_errors()):
                waiting.append(exc)  # healthy, the disk said no: tried again at the next start
            else:
                failed += 1  # damaged: the caller names how many
            continue
        if done is not None:
            done.append(path)
    if progress is not None:
        progress(len(every), len(every))
    if waiting:
        if stuck is not None:
            stuck.extend(waiting)
    elif off:
        with contextlib.suppress(FileNotFoundError):
            key_check_path(db_path).unlink()
        _sync_folder(db_path.parent)
        forget(db_path)
    elif found is not None and found.changing is not None:
        _write_check(db_path, key[32:], _check_value(key[:32]))
        _OTHER.pop(_folder(db_path), None)
    return failed


def convert(path: Path, source: bytes | None, target: bytes | None) -> None:
    """Replace the database ``path`` (under the key ``source``, None: plain) by a copy under
    ``target`` (None: plain), written to ``*.encrypting`` with ``sqlcipher_export``, checked
    (integrity, the same rows in every table) and synced before one rename. On any failure the
    temporary file goes and ``path`` is left as it was."""
    dbapi = module()
    tmp = path.with_name(path.name + _TMP)
    _remove(tmp)
    try:
        connection = dbapi.connect(str(path), isolation_level=None)
        try:
            if source is not None:
                connection.execute(key_pragma(source))
            # No one else may have the file open: what another process (``facilitator
            # present`` from a terminal) wrote after the copy, or through its open handle on
            # the file replaced, would be lost. Its connection holds a shared lock: this waits
            # the connection's timeout for it, then stops ("database is locked").
            connection.execute("PRAGMA locking_mode = EXCLUSIVE")
            connection.execute("BEGIN EXCLUSIVE")
            connection.execute("COMMIT")  # the lock stays until the connection is closed
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            counts = _counts(connection)
            clause = "KEY ''" if target is None else "KEY \"x'" + target.hex() + "'\""
            connection.execute(f"ATTACH DATABASE ? AS conv {clause}", (str(tmp),))
            connection.execute("SELECT sqlcipher_export('conv')")
            connection.execute(f"PRAGMA conv.user_version = {version}")
            connection.execute("DETACH DATABASE conv")
        finally:
            connection.close()
        check = dbapi.connect(str(tmp), isolation_level=None)
        try:
            if target is not None:
                check.execute(key_pragma(target))
            whole = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            if not whole or _counts(check) != counts:
                raise sqlite3.DatabaseError("the converted copy does not match")
        finally:
            check.close()
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        _remove(tmp)
        raise
    for suffix in _SIDE:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    os.replace(tmp, path)
    _sync_folder(path.parent)


def _remove(tmp: Path) -> None:
    for stale in (tmp, *(tmp.with_name(tmp.name + s) for s in _SIDE)):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()


def _counts(connection: Any) -> dict[str, int]:
    tables = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: int(connection.execute(f'SELECT count(*) FROM "{t.replace(chr(34), "")}"').fetchone()[0])
        for t in tables
    }


def _sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
