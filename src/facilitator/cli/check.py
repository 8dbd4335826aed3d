"""``facilitator check-content``: every problem of content folders and plan files as
``file:line``; exit status 1 when there is an error. Loads no Qt with ``--no-render``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    check.add_argument(
        "--spelling",
        action="store_true",
        help="also spell-check Danish and Norwegian text with hunspell (warnings)",
    )


def run(args: argparse.Namespace) -> int:
    return check_content(
        args.paths, as_json=args.json, render=not args.no_render, spelling=args.spelling
    )


def check_content(
    paths: list[Path], *, as_json: bool, render: bool = True, spelling: bool = False
) -> int:
    from ..core import report
    from ..core.loader import Root, library_roots, load_library
    from ..core.settings import Settings

    app_roots = library_roots(Settings.load().content_folders())
    if paths:
        # Plans and items are checked against the library the app would load around them:
        # a plan may use bundled items, and the bundled library keeps its ids.
        bundled = [r.path.resolve() for r in app_roots if r.bundled]
        roots = [Root(p, bundled=p.resolve() in bundled) for p in paths]
        library = load_library(roots, reference=load_library(app_roots))
    else:
        roots = app_roots
        library = load_library(app_roots)
    library.problems.extend(_field_checks(library, roots))
    if render:
        _render_checks(library)
    if spelling:
        from ..core.spelling import SpellingUnavailable, spelling_problems

        try:
            library.problems.extend(spelling_problems(library))
        except SpellingUnavailable as exc:
            print(f"facilitator: cannot check spelling: {exc}", file=sys.stderr)
            return 2
    if as_json:
        print(json.dumps(report.as_dict(library), ensure_ascii=False, indent=2))
    else:
        print(report.as_text(library))
    return 1 if library.errors else 0


def _field_checks(library, roots) -> list:  # type: ignore[no-untyped-def]
    """Template fields that are misspelt, and the help-line file of every folder that has one
    (a number whose check is over 12 months old is an error)."""
    from ..core.fields import field_problems
    from ..core.helplines import FILE_NAME, load_helplines
    from ..core.loader import display_path

    problems = field_problems(library.items(), lambda path: display_path(library, path))
    for root in roots:
        path = root.path / FILE_NAME
        if path.is_file():
            problems += load_helplines(path, display=display_path(library, path))[1]
    return problems


def _render_checks(library) -> None:  # type: ignore[no-untyped-def]
    """Lay out every slide as it will be shown and warn where text must shrink too far."""
    try:
        from ..render.check import slide_problems
    except ImportError:
        return
    library.problems.extend(slide_problems(library))
