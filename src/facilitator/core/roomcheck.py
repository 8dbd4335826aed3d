"""The room check before a class: each line green, amber or red, and a JSON report for IT.

Qt-free: the screens, the theme's sizes and colours and the keys a clicker sent are handed in as
plain values by the dialog (``ui/roomcheck``) or by ``facilitator room-check``; the checks of
files, the records database, the help contacts and the disk are made here.

Every :class:`Check` carries a stable ``code`` and its ``values``: the dialog words each code in
the user's language, and ``message`` says the same in English for the terminal and the JSON.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .paths import FONT_FILES  # the bundled slide fonts, as render/fonts.py registers them

Status = Literal["green", "amber", "red"]
ORDER: dict[Status, int] = {"green": 0, "amber": 1, "red": 2}

FONT_FAMILY = "Lato"

DISK_RED_MB = 200  # below this, backups and PDF exports may fail half-way
DISK_AMBER_MB = 1024
SMALLEST_READABLE_PX = 14  # the smallest slide text, in projector pixels, still read at the back
CONTRAST_MINIMUM = 4.5  # WCAG AA for normal text: muted text on the slide background
CANVAS = (1920, 1080)  # the slide's logical canvas (render/slides)
# The keys a clicker sends for these commands must all be recognised
# (ui.present_actions.PRESENT_ACTIONS).
CLICKER_NEEDS = ("present.next", "present.previous")


@dataclass(frozen=True)
class Check:
    id: str  # screens, legibility, keys, fonts, contacts, records, disk
    status: Status
    code: str  # e.g. "disk.low": the dialog's words are chosen by it
    message: str  # the same in English, for the terminal and IT
    values: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "code": self.code,
            "message": self.message,
            **({"details": self.values} if self.values else {}),
        }


def worst(checks: Iterable[Check]) -> Status:
    found: Status = "green"
    for check in checks:
        if ORDER[check.status] > ORDER[found]:
            found = check.status
    return found


def report(checks: Sequence[Check], version: str = "") -> dict[str, Any]:
    """The JSON for IT: the overall status and every line."""
    return {
        "facilitator": version,
        "status": worst(checks),
        "checks": [check.as_dict() for check in checks],
    }


def as_text(checks: Sequence[Check]) -> str:
    marks = {"green": "ok  ", "amber": "WARN", "red": "FAIL"}
    return "\n".join(f"{marks[c.status]}  {c.id}: {c.message}" for c in checks)


# Screens ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    x: int
    y: int
    width: int
    height: int
    primary: bool = False
    ratio: float = 1.0  # device pixels per logical pixel

    @property
    def geometry(self) -> tuple[int, int, int, int]:
        return (self.x, self.y, self.width, self.height)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "x": self.x,
            "y": self.y,
            "width": self.width,
            "height": self.height,
            "primary": self.primary,
            "device_pixel_ratio": self.ratio,
        }


def one_picture(screens: Sequence[ScreenInfo]) -> bool:
    """Only one picture to show on: one screen, or every output mirrored (the same place and
    size on the desktop). ``present`` then shows the slides alone, as on one screen."""
    return len({s.geometry for s in screens}) < 2


def projector_index(screens: Sequence[ScreenInfo], wanted: str = "") -> int | None:
    """The screen the audience window would use (as ``present`` places it), or None when there
    is only one picture to show on (one screen, or all screens mirrored)."""
    from .placement import place_windows

    if one_picture(screens):
        return None
    primary = next((i for i, s in enumerate(screens) if s.primary), 0)
    return place_windows([s.name for s in screens], primary, wanted).audience


def mirrored(screens: Sequence[ScreenInfo]) -> list[tuple[str, str]]:
    """Pairs of outputs that show the same picture: the same place and size on the desktop."""
    pairs = []
    for index, first in enumerate(screens):
        for second in screens[index + 1 :]:
            if first.geometry == second.geometry:
                pairs.append((first.name, second.name))
    return pairs


def screens_check(screens: Sequence[ScreenInfo], wanted: str = "") -> Check:
    """Which screens there are, which one the participants will see, and a mirrored display."""
    listed = [s.as_dict() for s in screens]
    projector = projector_index(screens, wanted)
    for index, entry in enumerate(listed):
        entry["projector"] = index == projector
    values: dict[str, Any] = {"screens": listed, "count": len(screens)}
    if not screens:
        return Check("screens", "red", "screens.none", "No screen was found.", values)
    pairs = mirrored(screens)
    if pairs:
        first, second = pairs[0]
        values.update(first=first, second=second)
        return Check(
            "screens",
            "amber",
            "screens.mirrored",
            f"{first} and {second} show the same picture (mirrored): the participants would see "
            "the console and your notes. Set the display to extend instead of duplicate.",
            values,
        )
    if projector is None:
        only = screens[0]
        values.update(name=only.name, width=only.width, height=only.height)
        return Check(
            "screens",
            "amber",
            "screens.one",
            f"One screen ({only.name}, {only.width}×{only.height}): the slides fill it and C "
            "shows the console. Connect the projector and extend the display to see your notes.",
            values,
        )
    chosen = screens[projector]
    values.update(
        projector=chosen.name, width=chosen.width, height=chosen.height, wanted=wanted.strip()
    )
    if wanted.strip() and chosen.name.casefold() != wanted.strip().casefold():
        return Check(
            "screens",
            "amber",
            "screens.wanted-missing",
            f"The projector chosen last time ({wanted.strip()}) is not connected; {chosen.name} "
            f"({chosen.width}×{chosen.height}) will show the slides.",
            values,
        )
    return Check(
        "screens",
        "green",
        "screens.ok",
        f"{len(screens)} screens; the slides go to {chosen.name} "
        f"({chosen.width}×{chosen.height}), the console stays on the other.",
        values,
    )


# Legibility ---------------------------------------------------------------------------------


def smallest_text_px(smallest_canvas_px: float, width: int, height: int) -> float:
    """How tall the smallest slide text is on a screen of ``width`` x ``height`` pixels (the
    16:9 slide is fitted inside it)."""
    scale = min(width / CANVAS[0], height / CANVAS[1])
    return smallest_canvas_px * scale


def legibility_check(
    smallest_canvas_px: float,
    screen: ScreenInfo | None,
    contrast: float,
    theme: str = "",
) -> Check:
    """The smallest text the theme uses, on the projector, and the contrast of its faintest
    text. ``smallest_canvas_px`` is that size on the 1080p canvas after the deepest readable
    shrink (render.textbox.MIN_READABLE_SCALE); ``contrast`` is the WCAG ratio of the theme's
    muted text on its background (render.theme.contrast_ratio)."""
    ratio = round(contrast, 1)
    if screen is None:
        size = smallest_text_px(smallest_canvas_px, *CANVAS)
        where = "a 1920×1080 projector"
    else:
        size = smallest_text_px(smallest_canvas_px, screen.width, screen.height)
        where = f"{screen.name} ({screen.width}×{screen.height})"
    values = {
        "smallest_px": round(size, 1),
        "contrast": ratio,
        "theme": theme,
        "screen": screen.name if screen else "",
    }
    if ratio < CONTRAST_MINIMUM:
        return Check(
            "legibility",
            "amber",
            "legibility.contrast",
            f"The faintest text of the theme {theme} has a contrast of {ratio}:1 (at least "
            f"{CONTRAST_MINIMUM}:1 is easy to read); choose the high-contrast theme.",
            values,
        )
    if size < SMALLEST_READABLE_PX:
        return Check(
            "legibility",
            "amber",
            "legibility.small",
            f"The smallest slide text is {size:.0f} px high on {where}: hard to read at the "
            "back. Use the projector's full resolution, or keep slides short.",
            values,
        )
    return Check(
        "legibility",
        "green",
        "legibility.ok",
        f"The smallest slide text is {size:.0f} px high on {where}; contrast {ratio}:1.",
        values,
    )


# Keys ---------------------------------------------------------------------------------------


def keys_check(recognised: Iterable[str], tested: bool = True) -> Check:
    """Whether the clicker's keys reached the app: ``recognised`` holds the ids of the
    presenting commands (``present.next`` …) that a pressed key triggered."""
    seen = sorted(set(recognised))
    values = {"recognised": seen}
    missing = [need for need in CLICKER_NEEDS if need not in seen]
    if not tested or not seen:
        return Check(
            "keys",
            "amber",
            "keys.untested",
            "Not tested yet: press each key of your clicker in the room check.",
            values,
        )
    if missing:
        values["missing"] = missing
        return Check(
            "keys",
            "amber",
            "keys.partial",
            f"Recognised: {', '.join(seen)}; not yet: {', '.join(missing)}.",
            values,
        )
    return Check("keys", "green", "keys.ok", f"Recognised: {', '.join(seen)}.", values)


# Fonts --------------------------------------------------------------------------------------

_FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO")


def font_files(folder: Path) -> tuple[list[str], list[str]]:
    """The bundled font files that are usable, and those missing or not a font."""
    present: list[str] = []
    missing: list[str] = []
    for name in FONT_FILES:
        try:
            with open(folder / name, "rb") as handle:
                head = handle.read(4)
        except OSError:
            missing.append(name)
            continue
        (present if head in _FONT_MAGIC else missing).append(name)
    return present, missing


def fonts_check(folder: Path, families: Sequence[str] | None = None) -> Check:
    """The slide font's files in ``resources/fonts``, and (when Qt was asked) whether Qt loaded
    them: ``families`` is what Qt registered, None when not asked."""
    present, missing = font_files(folder)
    values: dict[str, Any] = {"folder": str(folder), "present": present, "missing": missing}
    if families is not None:
        values["loaded"] = list(families)
    if not present or (families is not None and FONT_FAMILY not in families):
        return Check(
            "fonts",
            "red",
            "fonts.missing",
            f"The slide font {FONT_FAMILY} is missing or cannot be loaded from {folder}: slides "
            "use a system font and may not fit as planned. Reinstall Facilitator.",
            values,
        )
    if missing:
        return Check(
            "fonts",
            "amber",
            "fonts.partial",
            f"{FONT_FAMILY} is there, but {', '.join(missing)} is missing: bold or italic text "
            "falls back to a system font. Reinstall Facilitator.",
            values,
        )
    return Check(
        "fonts",
        "green",
        "fonts.ok",
        f"{FONT_FAMILY} ({len(present)} files) is installed for the slides.",
        values,
    )


# Help contacts ------------------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\[[^\]]*\]|_{3,}|\.{4,}|\bxx+\b", re.IGNORECASE)


def contacts_check(lines: Sequence[str], locked: bool = False) -> Check:
    """The local help contacts (the ``help_contacts`` setting) that the help slide shows."""
    filled = [line for line in lines if line.strip()]
    values = {"count": len(filled), "set_by_it": locked}
    if not filled:
        return Check(
            "contacts",
            "amber",
            "contacts.empty",
            "No local help contacts: the help slide (F11) shows only the national help lines. "
            "Fill them in under Settings > Where to get help.",
            values,
        )
    placeholders = [line for line in filled if _PLACEHOLDER.search(line)]
    if placeholders:
        values["placeholders"] = len(placeholders)
        return Check(
            "contacts",
            "amber",
            "contacts.placeholder",
            f"{len(placeholders)} of the local help contacts still look like a blank to fill "
            "in ([...], ____). Complete them under Settings > Where to get help.",
            values,
        )
    return Check(
        "contacts",
        "green",
        "contacts.ok",
        f"{len(filled)} local help contact{'s' if len(filled) != 1 else ''} filled in.",
        values,
    )


# The records database -----------------------------------------------------------------------


def records_check(path: Path) -> Check:
    """Whether the records database can be written now. Never changes the file: the write is
    a transaction that is rolled back at once, and a missing file is not created."""
    from .store import files
    from .store.database import inspect
    from .store.errors import StoreError, StoreWriteError, write_error

    values: dict[str, Any] = {"path": str(path)}
    folder = path.parent
    if not folder.is_dir() or not files.folder_writable(folder):
        return Check(
            "records",
            "red",
            "records.folder",
            f"The folder {folder} cannot be written: sessions, notes and plans cannot be "
            "saved. Choose another data folder or ask your IT department.",
            values,
        )
    if not path.exists():
        return Check(
            "records",
            "green",
            "records.new",
            f"No records yet; they will be kept in {path}.",
            values,
        )
    try:
        inspect(path)
        connection = sqlite3.connect(
            files.read_only_uri(path).replace("?mode=ro", "?mode=rw"),
            uri=True,
            timeout=1.0,
            isolation_level=None,
        )
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
        finally:
            connection.close()
    except StoreError as error:
        values["reason"] = error.reason
        status: Status = "amber" if error.reason in ("locked", "passphrase") else "red"
        return Check("records", status, f"records.{error.reason or 'other'}", error.message, values)
    except sqlite3.Error as error:
        found: StoreWriteError = write_error(error, path)
        values["reason"] = found.reason
        status = "amber" if found.reason == "locked" else "red"
        return Check("records", status, f"records.{found.reason}", found.message, values)
    values["bytes"] = path.stat().st_size
    return Check("records", "green", "records.ok", f"The records in {path} can be written.", values)


# Disk space ---------------------------------------------------------------------------------

Usage = Callable[[Path], Any]  # shutil.disk_usage: .free in bytes


def disk_check(folder: Path, usage: Usage = shutil.disk_usage) -> Check:
    """Free space where the records, backups and exports are written."""
    try:
        free = int(usage(folder).free)
    except OSError as error:
        return Check(
            "disk",
            "red",
            "disk.unknown",
            f"The free space of {folder} cannot be read ({error.strerror or error}).",
            {"path": str(folder)},
        )
    megabytes = free // (1024 * 1024)
    values = {"path": str(folder), "free_mb": megabytes}
    text = _size(free)
    if megabytes < DISK_RED_MB:
        return Check(
            "disk",
            "red",
            "disk.full",
            f"Only {text} free on the disk of {folder}: notes, backups and PDFs may not be "
            "saved. Free some space first.",
            values,
        )
    if megabytes < DISK_AMBER_MB:
        return Check(
            "disk",
            "amber",
            "disk.low",
            f"{text} free on the disk of {folder}: enough for today, but little for backups "
            "and PDFs.",
            values,
        )
    return Check("disk", "green", "disk.ok", f"{text} free on the disk of {folder}.", values)


def _size(free: int) -> str:
    if free >= 1024**3:
        return f"{free / 1024**3:.1f} GB"
    return f"{free // 1024**2} MB"


# All at once --------------------------------------------------------------------------------


def file_checks(
    *,
    fonts_folder: Path,
    records_file: Path,
    contacts: Sequence[str],
    contacts_locked: bool = False,
    families: Sequence[str] | None = None,
    usage: Usage = shutil.disk_usage,
) -> list[Check]:
    """The checks that need no screen: fonts, help contacts, records, disk."""
    return [
        fonts_check(fonts_folder, families),
        contacts_check(contacts, contacts_locked),
        records_check(records_file),
        disk_check(records_file.parent, usage),
    ]
