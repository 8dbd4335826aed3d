"""``facilitator room-check``: the screens, projector, fonts, contacts, records and disk before a
class, each line green, amber or red; exit status 1 when one is red."""

from __future__ import annotations

import argparse
import json
import sys

from .. import __version__
from .lookup import database_file


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    room = sub.add_parser(
        "room-check",
        help="check the room before a class: screens, projector, fonts, contacts, records, disk",
        description=(
            "Check the screens (which one is the projector, a mirrored display), how small the "
            "smallest slide text is on the projector, the slide font, the local help contacts, "
            "whether the records can be written and the free disk space. Each line is green, "
            "amber or red; exit status 1 when one is red. Test the clicker's keys in the app "
            "(Ctrl+K)."
        ),
    )
    room.add_argument("--json", action="store_true", help="print a JSON report (for IT)")


def run(args: argparse.Namespace) -> int:
    return room_check(as_json=args.json)


def room_check(*, as_json: bool) -> int:
    """``facilitator room-check``: 0 when no line is red, 1 when one is."""
    import os

    from PySide6.QtGui import QGuiApplication

    from ..core.roomcheck import as_text, report, worst
    from ..core.settings import Settings

    platform = os.environ.get("QT_QPA_PLATFORM", "")
    headless = (
        sys.platform.startswith("linux")
        and not platform
        and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    )
    # The real screens (or those QT_QPA_PLATFORM gives); offscreen only where there is no display.
    argv = ["facilitator", "-platform", "offscreen"] if headless else ["facilitator"]
    app = QGuiApplication.instance() or QGuiApplication(argv)
    from ..ui.roomcheck.probe import gather

    checks = gather(Settings.load(), database_file())
    if headless:
        print("facilitator room-check: no display: the screens cannot be seen", file=sys.stderr)
    if as_json:
        print(json.dumps(report(checks, __version__), ensure_ascii=False, indent=2))
    else:
        print(as_text(checks))
    del app
    return 1 if worst(checks) == "red" else 0
