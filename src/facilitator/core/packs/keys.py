"""Publisher keys: Ed25519 key pairs, signatures over a pack's manifest, and the keys a user trusts.

A public key is one line of text, ``facilitator-ed25519 BASE64 [publisher]``: the same line is the
``KEYFILE.pub`` a publisher hands out, an entry of ``trusted_publishers`` in ``settings.toml`` and a
line of the accepted-keys file. The private key is a PEM file only its owner can read.

The private key file is PKCS#8 PEM (RFC 8410), the format OpenSSL and ``cryptography`` write, read
and written here with the standard library. Parsing keys needs only the standard library
(settings are validated at start-up without loading PyNaCl); signing and verifying import PyNaCl
(libsodium) when they run.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message, MessageError, plain
from ..text_files import write_atomically
from .errors import cannot_read

KEY_PREFIX = "facilitator-ed25519"
ACCEPTED_KEYS_FILE = "accepted-keys.txt"  # in the packs folder of the user's data folder
PEM_BEGIN = "-----BEGIN PRIVATE KEY-----"
PEM_END = "-----END PRIVATE KEY-----"
# Every Ed25519 PKCS#8 key without a public key or attributes starts with these 16 bytes (the
# ASN.1 of "version 0, algorithm id-Ed25519, a 34-byte octet string holding a 32-byte one"); the
# 32-byte seed follows.
PKCS8_ED25519_PREFIX = bytes.fromhex("302e020100300506032b657004220420")
# OpenSSL's older PEM files of other key types: readable keys, but not Ed25519 ones.
OTHER_KEY_BEGINS = {f"-----BEGIN {kind} PRIVATE KEY-----" for kind in ("RSA", "EC", "DSA")}


class KeyProblem(MessageError, ValueError):
    """A key file or key line that cannot be used; ``message`` says why in English, ``text`` for
    the UI."""


def parse_public_key(text: str) -> bytes | None:
    """The 32 raw bytes of a key line (``facilitator-ed25519 BASE64 [comment]`` or the bare
    BASE64), or None when it is no Ed25519 public key."""
    words = text.strip().split()
    if not words:
        return None
    if words[0] == KEY_PREFIX:
        words = words[1:]
    if not words:
        return None
    try:
        raw = base64.b64decode(words[0], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def key_line(raw: bytes, comment: str = "") -> str:
    line = f"{KEY_PREFIX} {base64.b64encode(raw).decode('ascii')}"
    return f"{line} {comment.strip()}" if comment.strip() else line


def fingerprint(raw: bytes) -> str:
    """A short, readable name of a public key: the first 16 bytes of its SHA-256, in pairs."""
    digest = hashlib.sha256(raw).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def keygen(private_file: Path, publisher: str = "") -> Path:
    """Write a new private key to ``private_file`` (readable by its owner only) and its public key
    line to ``private_file.pub``. Refuses to overwrite either. Returns the ``.pub`` path."""
    from nacl.signing import SigningKey

    public_file = private_file.with_name(private_file.name + ".pub")
    for path in (private_file, public_file):
        if path.exists():
            raise KeyProblem(
                QT_TRANSLATE_NOOP(
                    "PackMessages",
                    "{file}: already exists; choose another name (keys are never replaced)",
                ).format(file=str(path))
            )
    key = SigningKey.generate()
    fd = os.open(private_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_key_pem(key.encode()))
    os.chmod(private_file, 0o600)  # whatever the umask said
    public_file.write_text(key_line(key.verify_key.encode(), publisher) + "\n", encoding="utf-8")
    return public_file


def private_key_pem(seed: bytes) -> bytes:
    """The PKCS#8 PEM file of an Ed25519 private key (RFC 8410), as OpenSSL writes it."""
    body = base64.b64encode(PKCS8_ED25519_PREFIX + seed).decode("ascii")
    return f"{PEM_BEGIN}\n{body}\n{PEM_END}\n".encode("ascii")


def load_private_key(path: Path) -> bytes:
    """The 32-byte seed of the Ed25519 private key in the PKCS#8 PEM file ``path``."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyProblem(cannot_read(path, exc)) from None

    def refuse(reason: Message) -> KeyProblem:
        return KeyProblem(
            QT_TRANSLATE_NOOP(
                "PackMessages",
                "{file}: not a private key made by 'facilitator pack keygen' ({reason})",
            ).format(file=str(path), reason=reason)
        )

    not_ed25519 = KeyProblem(
        QT_TRANSLATE_NOOP(
            "PackMessages", "{file}: not an Ed25519 key (make one with 'facilitator pack keygen')"
        ).format(file=str(path))
    )

    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise refuse(QT_TRANSLATE_NOOP("PackMessages", "it is not a PEM text file")) from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if any(line in OTHER_KEY_BEGINS for line in lines):
        raise not_ed25519
    if PEM_BEGIN not in lines or PEM_END not in lines[lines.index(PEM_BEGIN) :]:
        raise refuse(
            QT_TRANSLATE_NOOP("PackMessages", "no '{begin}' block").format(begin=PEM_BEGIN)
        )
    first = lines.index(PEM_BEGIN) + 1
    body = "".join(lines[first : lines.index(PEM_END, first)])
    try:
        der = base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        raise refuse(QT_TRANSLATE_NOOP("PackMessages", "the key block is not base64")) from None
    if len(der) < 2 or der[0] != 0x30:  # PKCS#8 is an ASN.1 SEQUENCE
        raise refuse(QT_TRANSLATE_NOOP("PackMessages", "the key block is not PKCS#8"))
    if len(der) != len(PKCS8_ED25519_PREFIX) + 32 or not der.startswith(PKCS8_ED25519_PREFIX):
        raise not_ed25519
    return der[len(PKCS8_ED25519_PREFIX) :]


def sign(manifest: bytes, private_file: Path) -> bytes:
    """The ``signature`` file of a pack: JSON with the public key and the Ed25519 signature of
    the manifest's exact bytes."""
    from nacl.signing import SigningKey

    key = SigningKey(load_private_key(private_file))
    document = {
        "algorithm": "ed25519",
        "public_key": base64.b64encode(key.verify_key.encode()).decode("ascii"),
        "signature": base64.b64encode(key.sign(manifest).signature).decode("ascii"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class SignatureCheck:
    key: bytes | None  # the signer's public key when the signature is good
    problem: Message = plain("")  # why it is not good; empty when it is


def check_signature(manifest: bytes, signature: bytes) -> SignatureCheck:
    """Whether ``signature`` (a pack's ``signature`` file) is a good signature of ``manifest``."""
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    try:
        document = json.loads(signature.decode("utf-8"))
        if not isinstance(document, dict) or document.get("algorithm") != "ed25519":
            return SignatureCheck(
                None,
                QT_TRANSLATE_NOOP("PackMessages", "the signature file is not an Ed25519 signature"),
            )
        raw = base64.b64decode(str(document.get("public_key", "")), validate=True)
        sig = base64.b64decode(str(document.get("signature", "")), validate=True)
    except (UnicodeDecodeError, ValueError, binascii.Error, RecursionError):
        return SignatureCheck(
            None, QT_TRANSLATE_NOOP("PackMessages", "the signature file cannot be read")
        )
    if len(raw) != 32 or len(sig) != 64:
        return SignatureCheck(
            None,
            QT_TRANSLATE_NOOP(
                "PackMessages", "the signature file holds no Ed25519 key and signature"
            ),
        )
    try:
        VerifyKey(raw).verify(manifest, sig)
    except (CryptoError, ValueError, TypeError):
        return SignatureCheck(
            None, QT_TRANSLATE_NOOP("PackMessages", "the signature does not match the manifest")
        )
    return SignatureCheck(raw)


def accepted_keys_file(packs_dir: Path) -> Path:
    return packs_dir / ACCEPTED_KEYS_FILE


def read_key_lines(path: Path) -> list[bytes]:
    """The keys of a key file (one line each); unreadable lines and files are left out."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []
    keys = [parse_public_key(line) for line in text.splitlines() if line.strip()]
    return [k for k in keys if k is not None]


def accept_key(packs_dir: Path, raw: bytes, comment: str = "") -> None:
    """Add a publisher's key to the user's accepted keys (written whole, then renamed)."""
    path = accepted_keys_file(packs_dir)
    if raw in read_key_lines(path):
        return
    try:
        old = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        old = ""
    packs_dir.mkdir(parents=True, exist_ok=True)
    write_atomically(
        path, old + ("" if not old or old.endswith("\n") else "\n") + key_line(raw, comment) + "\n"
    )
