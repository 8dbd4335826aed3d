"""Which screen shows what: the audience window and the presenter console on the screens
attached (by name or number, the laptop's own screen keeping the console)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Placement:
    """Where the windows go: indexes into the list of screens. ``console`` is None with one
    screen (the audience window then fills it, and the console is shown only on request)."""

    audience: int
    console: int | None


def find_screen(names: Sequence[str], wanted: str) -> int | None:
    """The screen ``wanted`` names: its name (case-insensitive) or its 1-based number."""
    wanted = wanted.strip()
    if not wanted:
        return None
    for index, name in enumerate(names):
        if name.casefold() == wanted.casefold():
            return index
    if wanted.isdigit() and 1 <= int(wanted) <= len(names):
        return int(wanted) - 1
    return None


def place_windows(
    names: Sequence[str], primary: int = 0, wanted: str = "", *, swapped: bool = False
) -> Placement:
    """Choose the audience screen and the console screen.

    The screen ``wanted`` names gets the audience window; without one (or when it is gone), the
    first screen that is not the primary one does, since the laptop's own screen is the primary
    one. The console goes on the primary screen, or the first other one. ``swapped`` exchanges
    the two. With one screen there is no console screen.
    """
    if not names:
        raise ValueError("no screens")
    if len(names) == 1:
        return Placement(0, None)
    primary = primary if 0 <= primary < len(names) else 0
    audience = find_screen(names, wanted)
    if audience is None:
        audience = next(i for i in range(len(names)) if i != primary)
    console = (
        primary if primary != audience else next(i for i in range(len(names)) if i != audience)
    )
    if swapped:
        audience, console = console, audience
    return Placement(audience, console)
