"""What the room check asks Qt: the screens and the loaded fonts (QtGui only, no widgets).

``facilitator room-check`` and the dialog both call :func:`gather`, so the terminal, the JSON for
IT and the dialog always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QScreen

from ...core import roomcheck
from ...core.roomcheck import Check, ScreenInfo
from ...core.settings import Settings


def screen_infos(screens: Iterable[QScreen]) -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    found = []
    for index, screen in enumerate(screens):
        area = screen.geometry()
        found.append(
            ScreenInfo(
                name=screen.name() or str(index + 1),
                x=area.x(),
                y=area.y(),
                width=area.width(),
                height=area.height(),
                primary=screen is primary,
                ratio=round(screen.devicePixelRatio(), 2),
            )
        )
    return found


def smallest_canvas_px(theme_name: str) -> float:
    """The smallest text a slide of this theme shows on the 1080p canvas: the small size
    (tables, captions) shrunk as far as slides are allowed to shrink before they warn."""
    from ...render.textbox import MIN_READABLE_SCALE
    from ...render.theme import get_theme

    return get_theme(theme_name).small_size * MIN_READABLE_SCALE


def screen_lines(screens: Sequence[ScreenInfo], settings: Settings) -> tuple[Check, Check]:
    """The screens line and the legibility line (on the screen the slides would go to)."""
    from ...render.theme import contrast_ratio, get_theme

    wanted = settings.get("audience_screen")
    theme = get_theme(settings.get("theme"))
    projector = roomcheck.projector_index(screens, wanted)
    target = screens[projector] if projector is not None else (screens[0] if screens else None)
    return (
        roomcheck.screens_check(screens, wanted),
        roomcheck.legibility_check(
            smallest_canvas_px(theme.name),
            target,
            contrast_ratio(theme.muted, theme.background),
            theme.name,
        ),
    )


def gather(
    settings: Settings,
    records_file: Path,
    screens: Sequence[QScreen] | None = None,
    keys: Check | None = None,
) -> list[Check]:
    """Every line of the room check, in the order the dialog shows them. Needs a
    QGuiApplication; ``keys`` is the clicker test's line (the terminal cannot test keys)."""
    from ...render.fonts import ensure_fonts_loaded, fonts_dir

    infos = screen_infos(QGuiApplication.screens() if screens is None else screens)
    checks = list(screen_lines(infos, settings))
    if keys is not None:
        checks.append(keys)
    checks += roomcheck.file_checks(
        fonts_folder=fonts_dir(),
        records_file=records_file,
        contacts=settings.get("help_contacts"),
        contacts_locked=settings.is_locked("help_contacts"),
        families=ensure_fonts_loaded(),
    )
    return checks
