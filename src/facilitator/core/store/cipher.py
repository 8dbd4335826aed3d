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
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib.util
import json
import os
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CorruptDatabaseError, StoreError

KEY_CHECK = "facilitator-key.json"
ROUNDS = 256_000  # PBKDF2-HMAC-SHA512, as SQLCipher 4 derives its keys
_CHECK_TEXT = b"facilitator records key check"
PLAIN_HEADER = b"SQLite format 3\x00"
_SIDE = ("-wal", "-shm", "-journal")

# Data folder -> raw key and salt, in this process's memory only.
_KEYS: dict[Path, bytes] = {}


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
class KeyCheck:
    salt: bytes
    check: bytes


def key_check_path(db_path: Path) -> Path:
    return db_path.with_name(KEY_CHECK)


def derive(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, ROUNDS, 32)


def _check_value(key: bytes) -> bytes:
    return hmac.new(key, _CHECK_TEXT, hashlib.sha256).digest()


def read_check(db_path: Path) -> KeyCheck | None:
    """The key-check file; None when there is none (the records are not encrypted)."""
    path = key_check_path(db_path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        salt = bytes.fromhex(data["salt"])
        check = bytes.fromhex(data["check"])
        if len(salt) != 16 or len(check) != 32:
            raise ValueError("length")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CorruptDatabaseError(
            f"{path}: the key-check file cannot be read ({type(exc).__name__}).",
            db_path,
            "key-check",
        ) from None
    return KeyCheck(salt, check)


def is_encrypted(db_path: Path) -> bool:
    """True when the records are encrypted (the key-check file is there)."""
    return key_check_path(db_path).exists()


def _folder(db_path: Path) -> Path:
    return db_path.parent.resolve()


def key_for(path: Path) -> bytes | None:
    """The key and salt that open ``path``: the records, a backup or a shelved copy."""
    if not _KEYS:
        return None
    folder = path.parent.resolve()
    for candidate in (folder, *folder.parents):
        if candidate in _KEYS:
            return _KEYS[candidate]
    return None


def is_unlocked(db_path: Path) -> bool:
    return _folder(db_path) in _KEYS


def unlock(db_path: Path, passphrase: str) -> None:
    """Keep the key for this session. Raises WrongPassphrase (nothing read or changed)."""
    found = read_check(db_path)
    if found is None:
        raise StoreError("The records are not encrypted.", db_path, "plain")
    key = derive(passphrase, found.salt)
    if not hmac.compare_digest(_check_value(key), found.check):
        raise WrongPassphrase(
            "This passphrase does not open the records. The records were not changed.",
            db_path,
            "wrong-passphrase",
        )
    _KEYS[_folder(db_path)] = key + found.salt


def unlock_with_file(db_path: Path, key_file: Path) -> None:
    """Unlock with a key file named by IT: its text (without the line end) is the passphrase."""
    try:
        text = key_file.read_text(encoding="utf-8").strip("\r\n")
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


# Turning encryption on -------------------------------------------------------------------------


def turn_on(db_path: Path, passphrase: str) -> int:
    """Encrypt the records and every backup with ``passphrase``; return how many backups could
    not be encrypted (damaged ones: the caller names them). The database must be closed."""
    if not available():
        raise StoreError("SQLCipher is not installed.", db_path, "no-cipher")
    if is_encrypted(db_path):
        raise StoreError("The records are encrypted already.", db_path, "encrypted")
    if len(passphrase) < 8:
        raise ValueError("a passphrase has at least 8 characters")
    salt = secrets.token_bytes(16)
    key = derive(passphrase, salt)
    target = key_check_path(db_path)
    tmp = target.with_name(target.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(
            {
                "format": 1,
                "kdf": f"PBKDF2-HMAC-SHA512, {ROUNDS} rounds",
                "salt": salt.hex(),
                "check": _check_value(key).hex(),
                "note": "Facilitator's encrypted records. The passphrase is not stored here.",
            },
            handle,
            indent=1,
        )
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    _sync_folder(db_path.parent)
    _KEYS[_folder(db_path)] = key + salt
    return finish(db_path)


def finish(db_path: Path) -> int:
    """Encrypt every plain file left (after a crash, or a plain backup put back); return how
    many could not be encrypted. Needs the key (``unlock``)."""
    key = key_for(db_path)
    if key is None:
        raise PassphraseNeeded("The passphrase is needed.", db_path, "passphrase")
    for leftover in db_path.parent.rglob("*.encrypting*"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    failed = 0
    folder = db_path.parent / "backups"
    others = sorted(folder.rglob("*.db")) if folder.exists() else []
    for path in [db_path, *others]:
        if not path.is_file() or path.stat().st_size == 0 or not is_plain(path):
            continue
        try:
            encrypt_file(path, key)
        except file_errors():
            if path == db_path:
                raise
            failed += 1
    return failed


def encrypt_file(path: Path, key: bytes) -> None:
    """Replace the plain database ``path`` by an encrypted copy, checked before the rename."""
    dbapi = module()
    tmp = path.with_name(path.name + ".encrypting")
    for stale in (tmp, *(tmp.with_name(tmp.name + s) for s in _SIDE)):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    source = sqlite3.connect(path, isolation_level=None)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        counts = _counts(source)
    finally:
        source.close()
    plain = dbapi.connect(str(path), isolation_level=None)
    try:
        plain.execute("ATTACH DATABASE ? AS enc KEY \"x'" + key.hex() + "'\"", (str(tmp),))
        plain.execute("SELECT sqlcipher_export('enc')")
        plain.execute(f"PRAGMA enc.user_version = {version}")
        plain.execute("DETACH DATABASE enc")
    finally:
        plain.close()
    check = dbapi.connect(str(tmp), isolation_level=None)
    try:
        check.execute(key_pragma(key))
        whole = check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if not whole or _counts(check) != counts:
            raise sqlite3.DatabaseError("the encrypted copy does not match")
    finally:
        check.close()
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    for suffix in _SIDE:
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + suffix).unlink()
    os.replace(tmp, path)
    _sync_folder(path.parent)


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
