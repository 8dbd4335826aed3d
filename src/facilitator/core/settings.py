"""Layered settings: built-in defaults, then the machine-wide file IT writes, then the user's own.

Every value knows where it came from, so the settings screen can say "set by your IT department".
IT can also lock a value (``locked = ["language"]``) so the user cannot change it.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import paths

Source = Literal["default", "site", "user"]


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    check: Callable[[Any], bool]
    hint: str


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


OPTIONS: dict[str, Option] = {
    o.key: o
    for o in (
        Option("language", "da", lambda v: v in ("da", "nb", "en"), "one of da, nb, en"),
        Option(
            "theme",
            "light",
            lambda v: v in ("light", "dark", "high-contrast"),
            "one of light, dark, high-contrast",
        ),
        Option("content_folders", [], _is_str_list, "a list of folder paths"),
        Option("hidden_features", [], _is_str_list, "a list of feature names"),
        Option("audience_screen", "", lambda v: isinstance(v, str), "a screen name"),
        Option("notes_font_size", 18, lambda v: isinstance(v, int) and 8 <= v <= 72, "8 to 72"),
        Option(
            "help_contacts",
            [],
            lambda v: _is_str_list(v) and len(v) <= 12 and all(len(line) <= 200 for line in v),
            'a list of up to 12 lines, like ["School counsellor: room 12"]',
        ),
    )
}


@dataclass
class SettingsProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


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
        tmp = self.user_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.user, indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.user_file)

    def content_folders(self) -> list[Path]:
        """Extra content folders: IT's shared folders first, then the user's own additions.

        When IT locks ``content_folders``, only IT's folders count.
        """
        folders: list[str] = list(self.site.get("content_folders", []))
        own = [] if self.is_locked("content_folders") else self.user.get("content_folders", [])
        for folder in own:
            if folder not in folders:
                folders.append(folder)
        return [Path(f).expanduser() for f in folders]

    def _read_site(self) -> None:
        try:
            raw = self.site_file.read_bytes()
        except FileNotFoundError:
            return
        except OSError as exc:
            self.problems.append(SettingsProblem(str(self.site_file), 0, str(exc)))
            return
        import tomllib  # only when IT wrote the file: the app starts sooner without it

        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            line = getattr(exc, "lineno", 0) or _toml_line(str(exc))
            self.problems.append(
                SettingsProblem(str(self.site_file), line, f"not valid TOML: {exc}")
            )
            return
        locked = data.pop("locked", [])
        if _is_str_list(locked):
            self.locked = set(locked)
        self.site = self._validated(data, self.site_file, raw.decode("utf-8"))

    def _read_user(self) -> None:
        try:
            text = self.user_file.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(SettingsProblem(str(self.user_file), 0, str(exc)))
            return
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self.problems.append(
                SettingsProblem(str(self.user_file), exc.lineno, f"not valid JSON: {exc.msg}")
            )
            # Keep the broken file for the user; start from defaults without overwriting it.
            broken = self.user_file.with_suffix(".broken.json")
            with contextlib.suppress(OSError):
                self.user_file.replace(broken)
            return
        if isinstance(data, dict):
            self.user = self._validated(data, self.user_file, text)

    def _validated(self, data: dict[str, Any], file: Path, text: str) -> dict[str, Any]:
        good: dict[str, Any] = {}
        for key, value in data.items():
            line = _key_line(text, key)
            option = OPTIONS.get(key)
            if option is None:
                self.problems.append(SettingsProblem(str(file), line, f"unknown setting '{key}'"))
            elif not option.check(value):
                self.problems.append(
                    SettingsProblem(str(file), line, f"'{key}' must be {option.hint}; ignored")
                )
            else:
                good[key] = value
        return good


def _key_line(text: str, key: str) -> int:
    for number, raw in enumerate(text.splitlines(), 1):
        stripped = raw.strip().lstrip('"')
        if stripped.startswith(key):
            return number
    return 0


def _toml_line(message: str) -> int:
    import re

    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else 0
