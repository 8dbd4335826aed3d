"""Every directory the app uses, decided in one place.

- ``FACILITATOR_HOME`` puts all per-user data, settings, logs and cache under one folder
  (tests, portable installs on a USB stick).
- ``FACILITATOR_SITE_CONFIG`` names the machine-wide settings file that IT writes.
- Otherwise the platform's per-user folders are used (platformdirs: XDG on Linux,
  %LOCALAPPDATA% on Windows, ~/Library on macOS).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"
_APP_DIR = "facilitator"

# The bundled slide fonts (resources/fonts): render/fonts.py registers them and the room check
# (core/roomcheck.py) looks for them, from this one list.
FONT_FILES: tuple[str, ...] = (
    "Lato-Regular.ttf",
    "Lato-Italic.ttf",
    "Lato-Bold.ttf",
    "Lato-BoldItalic.ttf",
)


def _home() -> Path | None:
    value = os.environ.get("FACILITATOR_HOME")
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The database, the user's own content, imported packs, backups."""
    home = _home()
    if home is not None:
        return _ensure(home / "data")
    return _ensure(Path(platformdirs.user_data_dir(_APP_DIR, appauthor=False)))


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return _ensure(home / "config")
    return _ensure(Path(platformdirs.user_config_dir(_APP_DIR, appauthor=False)))


def log_dir() -> Path:
    home = _home()
    if home is not None:
        return _ensure(home / "logs")
    return _ensure(Path(platformdirs.user_log_dir(_APP_DIR, appauthor=False)))


def cache_dir() -> Path:
    home = _home()
    if home is not None:
        return _ensure(home / "cache")
    return _ensure(Path(platformdirs.user_cache_dir(_APP_DIR, appauthor=False)))


def user_content_dir() -> Path:
    """The user's own modules and items (editable), inside the data directory."""
    return _ensure(data_dir() / "content")


def user_settings_file() -> Path:
    return config_dir() / "settings.json"


def site_settings_file() -> Path:
    """The machine-wide settings file that IT writes (see docs/deployment.md)."""
    value = os.environ.get("FACILITATOR_SITE_CONFIG")
    if value:
        return Path(value).expanduser()
    if sys.platform.startswith("win"):
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
        return base / APP_NAME / "settings.toml"
    if sys.platform == "darwin":
        return Path("/Library/Application Support") / APP_NAME / "settings.toml"
    return Path("/etc/xdg") / _APP_DIR / "settings.toml"


def resource_root() -> Path:
    """Where ``content/`` and ``resources/`` are: the bundle's folder, or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[3]


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, the same from source and from the PyInstaller bundle."""
    return resource_root().joinpath("resources", *parts)


def bundled_content_dir() -> Path:
    return resource_root() / "content"
