"""Layered settings: built-in defaults, then the machine-wide file IT writes, then the user's own.

Every value knows where it came from, so the settings screen can say "set by your IT department".
IT can also lock a value (``locked = ["language"]``) so the user cannot change it.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import paths
from .messages import QT_TRANSLATE_NOOP, Message
from .text_files import write_atomically

log = logging.getLogger(__name__)

Source = Literal["default", "site", "user"]


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    check: Callable[[Any], bool]
    hint: Message


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_key_list(value: Any) -> bool:
    """A list of publisher key lines (``facilitator-ed25519 BASE64 [name]``, as in KEY.pub)."""
    from .packs.keys import parse_public_key  # standard library only: no cryptography here

    return _is_str_list(value) and all(parse_public_key(v) is not None for v in value)


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option(
            "language",
            "da",
            lambda v: v in ("da", "nb", "en"),
            QT_TRANSLATE_NOOP("SettingsProblems", "one of da, nb, en"),
        ),
        Option(
            "theme",
            "light",
            lambda v: v in ("light", "dark", "high-contrast"),
            QT_TRANSLATE_NOOP("SettingsProblems", "one of light, dark, high-contrast"),
        ),
        Option(
            "content_folders",
            [],
            _is_str_list,
            QT_TRANSLATE_NOOP("SettingsProblems", "a list of folder paths"),
        ),
        Option(
            "hidden_features",
            [],
            _is_str_list,
            QT_TRANSLATE_NOOP("SettingsProblems", "a list of feature names"),
        ),
        Option(
            "audience_screen",
            "",
            lambda v: isinstance(v, str),
            QT_TRANSLATE_NOOP("SettingsProblems", "a screen name"),
        ),
        Option(
            "notes_font_size",
            18,
            lambda v: isinstance(v, int) and 8 <= v <= 72,
            QT_TRANSLATE_NOOP("SettingsProblems", "8 to 72"),
        ),
        Option(
            "help_contacts",
            [],
            lambda v: _is_str_list(v) and len(v) <= 12 and all(len(line) <= 200 for line in v),
            QT_TRANSLATE_NOOP(
                "SettingsProblems", 'a list of up to 12 lines, like ["School counsellor: room 12"]'
            ),
        ),
        # Packs (core/packs): keys whose packs import without a question, and the folders
        # looked in at start for newer versions of installed packs (machine-wide only).
        Option(
            "trusted_publishers",
            [],
            _is_key_list,
            QT_TRANSLATE_NOOP(
                "SettingsProblems",
                'a list of publisher keys, like ["facilitator-ed25519 AAAA… Kommunen"]',
            ),
        ),
        Option(
            "content_sources",
            [],
            _is_str_list,
            QT_TRANSLATE_NOOP("SettingsProblems", "a list of folder paths"),
        ),
        # Privacy (docs/deployment.md): a key file that unlocks encrypted records without a
        # passphrase on managed machines, and how long session records are kept (months after
        # the session; 0 keeps them until deleted). IT may lock the period.
        Option(
            "records_key_file",
            "",
            lambda v: isinstance(v, str),
            QT_TRANSLATE_NOOP("SettingsProblems", "a file path"),
        ),
        Option(
            "session_retention_months",
            0,
            lambda v: isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 120,
            QT_TRANSLATE_NOOP("SettingsProblems", "0 (kept until deleted) to 120 months"),
        ),
    )
}


@dataclass
class SettingsProblem:
    """``str()``: ``file:line: message`` in English (the log, the command line); the settings
    screen shows ``message`` in its own language."""

    file: str
    line: int
    message: Message

    @property
    def where(self) -> str:
        """``file:line``; the file alone for line 0 (the file as a whole could not be read)."""
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class Settings:
    site_file: Path
    user_file: Path
    site: dict[str, Any] = field(default_factory=dict)
    user: dict[str, Any] = field(default_factory=dict)
    locked: set[str] = field(default_factory=set)
    problems: list[SettingsProblem] = field(default_factory=list)

    @classmethod
    def load(cls, site_file: Path | None = None, user_file: Path | None = None) -> Settings:
        settings = cls(
            site_file=site_file or paths.site_settings_file(),
            user_file=user_file or paths.user_settings_file(),
        )
        settings._read_site()
        settings._read_user()
        for problem in settings.problems:
            log.warning("settings: %s", problem)
        return settings

    def get(self, key: str) -> Any:
        option = OPTIONS[key]
        if key in self.locked and key in self.site:
            return self.site[key]
        for layer in (self.user, self.site):
            if key in layer:
                return layer[key]
        return option.default

    def source(self, key: str) -> Source:
        if key in self.user and key not in self.locked:
            return "user"
        if key in self.site:
            return "site"
        return "default"

    def is_locked(self, key: str) -> bool:
        return key in self.locked and key in self.site

    def set(self, key: str, value: Any) -> None:
        """Store the user's own value and write the file at once. Raises ValueError if bad."""
        option = OPTIONS[key]
        if not option.check(value):
            raise ValueError(f"{key}: must be {option.hint}")
        if self.is_locked(key):
            raise PermissionError(f"{key} is set by your IT department and cannot be changed")
        self.user[key] = value
        self.save()

    def reset(self, key: str) -> None:
        self.user.pop(key, None)
        self.save()

    def save(self) -> None:
        self.user_file.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.user_file, json.dumps(self.user, indent=2, ensure_ascii=False))

    def content_folders(self) -> list[Path]:
        """Extra content folders: IT's shared folders first, then the user's own additions.

        When IT locks ``content_folders``, only IT's folders count. A folder that
        ``folder_refusal`` refuses (an empty path, the home folder, a missing folder) is left out
        each time it is asked, so a shared drive that comes back later is read again.
        """
        folders: list[str] = list(self.site.get("content_folders", []))
        own = [] if self.is_locked("content_folders") else self.user.get("content_folders", [])
        for folder in own:
            if folder not in folders:
                folders.append(folder)
        return [Path(f).expanduser() for f in folders if folder_refusal(f) is None]

    def site_problems(self) -> list[SettingsProblem]:
        return [p for p in self.problems if p.file == str(self.site_file)]

    def _problem(self, file: Path, line: int, message: Message) -> None:
        self.problems.append(SettingsProblem(str(file), line, message))

    def _read_site(self) -> None:
        file = self.site_file
        text = self._read_text(file)
        if text is None:
            return
        import tomllib  # only when IT wrote the file: the app starts sooner without it

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = _toml_line(str(exc), text)
            self._problem(
                file,
                line,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems", "not valid TOML, nothing in this file applies: {error}"
                ).format(error=str(exc)),
            )
            return
        except RecursionError:
            line = _deepest_line(text)
            self._problem(
                file,
                line,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems", "nested too deeply; nothing in this file applies"
                ),
            )
            return
        self._read_locked(data, text)
        self.site = self._validated(data, file, text)
        for name in sorted(self.locked - set(self.site)):
            self._problem(
                file,
                _key_line(text, "locked"),
                QT_TRANSLATE_NOOP(
                    "SettingsProblems",
                    "'{name}' is locked but this file gives it no usable value, so it is not "
                    "locked",
                ).format(name=name),
            )

    def _read_locked(self, data: dict[str, Any], text: str) -> None:
        """``locked``: a list of setting names. One name on its own is read as a list of one."""
        if "locked" not in data:
            return
        value = data.pop("locked")
        line = _key_line(text, "locked")
        if isinstance(value, str):
            self._problem(
                self.site_file,
                line,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems",
                    "'locked' should be a list like [\"{value}\"]; read as a list of one name",
                ).format(value=value),
            )
            value = [value]
        if not isinstance(value, list):
            self._problem(
                self.site_file,
                line,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems",
                    "'locked' must be a list of setting names like [\"language\"]; nothing locked",
                ),
            )
            return
        for name in value:
            if isinstance(name, str) and name in OPTIONS:
                self.locked.add(name)
            else:
                self._problem(
                    self.site_file,
                    line,
                    QT_TRANSLATE_NOOP(
                        "SettingsProblems", "cannot lock {name}: not a setting; ignored"
                    ).format(name=repr(name)),
                )

    def _read_user(self) -> None:
        file = self.user_file
        text = self._read_text(file)
        if text is None:
            return
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self._problem(
                file,
                exc.lineno,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems", "not valid JSON: {error}; kept as {file}"
                ).format(error=exc.msg, file=str(_broken(file))),
            )
            self._keep_broken()
            return
        except RecursionError:
            self._problem(
                file,
                _deepest_line(text),
                QT_TRANSLATE_NOOP("SettingsProblems", "nested too deeply; kept as {file}").format(
                    file=str(_broken(file))
                ),
            )
            self._keep_broken()
            return
        if not isinstance(data, dict):
            self._problem(
                file,
                1,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems", "must hold names and values in {{ }}; kept as {file}"
                ).format(file=str(_broken(file))),
            )
            self._keep_broken()
            return
        self.user = self._validated(data, file, text)

    def _keep_broken(self) -> None:
        """Keep the broken file for the user; start from defaults without overwriting it."""
        with contextlib.suppress(OSError):
            self.user_file.replace(_broken(self.user_file))

    def _read_text(self, file: Path) -> str | None:
        """The file's text (a byte order mark, as Notepad writes, is dropped), or None."""
        try:
            with file.open("rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            self._problem(
                file,
                0,
                QT_TRANSLATE_NOOP("SettingsProblems", "could not be read: {error}").format(
                    error=exc.strerror or str(exc)
                ),
            )
            return None
        kept = file == self.user_file
        broken = str(_broken(file))
        if len(raw) > MAX_FILE_BYTES:
            self._problem(
                file,
                1,
                QT_TRANSLATE_NOOP(
                    "SettingsProblems", "larger than {size} KB; not read; kept as {file}"
                ).format(size=MAX_FILE_BYTES // 1024, file=broken)
                if kept
                else QT_TRANSLATE_NOOP(
                    "SettingsProblems", "larger than {size} KB; not read"
                ).format(size=MAX_FILE_BYTES // 1024),
            )
        else:
            try:
                return raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                self._problem(
                    file,
                    line,
                    QT_TRANSLATE_NOOP(
                        "SettingsProblems",
                        "not UTF-8 text; nothing in this file applies; kept as {file}",
                    ).format(file=broken)
                    if kept
                    else QT_TRANSLATE_NOOP(
                        "SettingsProblems", "not UTF-8 text; nothing in this file applies"
                    ),
                )
        if kept:
            self._keep_broken()
        return None

    def _validated(self, data: dict[str, Any], file: Path, text: str) -> dict[str, Any]:
        good: dict[str, Any] = {}
        for key, value in data.items():
            line = _key_line(text, key)
            option = OPTIONS.get(key)
            if option is None:
                self._problem(
                    file,
                    line,
                    QT_TRANSLATE_NOOP("SettingsProblems", "unknown setting '{key}'").format(
                        key=key
                    ),
                )
            elif not option.check(value):
                self._problem(
                    file,
                    line,
                    QT_TRANSLATE_NOOP("SettingsProblems", "'{key}' must be {hint}; ignored").format(
                        key=key, hint=option.hint
                    ),
                )
            else:
                good[key] = value
                if key == "content_folders":
                    self._check_folders(value, file, text, line)
        return good

    def _check_folders(self, folders: list[str], file: Path, text: str, line: int) -> None:
        for folder in folders:
            refusal = folder_refusal(folder)
            if refusal is not None:
                at = _value_line(text, line, folder)
                self._problem(
                    file,
                    at,
                    QT_TRANSLATE_NOOP(
                        "SettingsProblems", "content folder {folder} is not read: {reason}"
                    ).format(folder=repr(folder), reason=refusal),
                )


MAX_FILE_BYTES = 1024 * 1024  # a settings file is a few lines; a huge one is not read at all


def folder_refusal(folder: str) -> Message | None:
    """Why an extra content folder is not read, or None when it may be.

    Refused: an empty path (it would mean whatever folder the app was started from), a path
    that is not absolute (the same), the home folder itself or a folder that holds it (``/``,
    ``C:\\``, ``/home``: the app would read every file of the user), and a path that does not
    exist or is not a folder. A network share's root (``\\\\server\\share``) or another drive
    (``S:\\``) is fine.
    """
    if not folder.strip():
        return QT_TRANSLATE_NOOP(
            "SettingsProblems", "an empty path would read the folder the app was started from"
        )
    path = Path(folder).expanduser()
    if not path.is_absolute():
        return QT_TRANSLATE_NOOP(
            "SettingsProblems",
            "not a full path (it would depend on the folder the app was started from)",
        )
    try:
        resolved = path.resolve()
        home = Path.home().resolve()
    except (OSError, RuntimeError) as exc:
        return QT_TRANSLATE_NOOP("SettingsProblems", "cannot be looked up ({error})").format(
            error=str(exc)
        )
    if resolved == home:
        return QT_TRANSLATE_NOOP(
            "SettingsProblems", "the home folder itself would read every file of the user"
        )
    if resolved in home.parents:
        return QT_TRANSLATE_NOOP(
            "SettingsProblems",
            "it holds the home folder: the app would read every file on the disk",
        )
    if not resolved.exists():
        return QT_TRANSLATE_NOOP("SettingsProblems", "it does not exist")
    if not resolved.is_dir():
        return QT_TRANSLATE_NOOP("SettingsProblems", "it is not a folder")
    return None


def _broken(file: Path) -> Path:
    return file.with_suffix(".broken.json")


def _key_line(text: str, key: str) -> int:
    """The line where a top-level ``key`` is set (``key =``, ``[key]``, ``"key":``); else 1."""
    import re

    name = re.escape(key)
    found = re.search(
        rf"^[ \t]*(?:\[\[?[ \t]*)?(?:{name}|\"{name}\"|'{name}')[ \t]*[=.\]:]",
        text,
        re.MULTILINE,
    )
    if found is None:
        found = re.search(name, text)
    return text.count("\n", 0, found.start()) + 1 if found else 1


def _value_line(text: str, line: int, value: str) -> int:
    """The line of a quoted ``value`` at or after ``line`` (lists may span lines), else ``line``."""
    lines = text.splitlines()
    for number in range(line, len(lines) + 1):
        if f'"{value}"' in lines[number - 1] or f"'{value}'" in lines[number - 1]:
            return number
    return line


def _toml_line(message: str, text: str) -> int:
    """The line a TOML error names; "at end of document" is the last line."""
    import re

    match = re.search(r"line (\d+)", message)
    if match:
        return int(match.group(1))
    return max(1, len(text.splitlines()))


def _deepest_line(text: str) -> int:
    """The first line where brackets nest deeper than any real settings file does."""
    depth = 0
    for number, line in enumerate(text.splitlines(), 1):
        for char in line:
            if char in "[{":
                depth += 1
                if depth > 32:
                    return number
            elif char in "]}":
                depth = max(0, depth - 1)
    return 1
