"""Why a pack is refused: a short reason code scripts can test (``pack verify --json``) and a
sentence for people."""

from __future__ import annotations

from pathlib import Path

from ..messages import QT_TRANSLATE_NOOP, Message, MessageError

# Every reason a pack can be refused or held back, with what it means (docs/deployment.md).
REASONS: dict[str, str] = {
    "not-a-pack": "the file is not a zip file, or is damaged or truncated",
    "too-large": "the file, one of its files or all of them together are larger than allowed",
    "too-many-entries": "the zip holds more entries than a pack may",
    "zip-bomb": "a file is compressed far more than text and images ever are",
    "unsafe-name": "a name would write outside the pack's folder, or is not a plain file name",
    "name-encoding": "a name in the zip is not UTF-8",
    "duplicate-name": "two entries have the same name",
    "name-collision": "two names differ only in upper and lower case or in Unicode normalisation",
    "link": "an entry is a symbolic link",
    "special-file": "an entry is a device, pipe or socket",
    "encrypted": "an entry is encrypted",
    "nested-archive": "a file inside the pack is itself an archive",
    "file-type": "a file of a kind a pack does not carry",
    "bad-manifest": "manifest.json is missing or not a valid manifest",
    "format-too-new": "the pack was made by a newer Facilitator",
    "not-in-manifest": "the zip holds a file the manifest does not list",
    "missing-file": "the manifest lists a file the zip does not hold",
    "size-mismatch": "a file's size is not the one the manifest gives",
    "hash-mismatch": "a file's SHA-256 is not the one the manifest gives",
    "bad-signature": "the signature does not match the manifest",
    "id-collision": "the pack's id is an id of the bundled library",
    "content-problems": "the content fails check-content",
    "unsigned": "the pack is not signed",
    "untrusted-key": "the pack is signed by a key that is not trusted here",
    "not-confirmed": "the user did not confirm an unverified pack",
    "unverified-locked": "IT allows only packs signed by its trusted publishers",
    "downgrade": "an older version than the one installed",
    "already-installed": "the same id and version is installed with other content",
}


def cannot_read(file: Path, error: OSError) -> Message:
    """What to say of a file the disk would not give (a pack, a file to export, a key)."""
    return QT_TRANSLATE_NOOP("PackMessages", "{file}: cannot be read: {error}").format(
        file=str(file), error=error.strerror or str(error)
    )


class PackRefused(MessageError):
    """A pack that is not installed: ``reason`` is a key of REASONS, ``message`` says what and
    where in English (``text`` the same for the UI to translate), ``problems`` lists content
    problems as ``file:line: message`` (for the pack's author: they stay English)."""

    def __init__(
        self, reason: str, message: Message | str, problems: list[str] | None = None
    ) -> None:
        super().__init__(message)
        self.reason = reason
        self.problems = problems or []


class PackCancelled(Exception):
    """The user cancelled; nothing was installed."""
