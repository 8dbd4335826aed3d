"""The ``facilitator`` command: opens the app, or runs a headless job.

Imports stay inside the functions so that ``check-content`` never loads Qt and the app starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description="Plan and run training sessions on mental health, offline.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, print 'main window shown' and quit (for install checks)",
    )
    sub = parser.add_subparsers(dest="command")

    check = sub.add_parser(
        "check-content",
        help="validate content folders and plan files",
        description="Check content folders and plan files; print every problem as file:line.",
    )
    check.add_argument(
        "paths", nargs="*", type=Path, help="folders or plan files (default: the whole library)"
    )
    check.add_argument("--json", action="store_true", help="print a JSON report")
    check.add_argument(
        "--no-render",
        action="store_true",
        help="skip the checks that lay out every slide (faster; no Qt needed)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "check-content":
        return check_content(args.paths, as_json=args.json, render=not args.no_render)
    from .ui.app import run

    return run(smoke_test=args.smoke_test)


def check_content(paths: list[Path], *, as_json: bool, render: bool = True) -> int:
    from .core import report
    from .core.loader import Root, library_roots, load_library

    if paths:
        roots = [Root(p) for p in paths]
    else:
        from .core.settings import Settings

        roots = library_roots(Settings.load().content_folders())
    library = load_library(roots)
    if render:
        _render_checks(library)
    if as_json:
        print(json.dumps(report.as_dict(library), ensure_ascii=False, indent=2))
    else:
        print(report.as_text(library))
    return 1 if library.errors else 0


def _render_checks(library) -> None:  # type: ignore[no-untyped-def]
    """Lay out every slide as it will be shown and warn where text must shrink too far."""
    try:
        from .render.check import slide_problems
    except ImportError:
        return
    library.problems.extend(slide_problems(library))


if __name__ == "__main__":
    sys.exit(main())
