"""Continue where you stopped: the place and the timers of the last presentation, kept across a
restart of the app.

When the trainer leaves a presentation, :func:`keep` writes a :class:`ResumePoint` (what was
presented, the screen, its slide number, the elapsed time and the step countdowns) to one small
JSON file in the per-user data folder; the library's "Continue where you stopped" reads it back
with :func:`last`. One point is kept: the last presentation left. A file that cannot be read is
ignored (the presentation then starts from the beginning), never an error. No Qt here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from .screens import Screen
from .text_files import write_atomically

log = logging.getLogger(__name__)

FILE_NAME = "resume.json"
FORMAT = 1
Kind = Literal["item", "plan"]


@dataclass(frozen=True)
class ResumePoint:
    """Where a presentation stopped. ``position`` is the screen index in the run as it was
    built (the help slide and grounding left out); ``slide_ref`` and ``slide`` name the same
    place by item and own slide number, so a changed deck still finds it."""

    kind: Kind  # an item (deck or exercise) or a plan
    ref: str  # the item's id or the plan's id
    title: str
    position: int
    slide_ref: str
    slide: int  # the item's own 1-based slide number
    elapsed: float = 0.0
    spent: dict[int, float] = field(default_factory=dict)  # screen index -> countdown seconds
    saved: str = ""  # ISO date and time

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "kind": self.kind,
            "ref": self.ref,
            "title": self.title,
            "position": self.position,
            "slide_ref": self.slide_ref,
            "slide": self.slide,
            "elapsed": self.elapsed,
            "spent": {str(k): v for k, v in self.spent.items()},
            "saved": self.saved,
        }

    @staticmethod
    def from_dict(data: Any) -> ResumePoint | None:
        """The point in ``data``, or None when it is not one (an old or damaged file)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            return None
        try:
            kind = data["kind"]
            if kind not in ("item", "plan"):
                return None
            spent = {int(k): float(v) for k, v in dict(data.get("spent") or {}).items()}
            return ResumePoint(
                kind=kind,
                ref=str(data["ref"]),
                title=str(data.get("title", "")),
                position=max(0, int(data["position"])),
                slide_ref=str(data.get("slide_ref", "")),
                slide=max(1, int(data.get("slide", 1))),
                elapsed=max(0.0, float(data.get("elapsed", 0.0))),
                spent={k: max(0.0, v) for k, v in spent.items() if k >= 0},
                saved=str(data.get("saved", "")),
            )
        except (KeyError, TypeError, ValueError):
            return None


def _file(folder: Path | None) -> Path:
    if folder is None:
        from .paths import data_dir

        folder = data_dir()
    return folder / FILE_NAME


def keep(point: ResumePoint, folder: Path | None = None) -> bool:
    """Write ``point`` (replacing the last one); False, and a line in the log, if it cannot."""
    path = _file(folder)
    try:
        write_atomically(path, json.dumps(point.as_dict(), ensure_ascii=False))
        return True
    except OSError as exc:
        log.warning("could not keep the place to continue from: %s", exc)
        return False


def last(folder: Path | None = None) -> ResumePoint | None:
    """The last place kept; None when there is none or the file cannot be read."""
    path = _file(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("could not read %s: %s", path, exc)
        return None
    try:
        return ResumePoint.from_dict(json.loads(text))
    except ValueError:
        log.warning("%s is not a saved place; it is ignored", path)
        return None


def point_of(
    kind: Kind,
    ref: str,
    title: str,
    screens: Sequence[Screen],
    place: tuple[int, float, dict[int, float]],
    now: datetime,
) -> ResumePoint:
    """The point for a run of ``screens`` left at ``place`` (``Presentation.place_to_keep``)."""
    position, elapsed, spent = place
    position = min(max(0, position), len(screens) - 1) if screens else 0
    screen = screens[position] if screens else None
    return ResumePoint(
        kind=kind,
        ref=ref,
        title=title,
        position=position,
        slide_ref=screen.ref if screen is not None else "",
        slide=screen.number if screen is not None else 1,
        elapsed=elapsed,
        spent=spent,
        saved=now.isoformat(timespec="seconds"),
    )


def start_in(screens: Sequence[Screen], point: ResumePoint) -> int | None:
    """Where to continue in a run of ``screens`` built again: the same screen if it still
    shows the same slide, else that item's slide wherever it is now; None if it is gone."""
    if 0 <= point.position < len(screens):
        screen = screens[point.position]
        if screen.ref == point.slide_ref and screen.number == point.slide:
            return point.position
    for index, screen in enumerate(screens):
        if screen.ref == point.slide_ref and screen.number == point.slide:
            return index
    return None
